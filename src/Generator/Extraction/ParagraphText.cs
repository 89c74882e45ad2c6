using System.Text;

namespace Byline.Generator.Extraction;

/// <summary>
/// A body paragraph's clean text (single spaces, dateline removed) with a map from each of its characters
/// back to the offset in the article text, so quotes and claims can report their exact line and column.
/// </summary>
internal sealed class ParagraphText
{
    private readonly int[] _offsets;

    private ParagraphText(string text, int[] offsets, int line, int lineStart)
    {
        Text = text;
        _offsets = offsets;
        Line = line;
        LineStart = lineStart;
    }

    public string Text { get; }

    public int Line { get; }

    /// <summary>Offset in the article text where <see cref="Line"/> begins.</summary>
    public int LineStart { get; }

    public int OffsetInArticle(int index) => index < _offsets.Length ? _offsets[index] : (_offsets.Length == 0 ? LineStart : _offsets[_offsets.Length - 1] + 1);

    public int ColumnOf(int index) => OffsetInArticle(index) - LineStart + 1;

    public static ParagraphText From(string article, Block block, int skip)
    {
        var source = block.Text;
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
        var lineStart = block.Start == 0 ? 0 : article.LastIndexOf('\n', block.Start - 1) + 1;
        // A paragraph that needed no cleaning is the block's own string.
        var text = length == source.Length && skip == 0 ? source : new string(chars, 0, length);
        if (offsets.Length != length) System.Array.Resize(ref offsets, length);
        return new ParagraphText(text, offsets, block.Line, lineStart);
    }
}
