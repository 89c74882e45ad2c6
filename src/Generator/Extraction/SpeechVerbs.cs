using System;
using System.Collections.Generic;
using System.Linq;

namespace Byline.Generator.Extraction;

/// <summary>Recognises speech verbs ("said", "insisted", "warning") in running text.</summary>
internal static class SpeechVerbs
{
    // Lemmas that are nouns as often as verbs ("a report", "the claims"): only their -ed and -ing forms count.
    private static readonly HashSet<string> s_nounLike = new(StringComparer.Ordinal)
    {
        "post", "report", "state", "point", "charge", "question", "answer", "signal", "counter", "note", "claim", "comment",
        "reason", "tweet", "demand", "promise", "query", "vow", "protest", "joke", "estimate", "whisper", "reply", "sigh",
        "muse", "continue", "speak", "write", "cry", "shout", "report", "caution", "concur", "chime", "snap",
        "brag", "boast", "hint", "wonder", "reckon", "reveal", "describe", "mention", "repeat", "recall", "observe", "remark",
    };

    // Verbs that give a judgement in the speaker's own words, quoted in part: "called the plan “rushed”", "dismissed Estonia
    // as being in the “suburbs of St. Petersburg”", "described as “an intentional act”".
    private static readonly HashSet<string> s_characterising = new(
        new[] { "call", "describe", "label", "brand", "dub", "term", "accuse", "condemn", "denounce", "dismiss", "deride", "hail", "praise", "slam", "blast", "criticize", "criticise", "characterize", "characterise" }
            .SelectMany(Inflections.Of).Concat(new[] { "labelled", "labelling", "dubbed", "dubbing", "slammed", "slamming" }), // the forms the regular inflections miss
        StringComparer.Ordinal);

    /// <summary>Whether the word is a form of a verb that characterises in the speaker's own words (<see cref="s_characterising"/>).</summary>
    public static bool IsCharacterising(string word) => s_characterising.Contains(word);

    /// <summary>The lemma when <paramref name="tokens"/>[<paramref name="i"/>] is a speech verb used as a verb, else null.</summary>
    public static string? At(List<Token> tokens, int i)
    {
        var token = tokens[i];
        // Most words are no speech verb, and are told so by their traits, without a visit to the word.
        if (!token.Is(WordTraits.SpeechForm)) return null;
        var word = token.Text;
        if (word.Length < 3 || token.IsCapitalised && i > 0) return null;
        // "“Jeb wants to be a tough guy tonight,” Trump shot back": a retort.
        if (word is "shot" or "shoots" or "fired" or "fires" && i + 1 < tokens.Count && tokens[i + 1].Text == "back") return word[0] == 's' ? "shoot back" : "fire back";
        // "“You know, it happens, right?” Trump went on", "She went on: “…”": "go on" with punctuation or nothing after it
        // goes on speaking; with a word right after it, it goes on to something else ("went on to win", "went on CNN").
        if (word is "went" or "goes" && i + 1 < tokens.Count && tokens[i + 1].Text == "on" && (i + 2 >= tokens.Count || tokens[i + 2].Start > tokens[i + 1].End + 1)) return "go on";
        if (token.Word.SpeechLemma is not { } lemma) return null;
        // "the claims", "his remarks", "Obama's remarks": after a determiner or a possessive the word is a noun. Not one
        // that ends a quote ("“We need that,” said Ng"): a mark or a comma between them leaves the verb a verb.
        if (i > 0 && (tokens[i - 1].Is(WordTraits.Determiner) || tokens[i - 1].Possessive) && token.Start - tokens[i - 1].End <= 1) return null;
        // "Mr Hadi points out": that form with "out" after it is the verb ("tried to point out" is no attribution).
        if (IsNounLike(lemma, word) && !(word == "points" && i + 1 < tokens.Count && tokens[i + 1].Text == "out")) return null;
        // "think" and "believe" report speech only with a person beside them ("Dean thinks", ", thinks Mr Dean"). The bare
        // form after a bracket or a dash asks the reader to think of the person ("her influence (think Eleanor Roosevelt)").
        if (lemma == "think" || lemma == "believe")
            return i > 0 && IsPronounOrName(tokens[i - 1])
                || i + 1 < tokens.Count && tokens[i + 1].IsCapitalised && !(word == lemma && i > 0 && token.Start - tokens[i - 1].End > 1) ? lemma : null;
        return lemma;
    }

    /// <summary>The words that are a speech verb with the word after them ("shot back", "fired back", "went on"), as <see cref="At"/> reads them.</summary>
    public static bool IsPhrasalSpeechVerb(string word) => word is "shot" or "shoots" or "fired" or "fires" or "went" or "goes";

    /// <summary>
    /// A speech verb that stands before its subject ("said Cornell Brooks", "…, added Spicer"); after "told" or "asked" the
    /// name is the listener.
    /// </summary>
    public static bool InvertsSubject(string word) =>
        word is "said" or "says" or "say" or "added" or "adds" or "wrote" or "warned" or "warns" or "explained" or "explains" or "noted" or "notes";

    /// <summary>
    /// Whether the form is of a lemma that is a noun as often as a verb, and not in its -ed or -ing form: "notes", "reports",
    /// "writes" are verbs only where something else says so (a quote right before them and their subject: "“…,” Conway notes").
    /// </summary>
    public static bool IsNounLike(string lemma, string word) =>
        s_nounLike.Contains(lemma) && !(word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || IsIrregularPast(word, lemma));

    /// <summary>Whether a form of the speech verb <paramref name="lemma"/> has a subject's tense ("said", "says", "warns"): neither the bare form nor a participle in -ing.</summary>
    public static bool IsFinite(string form, string lemma) =>
        !string.Equals(form, lemma, StringComparison.OrdinalIgnoreCase) && !form.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// Whether the word is a past form, as a passive needs ("was called", "has been said", "was written"): an -ed form, or
    /// an irregular form of the speech verb <paramref name="lemma"/> that speech-verbs.txt lists (neither the lemma, nor an
    /// -s or -ing form).
    /// </summary>
    public static bool IsPast(string word, string? lemma) =>
        word.EndsWith("ed", StringComparison.Ordinal) || lemma is not null && IsIrregularPast(word, lemma) && !word.EndsWith("ing", StringComparison.Ordinal);

    private static bool IsIrregularPast(string form, string lemma) =>
        !string.Equals(form, lemma, StringComparison.OrdinalIgnoreCase) && !form.EndsWith("s", StringComparison.OrdinalIgnoreCase);

    private static bool IsPronounOrName(Token token) => token.IsCapitalised || Pronouns.GenderOf(token) is not null;
}

internal static class Pronouns
{
    /// <summary>'m', 'f' or 'n' (they) for a subject pronoun; null for any other word.</summary>
    public static char? GenderOf(string word) => word switch
    {
        "he" or "He" => 'm',
        "she" or "She" => 'f',
        _ => null,
    };

    /// <summary><see cref="GenderOf(string)"/> of a token, read from its traits first: most words are no pronoun, and are told so without a visit to the word.</summary>
    public static char? GenderOf(Token token) => token.Is(WordTraits.GenderedPronoun) ? GenderOf(token.Text) : null;

    /// <summary>'m' or 'f' for a possessive pronoun ("his", "her"), in any case; null for any other word.</summary>
    public static char? OwnerGender(string word) =>
        string.Equals(word, "his", StringComparison.OrdinalIgnoreCase) ? 'm' : string.Equals(word, "her", StringComparison.OrdinalIgnoreCase) ? 'f' : null;

    public static bool Compatible(char pronoun, char person) => person == '-' || person == pronoun;

    private static readonly HashSet<string> s_subjects = new(StringComparer.OrdinalIgnoreCase) { "I", "we", "you", "he", "she", "they", "it" };

    /// <summary>Whether the word is a personal pronoun that can be a sentence's subject, in any case.</summary>
    public static bool IsSubject(string word) => s_subjects.Contains(word);
}
