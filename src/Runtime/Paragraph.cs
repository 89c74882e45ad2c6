namespace Byline;

/// <summary>One body paragraph, with the line of the file it comes from.</summary>
public sealed class Paragraph
{
    private readonly Data.ArticleText _source;
    private readonly Data.TextPiece _piece;
    private string? _text;

    internal Paragraph(Data.ArticleText source, Data.TextPiece piece, int line)
    {
        _source = source;
        _piece = piece;
        Line = line;
    }

    /// <summary>The paragraph's text, with spaces normalised (no non-breaking spaces, no line breaks).</summary>
    public string Text => _text ??= _piece.Resolve(_source)!;

    /// <summary>The 1-based line of the file where the paragraph starts.</summary>
    public int Line { get; }

    /// <summary>The text.</summary>
    public override string ToString() => Text;
}
