using System.Collections.Generic;

namespace Byline.Generator.Extraction;

/// <summary>A quotation found in the body: where it opens, where it closes and its text.</summary>
internal sealed class QuoteSpan
{
    public QuoteSpan(int paragraph, int open, int paragraphEnd, int close, string text)
    {
        Paragraph = paragraph;
        Open = open;
        EndParagraph = paragraphEnd;
        Close = close;
        Text = text;
    }

    /// <summary>Index of the paragraph the quote opens in.</summary>
    public int Paragraph { get; }

    /// <summary>Offset of the opening mark in that paragraph.</summary>
    public int Open { get; }

    /// <summary>Index of the paragraph the quote closes in (later than <see cref="Paragraph"/> for a quote over several).</summary>
    public int EndParagraph { get; }

    /// <summary>Offset of the closing mark in <see cref="EndParagraph"/>, or its length when the mark is missing.</summary>
    public int Close { get; }

    public string Text { get; }

    public bool Unclosed { get; init; }
}

/// <summary>Finds every double-quoted span in a run of paragraphs, joining quotes that run over several.</summary>
internal static class QuoteFinder
{
    public static List<QuoteSpan> Find(IReadOnlyList<string> paragraphs)
    {
        var quotes = new List<QuoteSpan>();
        var resumeAt = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p];
            var quote = new QuoteTracker();
            var open = -1;
            var from = resumeAt;
            resumeAt = 0;
            var marks = QuoteMarks.In(text);
            // The quoted values of a tag a scraped page left in the text (author="realDonaldTrump") are no one's words.
            var tagEnd = -1;
            var tags = text.IndexOf('<') >= 0;
            for (var i = from < text.Length ? text.IndexOfAny(marks, from) : -1; i >= 0; i = i + 1 < text.Length ? text.IndexOfAny(marks, i + 1) : -1)
            {
                if (tags && !quote.Inside && InTag(text, i, ref tagEnd)) continue;
                switch (quote.Read(text, i))
                {
                    case MarkEffect.Opened:
                        open = i;
                        break;
                    case MarkEffect.Closed:
                        if (!QuoteKind.IsNickname(text, open, i)) Add(quotes, p, open, p, i, text.Substring(open + 1, i - open - 1), text);
                        break;
                }
            }
            if (quote.Inside) p = Continue(paragraphs, quotes, p, open, out resumeAt);
        }
        return quotes;
    }

    /// <summary>
    /// Whether the mark at <paramref name="i"/> stands inside a tag (<see cref="Markup"/>): in the last tag before it, whose
    /// end <paramref name="tagEnd"/> keeps from one mark to the next of the paragraph.
    /// </summary>
    private static bool InTag(string text, int i, ref int tagEnd)
    {
        if (i < tagEnd) return true;
        var open = text.LastIndexOf('<', i);
        if (open < 0 || open < tagEnd) return false;
        var end = Markup.TagEnd(text, open);
        if (end < i) return false;
        tagEnd = end;
        return true;
    }

    /// <summary>
    /// A paragraph that leaves a quote open continues it into the next paragraph when that one opens with a mark, or
    /// when the next one's first mark closes a quote (a page that split the quote and dropped the mark that reopens it:
    /// "… how much power it can save. ¶ You can offset the air conditioning,” said Shanhui Fan"); otherwise the quote
    /// runs to the end of its paragraph and is reported as unclosed.
    /// </summary>
    private static int Continue(IReadOnlyList<string> paragraphs, List<QuoteSpan> quotes, int p, int open, out int resumeAt)
    {
        resumeAt = 0;
        var first = p;
        var parts = new List<string> { paragraphs[p].Substring(open + 1).Trim() };
        while (p + 1 < paragraphs.Count && paragraphs[p + 1].Length > 1 && QuoteMarks.IsMark(paragraphs[p + 1][0]))
        {
            var next = paragraphs[p + 1];
            var close = FindClose(next);
            p++;
            if (close >= 0)
            {
                parts.Add(next.Substring(1, close - 1));
                quotes.Add(new QuoteSpan(first, open, p, close, string.Join(" ", parts).Trim()));
                resumeAt = close + 1; // the closing paragraph may hold more quotes after the close
                return p - 1;
            }
            parts.Add(next.Substring(1).Trim());
        }
        if (p + 1 < paragraphs.Count && ClosesFirst(paragraphs[p + 1]) is var end and > 0)
        {
            parts.Add(paragraphs[p + 1].Substring(0, end));
            quotes.Add(new QuoteSpan(first, open, p + 1, end, string.Join(" ", parts).Trim()));
            resumeAt = end + 1;
            return p;
        }
        quotes.Add(new QuoteSpan(first, open, p, paragraphs[p].Length, string.Join(" ", parts).Trim()) { Unclosed = true });
        return p;
    }

    /// <summary>Where the first mark of <paramref name="text"/> stands when it closes a quote, or -1.</summary>
    private static int ClosesFirst(string text)
    {
        var first = text.IndexOfAny(QuoteMarks.In(text));
        return first > 0 && QuoteMarks.Closes(text, first) ? first : -1;
    }

    private static int FindClose(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (QuoteMarks.Closes(text, i)) return i;
        }
        return -1;
    }

    /// <param name="paragraphText">The paragraph a one-paragraph quote stands in: the words before it may show it is what someone was called.</param>
    private static void Add(List<QuoteSpan> quotes, int paragraph, int open, int endParagraph, int close, string text, string? paragraphText = null)
    {
        text = text.Trim();
        if (text.Length == 0 || !(QuoteKind.IsSpeech(text) || paragraphText is not null && QuoteKind.IsCalled(text, paragraphText, open))) return;
        if (paragraphText is not null && QuoteKind.IsNamedThing(text, paragraphText, open)) return;
        quotes.Add(new QuoteSpan(paragraph, open, endParagraph, close, text));
    }
}
