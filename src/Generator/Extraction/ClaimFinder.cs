using System;
using System.Collections.Generic;
using System.Linq;
using Byline.Generator.Model;

namespace Byline.Generator.Extraction;

/// <summary>A checkable sentence found in the body.</summary>
internal sealed class ClaimCandidate
{
    public ClaimCandidate(int paragraph, Sentence sentence, string kind, PersonEntry? source, string? sourceName, List<FigureModel> figures, int quoteIndex)
    {
        Paragraph = paragraph;
        Sentence = sentence;
        Kind = kind;
        Source = source;
        SourceName = sourceName;
        Figures = figures;
        QuoteIndex = quoteIndex;
    }

    public int Paragraph { get; }

    public Sentence Sentence { get; }

    public string Kind { get; }

    public PersonEntry? Source { get; }

    public string? SourceName { get; }

    public List<FigureModel> Figures { get; }

    public int QuoteIndex { get; }
}

/// <summary>
/// Claims: a body sentence that states a figure is a statistic; one that reports, outside quotation marks,
/// what a source said or believed is reported. A statistic keeps the source it is attributed to.
/// </summary>
internal static class ClaimFinder
{
    // Verbs that report a proposition ("said there are no plans"); "warning against" reports no claim.
    private static readonly HashSet<string> s_reporting = new(StringComparer.Ordinal)
    {
        "say", "tell", "claim", "insist", "believe", "argue", "announce", "admit", "deny", "promise", "suggest", "confirm",
        "estimate", "acknowledge", "assert", "allege", "predict", "warn", "report", "reveal", "think", "testify", "concede",
        "contend", "maintain", "repeat", "accuse", "blame",
    };

    // Verbs that report a claim only with "that" after them ("noted that", "added that").
    private static readonly HashSet<string> s_reportingWithThat = new(StringComparer.Ordinal)
    {
        "add", "note", "explain", "write", "state", "declare", "agree", "vow", "signal", "stress", "emphasise", "emphasize",
    };

    // Nouns that can be an unnamed source ("officials said", "the company has announced").
    private static readonly HashSet<string> s_sourceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "officials", "official", "company", "police", "government", "ministry", "department", "spokesman", "spokeswoman",
        "spokesperson", "report", "study", "survey", "analysts", "experts", "sources", "source", "statement", "court",
        "authorities", "agency", "administration", "campaign", "party", "group", "researchers", "scientists", "critics",
        "prosecutors", "investigators", "lawmakers", "aides", "advisers", "letter", "document", "data", "figures",
    };

    private static readonly string[] s_auxiliaries = { " has", " have", " had" };

    private static readonly char[] s_clauseEnds = { ',', '.', ';' };

    /// <param name="antecedent">Whom a pronoun at a paragraph's offset, of a gender, stands for, as the speaker resolver reads it.</param>
    public static List<ClaimCandidate> Find(BodyView body, NameFinder names, IReadOnlyList<QuoteSpan> quotes, IReadOnlyList<QuoteAttribution> speakers, Func<int, int, char, PersonEntry?> antecedent)
    {
        var claims = new List<ClaimCandidate>();
        var inside = new QuoteRanges(quotes, body.Paragraphs);
        for (var p = 0; p < body.Paragraphs.Count; p++)
        {
            // The staff credit that closes wire copy names its writers; it reports nothing ("Keith Bradsher contributed
            // reporting from Hong Kong.").
            if (names.IsStaffCredit(p)) continue;
            // A claim is one sentence, also inside a quotation: a quoted paragraph may state several figures.
            foreach (var sentence in body.SentencesInsideQuotesOf(p))
            {
                var claim = Read(body, names, quotes, inside, speakers, antecedent, p, sentence, Adjacent(body, claims.Count > 0 ? claims[claims.Count - 1] : null, p, sentence));
                if (claim is not null) claims.Add(claim);
            }
        }
        return claims;
    }

    /// <summary>
    /// "SELECT * FROM server_log_summary WHERE status_code = 400; period │ entries ──────", "1 | 2 | 3 | 4 | 5": a query, a
    /// program, a table drawn in text or a pager that a scraped page left in its body states nothing. Prose seldom writes
    /// braces, semicolons, bars, underscores, backslashes or box-drawing lines; these hold one character in thirty or more.
    /// </summary>
    private static bool LooksLikeCode(string paragraph, Sentence sentence)
    {
        var marks = 0;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            var c = paragraph[i];
            if (c is '{' or '}' or ';' or '|' or '_' or '\\' || c >= '\u2500' && c <= '\u257F') marks++;
        }
        return marks >= 4 && marks * 30 >= sentence.End - sentence.Start;
    }

    /// <summary>The source of the claim in the sentence right before this one (the last of the paragraph before, for a paragraph's first), if any.</summary>
    private static PersonEntry? Adjacent(BodyView body, ClaimCandidate? previous, int p, Sentence sentence)
    {
        if (previous?.Source is not { } source) return null;
        if (previous.Paragraph == p) return Gap.IsSpaces(body.Paragraphs[p], previous.Sentence.End, sentence.Start) ? source : null;
        var before = body.Paragraphs[p - 1];
        return previous.Paragraph == p - 1 && Gap.IsSpaces(before, previous.Sentence.End, before.Length) && Gap.IsSpaces(body.Paragraphs[p], 0, sentence.Start) ? source : null;
    }

    /// <param name="sourceBefore">The source of the claim in the sentence right before, whom a pronoun opening this one goes on with.</param>
    private static ClaimCandidate? Read(BodyView body, NameFinder names, IReadOnlyList<QuoteSpan> quotes, QuoteRanges inside, IReadOnlyList<QuoteAttribution> speakers, Func<int, int, char, PersonEntry?> antecedent, int p, Sentence sentence, PersonEntry? sourceBefore)
    {
        // The sentence is read in its paragraph: only one with a figure is cut out, for the figure reader.
        var paragraph = body.Paragraphs[p];
        if (Words.Count(paragraph, sentence.Start, sentence.End, 4) < 4) return null;
        var last = sentence.End - 1;
        while (char.IsWhiteSpace(paragraph[last])) last--;
        if (paragraph[last] == '?' || OpensWithQuestion(paragraph, sentence)) return null;
        // A line with no final punctuation is a label or headline unless it is long enough to be a sentence.
        if (!PageLayoutPass.EndsSentence(paragraph[last]) && Words.Count(paragraph, sentence.Start, sentence.End, 8) < 8) return null;
        var quoteIndex = QuoteIn(quotes, p, sentence);
        var figures = Figures(body, p, sentence);
        // Only a sentence with a figure is read for code: no query or table left in a page reports what someone said.
        if (figures.Count > 0 && LooksLikeCode(paragraph, sentence)) return null;
        var reported = Reporting(body, names, p, sentence, inside, antecedent, sourceBefore) ?? Introduced(body, names, p, inside, antecedent);
        PersonEntry? source = reported?.Source;
        if (source is null && quoteIndex >= 0) source = speakers[quoteIndex].Speaker;
        // "Published: Monday, November 18th, 2019 at 11:08 a.m.": a date line left in the body states no figure.
        if (figures.Count > 0 && PublicationDate.IsDateLine(sentence.Of(paragraph).Trim())) return null;
        if (figures.Count > 0) return new ClaimCandidate(p, sentence, "Statistic", source, source?.Name ?? reported?.Name, figures, quoteIndex);
        if (reported is null) return null;
        return new ClaimCandidate(p, sentence, "Reported", source, reported.Value.Name, figures, quoteIndex);
    }

    /// <summary>
    /// "“How can it be right that the poorest 20% pay more in tax …?” he asked.": a sentence that opens with a quoted
    /// question asks it. ("The paper cited questions of fifty words, including: “Were you …?”" states something, as
    /// does a quote that ends with a question it quotes.)
    /// </summary>
    private static bool OpensWithQuestion(string paragraph, Sentence sentence)
    {
        var i = sentence.Start;
        while (i < sentence.End && char.IsWhiteSpace(paragraph[i])) i++;
        if (i >= sentence.End || !QuoteMarks.IsMark(paragraph[i])) return false;
        for (var k = i + 1; k < sentence.End; k++)
        {
            if (!QuoteMarks.IsMark(paragraph[k])) continue;
            var before = k - 1;
            // "… thinking, 'Aren't we clever?'": a question quoted inside the quote is what the statement reports.
            while (before > i && paragraph[before] == ' ') before--;
            return paragraph[before] == '?' && OnlyAttributionAfter(paragraph, k + 1, sentence.End);
        }
        return false;
    }

    /// <summary>
    /// Whether the words from <paramref name="from"/> to the sentence's end only attribute the quote before them: a few
    /// words up to a comma or the end ("he asked.", "said Zeynep Tufekci, an assistant professor"), not a clause that goes
    /// on ("she said, but Kevin was drifting off", "was one question on the website").
    /// </summary>
    private static bool OnlyAttributionAfter(string paragraph, int from, int end)
    {
        var comma = paragraph.IndexOf(',', from, end - from);
        if (Words.Count(paragraph, from, comma < 0 ? end : comma, 6) > 5) return false;
        if (comma < 0) return true;
        var next = paragraph.Substring(comma + 1, Math.Min(8, end - comma - 1)).TrimStart();
        return !(next.StartsWith("but ", StringComparison.Ordinal) || next.StartsWith("and ", StringComparison.Ordinal)
            || next.StartsWith("as ", StringComparison.Ordinal) || next.StartsWith("while ", StringComparison.Ordinal));
    }

    /// <summary>
    /// The sentence's figures. Two sentences in three have no word that makes them numeric, and are not read for one; the
    /// others are read for the patterns whose gate words their words may hold.
    /// </summary>
    private static List<FigureModel> Figures(BodyView body, int p, Sentence sentence)
    {
        var tokens = body.Tokens[p];
        var (first, count) = body.TokenRange(p, sentence.Start, sentence.End);
        var end = first + count;
        if (first > 0 && tokens[first - 1].End > sentence.Start) first--; // a word the sentence starts inside of
        if (!FigureParser.MayHaveFigure(tokens, first, end)) return new List<FigureModel>();
        return FigureParser.Find(sentence.Of(body.Paragraphs[p]), tokens, first, end, sentence.Start);
    }

    /// <summary>The quote that opens in the sentence, or failing that the one the sentence stands inside of.</summary>
    private static int QuoteIn(IReadOnlyList<QuoteSpan> quotes, int p, Sentence sentence)
    {
        var around = -1;
        for (var q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            if (quote.Paragraph == p && quote.Open >= sentence.Start && quote.Open < sentence.End) return q;
            var opensBefore = quote.Paragraph < p || quote.Paragraph == p && quote.Open < sentence.Start;
            var closesAfter = quote.EndParagraph > p || quote.EndParagraph == p && quote.Close > sentence.Start;
            if (around < 0 && opensBefore && closesAfter) around = q;
        }
        return around;
    }

    /// <summary>A reporting verb outside quotation marks with a subject, and something reported after it that is not only a quote.</summary>
    private static (PersonEntry? Source, string? Name)? Reporting(BodyView body, NameFinder names, int p, Sentence sentence, QuoteRanges inside, Func<int, int, char, PersonEntry?> antecedent, PersonEntry? sourceBefore)
    {
        var text = body.Paragraphs[p];
        var tokens = body.Tokens[p];
        var according = text.IndexOf("according to ", sentence.Start, sentence.End - sentence.Start, StringComparison.OrdinalIgnoreCase);
        if (according >= 0)
        {
            var person = names.FirstStartingIn(p, according + 1, according + 40);
            return (person, person?.Name ?? SourcePhrase(text, according + 13, sentence.End));
        }
        // "Although a NASA scientist said …, the astronaut himself predicted …", "After Trump argued …, Rubio said only that
        // …": a clause that a subordinator opens the sentence with, up to its comma, sets the scene; the main clause's verb
        // reports first, and the leading clause's only where the main clause has none.
        var first = body.FirstTokenAt(p, sentence.Start);
        var end = first;
        while (end < tokens.Count && tokens[end].Start < sentence.End) end++;
        var main = LeadingClauseEnd(text, tokens, first, end, inside, p);
        for (var n = 0; n < end - first; n++)
        {
            var i = main + n < end ? main + n : first + n - (end - main);
            var token = tokens[i];
            // Only "accused", "accuses", "blamed" and "blames" accuse: told by the token's length (a possessive's characters
            // after it allowed for), without a visit to its word.
            var lemma = body.VerbAt(p, i) ?? (token.End - token.Start is >= 6 and <= 9 ? Accuses(tokens, i) : null);
            if (lemma is null || inside.Contains(p, token.Start)) continue;
            var withThat = i + 1 < tokens.Count && tokens[i + 1].Text == "that";
            if (!s_reporting.Contains(lemma) && !(withThat && s_reportingWithThat.Contains(lemma))) continue;
            if (Describes(tokens, i, sentence) || Supposes(text, tokens, i, sentence) || Unsaid(text, tokens, i, sentence)) continue;
            if (StartsWithQuote(text, sentence) || inside.Contains(p, tokens[body.FirstTokenAt(p, sentence.Start)].Start)) return null;
            var inverted = Inverted(names, text, tokens, i, sentence, p);
            if (inverted is not null) return inverted;
            if (!ReportsContent(text, tokens, i, sentence, inside, p)) continue;
            if (PluralTitleSubject(names, text, tokens, p, i, sentence, out var several)) return (null, several);
            var subject = Speaker(names, text, tokens, p, i, sentence, antecedent, sourceBefore);
            if (subject is not null) return (subject, subject.Name);
            var phrase = SubjectPhrase(text, tokens, i, sentence.Start, out var phraseStart);
            if (phrase is not null && ByRole(names, phrase) is { } titled) return (titled, titled.Name);
            if (phrase is not null && (IsSourcePhrase(phrase, startsSentence: phraseStart == sentence.Start) || PersonsOwn(names, p, phraseStart, phrase) && !IsAdjective(text, tokens, i, sentence))) return (null, phrase);
            if (SharesSubject(text, tokens, i, sentence) && OpeningName(text, tokens, body.FirstTokenAt(p, sentence.Start), i) is { } opening && IsSourcePhrase(opening)) return (null, opening);
        }
        return null;
    }

    /// <summary>The words that open a clause setting the scene before a sentence's main clause (<see cref="LeadingClauseEnd"/>).</summary>
    private static readonly HashSet<string> s_leadingSubordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "although", "though", "after", "before", "when", "while", "as", "since", "once", "because",
    };

    /// <summary>
    /// Where the main clause begins (the token after the comma that closes a leading clause opened by "although", "after",
    /// "before", "when", "while", "as", "since", "though", "once" or "because", after "But", "And" or "Yet" and "even" or
    /// "just"), or <paramref name="first"/> where the sentence opens with none.
    /// </summary>
    private static int LeadingClauseEnd(string text, List<Token> tokens, int first, int end, QuoteRanges inside, int p)
    {
        var k = first;
        if (k < end && tokens[k].Text is "But" or "And" or "Yet") k++;
        if (k < end && tokens[k].Text is "even" or "just" or "Even" or "Just") k++;
        if (k >= end || !s_leadingSubordinators.Contains(tokens[k].Text)) return first;
        for (k++; k + 1 < end; k++)
        {
            if (text.IndexOf(',', tokens[k].End, tokens[k + 1].Start - tokens[k].End) >= 0 && !inside.Contains(p, tokens[k].End)) return k + 1;
        }
        return first;
    }

    /// <summary>
    /// "a newly revealed summertime phone call", "the reported deal": a participle after a determiner, an adverb in "-ly"
    /// aside, describes the noun after it; it reports nothing.
    /// </summary>
    private static bool Describes(List<Token> tokens, int verb, Sentence sentence)
    {
        var before = verb - 1;
        if (before >= 0 && tokens[before].Start >= sentence.Start && tokens[before].Text.EndsWith("ly", StringComparison.Ordinal) && tokens[before].Is(WordTraits.LowerCase)) before--;
        return before >= 0 && tokens[before].Start >= sentence.Start && tokens[before].Is(WordTraits.Determiner) && !tokens[before].IsCapitalised
            && tokens[verb].Text.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>
    /// "The key is if Gerrard comes out and says that he is happy": a verb in a clause that "if" or "unless" opens, no comma
    /// between, supposes what someone might say; it reports nothing.
    /// </summary>
    private static bool Supposes(string text, List<Token> tokens, int verb, Sentence sentence)
    {
        for (var k = verb - 1; k >= 0 && tokens[k].Start >= sentence.Start; k--)
        {
            if (text.IndexOf(',', tokens[k].End, tokens[k + 1].Start - tokens[k].End) >= 0) return false;
            if (tokens[k].Text is "if" or "If" or "unless" or "Unless") return true;
        }
        return false;
    }

    /// <summary>
    /// "Mr Balls refused to say whether …", "He is due to announce which seat …", "it was too early to tell", "he would
    /// have to tell Holder", "pressure the president into announcing an inquiry": a verb that someone withholds, has yet to
    /// say or is only pressed to; it reports nothing ("went on to say", "tweeted to say", "aside from stating" still do).
    /// </summary>
    private static bool Unsaid(string text, List<Token> tokens, int verb, Sentence sentence)
    {
        if (verb < 2 || tokens[verb - 2].Start < sentence.Start || !Gap.IsOneSpace(text, tokens[verb - 1], tokens[verb])) return false;
        var before = tokens[verb - 1].Text;
        if (before is "into" or "without") return true;
        return before == "to" && s_withholding.Contains(tokens[verb - 2].Text);
    }

    private static readonly HashSet<string> s_withholding = new(StringComparer.Ordinal)
    {
        "refused", "refuses", "refuse", "refusing", "declined", "declines", "decline", "declining", "due", "set", "about", "early", "soon",
        "safe", "nothing", "has", "have", "had", "need", "needs", "ought", "want", "wants", "wanted", "willing", "unwilling", "able", "unable",
    };

    /// <summary>
    /// "Mr Hain accused Mr Howard of …", "He blamed the incident on hackers": a verb that reports a charge someone made, which
    /// the speech verbs leave out, as it attributes no quote. Not in the passive ("executives are accused of", "Robinson
    /// has been blamed for"), whose subject is the one charged.
    /// </summary>
    private static string? Accuses(List<Token> tokens, int i)
    {
        var word = tokens[i].Text;
        var lemma = word is "accused" or "accuses" ? "accuse" : word is "blamed" or "blames" ? "blame" : null;
        // Nor "a contractor accused of spying", "the man blamed for it": with no object the verb is a passive participle.
        if (lemma is null || i + 1 < tokens.Count && tokens[i + 1].Text is "of" or "for") return null;
        // Nor after "which": "extradition to the United States, which accuses him of …" is a thing's charge, not that of
        // the last person named.
        return i > 0 && (Words.IsPassiveAuxiliary(tokens[i - 1].Text) || tokens[i - 1].Text == "which") ? null : lemma;
    }

    /// <summary>
    /// "In a wide-ranging interview, President Obama also said:" and then, a paragraph each, what he said ("The UK must stay
    /// in the EU …", "He is confident the Iran nuclear deal will pass …"): the points of a list, paragraphs that end with no
    /// punctuation, after a paragraph that ends in a colon after a reporting verb, report what that verb's speaker said. A
    /// paragraph that ends like a sentence there, or with a closing quotation mark, is most often a quotation, not a report.
    /// </summary>
    private static (PersonEntry? Source, string? Name)? Introduced(BodyView body, NameFinder names, int p, QuoteRanges inside, Func<int, int, char, PersonEntry?> antecedent)
    {
        var point = body.Paragraphs[p];
        if (p == 0 || point.Length == 0 || PageLayoutPass.EndsSentence(point)) return null;
        for (var k = p - 1; k >= 0; k--)
        {
            var text = body.Paragraphs[k];
            if (text.Length == 0) return null;
            if (text[text.Length - 1] == ':') return Introducer(body, names, k, inside, antecedent);
            // Any paragraph between the colon and this one is a point of the list too.
            if (PageLayoutPass.EndsSentence(text)) return null;
        }
        return null;
    }

    /// <summary>The speaker of the reporting verb in the last sentence of paragraph <paramref name="k"/>, which ends in a colon.</summary>
    private static (PersonEntry? Source, string? Name)? Introducer(BodyView body, NameFinder names, int k, QuoteRanges inside, Func<int, int, char, PersonEntry?> antecedent)
    {
        var text = body.Paragraphs[k];
        var tokens = body.Tokens[k];
        var sentence = body.SentenceAt(k, text.Length - 1);
        for (var i = body.FirstTokenAt(k, sentence.Start); i < tokens.Count; i++)
        {
            if (body.VerbAt(k, i) is not { } lemma || !s_reporting.Contains(lemma) || inside.Contains(k, tokens[i].Start)) continue;
            var speaker = Speaker(names, text, tokens, k, i, sentence, antecedent);
            return speaker is null ? null : (speaker, speaker.Name);
        }
        return null;
    }

    /// <summary>
    /// The person who speaks through the reporting verb at token <paramref name="verb"/>: the one who opens the sentence
    /// before an aside, or the last one named before it in the sentence, or failing that the first after it, or the one a
    /// pronoun before it stands for.
    /// </summary>
    private static PersonEntry? Speaker(NameFinder names, string text, List<Token> tokens, int p, int verb, Sentence sentence, Func<int, int, char, PersonEntry?> antecedent, PersonEntry? sourceBefore = null)
    {
        var subject = OpenerBeforeAside(names, text, p, tokens[verb].Start, sentence) ?? SharedSubject(names, text, tokens, p, verb, sentence)
            ?? LastNamedSubject(names, text, tokens, p, verb, sentence) ?? FirstMentionAfter(names, text, tokens, p, verb, sentence.End);
        if (subject is not null) return subject;
        for (var k = verb - 1; k >= 0 && tokens[k].Start >= sentence.Start; k--)
        {
            if (Pronouns.GenderOf(tokens[k]) is not { } gender) continue;
            // "Montell Figgins, who represents Thomas, said …. He said Thomas is a single father": a pronoun that opens the
            // sentence goes on with the source of the claim right before, not the last name.
            // So does one after a word that opens the sentence and names no one: "However, he said", "But he added".
            var opens = k == 0 || tokens[k - 1].Start < sentence.Start
                || (k == 1 || tokens[k - 2].Start < sentence.Start) && tokens[k - 1].IsCapitalised && names.MentionAt(p, tokens[k - 1].Start) is null;
            if (opens && sourceBefore is not null && Pronouns.Compatible(gender, sourceBefore.Gender)) return sourceBefore;
            // Otherwise as a quote's pronoun: the subject or speaker of the sentence before, else the last one of its gender.
            return antecedent(p, tokens[k].Start, gender);
        }
        return null;
    }

    /// <summary>
    /// "Souness dropped Bellamy for Sunday's game, claiming the Welshman had feigned injury", "Shane Byrne echoed O'Gara's
    /// comments but admitted …": a verb that has no subject of its own (a participle after a comma, a verb after "and" or
    /// "but") shares the subject the sentence opens with, not the last name before it. So does a participle that an adverb
    /// or "while" opens after the comma ("Trump has raised questions about Obama's birthplace, falsely suggesting", "Bolton
    /// had a comparable assessment of Trump's record, while saying").
    /// </summary>
    private static PersonEntry? SharedSubject(NameFinder names, string text, List<Token> tokens, int p, int verb, Sentence sentence)
    {
        if (!SharesSubject(text, tokens, verb, sentence)) return null;
        var opener = names.FirstWithin(p, sentence.Start, tokens[verb].Start);
        // The name opens the sentence, a title or two aside ("Ireland hooker Shane Byrne"), and is not the owner or the
        // qualifier of the one who speaks ("Kenteris' lawyer Gregory Ioannidis", "Trump campaign manager Corey Lewandowski").
        if (opener.Person is null || Words.Count(text, sentence.Start, opener.Start, 4) > 3 || NameParts.EndsPossessive(text, opener.End)) return null;
        var next = Tokenizer.FirstAt(tokens, opener.End);
        if (next < verb && SpeaksForName(tokens[next].Text)) return null;
        return opener.Person;
    }

    /// <summary>Whether the verb at <paramref name="verb"/> has no subject of its own (see <see cref="SharedSubject"/>).</summary>
    private static bool SharesSubject(string text, List<Token> tokens, int verb, Sentence sentence)
    {
        if (verb == 0 || tokens[verb - 1].Start < sentence.Start) return false;
        var opens = verb - 1 > 0 && tokens[verb - 1].Is(WordTraits.LowerCase) && (tokens[verb - 1].Text == "while" || Words.IsAdverbBeforeVerb(tokens[verb - 1].Text)) ? verb - 1 : verb;
        return tokens[verb - 1].Text is "and" or "but"
            || Words.EndsInIng(tokens[verb]) && (Gap.IsCommaSpace(text, tokens[verb - 1].End, tokens[verb].Start) || Gap.IsCommaSpace(text, tokens[opens - 1].End, tokens[opens].Start));
    }

    /// <summary>
    /// "Business Insider also commented on Weiner's future …, but acknowledged it had no formal relationship": the words
    /// of the name or capitalised phrase that opens the sentence, the subject a verb without its own shares; null where the
    /// sentence opens otherwise.
    /// </summary>
    private static string? OpeningName(string text, List<Token> tokens, int first, int verb)
    {
        var k = first;
        if (k < verb && tokens[k].Text == "The") k++;
        var end = k;
        while (end < verb && tokens[end].IsCapitalised && !Pronouns.IsSubject(tokens[end].Text) && (end == k || Gap.IsOneSpace(text, tokens[end - 1], tokens[end]))) end++;
        return end > k ? text.Substring(tokens[first].Start, tokens[end - 1].End - tokens[first].Start) : null;
    }

    /// <summary>
    /// A word after a name that is who speaks, the name only qualifying it: a title ("Trump campaign manager Corey
    /// Lewandowski"), a title in the plural ("Sanders advisers insist"), a body ("The Clinton campaign says") or someone of
    /// the person's ("Clinton aides said", "Trump fans insist").
    /// </summary>
    private static bool SpeaksForName(string word) =>
        NameParts.IsTitleNoun(word) || NameParts.IsPluralTitle(word) || Lexicon.IsNoun(word, NounKinds.Body | NounKinds.Kin);

    /// <summary>
    /// The last name before the verb, where nothing between them is the verb's subject instead: not the owner of the noun
    /// that speaks ("Pagliano's lawyer has said", "Mrs. Clinton's confidants say", "boycott Trump's AIPAC speech said"),
    /// nor a name that qualifies it ("The Clinton campaign says"), nor a name a pronoun follows ("at a dinner hosted by
    /// John Prescott he told Mr Brown").
    /// </summary>
    private static PersonEntry? LastNamedSubject(NameFinder names, string text, List<Token> tokens, int p, int verb, Sentence sentence)
    {
        var last = names.LastMentionWithin(p, sentence.Start, tokens[verb].Start);
        if (last.Person is null) return null;
        var next = Tokenizer.FirstAt(tokens, last.End);
        if (next >= verb) return last.Person;
        var word = tokens[next];
        if (word.Is(WordTraits.LowerCase) && SpeaksForName(word.Text)
            || NameParts.EndsPossessive(text, last.End) && !(word.Is(WordTraits.LowerCase) && (Words.IsAdverbBeforeVerb(word.Text) || Words.IsPassiveAuxiliary(word.Text)))) return null;
        for (var k = next; k < verb; k++)
        {
            if (tokens[k].Is(WordTraits.LowerCase) && Pronouns.IsSubject(tokens[k].Text)) return null;
        }
        return last.Person;
    }

    /// <summary>
    /// "Led by Miguel Nicolelis, …, the researchers say", "Republican strategists concede": a title in the plural right
    /// before the verb, with only words that describe it before it back to a comma or the sentence's start, is the verb's
    /// subject: several people the article does not name (the claim's source is their phrase, as for "officials"), not
    /// anyone named before them. Not where a name or "he" or "she" stands among those words ("Sanders and his supporters
    /// argue", "Ward and other security experts", "She and her defenders"), nor a title that ends an aside ("Scissors, who
    /// consults with administration officials, said").
    /// </summary>
    private static bool PluralTitleSubject(NameFinder names, string text, List<Token> tokens, int p, int verb, Sentence sentence, out string phrase)
    {
        phrase = "";
        var last = verb - 1;
        while (last >= 0 && tokens[last].Start >= sentence.Start && tokens[last].Text is "have" or "had" or "also" or "would" or "will" or "previously" && Gap.IsOneSpace(text, tokens[last], tokens[last + 1])) last--;
        if (last < 0 || tokens[last].Start < sentence.Start || !Gap.IsOneSpace(text, tokens[last], tokens[last + 1])
            || !tokens[last].Is(WordTraits.LowerCase) || !NameParts.IsPluralTitle(tokens[last].Text)) return false;
        var first = last;
        for (; first > 0 && tokens[first - 1].Start >= sentence.Start && Gap.IsOneSpace(text, tokens[first - 1], tokens[first]); first--)
        {
            if (names.MentionAt(p, tokens[first - 1].Start) is not null || Pronouns.GenderOf(tokens[first - 1]) is not null) return false;
        }
        phrase = text.Substring(tokens[first].Start, tokens[last].End - tokens[first].Start);
        return true;
    }

    /// <summary>
    /// "Montell Figgins, who represents Thomas, said …": the name that opens the sentence speaks, not one named in the aside
    /// set off by commas between it and the verb, which may quote a title or a word ("Humphrey, who calls Trump a
    /// “sociopath,” said").
    /// </summary>
    private static PersonEntry? OpenerBeforeAside(NameFinder names, string text, int p, int verbStart, Sentence sentence)
    {
        var opener = names.FirstWithin(p, sentence.Start, verbStart);
        if (opener.Person is null || Words.Count(text, sentence.Start, opener.Start, 3) > 2) return null;
        var from = opener.End;
        if (from >= verbStart || text[from] != ',') return null;
        var last = text.LastIndexOf(',', verbStart - 1, verbStart - from);
        if (last <= from) return null;
        // After the aside, at most two lower-case words before the verb ("also", "has since"): "Juan Gil, the mayor, declined to
        // comment, but Galindo said" is another's verb.
        for (var i = last + 1; i < verbStart; i++)
        {
            if (char.IsUpper(text[i])) return null;
        }
        return Words.Count(text, last + 1, verbStart, 3) <= 2 ? opener.Person : null;
    }

    /// <summary>
    /// A sentence that opens with a quotation is the quote's, not a report of one; so is one that opens inside a quotation
    /// of several sentences ("“… I have made the decision to separate. During this difficult time, I ask for respect for
    /// our privacy,” Abedin said." reports nothing outside the quote), which <see cref="Reporting"/> asks of its first word.
    /// </summary>
    private static bool StartsWithQuote(string text, Sentence sentence) =>
        sentence.Start < text.Length && QuoteMarks.IsMark(text[sentence.Start]);

    /// <summary>
    /// The report comes first and its source after it, at the end: "…, the company has announced." / "…, thinks Mr Dean."
    /// </summary>
    private static (PersonEntry? Source, string? Name)? Inverted(NameFinder names, string text, List<Token> tokens, int verb, Sentence sentence, int p)
    {
        // The source and its verb stand between commas or end the sentence: "…, thinks Mr Dean, ultimately …". A colon after
        // the verb ("In an interview on Monday, Obama also said:") introduces what was said: it is not before the verb.
        if (IntroducesWithColon(text, tokens, verb)) return null;
        // "…, shifted his own account of the meeting to say Sondland did …": an infinitive has no subject after it.
        if (verb > 0 && tokens[verb - 1].Text == "to") return null;
        var nextComma = text.IndexOf(',', tokens[verb].End, sentence.End - tokens[verb].End);
        var clauseEnd = nextComma < 0 ? sentence.End : nextComma;
        var clauseWords = 0;
        for (var k = verb + 1; k < tokens.Count && tokens[k].Start < clauseEnd; k++) clauseWords++;
        if (clauseWords > 4) return null;
        var comma = text.LastIndexOf(',', tokens[verb].Start, tokens[verb].Start - sentence.Start);
        if (comma < 0 || Words.Count(text, sentence.Start, comma, 5) < 5) return null;
        var person = names.FirstStartingIn(p, comma + 1, clauseEnd);
        if (person is not null) return (person, person.Name);
        var phrase = text.Substring(comma + 1, tokens[verb].Start - comma - 1).Trim();
        // "…, said Gartner.": a source after the verb that names no one is an organisation, or a noun that can speak.
        if (phrase.Length == 0)
        {
            // "…, Bobby Jindal, told the Guardian": a verb that takes an object after an apposition has its subject before.
            if (!SpeechVerbs.InvertsSubject(Words.ToLowerInvariant(tokens[verb].Text))) return null;
            // Not a phrase the verb goes on with: "said on CNN", "said in a statement".
            var after = text.Substring(tokens[verb].End, clauseEnd - tokens[verb].End).Trim().TrimEnd('.', '!', '?');
            var first = after.Split(' ')[0];
            var noun = first.Length > 0 && char.IsUpper(first[0]) || first is "the" or "a" or "an" or "some" or "many" || s_sourceNouns.Contains(first);
            return noun && IsSourcePhrase(after, startsSentence: false) ? (null, after) : null;
        }
        foreach (var aux in s_auxiliaries)
        {
            if (phrase.EndsWith(aux, StringComparison.Ordinal)) phrase = phrase.Substring(0, phrase.Length - aux.Length);
        }
        return phrase.Length > 0 && IsSourcePhrase(phrase) ? (null, phrase) : null;
    }

    /// <summary>Whether a colon follows the verb ("said: “…”", "also said:" ending a paragraph): what was said comes after it.</summary>
    private static bool IntroducesWithColon(string text, List<Token> tokens, int verb)
    {
        var at = tokens[verb].End;
        while (at < text.Length && text[at] == ' ') at++;
        return at < text.Length && text[at] == ':';
    }

    /// <summary>An unnamed source is a named organisation or a noun that can speak ("officials", "the company").</summary>
    private static bool IsSourcePhrase(string phrase, bool startsSentence = true)
    {
        // The first word may be capitalised only because it starts the sentence ("When you say …"); inside the sentence a
        // capital is a name ("Rival Sony has said"), and a known organisation is one anywhere ("Nintendo has announced").
        var words = phrase.Split(' ');
        // So is one that ends in a noun for who speaks for a named person ("Sanders's campaign manager", "Trump's aides").
        return words.Skip(1).Any(w => w.Length > 0 && char.IsUpper(w[0])) || words.Any(w => s_sourceNouns.Contains(w) || Lexicon.IsNoun(w, NounKinds.Organisation))
            || words.Length > 1 && NameParts.EndsPossessive(words[0], words[0].Length) && SpeaksForName(words[words.Length - 1])
            || !startsSentence && IsNameLike(phrase, words[0]) || words.Any(Lexicon.Organisations.Contains);
    }

    /// <summary>
    /// "Romney's associates said", "Swift's rep told": a person's possessive and a lower-case noun or two are someone of
    /// theirs, who speaks for them; the phrase is the source's text.
    /// </summary>
    private static bool PersonsOwn(NameFinder names, int p, int phraseStart, string phrase)
    {
        var words = phrase.Split(' ');
        return words.Length is 2 or 3 && NameParts.EndsPossessive(words[0], words[0].Length) && words.Skip(1).All(w => w.Length > 0 && char.IsLower(w[0]))
            && names.MentionAt(p, phraseStart) is not null;
    }

    /// <summary>
    /// "Alpert's metaphor is telling in its own right", "its performance is promising at worst": an "-ing" form after "is"
    /// with no object or clause after it (the sentence or a clause ends, or a preposition follows) describes; it reports
    /// nothing. "Ingham's associates are saying that …" reports.
    /// </summary>
    private static bool IsAdjective(string text, List<Token> tokens, int verb, Sentence sentence)
    {
        if (verb == 0 || !Words.EndsInIng(tokens[verb]) || !Words.IsPassiveAuxiliary(tokens[verb - 1].Text)) return false;
        if (verb + 1 >= tokens.Count || tokens[verb + 1].Start >= sentence.End || Gap.Breaks(text, tokens[verb].End, tokens[verb + 1].Start)) return true;
        return tokens[verb + 1].Text is "in" or "at" or "for" or "on" or "of" or "and" or "but" or "or";
    }

    /// <summary>A capitalised phrase with no clause inside it, and not the speaker's own "I".</summary>
    private static bool IsNameLike(string phrase, string first) =>
        first.Length > 0 && char.IsUpper(first[0]) && first != "I" && phrase.IndexOfAny(s_clauseMarks) < 0;

    private static readonly char[] s_clauseMarks = { ',', '(', ')', ';', ':' };

    /// <summary>"the president said": the person the article gave that role, if it gave one.</summary>
    private static PersonEntry? ByRole(NameFinder names, string phrase)
    {
        var words = phrase.Split(' ');
        if (words.Length is < 2 or > 3 || words[0] is not ("the" or "The")) return null;
        var noun = words[words.Length - 1];
        if (!NameParts.IsTitleNoun(noun)) return null;
        var matches = names.WithRole(noun).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>
    /// The name right after a verb set off after a comma or a quotation ("Historically, says Ingabire, Rwandan women …"), its
    /// subject set after it, or after a passive verb's "by" (its agent, titles allowed between: "His claims were denied by
    /// Foreign Secretary Jack Straw"), unless what was said opens between them. After a subject the name is the verb's
    /// object or in what was reported: "Downing Street said Mr Blair should be judged …", "The Democrats are alleging that
    /// Trump's call …", "Tottenham said in a statement: “Jose is …”".
    /// </summary>
    private static PersonEntry? FirstMentionAfter(NameFinder names, string text, List<Token> tokens, int p, int verb, int to)
    {
        var before = tokens[verb].Start - 1;
        while (before >= 0 && text[before] == ' ') before--;
        var agent = verb > 0 && Words.IsPassiveAuxiliary(tokens[verb - 1].Text)
            && verb + 1 < tokens.Count && tokens[verb + 1].Text == "by";
        if (before >= 0 && text[before] != ',' && !QuoteMarks.IsMark(text[before]) && !agent) return null;
        var from = tokens[verb].End;
        var mention = names.FirstWithin(p, from, to);
        if (mention.Person is null || mention.Start >= from + 25) return null;
        for (var k = verb + 1; k < tokens.Count && tokens[k].Start < mention.Start; k++)
        {
            if (tokens[k].Text == "that" || agent && k > verb + 1 && !tokens[k].IsCapitalised) return null;
        }
        for (var at = from; at < mention.Start; at++)
        {
            if (text[at] == ':' || QuoteMarks.IsMark(text[at])) return null;
        }
        return mention.Person;
    }

    /// <summary>The verb reports something: "that …", or at least three words outside quotes before the sentence ends.</summary>
    private static bool ReportsContent(string text, List<Token> tokens, int verb, Sentence sentence, QuoteRanges inside, int p)
    {
        if (verb + 1 < tokens.Count && tokens[verb + 1].Text == "that") return true;
        var next = verb + 1;
        if (IntroducesWithColon(text, tokens, verb) || ComparedWith(text, tokens, verb, sentence)) return false;
        var outside = 0;
        for (var k = next; k < tokens.Count && tokens[k].Start < sentence.End && outside < 3; k++)
        {
            if (!inside.Contains(p, tokens[k].Start)) outside++;
        }
        return outside >= 3;
    }

    /// <summary>
    /// "It’s more complicated than McKinley suggests, but …", "That’s smaller than what McKinley said, but …": a verb whose
    /// clause "than" or "what" opens, a few words before it, with a comma or the sentence's end right after it, is what
    /// the sentence measures against, not what it reports ("what she said were punitive policies" goes on to report).
    /// </summary>
    private static bool ComparedWith(string text, List<Token> tokens, int verb, Sentence sentence)
    {
        var at = tokens[verb].End;
        if (at < sentence.End && text[at] is not (',' or '.' or ';' or '!' or '?')) return false;
        for (var k = verb - 1; k >= 0 && k >= verb - 4 && tokens[k].Start >= sentence.Start; k--)
        {
            if (tokens[k].Text is "than" or "what") return true;
        }
        return false;
    }

    /// <summary>An unnamed or organisational source: the words before the verb back to a determiner ("the company", "officials").</summary>
    private static string? SubjectPhrase(string text, List<Token> tokens, int verb, int sentenceStart, out int start)
    {
        start = -1;
        var last = verb - 1;
        while (last >= 0 && tokens[last].Text is "has" or "have" or "had" or "is" or "are" or "was" or "were" or "also" or "previously" or "will" or "would" or "repeatedly" or "to") last--;
        for (var k = last; k >= 0 && last - k < 4 && tokens[k].Start >= sentenceStart; k--)
        {
            if (tokens[k].Text is not ("the" or "The") && !tokens[k].IsCapitalised) continue;
            // The whole name: "Whole Foods", "the Liberal Democrats", not only its last word.
            while (k > 0 && tokens[k - 1].Start >= sentenceStart && (tokens[k - 1].IsCapitalised || tokens[k - 1].Text is "the" or "The") && tokens[k].Start - tokens[k - 1].End == 1) k--;
            start = tokens[k].Start;
            var phrase = text.Substring(tokens[k].Start, tokens[last].End - tokens[k].Start).Trim();
            return phrase.Length > 0 ? phrase : null;
        }
        return null;
    }

    private static string? SourcePhrase(string text, int from, int to)
    {
        var end = text.IndexOfAny(s_clauseEnds, from);
        if (end < 0 || end > to) end = to;
        var phrase = text.Substring(from, end - from).Trim();
        return phrase.Length is > 0 and < 80 ? phrase : null;
    }
}
