using System.Collections.Generic;
namespace Byline;

/// <summary>A run of body paragraphs under one subheading.</summary>
public sealed class Section
{
    private readonly Data.ArticleText _source;
    private readonly Data.TextPiece _heading;

    internal Section(Data.ArticleText source, Data.TextPiece heading, int headingLine, IReadOnlyList<Paragraph> paragraphs)
    {
        _source = source;
        _heading = heading;
        HeadingLine = headingLine;
        Paragraphs = paragraphs;
    }

    /// <summary>The subheading, or <see langword="null"/> for the paragraphs before the first one.</summary>
    public string? Heading => _heading.Resolve(_source);

    /// <summary>The 1-based line of the subheading in the file, or 0 when there is none.</summary>
    public int HeadingLine { get; }

    /// <summary>The paragraphs under the heading, in order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <inheritdoc/>
    public override string ToString() => Heading ?? "(lead)";
}
