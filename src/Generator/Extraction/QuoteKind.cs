using System;
using System.Collections.Generic;
using System.Linq;

namespace Byline.Generator.Extraction;

/// <summary>
/// Tells speech from other uses of quotation marks: a title of a work or show ("Fox News Sunday", "Morning Joe"),
/// a bare number ("13th"), a handle, link or id from an embedded post, a pronoun on its own. Only speech is a quote.
/// </summary>
internal static class QuoteKind
{
    private static readonly string[] s_smallWords = { "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from" };

    private static readonly char[] s_titlePunctuation = { ',', '.', '!', '?', ':', ';', '(', ')' };

    private static bool IsSmallWord(string word)
    {
        foreach (var small in s_smallWords)
        {
            if (string.Equals(word, small, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    public static bool IsSpeech(string text)
    {
        if (!text.Any(char.IsLetter)) return false;
        // Titles of works and handles are short: a quote of more than ten words is speech, with no need to split it.
        if (WordsUpTo(text, MaxTitleWords + 1) > MaxTitleWords) return true;
        var words = text.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && (text.IndexOf('/') >= 0 || text.IndexOf('@') >= 0 || text.IndexOf('.') > 0 && !text.EndsWith(".", System.StringComparison.Ordinal))) return false;
        if (words.Length == 1 && text.All(c => char.IsLower(c) || char.IsDigit(c)) && text.Any(char.IsDigit)) return false;
        // "because “she” is a “he”": a pronoun on its own is the word mentioned, not speech.
        if (words.Length == 1 && words[0].Trim('.', ',', '!', '?', ';', ':') is var word && (Pronouns.IsSubject(word) || word is "him" or "her" or "them" or "us" or "me")) return false;
        return !IsTitleOfWork(words);
    }

    /// <summary>
    /// Whether a short quote in title case that <see cref="IsSpeech"/> takes for a title is what someone called someone:
    /// "Trump called the 1996 pageant winner “Miss Piggy”", "references to Machado as “Miss Housekeeping”", "hailed Trump as
    /// “The Comeback Kid”". A verb of calling (or "references to") and its object within the six words before the mark, and
    /// no article or preposition right before it but "as": a title of a work has one ("the “War On Drugs”", "a project on
    /// “Women in Power”"), or the verb right before it ("a film called “Wild Rose”").
    /// </summary>
    public static bool IsCalled(string text, string paragraph, int open)
    {
        if (!text.Any(char.IsLetter)) return false;
        var before = paragraph.Substring(Math.Max(0, open - 80), open - Math.Max(0, open - 80));
        // Back to the last mark before it: "labelled “Anonymous”, on the website “Insurgency Wiki”" names a site.
        var mark = before.Length - 1;
        while (mark >= 0 && !QuoteMarks.IsMark(before[mark])) mark--;
        var between = before.Substring(mark + 1);
        // "called her “Miss Piggy” and “Miss Housekeeping”": a second name joined by "and" or "or" is called too.
        if (mark > 0 && between.Trim() is "and" or "or" or "," && open - before.Length + mark is var close && close > 0)
        {
            var previous = close - 1;
            while (previous >= 0 && !QuoteMarks.IsMark(paragraph[previous])) previous--;
            return previous >= 0 && IsCalled(paragraph.Substring(previous + 1, close - previous - 1), paragraph, previous);
        }
        var words = between.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', ';', ':')).ToArray();
        if (words.Length == 0) return false;
        var last = words[words.Length - 1];
        if (last != "as" && (s_smallWords.Contains(last.ToLowerInvariant()) || last.EndsWith(".", StringComparison.Ordinal))) return false;
        // The verb has its object before the quote: "a film called “Wild Rose”" names a thing.
        for (var k = words.Length - 2; k >= 0 && k >= words.Length - 6; k--)
        {
            if (s_calling.Contains(words[k]) || words[k] == "references" && words[k + 1] == "to" && last == "as") return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a quote of one capitalised word right after an article or a preposition names a thing: a work, a label or a
    /// term ("the Chicago set of “Fargo,”", "a “Like” button", "an episode of “DWTS.”", "shifts to “S”"), also one of a
    /// list ("“Mary Poppins” and “Bambi.”"). Speech quoted in one word follows a verb ("said “Absolutely”"); a cry keeps
    /// its mark ("chants of “Bobby!”").
    /// </summary>
    public static bool IsNamedThing(string text, string paragraph, int open)
    {
        // Read in place: every quote of the article comes here, and most are sentences that a space settles at once.
        var length = text.Length;
        while (length > 0 && text[length - 1] is ',' or '.' or ';' or ':') length--;
        if (length == 0 || !char.IsUpper(text[0])) return false;
        for (var i = 1; i < length; i++)
        {
            if (!char.IsLetterOrDigit(text[i]) && text[i] is not ('-' or '\'' or '\u2019')) return false;
        }
        var end = open;
        while (end > 0 && paragraph[end - 1] == ' ') end--;
        var start = end;
        while (start > 0 && char.IsLetter(paragraph[start - 1])) start--;
        return IsSmallWord(paragraph.Substring(start, end - start));
    }

    private static readonly HashSet<string> s_calling = new(StringComparer.Ordinal)
    {
        "called", "calling", "dub", "dubs", "dubbed", "dubbing", "nickname", "nicknames", "nicknamed", "label", "labels",
        "labeled", "labelled", "brand", "branded", "branding", "hail", "hailed", "hailing", "term", "termed",
    };

    /// <summary>
    /// Marcia "Cia" Price, John “Tig” Tiegen, Robert C. "Bobby" Scott: one capitalised word quoted between a given name (or
    /// its middle initial) and a surname, each a single
    /// space away, is a nickname, not speech.
    /// </summary>
    public static bool IsNickname(string paragraph, int open, int close)
    {
        if (close - open < 3 || !char.IsUpper(paragraph[open + 1])) return false;
        for (var i = open + 2; i < close; i++)
        {
            if (!char.IsLetter(paragraph[i])) return false;
        }
        return open >= 3 && paragraph[open - 1] == ' ' && (char.IsLower(paragraph[open - 2]) && CapitalisedWordEndsAt(paragraph, open - 1) || InitialEndsAt(paragraph, open - 1))
            && close + 2 < paragraph.Length && paragraph[close + 1] == ' ' && char.IsUpper(paragraph[close + 2]);
    }

    /// <summary>Whether a middle initial ends at <paramref name="end"/>: Robert C. "Bobby" Scott.</summary>
    private static bool InitialEndsAt(string text, int end) =>
        end >= 4 && text[end - 1] == '.' && char.IsUpper(text[end - 2]) && text[end - 3] == ' ' && char.IsLetter(text[end - 4]);

    /// <summary>Whether the letters that end at <paramref name="end"/> are a capitalised word.</summary>
    private static bool CapitalisedWordEndsAt(string text, int end)
    {
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return start < end && char.IsUpper(text[start]);
    }

    /// <summary>The words between single spaces, counted no further than <paramref name="limit"/>.</summary>
    private static int WordsUpTo(string text, int limit)
    {
        var count = 0;
        for (var i = 0; i < text.Length && count < limit; i++)
        {
            if (text[i] != ' ' && (i == 0 || text[i - 1] == ' ')) count++;
        }
        return count;
    }

    // A book's or an exhibition's title runs to ten words: "Collapse: How Societies Choose to Fail or Succeed".
    private const int MaxTitleWords = 10;

    /// <summary>
    /// Two to ten words, every one but the small ones capitalised ("&amp;" is a small word, brackets do not count), and no
    /// sentence inside: a name of a work ("Fox &amp; Friends", "American Skin (41 Shots)"). Also "The" and one capitalised
    /// word ("The Apprentice", "The Revenant"). Speech is seldom in title case, and then it has a pronoun in it ("I"), or
    /// from six words on, a pronoun's contraction ("That’s").
    /// </summary>
    private static bool IsTitleOfWork(string[] words)
    {
        if (words.Length is < 2 or > MaxTitleWords) return words.Length == 1 && words[0].TrimEnd('.', ',').Any(char.IsDigit) && words[0].Any(char.IsLetter) && char.IsDigit(words[0][0]);
        var last = words[words.Length - 1];
        if (last.EndsWith("?", StringComparison.Ordinal) || last.EndsWith("!", StringComparison.Ordinal)) return false;
        // Most short quotes are speech: a significant word in lower case settles it without the lists below.
        foreach (var word in words)
        {
            var w = word.Trim(s_titlePunctuation);
            if (w.Length > 0 && char.IsLower(w[0]) && !IsSmallWord(w)) return false;
        }
        var significant = words.Select(w => w.Trim(s_titlePunctuation)).Where(w => w.Length > 0 && !IsSmallWord(w) && w != "&").ToList();
        if (significant.Any(w => w is "I" or "I'm" or "I’m" || Pronouns.GenderOf(w) is not null || words.Length > 5 && IsFunctionWordContraction(w))) return false;
        if (significant.Count < 2) return words.Length == 2 && words[0] == "The" && significant.Count == 1 && char.IsUpper(significant[0][0]);
        return significant.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]));
    }

    // "That’s", "It's", "Here’s": a pronoun or adverb run together with a verb opens a sentence, not a title ("That’s Jeb
    // Bush and Marco Rubio."). A short slogan may open so ("It's Our Time"), and is read as before.
    private static readonly HashSet<string> s_contracted = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "it", "what", "there", "here", "let", "who", "we", "they", "you", "he", "she", "where", "how",
    };

    private static readonly char[] s_apostrophes = { '\'', '\u2019' };

    private static bool IsFunctionWordContraction(string word)
    {
        var apostrophe = word.IndexOfAny(s_apostrophes);
        return apostrophe > 0 && apostrophe < word.Length - 1 && s_contracted.Contains(word.Substring(0, apostrophe));
    }
}
