using System.Linq;

namespace Byline.Generator.Extraction;

/// <summary>
/// Double quotation marks, and whether one opens or closes a quote. Single marks are never quote
/// boundaries here: they are apostrophes (don't, players', ’90s) or quotes nested inside double ones.
/// </summary>
internal static class QuoteMarks
{
    /// <summary>Whether a quotation mark stands in text[<paramref name="from"/>..<paramref name="to"/>).</summary>
    public static bool AnyIn(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsMark(text[i])) return true;
        }
        return false;
    }

    // The marks (IsMark), for a search that skips to the next. The runtime vectorises a search for up to five characters,
    // not one for eight: the marks other than the three English ones are searched for only in text that has one.
    private static readonly char[] s_english = { '"', '\u201C', '\u201D' };
    private static readonly char[] s_others = { '\u201E', '\u00AB', '\u00BB', '\u201F', '\u2033' };
    private static readonly char[] s_all = s_english.Concat(s_others).ToArray();

    /// <summary>The marks to search <paramref name="text"/> for: the three English ones, or all where it has another.</summary>
    public static char[] In(string text) => text.IndexOfAny(s_others) < 0 ? s_english : s_all;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsMark(char c) => c == '"' || c >= '\u00AB' && c is '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\u201F' or '\u2033';

    /// <summary>The long dashes that set off a quote's signature ("“…” ― Ivo Marsh"), which no word contains.</summary>
    public static readonly char[] LongDashes = { '\u2015', '\u2014', '\u2013' };

    /// <summary>Whether <paramref name="c"/> is a dash a signature may follow a quote with: a long dash, or a hyphen.</summary>
    public static bool IsSignatureDash(char c) => c is '\u2014' or '\u2013' or '\u2015' or '-';

    /// <summary>Whether a quotation mark stands right before <paramref name="at"/>, white space aside: the mark a signature's dash follows ("“…” ― Ivo Marsh").</summary>
    public static bool EndsBefore(string text, int at)
    {
        while (at > 0 && char.IsWhiteSpace(text[at - 1])) at--;
        return at > 0 && IsMark(text[at - 1]);
    }

    /// <summary>Whether a mark stands at <paramref name="i"/> that would close a quote open before it.</summary>
    public static bool Closes(string text, int i) => IsMark(text[i]) && !Opens(text, i, inside: true);

    /// <summary>Whether the mark at <paramref name="i"/> opens a quote, judged by its neighbours and its shape.</summary>
    public static bool Opens(string text, int i, bool inside)
    {
        var c = text[i];
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        var spaceBefore = char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '\u2013' or '-' or '/' or ':';
        var spaceAfter = char.IsWhiteSpace(after) || after is ',' or '.' or ';' or ':' or ')' or '?' or '!';
        if (spaceBefore && !spaceAfter) return true;
        if (spaceAfter && !spaceBefore) return false;
        return c switch
        {
            '\u201C' or '\u201E' or '\u00AB' or '\u201F' => true,
            '\u201D' or '\u00BB' => false,
            _ => !inside,
        };
    }
}

/// <summary>What a quotation mark did to the quote a <see cref="QuoteTracker"/> follows.</summary>
internal enum MarkEffect
{
    /// <summary>A mark that changes nothing: a closing mark outside any quote, or an opening one inside a quote that cannot close twice.</summary>
    None,

    /// <summary>Opened a quote.</summary>
    Opened,

    /// <summary>Opened a quote inside the quote ("… what he calls “hell” than …").</summary>
    OpenedNested,

    /// <summary>Closed the quote inside the quote.</summary>
    ClosedNested,

    /// <summary>Closed the quote.</summary>
    Closed,
}

/// <summary>
/// Follows the quotation marks of a paragraph from its start: whether a quote is open, and how many quotes inside it. The
/// quote finder and the sentence splitter read marks alike, so a sentence never ends inside a quote the finder reports.
/// </summary>
internal struct QuoteTracker
{
    /// <summary>Whether a quote is open.</summary>
    public bool Inside { get; private set; }

    /// <summary>How many quotes are open inside the open quote.</summary>
    public int Nested { get; private set; }

    /// <summary>Reads the mark at <paramref name="i"/>, one of <see cref="QuoteMarks.IsMark"/>.</summary>
    public MarkEffect Read(string text, int i)
    {
        var opens = QuoteMarks.Opens(text, i, Inside);
        if (opens && !Inside)
        {
            Inside = true;
            return MarkEffect.Opened;
        }
        // “… what he calls “hell” than …”: a quote inside the quote, which closes before it does.
        if (opens && InSentence(text, i) && ClosersAfter(text, i, Nested + 2))
        {
            Nested++;
            return MarkEffect.OpenedNested;
        }
        if (!opens && Inside && Nested > 0)
        {
            Nested--;
            return MarkEffect.ClosedNested;
        }
        if (!opens && Inside)
        {
            Inside = false;
            return MarkEffect.Closed;
        }
        return MarkEffect.None;
    }

    /// <summary>
    /// Whether a mark stands after a word of its sentence ("he calls “hell”"), not where a sentence starts: a mark that
    /// opens a sentence inside a quote starts the next quote of a writer who left the last one unclosed.
    /// </summary>
    private static bool InSentence(string text, int i)
    {
        while (i > 0 && text[i - 1] == ' ') i--;
        return i > 0 && char.IsLetterOrDigit(text[i - 1]);
    }

    /// <summary>
    /// Whether at least <paramref name="count"/> closing marks follow <paramref name="i"/> in the paragraph: a mark that opens
    /// inside a quote is a quote within it only when both can still close; otherwise it is a stray mark, left alone.
    /// </summary>
    private static bool ClosersAfter(string text, int i, int count)
    {
        for (var k = i + 1; k < text.Length && count > 0; k++)
        {
            if (QuoteMarks.Closes(text, k)) count--;
        }
        return count == 0;
    }
}
