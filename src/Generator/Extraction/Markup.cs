namespace Byline.Generator.Extraction;

/// <summary>
/// Markup a scraped page left in its text: a closing tag ("&lt;/tweet&gt;"), a bare one ("&lt;span&gt;"), or one with
/// attributes ("&lt;tweet id="756642903469031424" author="realDonaldTrump"&gt;"). Its numbers are ids and date stamps and
/// its quoted values are no one's words. Angle brackets around words with no attribute in them are a title ("&lt;The
/// Palace: Tale of Jang Noksu&gt;"), which is text.
/// </summary>
internal static class Markup
{
    // An attribute's value is short: a tag that runs on further is no tag.
    private const int MaxTagLength = 1_000;

    /// <summary>Sets <paramref name="marks"/>[i] for every character i of a tag in <paramref name="text"/>, its angle brackets included.</summary>
    public static void MarkTags(string text, bool[] marks)
    {
        for (var open = text.IndexOf('<'); open >= 0 && open + 1 < text.Length; open = text.IndexOf('<', open + 1))
        {
            var close = TagEnd(text, open);
            if (close < 0) continue;
            for (var i = open; i <= close; i++) marks[i] = true;
            open = close;
        }
    }

    /// <summary>The offset of the "&gt;" that ends the tag opening at <paramref name="open"/>, or -1 where no tag opens there.</summary>
    public static int TagEnd(string text, int open)
    {
        var i = open + 1;
        if (i < text.Length && text[i] == '/') i++;
        var nameStart = i;
        while (i < text.Length && (text[i] is >= 'a' and <= 'z' or >= 'A' and <= 'Z' || i > nameStart && (text[i] is >= '0' and <= '9' or '-' or '_'))) i++;
        if (i == nameStart || i >= text.Length) return -1;
        if (text[i] == '>') return i;
        if (text[open + 1] == '/' || text[i] != ' ') return -1;
        var attribute = false;
        for (var k = i + 1; k < text.Length && k < open + MaxTagLength; k++)
        {
            if (text[k] == '<') return -1;
            if (text[k] == '=') attribute = true;
            if (text[k] == '>') return attribute ? k : -1;
        }
        return -1;
    }
}
