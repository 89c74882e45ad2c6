using System.Collections.Generic;
namespace Byline;

/// <summary>A run of body paragraphs under one subheading.</summary>
public sealed class Section
{
    internal Section(string? heading, int headingLine, IReadOnlyList<Paragraph> paragraphs)
    {
        Heading = heading;
        HeadingLine = headingLine;
        Paragraphs = paragraphs;
    }

    /// <summary>The subheading, or <see langword="null"/> for the paragraphs before the first one.</summary>
    public string? Heading { get; }

    /// <summary>The 1-based line of the subheading in the file, or 0 when there is none.</summary>
    public int HeadingLine { get; }

    /// <summary>The paragraphs under the heading, in order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <inheritdoc/>
    public override string ToString() => Heading ?? "(lead)";
}
