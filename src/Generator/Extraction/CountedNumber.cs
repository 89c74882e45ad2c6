namespace Byline.Generator.Extraction;

/// <summary>Where one group of a figure's match stands in its sentence; an unmatched group has no text.</summary>
internal readonly struct FigureGroup
{
    public FigureGroup(int index, int length, bool success)
    {
        Index = index;
        Length = length;
        Success = success;
    }

    public int Index { get; }

    public int Length { get; }

    public bool Success { get; }

    public string Value(string sentence) => Success ? sentence.Substring(Index, Length) : "";
}

/// <summary>The groups of one figure's match: the figure (t), its number (n), unit (u) and base (b).</summary>
internal readonly struct FigureGroups
{
    public FigureGroups(FigureGroup t, FigureGroup n, FigureGroup u, FigureGroup b)
    {
        T = t;
        N = n;
        U = u;
        B = b;
    }

    public FigureGroup T { get; }

    public FigureGroup N { get; }

    public FigureGroup U { get; }

    public FigureGroup B { get; }

    /// <summary>The groups of a pattern's match, read by the numbers the pattern keeps (-1 reads as unmatched).</summary>
    public static FigureGroups Of(System.Text.RegularExpressions.Match match, FigurePattern pattern) =>
        new(Of(match, pattern.T), Of(match, pattern.N), Of(match, pattern.U), Of(match, pattern.B));

    private static FigureGroup Of(System.Text.RegularExpressions.Match match, int number)
    {
        var group = match.Groups[number];
        return new FigureGroup(group.Index, group.Length, group.Success);
    }
}

/// <summary>
/// The last figure pattern, a number with up to four words it counts ("15 games", "3,000 Afghan refugees"), read by
/// hand where a number starts. It is tried at every start no other pattern took, and its expression cost a tenth of
/// extraction. The reader takes the path the expression (kept in <see cref="FigureParser"/>'s list, and held to this
/// reader by a property test) would take: the same alternatives in the same order, giving back digits and letters where
/// the expression backtracks, so it finds the same figure with the same groups.
/// </summary>
internal static class CountedNumber
{
    private static readonly string[] s_numberWords = FigureParser.NumberWords.Split('|');
    private static readonly string[] s_units = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };
    private static readonly string[] s_ordinalSuffixes = { "st", "nd", "rd", "th" };
    private static readonly string[] s_scales = { "bn", "m", "k", "billion", "million", "trillion", "thousand" };
    // The stop words under their first letter: a word is compared only with those that begin as it does.
    private static readonly string[][] s_stopsByLetter = Extraction.Words.ByFirstLetter(FigureParser.StopWords.Split('|'));

    /// <summary>The path taken so far: where the number ends, where its counted words begin, where the figure ends.</summary>
    private struct Path
    {
        public int NumberEnd;
        public int WordsStart;
        public int End;
    }

    /// <summary>The figure that starts at <paramref name="start"/>, as the expression reads it; false where it has none.</summary>
    public static bool TryRead(string text, int start, out FigureGroups groups)
    {
        groups = default;
        var path = default(Path);
        if (start > 0 && char.IsLetterOrDigit(text[start - 1]) || !Number(text, start, ref path)) return false;
        groups = new FigureGroups(
            new FigureGroup(start, path.End - start, true),
            new FigureGroup(start, path.NumberEnd - start, true),
            new FigureGroup(path.WordsStart, path.End - path.WordsStart, true),
            default);
        return true;
    }

    // n: digits with separators, a range and an ordinal suffix ("3,000", "10-12", "21st"), or number words ("forty-five").
    private static bool Number(string text, int start, ref Path path)
    {
        if (start < text.Length && char.IsDigit(text[start]))
        {
            for (var end = DigitsEnd(text, start); end > start; end--)
            {
                if (Separated(text, end, ref path)) return true;
            }
        }
        foreach (var word in s_numberWords)
        {
            if (!LiteralAt(text, start, word)) continue;
            var end = start + word.Length;
            if (end + 1 < text.Length && text[end] == '-')
            {
                foreach (var unit in s_units)
                {
                    if (LiteralAt(text, end + 1, unit) && AfterNumber(text, end + 1 + unit.Length, ref path)) return true;
                }
            }
            if (AfterNumber(text, end, ref path)) return true;
        }
        return false;
    }

    // (?:[.,]\d+)*, each group giving back its digits one by one before the loop stops.
    private static bool Separated(string text, int at, ref Path path)
    {
        if (at + 1 < text.Length && text[at] is '.' or ',' && char.IsDigit(text[at + 1]))
        {
            for (var end = DigitsEnd(text, at + 1); end > at + 1; end--)
            {
                if (Separated(text, end, ref path)) return true;
            }
        }
        return Range(text, at, ref path);
    }

    // (?:-\d+)?
    private static bool Range(string text, int at, ref Path path)
    {
        if (at + 1 < text.Length && text[at] == '-' && char.IsDigit(text[at + 1]))
        {
            for (var end = DigitsEnd(text, at + 1); end > at + 1; end--)
            {
                if (OrdinalSuffix(text, end, ref path)) return true;
            }
        }
        return OrdinalSuffix(text, at, ref path);
    }

    // (?:st|nd|rd|th)?
    private static bool OrdinalSuffix(string text, int at, ref Path path)
    {
        foreach (var suffix in s_ordinalSuffixes)
        {
            if (LiteralAt(text, at, suffix) && AfterNumber(text, at + suffix.Length, ref path)) return true;
        }
        return AfterNumber(text, at, ref path);
    }

    // (?:-(?!year-old)[\p{L}]+)?: a hyphenated word after the number ("20-somethings"), but not an age.
    private static bool AfterNumber(string text, int at, ref Path path)
    {
        path.NumberEnd = at;
        if (at + 1 < text.Length && text[at] == '-' && char.IsLetter(text[at + 1]) && !LiteralAt(text, at + 1, "year-old"))
        {
            for (var end = LettersEnd(text, at + 1); end > at + 1; end--)
            {
                if (Scaled(text, end, ref path)) return true;
            }
        }
        return Scaled(text, at, ref path);
    }

    // (?:\s?(?:bn|m|k|billion|million|trillion|thousand)\b)?
    private static bool Scaled(string text, int at, ref Path path)
    {
        if (at < text.Length && char.IsWhiteSpace(text[at]) && ScaleThen(text, at + 1, ref path)) return true;
        return ScaleThen(text, at, ref path) || Counted(text, at, ref path);
    }

    private static bool ScaleThen(string text, int at, ref Path path)
    {
        foreach (var scale in s_scales)
        {
            var end = at + scale.Length;
            if (LiteralAt(text, at, scale) && (end == text.Length || !FigureParser.IsRegexWordChar(text[end])) && Counted(text, end, ref path)) return true;
        }
        return false;
    }

    // u: (?: (?!stop word)(?![\p{L}-]+ed\b)(?:per [\p{L}]+|[\p{L}][\p{L}-]*)){0,4}, then (?![\p{L}\d]).
    private static bool Counted(string text, int at, ref Path path)
    {
        path.WordsStart = at;
        return Words(text, at, 0, ref path);
    }

    private static bool Words(string text, int at, int count, ref Path path)
    {
        var word = at + 1;
        if (count < 4 && word < text.Length && text[at] == ' ' && !StopWordAt(text, word) && !PastTenseAt(text, word))
        {
            if (LiteralAt(text, word, "per ") && word + 4 < text.Length && char.IsLetter(text[word + 4]))
            {
                for (var end = LettersEnd(text, word + 4); end > word + 4; end--)
                {
                    if (Words(text, end, count + 1, ref path)) return true;
                }
            }
            if (char.IsLetter(text[word]))
            {
                var end = word + 1;
                while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-')) end++;
                for (; end > word; end--)
                {
                    if (Words(text, end, count + 1, ref path)) return true;
                }
            }
        }
        if (at < text.Length && char.IsLetterOrDigit(text[at])) return false;
        path.End = at;
        return true;
    }

    // A stop word followed by (?=[ ,.;:!?)'’]|$).
    private static bool StopWordAt(string text, int at)
    {
        var letter = LetterIndex(text[at]);
        if (letter < 0) return false;
        foreach (var stop in s_stopsByLetter[letter])
        {
            if (!LiteralAt(text, at, stop)) continue;
            var end = at + stop.Length;
            if (end == text.Length || end == text.Length - 1 && text[end] == '\n' || text[end] is ' ' or ',' or '.' or ';' or ':' or '!' or '?' or ')' or '\'' or '\u2019') return true;
        }
        return false;
    }

    // [\p{L}-]+ed\b: letters or hyphens, then "ed" that ends a word, somewhere in the run ("reported", "red-hot").
    private static bool PastTenseAt(string text, int at)
    {
        for (var e = at + 1; e + 2 <= text.Length && (char.IsLetter(text[e - 1]) || text[e - 1] == '-'); e++)
        {
            if (Is(text[e], 'e') && Is(text[e + 1], 'd') && (e + 2 == text.Length || !FigureParser.IsRegexWordChar(text[e + 2]))) return true;
        }
        return false;
    }

    /// <summary>Which letter a to z (0 to 25) a character is, as <see cref="Is"/> matches it in any case; -1 for any other.</summary>
    private static int LetterIndex(char c) =>
        c is >= 'a' and <= 'z' ? c - 'a' : c is >= 'A' and <= 'Z' ? c - 'A' : c == '\u212A' ? 'k' - 'a' : -1;

    private static int DigitsEnd(string text, int at)
    {
        while (at < text.Length && char.IsDigit(text[at])) at++;
        return at;
    }

    private static int LettersEnd(string text, int at)
    {
        while (at < text.Length && char.IsLetter(text[at])) at++;
        return at;
    }

    /// <summary>Whether <paramref name="literal"/> (lower case) stands at <paramref name="at"/>, its letters in any case.</summary>
    private static bool LiteralAt(string text, int at, string literal)
    {
        if (at + literal.Length > text.Length) return false;
        for (var i = 0; i < literal.Length; i++)
        {
            if (!Is(text[at + i], literal[i])) return false;
        }
        return true;
    }

    /// <summary>A character as the expression's case-insensitive invariant comparison matches it to a lower-case literal.</summary>
    private static bool Is(char c, char literal) =>
        c == literal || literal is >= 'a' and <= 'z' && (c == literal - 32 || literal == 'k' && c == '\u212A');
}
