namespace Byline.Generator.Extraction;

/// <summary>
/// A body paragraph's clean text (single spaces, dateline removed) with a map from each of its characters
/// back to the offset in the article text, so quotes and claims can report their exact line and column.
/// </summary>
internal sealed class ParagraphText
{
    // Where each character of Text stands in the article; null when Text is a slice of it starting at _start.
    private readonly int[]? _offsets;
    private readonly int _start;

    private ParagraphText(string text, int[]? offsets, int start, int line, int lineStart)
    {
        Text = text;
        _offsets = offsets;
        _start = start;
        Line = line;
        LineStart = lineStart;
    }

    public string Text { get; }

    public int Line { get; }

    /// <summary>Offset in the article text where <see cref="Line"/> begins.</summary>
    public int LineStart { get; }

    public int OffsetInArticle(int index)
    {
        if (_offsets is null) return _start + index;
        return index < _offsets.Length ? _offsets[index] : (_offsets.Length == 0 ? LineStart : _offsets[_offsets.Length - 1] + 1);
    }

    public int ColumnOf(int index) => OffsetInArticle(index) - LineStart + 1;

    public static ParagraphText From(string article, Block block, int skip)
    {
        var source = block.Text;
        var lineStart = block.Start == 0 ? 0 : article.LastIndexOf('\n', block.Start - 1) + 1;
        // Most paragraphs need no cleaning: their text is the block itself, and each offset is the block's plus the index.
        if (skip == 0 && IsClean(source)) return new ParagraphText(source, null, block.Start, block.Line, lineStart);
        var chars = new char[source.Length];
        var offsets = new int[source.Length];
        var length = 0;
        var previousSpace = false;
        for (var i = skip; i < source.Length; i++)
        {
            var c = source[i];
            var space = c == ' ';
            if (c == TextNormalizer.Dropped || space && (previousSpace || length == 0)) continue;
            offsets[length] = block.Start + i;
            chars[length++] = c;
            previousSpace = space;
        }
        while (length > 0 && char.IsWhiteSpace(chars[length - 1])) length--;
        var text = new string(chars, 0, length);
        if (offsets.Length != length) System.Array.Resize(ref offsets, length);
        return new ParagraphText(text, offsets, block.Start, block.Line, lineStart);
    }

    /// <summary>No dropped character, no run of spaces, no space at either end: nothing for <see cref="From"/> to clean.</summary>
    private static bool IsClean(string text) =>
        text.Length > 0 && text.IndexOf(TextNormalizer.Dropped) < 0 && text.IndexOf("  ", System.StringComparison.Ordinal) < 0
        && text[0] != ' ' && !char.IsWhiteSpace(text[text.Length - 1]);
}
