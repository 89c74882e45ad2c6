namespace Byline.Generator.Extraction;

/// <summary>
/// Maps the raw text to the form every pass reads: one character for one character, so offsets
/// and line numbers in the normalised text are offsets and lines of the file itself and no text is lost.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string raw) => Normalize(raw, out _, out _);

    /// <summary>
    /// Normalises the text, repairing UTF-8 that was mis-decoded on its way to the file (<see cref="Mojibake"/>) first:
    /// <paramref name="repaired"/> characters, the first at offset <paramref name="firstRepaired"/> (-1 for none).
    /// </summary>
    public static string Normalize(string raw, out int repaired, out int firstRepaired)
    {
        repaired = 0;
        firstRepaired = -1;
        var mapped = MapAll(raw, out var mayBeMisdecoded);
        if (!mayBeMisdecoded) return mapped;
        var text = Mojibake.Repair(raw, out repaired, out firstRepaired);
        return repaired == 0 ? mapped : MapAll(text, out _);
    }

    private static string MapAll(string raw, out bool mayBeMisdecoded)
    {
        mayBeMisdecoded = false;
        char[]? chars = null;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            // Printable ASCII other than the apostrophe maps to itself (see Map): most of any text, decided here.
            if (c >= ' ' && c < '\u007F' && c != '\'') continue;
            if (c > '\u007F' && Mojibake.MayBegin(c)) mayBeMisdecoded = true;
            var mapped = Map(raw, i);
            if (mapped == c) continue;
            chars ??= raw.ToCharArray();
            chars[i] = mapped;
        }
        return chars is null ? raw : new string(chars);
    }

    /// <summary>Marks the second character of a pair that stands for one, to be dropped from clean text.</summary>
    public const char Dropped = '\u2060';

    private static char Map(string raw, int i)
    {
        var c = raw[i];
        // Printable ASCII other than the apostrophe maps to itself: most of any text, decided in one test.
        if (c >= ' ' && c < '\u007F' && c != '\'') return c;
        switch (c)
        {
            case '\'' when i + 1 < raw.Length && raw[i + 1] == '\'' && (i == 0 || raw[i - 1] != '\''):
                return '"'; // old wire copy writes a double quotation mark as two apostrophes: ''Like this,''
            case '\'' when i > 0 && raw[i - 1] == '\'' && (i < 2 || raw[i - 2] != '\''):
                return Dropped;
            // The same in curly marks: ‘‘Like this,’’ (a pair only; three in a row is something else).
            case '\u2018' or '\u2019' when i + 1 < raw.Length && raw[i + 1] == c && (i == 0 || raw[i - 1] != c) && (i + 2 >= raw.Length || raw[i + 2] != c):
                return c == '\u2018' ? '\u201C' : '\u201D';
            case '\u2018' or '\u2019' when i > 0 && raw[i - 1] == c && (i < 2 || raw[i - 2] != c) && (i + 1 >= raw.Length || raw[i + 1] != c):
                return Dropped;
            case '\r':
                // CRLF keeps its length as " \n"; a lone CR is a line break of its own.
                return i + 1 < raw.Length && raw[i + 1] == '\n' ? ' ' : '\n';
            case '\u2028':
            case '\u2029':
            case '\u0085':
                return '\n';
            case '\u00A0':
            case '\u2007':
            case '\u202F':
            case '\u2009':
            case '\u200A':
            case '\u2002':
            case '\u2003':
            case '\t':
            case '\f':
            case '\v':
            case '\uFEFF':
            case '\u200B':
                return ' ';
            default:
                return char.IsControl(c) && c != '\n' ? ' ' : c;
        }
    }
}
