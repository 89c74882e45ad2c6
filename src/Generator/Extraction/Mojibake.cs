namespace Byline.Generator.Extraction;

/// <summary>
/// Repairs text that was UTF-8, decoded once or twice more as Windows-1252 or Latin-1 on its way to the file
/// ("FranÃ§ois" for "François", "itâ€™s" for "it’s"), as scraped pages often are. Each repaired character stands
/// where its first mis-decoded character stood and the rest become <see cref="TextNormalizer.Dropped"/>, so the text
/// keeps its length, its offsets and its lines.
/// </summary>
/// <remarks>
/// Only the sequences such text produces are read: "Â", "Ã", "Ä" or "Å" and one more character that stands for a byte
/// from 0x80 to 0xBF (a Latin letter or sign), and "â" with two (punctuation: ’ “ ” – — …), or "â€" alone, which is a
/// closing "”" whose last byte Windows-1252 cannot show. Real text hardly ever writes
/// one of those letters right before a sign such as "©" or "€", while any other accented letter may well stand before a
/// closing quotation mark ("CAFÉ”"), so nothing else is taken for a mis-decoding.
/// </remarks>
internal static class Mojibake
{
    // Windows-1252's characters for the bytes 0x80 to 0x9F; '\0' for its five unassigned bytes, which pass through as
    // the C1 control of the same number (as they do through Latin-1).
    private const string Windows1252High = "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";

    /// <summary>
    /// The text with every mis-decoded sequence repaired; the text itself when it has none. The normaliser calls it only
    /// for a text in which it met a character that may begin one (<see cref="MayBegin"/>).
    /// </summary>
    public static string Repair(string text, out int repaired, out int first)
    {
        repaired = 0;
        first = -1;
        var chars = text.ToCharArray();
        // A page decoded twice reads "Ã\u0083Â§" for "ç": the first round gives "Ã§", the second "ç".
        for (var round = 0; round < 3; round++)
        {
            var count = RepairOnce(chars, ref first);
            if (count == 0) break;
            if (round == 0) repaired = count;
        }
        return repaired == 0 ? text : new string(chars);
    }

    /// <summary>Whether a sequence may begin with or at <paramref name="c"/>: a lead letter, or the combining mark of one written as "A" and a mark.</summary>
    public static bool MayBegin(char c) => c is '\u00C2' or '\u00C3' or '\u00C4' or '\u00C5' or '\u00E2' or '\u0302' or '\u0303' or '\u0308' or '\u030A';

    private static int RepairOnce(char[] chars, ref int first)
    {
        var count = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            var lead = Lead(chars, i, out var next);
            var continuations = lead is >= 0xC2 and <= 0xC5 ? 1 : lead == 0xE2 ? 2 : 0;
            if (continuations == 0) continue;
            var codePoint = lead & (continuations == 1 ? 0x1F : 0x0F);
            var read = 0;
            for (; read < continuations; read++)
            {
                var at = next;
                while (at < chars.Length && chars[at] == TextNormalizer.Dropped) at++;
                var b = at < chars.Length ? ByteOf(chars[at]) : -1;
                if ((b & 0xC0) != 0x80) break;
                codePoint = codePoint << 6 | b & 0x3F;
                next = at + 1;
            }
            // "â€" and no third: Windows-1252 has no character for 0x9D, the last byte of "”", and the page lost it.
            if (read == 1 && lead == 0xE2 && codePoint == 0x80) codePoint = 0x201D;
            else if (read < continuations) continue;
            chars[i] = (char)codePoint;
            for (var j = i + 1; j < next; j++) chars[j] = TextNormalizer.Dropped;
            if (first < 0 || i < first) first = i;
            count++;
            i = next - 1;
        }
        return count;
    }

    /// <summary>The byte a lead letter stands for at <paramref name="i"/>, composed or as a letter and a combining mark; 0 for none.</summary>
    private static int Lead(char[] chars, int i, out int next)
    {
        next = i + 1;
        var c = chars[i];
        if (c is '\u00C2' or '\u00C3' or '\u00C4' or '\u00C5' or '\u00E2') return c;
        if (c is not ('A' or 'a') || next >= chars.Length) return 0;
        next++;
        return (c, chars[i + 1]) switch
        {
            ('A', '\u0302') => 0xC2,
            ('A', '\u0303') => 0xC3,
            ('A', '\u0308') => 0xC4,
            ('A', '\u030A') => 0xC5,
            ('a', '\u0302') => 0xE2,
            _ => 0,
        };
    }

    /// <summary>The byte a character stands for when text was decoded as Windows-1252 or Latin-1; -1 for none.</summary>
    private static int ByteOf(char c)
    {
        if (c <= '\u00FF') return c;
        var at = Windows1252High.IndexOf(c);
        return at >= 0 ? 0x80 + at : -1;
    }
}
