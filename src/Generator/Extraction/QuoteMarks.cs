namespace Byline.Generator.Extraction;

/// <summary>
/// Double quotation marks, and whether one opens or closes a quote. Single marks are never quote
/// boundaries here: they are apostrophes (don't, players', ’90s) or quotes nested inside double ones.
/// </summary>
internal static class QuoteMarks
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsMark(char c) => c == '"' || c >= '\u00AB' && c is '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\u201F' or '\u2033';

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
