using System;
using System.Collections.Generic;

namespace Byline.Generator.Extraction;

/// <summary>What each line of a page is: title, byline, date, caption, body, subheading or furniture.</summary>
internal sealed class PageLayout
{
    public Block? Title { get; set; }

    public Block? Byline { get; set; }

    public List<Block> DateLines { get; } = new();

    public Block? Caption { get; set; }

    public string? CaptionText { get; set; }

    public Block? Credit { get; set; }

    public string? CreditText { get; set; }

    /// <summary>Body blocks in order; a block in <see cref="Headings"/> opens a section.</summary>
    public List<Block> Body { get; } = new();

    public HashSet<Block> Headings { get; } = new();

    public List<Block> RelatedHeadlines { get; } = new();

    /// <summary>Lines that sit between the title and the body but are neither byline nor date (captions, agencies).</summary>
    public List<Block> Header { get; } = new();
}

/// <summary>Sorts a page's lines into a <see cref="PageLayout"/>. Rules run in the order a reader meets them.</summary>
internal static class PageLayoutPass
{
    public static PageLayout Read(List<Block> blocks)
    {
        var layout = new PageLayout();
        var titleIndex = blocks.FindIndex(b => !IsFurniture(b.Text) && !PublicationDate.IsDateLine(b.Text));
        if (titleIndex < 0) return layout;
        layout.Title = blocks[titleIndex];

        var content = new List<Block>();
        var inTail = false;
        var bodyStarted = false;
        for (var i = titleIndex + 1; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var text = block.Text;
            if (inTail)
            {
                if (!IsFurniture(text) && !Lexicon.TailMarkers.Matches(text) && !PublicationDate.IsDateLine(text)) layout.RelatedHeadlines.Add(block);
                continue;
            }
            if (bodyStarted && Lexicon.TailMarkers.Matches(text))
            {
                inTail = true;
                continue;
            }
            if (string.Equals(text, layout.Title.Text, StringComparison.OrdinalIgnoreCase) || IsFurniture(text)) continue;
            if (Credits.TrySplit(text, out var caption, out var credit))
            {
                AddCaption(layout, block, caption, credit);
                continue;
            }
            if (!bodyStarted && layout.Byline is null && BylineParser.IsBylineLine(text, marked: true))
            {
                layout.Byline = block;
                continue;
            }
            if (!bodyStarted && PublicationDate.IsDateLine(text))
            {
                layout.DateLines.Add(block);
                continue;
            }
            if (!bodyStarted && !IsParagraph(text))
            {
                if (layout.Byline is null && BylineParser.IsBylineLine(text, marked: false)) layout.Byline = block;
                else layout.Header.Add(block);
                continue;
            }
            bodyStarted = true;
            content.Add(block);
        }
        layout.Body.AddRange(content);
        MarkHeadings(layout);
        CaptionFromHeader(layout);
        return layout;
    }

    /// <summary>A body paragraph: a full sentence or more, as opposed to a label, caption or headline.</summary>
    public static bool IsParagraph(string text)
    {
        var words = Words.Count(text);
        if (words >= 14) return true;
        return words >= 6 && EndsSentence(text);
    }

    public static bool EndsSentence(string text)
    {
        var last = text[text.Length - 1];
        return last is '.' or '!' or '?' or '"' or '\u201D' or '\u2019' or ')' or ':' or ';' or '\'' or '\u2026';
    }

    public static bool IsFurniture(string text) =>
        Lexicon.Boilerplate.Matches(text) || IsBreadcrumb(text);

    private static bool IsBreadcrumb(string text) =>
        text.Length < 80 && (text.IndexOf(" > ", StringComparison.Ordinal) >= 0 || text.IndexOf(" \u203A ", StringComparison.Ordinal) >= 0 || text.IndexOf(" / ", StringComparison.Ordinal) > 0 && Words.Count(text) < 8);

    private static void AddCaption(PageLayout layout, Block block, string caption, string credit)
    {
        if (layout.Credit is null && credit.Length > 0)
        {
            layout.Credit = block;
            layout.CreditText = credit;
        }
        if (layout.Caption is null && caption.Length > 0)
        {
            layout.Caption = block;
            layout.CaptionText = caption;
        }
    }

    /// <summary>A credit with no caption of its own is captioning the header line just before it.</summary>
    private static void CaptionFromHeader(PageLayout layout)
    {
        if (layout.Caption is not null || layout.Credit is null) return;
        Block? previous = null;
        foreach (var block in layout.Header)
        {
            if (block.Line < layout.Credit.Line) previous = block;
        }
        if (previous is null) return;
        layout.Caption = previous;
        layout.CaptionText = previous.Text;
    }

    private static void MarkHeadings(PageLayout layout)
    {
        var body = layout.Body;
        for (var i = 1; i < body.Count - 1; i++)
        {
            var text = body[i].Text;
            if (IsParagraph(text) || EndsSentence(text) || text.EndsWith(",", StringComparison.Ordinal)) continue;
            if (Words.Count(text) > 14 || !char.IsUpper(text[0]) && !char.IsDigit(text[0])) continue;
            if (!EndsSentence(body[i - 1].Text) || body[i - 1].Text.EndsWith(":", StringComparison.Ordinal)) continue;
            if (!IsParagraph(body[i + 1].Text)) continue;
            layout.Headings.Add(body[i]);
        }
    }
}
