namespace Byline;

/// <summary>One body paragraph, with the line of the file it comes from.</summary>
public sealed class Paragraph
{
    internal Paragraph(string text, int line)
    {
        Text = text;
        Line = line;
    }

    /// <summary>The paragraph's text, with spaces normalised (no non-breaking spaces, no line breaks).</summary>
    public string Text { get; }

    /// <summary>The 1-based line of the file where the paragraph starts.</summary>
    public int Line { get; }

    /// <summary>The text.</summary>
    public override string ToString() => Text;
}
