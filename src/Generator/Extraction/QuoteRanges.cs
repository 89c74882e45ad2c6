using System.Collections.Generic;

namespace Byline.Generator.Extraction;

/// <summary>For each paragraph, the spans that stand inside quotation marks: "is this word quoted?" in one look-up.</summary>
internal sealed class QuoteRanges
{
    private readonly List<(int From, int To)>?[] _ranges;

    public QuoteRanges(IReadOnlyList<QuoteSpan> quotes, IReadOnlyList<string> paragraphs)
    {
        _ranges = new List<(int, int)>?[paragraphs.Count];
        foreach (var quote in quotes)
        {
            for (var p = quote.Paragraph; p <= quote.EndParagraph && p < paragraphs.Count; p++)
            {
                var from = p == quote.Paragraph ? quote.Open + 1 : 0;
                var to = p == quote.EndParagraph ? quote.Close : paragraphs[p].Length;
                (_ranges[p] ??= new List<(int, int)>()).Add((from, to));
            }
        }
    }

    /// <summary>Whether any quote stands in the paragraph.</summary>
    public bool Any(int paragraph) => _ranges[paragraph] is { Count: > 0 };

    public bool Contains(int paragraph, int offset)
    {
        var ranges = _ranges[paragraph];
        if (ranges is null) return false;
        foreach (var (from, to) in ranges)
        {
            if (offset >= from && offset < to) return true;
        }
        return false;
    }
}
