using System.Collections.Generic;

namespace Byline.Generator.Extraction;

/// <summary>One non-empty line of the article, trimmed, with its offset and 1-based line number.</summary>
internal sealed class Block
{
    public Block(string text, int start, int line)
    {
        Text = text;
        Start = start;
        Line = line;
    }

    public string Text { get; }

    /// <summary>Offset of the first character of <see cref="Text"/> in the article text.</summary>
    public int Start { get; }

    public int Line { get; }

    public int End => Start + Text.Length;

    public override string ToString() => $"{Line}: {Text}";

    /// <summary>Splits normalised text into its non-empty lines.</summary>
    public static List<Block> Split(string text)
    {
        var blocks = new List<Block>();
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            // The next line break, found by the runtime's vectorised search.
            i = text.IndexOf('\n', i);
            if (i < 0) i = text.Length;
            var start = lineStart;
            var end = i;
            while (start < end && text[start] is ' ' or TextNormalizer.Dropped) start++;
            while (end > start && text[end - 1] is ' ' or TextNormalizer.Dropped) end--;
            if (end > start) blocks.Add(new Block(text.Substring(start, end - start), start, line));
            line++;
            lineStart = i + 1;
        }
        return blocks;
    }
}
