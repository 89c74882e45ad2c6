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
        var builder = new StringBuilder(block.Text.Length);
        var offsets = new int[block.Text.Length];
        var previousSpace = false;
        for (var i = skip; i < block.Text.Length; i++)
        {
            var c = block.Text[i];
            var space = c == ' ';
            if (c == TextNormalizer.Dropped || space && (previousSpace || builder.Length == 0)) continue;
            offsets[builder.Length] = block.Start + i;
            builder.Append(c);
            previousSpace = space;
        }
        var lineStart = block.Start == 0 ? 0 : article.LastIndexOf('\n', block.Start - 1) + 1;
        var text = builder.ToString().TrimEnd();
        System.Array.Resize(ref offsets, text.Length);
        return new ParagraphText(text, offsets, block.Line, lineStart);
    }
}
