namespace Byline.Generator.Extraction;

/// <summary>Small word-level helpers shared by the passes.</summary>
internal static class Words
{
    /// <summary>A form of be, have or a modal that stands before a verb or a complement: "is", "had", "will", "could".</summary>
    public static bool IsAuxiliary(string word) =>
        word is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would" or "can" or "could";

    /// <summary>A form of "be" that makes a passive with a past participle: "was told", "has been said".</summary>
    public static bool IsPassiveAuxiliary(string word) => word is "be" or "been" or "being" or "is" or "are" or "was" or "were";

    /// <summary>Lower-case ASCII words listed under their first letter, a to z (an empty list for a letter none begins with), each list in the words' order.</summary>
    public static string[][] ByFirstLetter(System.Collections.Generic.IEnumerable<string> words)
    {
        var lists = new System.Collections.Generic.List<string>[26];
        for (var i = 0; i < lists.Length; i++) lists[i] = new System.Collections.Generic.List<string>();
        foreach (var word in words) lists[word[0] - 'a'].Add(word);
        return System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(lists, list => list.ToArray()));
    }

    /// <summary>
    /// An adverb that may stand between a subject and its verb: "also", "once", "then", "later", "further" and words in
    /// "-ly" ("the prime minister also said", "Raphael Lemkin once said", "the director further stated").
    /// </summary>
    public static bool IsAdverbBeforeVerb(string word) =>
        word is "also" or "once" or "then" or "later" or "further" || word.EndsWith("ly", System.StringComparison.Ordinal);

    /// <summary>
    /// The first token from <paramref name="k"/> that is no such adverb in lower case, stopping at the token before
    /// <paramref name="limit"/>: the verb in "he also said", "with Cruz recently promising".
    /// </summary>
    public static int PastAdverbs(System.Collections.Generic.List<Token> tokens, int k, int limit)
    {
        while (k + 1 < limit && tokens[k].Is(WordTraits.LowerCase) && IsAdverbBeforeVerb(tokens[k].Text)) k++;
        return k;
    }

    public static int Count(string text) => Count(text, 0, text.Length, int.MaxValue);

    /// <summary>The number of words, counted no further than <paramref name="limit"/>: enough to compare with a threshold.</summary>
    public static int Count(string text, int limit) => Count(text, 0, text.Length, limit);

    /// <summary>The words in [<paramref name="start"/>, <paramref name="end"/>), counted no further than <paramref name="limit"/>.</summary>
    public static int Count(string text, int start, int end, int limit)
    {
        var count = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var letter = c > ' ' ? c < '\u0085' || !char.IsWhiteSpace(c) : !char.IsWhiteSpace(c);
            if (letter && !inWord && ++count >= limit) return count;
            inWord = letter;
        }
        return count;
    }

    /// <summary>Collapses runs of spaces into one.</summary>
    public static string CollapseSpaces(string text)
    {
        if (text.IndexOf("  ", System.StringComparison.Ordinal) < 0 && text.IndexOf(TextNormalizer.Dropped) < 0) return text;
        var builder = new System.Text.StringBuilder(text.Length);
        var previousSpace = false;
        foreach (var c in text)
        {
            var space = c == ' ';
            if (c == TextNormalizer.Dropped) continue;
            if (!(space && previousSpace)) builder.Append(c);
            previousSpace = space;
        }
        return builder.ToString();
    }

    /// <summary>The last word of a phrase: the noun of "a Democratic consultant", "the Sale full-back".</summary>
    public static string LastWord(string phrase) => phrase.Substring(phrase.LastIndexOf(' ') + 1);

    /// <summary>A lower-case word of six letters or more in "-ing": a participle ("defending", "having") or a preposition ("including").</summary>
    public static bool EndsInIng(Token token) =>
        token.Is(WordTraits.LowerCase) && token.Text.Length > 5 && token.Text.EndsWith("ing", System.StringComparison.Ordinal);

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    public static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>
    /// <see cref="string.ToLowerInvariant()"/>, character by character, without the runtime's trip to ICU for text that
    /// has curly quotes or dashes in it; the text itself when nothing changes.
    /// </summary>
    public static string ToLowerInvariant(string text)
    {
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            char lower;
            if (c < '\u0080') lower = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
            // General punctuation (dashes, quotation marks, spaces) has no case; anything else is asked of the runtime.
            else if (c is >= '\u2000' and <= '\u206F') continue;
            else if (char.IsSurrogate(c)) return text.ToLowerInvariant(); // a letter outside the BMP is lowered as a pair
            else lower = char.ToLowerInvariant(c);
            if (lower == c) continue;
            chars ??= text.ToCharArray();
            chars[i] = lower;
        }
        return chars is null ? text : new string(chars);
    }
}
