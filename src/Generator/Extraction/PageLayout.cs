using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

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

    /// <summary>The sentence under the headline that sums the story up, when the page has one above its byline.</summary>
    public Block? Standfirst { get; set; }

    /// <summary>Lines that sit between the title and the body but are neither byline nor date (captions, agencies).</summary>
    public List<Block> Header { get; } = new();
}

/// <summary>Sorts a page's lines into a <see cref="PageLayout"/>. Rules run in the order a reader meets them.</summary>
internal static class PageLayoutPass
{
    public static PageLayout Read(List<Block> blocks)
    {
        var layout = new PageLayout();
        // Never a date or a byline ("Posted by Vortex"): the headline is the first line that is neither.
        var titleIndex = blocks.FindIndex(b => !IsFurniture(b.Text) && !PublicationDate.IsDateLine(b.Text) && !BylineParser.IsBylineLine(b.Text, marked: true));
        if (titleIndex < 0) return layout;
        titleIndex = HeadlineAboveByline(blocks, titleIndex);
        layout.Title = blocks[titleIndex];

        var content = new List<Block>();
        var inTail = false;
        var bodyStarted = false;
        var bodyParagraphs = 0; // counted only up to 3: enough to know the header is over
        for (var i = titleIndex + 1; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var text = block.Text;
            // "By" on a line of its own, or "Written on Feb 24 by" under a post, and the names on the next line. Under the post,
            // the body above stays the body.
            var labelled = layout.Byline is null && IsByLabel(text) && i + 1 < blocks.Count && IsNamesAfterBy(blocks[i + 1].Text);
            if (labelled && (inTail || bodyParagraphs >= 3))
            {
                layout.Byline = blocks[++i];
                continue;
            }
            // "Most Popular", "Related articles" or "Read More" and its headlines may be a box in the middle of the page: a
            // paragraph that opens with a dateline ("BUFFALO, N.Y. — Hours before …"), or a paragraph that ends with a full
            // stop and then one of fourteen words or more, are where the story resumes. Other stories' headlines are short and
            // end with no full stop (though one may end in a question mark or a quote: "… as a 'historic day'"), and a teaser
            // under one stands alone.
            if (inTail && IsParagraph(text) && (Dateline.Match(text).Length > 0 || EndsWithFullStop(text) && i + 1 < blocks.Count && IsProse(blocks[i + 1].Text))) inTail = false;
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
            if (string.Equals(text, layout.Title.Text, StringComparison.OrdinalIgnoreCase) || Lexicon.Boilerplate.Matches(text)) continue;
            // A standfirst (a sentence under the headline) can stand before the byline and date: the header
            // reaches past the first paragraph for as long as the page is still near its top.
            var paragraphs = bodyParagraphs;
            var inHeader = !bodyStarted || paragraphs < 2 && i - titleIndex <= 10;
            var nearTop = !bodyStarted || paragraphs < 3 && i - titleIndex <= 20;
            // An unmarked byline in the header is looked for before dates and breadcrumbs, which it can look like:
            // "Chris Davies - Nov 19, 2019, 10:31 pm CST", "Catherine Shu @catherineshu / 2 days".
            // Under a standfirst, a line of names alone next to the date is the byline too.
            var unmarked = layout.Byline is null && inHeader && !IsParagraph(text)
                && ((bodyStarted || PublicationDate.IsDateLine(text) || IsBreadcrumb(text)) && BylineParser.IsBylineLine(text, marked: false)
                    || bodyStarted && BylineParser.IsNameLine(text) && NextToDate(blocks, i))
                && !NamedIn(layout.Title.Text, text);
            if (!unmarked && IsBreadcrumb(text)) continue;
            if (Credits.TrySplit(text, out var caption, out var credit))
            {
                AddCaption(layout, block, caption, credit);
                continue;
            }
            if (labelled || layout.Byline is null && (nearTop && BylineParser.IsBylineLine(text, marked: true) || unmarked))
            {
                if (labelled) block = blocks[++i];
                layout.Byline = block;
                // A byline that carries the date is the date line too.
                if (!labelled && PublicationDate.IsDateLine(text)) layout.DateLines.Add(block);
                MoveToHeader(layout, content);
                bodyStarted = false;
                bodyParagraphs = 0;
                continue;
            }
            if (inHeader && PublicationDate.IsDateLine(text))
            {
                layout.DateLines.Add(block);
                continue;
            }
            if (!bodyStarted && !IsParagraph(text))
            {
                // A name alone under the headline that the headline names too is whom the story is about ("Lupita Nyong'o's
                // Oscar Dress -- STOLEN!!!", then "Lupita Nyong'o").
                // So is a line of names alone, next to the date or a handle ("Maren Estrada" above "November 19th, 2019").
                if (layout.Byline is null && (BylineParser.IsBylineLine(text, marked: false) || BylineParser.IsNameLine(text) && NextToDate(blocks, i)) && !NamedIn(layout.Title.Text, text)) layout.Byline = block;
                else layout.Header.Add(block);
                continue;
            }
            bodyStarted = true;
            content.Add(block);
            if (bodyParagraphs < 3 && IsParagraph(text)) bodyParagraphs++;
        }
        if (layout.Byline is null) BylineAtFoot(layout, content);
        // A short article may have no line long enough to look like prose: then what sat in the header is its body.
        if (content.Count == 0)
        {
            content.AddRange(layout.Header.Where(b => b != layout.Caption));
            layout.Header.Clear();
        }
        layout.Body.AddRange(content);
        MarkHeadings(layout);
        CaptionFromHeader(layout);
        return layout;
    }

    private static readonly TieredRegex s_byLabel = new(
        @"^(?:(?:Written|Posted|Published)(?: on [\p{L}\d ,.]{1,20})? )?by:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether <paramref name="title"/> names every author of the unmarked byline <paramref name="line"/>: each capitalised
    /// word of the name is a word of the title, in any order ("Calendário da Stock Car" under "Calendário Stock Car 2018"
    /// repeats the headline).
    /// </summary>
    private static bool NamedIn(string title, string line)
    {
        var titleWords = new HashSet<string>(Tokenizer.Split(title).Select(t => t.Text), StringComparer.OrdinalIgnoreCase);
        return BylineParser.Parse(line).Authors.All(a =>
            title.IndexOf(a, StringComparison.OrdinalIgnoreCase) >= 0 || Tokenizer.Split(a).All(t => !t.IsCapitalised || titleWords.Contains(t.Text)));
    }

    /// <summary>"By", "Written by", "Posted on March 3 by": a line that only announces the byline on the next.</summary>
    private static bool IsByLabel(string text) =>
        text.Length is > 1 and <= 40 && text[text.Length - 1] is 'y' or 'Y' or ':' && s_byLabel.IsMatch(text);

    /// <summary>Whether the line after a "By" label names people (<see cref="BylineParser.Parse"/> takes only names that look like a person's).</summary>
    private static bool IsNamesAfterBy(string text) => text.Length <= 120 && BylineParser.Parse("By " + text).Authors.Count > 0;

    /// <summary>
    /// A page that opens with navigation (a site name, section links: short lines) has its headline further down,
    /// just above the byline: take the nearest headline-like line above a "By" line (or a "By" label and names) near
    /// the top. A sentence right above the byline is the standfirst: the headline is above it.
    /// </summary>
    private static int HeadlineAboveByline(List<Block> blocks, int first)
    {
        var navigation = Words.Count(blocks[first].Text) <= 3 || blocks.Skip(first + 1).Take(3).Count(b => Words.Count(b.Text) <= 3) == 3;
        if (!navigation) return first;
        var limit = Math.Min(blocks.Count, first + 40);
        for (var i = first + 1; i < limit; i++)
        {
            if (!IsBylineAt(blocks, i))
            {
                // Prose before any byline: the page has no header to find, unless the prose is a standfirst over one. A site's
                // copyright notice in its menu is no prose ("©1996-2019 Ziff Davis, LLC. IGN® is among …"), nor is a long
                // headline of another story, which ends with no full stop.
                if (Words.Count(blocks[i].Text, 14) >= 14 && EndsSentence(blocks[i].Text) && !IsCopyrightNotice(blocks[i].Text) && !(i + 1 < blocks.Count && IsBylineAt(blocks, i + 1))) return first;
                continue;
            }
            var passedStandfirst = false;
            for (var k = i - 1; k > first; k--)
            {
                var text = blocks[k].Text;
                // Short lines between the headline and the byline are navigation ("Previous Post", "Columnists").
                if (IsFurniture(text) || PublicationDate.IsDateLine(text) || Credits.TrySplit(text, out _, out _) || Words.Count(text, 3) < 3) continue;
                if (!EndsWithPeriod(text) && Words.Count(text, 25) < 25) return k;
                if (passedStandfirst) return first;
                passedStandfirst = true;
            }
            return first;
        }
        return first;
    }

    /// <summary>
    /// A byline signed at the foot of the story, after the last paragraph: "Written by Jane Doe", "By Jane Doe", or a
    /// dash and the name ("— Jane Doe"). It leaves the body.
    /// </summary>
    private static void BylineAtFoot(PageLayout layout, List<Block> content)
    {
        if (content.Count < 2) return;
        if (IsSignature(content[content.Count - 1].Text))
        {
            layout.Byline = content[content.Count - 1];
            content.RemoveAt(content.Count - 1);
            return;
        }
        // "JANIE HAR" under the last paragraph, then the site's section labels and other stories' headlines (short lines,
        // though a headline may end like a sentence): the name in capitals signs the story, and the lines after it are the
        // related tail.
        var end = content.Count - 1;
        while (end > 1 && content.Count - end <= MaxFooterLines && Words.Count(content[end].Text, 14) < 14 && !IsShoutedName(content[end].Text)) end--;
        if (!IsShoutedName(content[end].Text) || !IsParagraph(content[end - 1].Text)) return;
        layout.Byline = content[end];
        layout.RelatedHeadlines.AddRange(content.Skip(end + 1).Where(b => !IsFurniture(b.Text) && !Lexicon.TailMarkers.Matches(b.Text)));
        content.RemoveRange(end, content.Count - end);
    }

    // The lines a page's footer puts between the signature and the end: section labels and a few headlines.
    private const int MaxFooterLines = 12;

    /// <summary>"Written by Jane Doe", "By Jane Doe", or a dash and the name ("— Jane Doe").</summary>
    private static bool IsSignature(string line)
    {
        var text = line.Trim();
        return text.Length > 2 && text[0] is '\u2014' or '\u2013' or '-' && BylineParser.IsNameLine(text.Substring(1).Trim()) || BylineParser.IsBylineLine(text, marked: true);
    }

    /// <summary>
    /// "JANIE HAR": two to four words in capitals, a line of names that opens with a known given name ("UP NEXT" is none).
    /// </summary>
    private static bool IsShoutedName(string line)
    {
        var text = line.Trim();
        var words = text.Split(' ');
        return words.Length is >= 2 and <= 4 && !text.Any(char.IsLower) && Lexicon.FirstNames.ContainsKey(BylineParser.TitleCase(words[0]))
            && BylineParser.IsNameLine(text);
    }

    private static bool IsBylineAt(List<Block> blocks, int i) =>
        BylineParser.IsBylineLine(blocks[i].Text, marked: true) || IsByLabel(blocks[i].Text) && i + 1 < blocks.Count && IsNamesAfterBy(blocks[i + 1].Text);

    /// <summary>Whether the block before or after this one is a date line, or the one after a social handle ("@apollozac").</summary>
    private static bool NextToDate(List<Block> blocks, int i) =>
        i > 0 && PublicationDate.IsDateLine(blocks[i - 1].Text)
        || i + 1 < blocks.Count && (PublicationDate.IsDateLine(blocks[i + 1].Text) || blocks[i + 1].Text.StartsWith("@", StringComparison.Ordinal) && blocks[i + 1].Text.IndexOf(' ') < 0);

    private static bool EndsWithPeriod(string text) => text.EndsWith(".", StringComparison.Ordinal) && !text.EndsWith("..", StringComparison.Ordinal);

    /// <summary>A body paragraph: a full sentence or more, as opposed to a label, caption or headline.</summary>
    public static bool IsParagraph(string text)
    {
        var words = Words.Count(text, 14);
        if (words >= 14) return true;
        return words >= 6 && EndsSentence(text) && !EndsInUnstoppedBracket(text);
    }

    /// <summary>"Click to share on Facebook (Opens in new window)": a closing bracket ends a sentence only after a stop inside it.</summary>
    private static bool EndsInUnstoppedBracket(string text) =>
        text.Length > 1 && text[text.Length - 1] == ')' && !EndsSentence(text[text.Length - 2]);

    /// <summary>What was taken for the first paragraph sits above the byline: it is the standfirst, not the body.</summary>
    private static void MoveToHeader(PageLayout layout, List<Block> content)
    {
        layout.Header.AddRange(content);
        layout.Standfirst ??= content.Count > 0 ? content[0] : null;
        content.Clear();
    }

    public static bool EndsSentence(string text) => EndsSentence(text[text.Length - 1]);

    /// <summary>Whether the text ends with a full stop, inside closing quotation marks or not ("… for protection.", "… he said.”").</summary>
    private static bool EndsWithFullStop(string text)
    {
        var last = text.Length - 1;
        while (last > 0 && text[last] is '"' or '\u201D' or '\u2019' or '\'') last--;
        return text[last] == '.';
    }

    /// <summary>A paragraph of fourteen words or more that ends like a sentence: what a story's body is made of, and a list of headlines is not.</summary>
    private static bool IsProse(string text) => Words.Count(text, 14) >= 14 && EndsSentence(text);

    /// <summary>Whether a text whose last character is <paramref name="last"/> ends like a sentence.</summary>
    public static bool EndsSentence(char last) =>
        last is '.' or '!' or '?' or '"' or '\u201D' or '\u2019' or ')' or ':' or ';' or '\'' or '\u2026';

    /// <summary>A site's copyright line: "© 2019 …", "Copyright 2019 …", "(c) 2019 …".</summary>
    private static bool IsCopyrightNotice(string text) =>
        text.StartsWith("\u00A9", StringComparison.Ordinal) || text.StartsWith("Copyright", StringComparison.Ordinal) || text.StartsWith("(c) ", StringComparison.OrdinalIgnoreCase);

    public static bool IsFurniture(string text) =>
        Lexicon.Boilerplate.Matches(text) || IsBreadcrumb(text);

    // A trail of links: "Home > News", "News › World", "Home / News / World". One slash between longer parts is a
    // title's ("Dare to Play 3 / October pack"), so a slash trail needs two slashes or very short parts.
    private static bool IsBreadcrumb(string text) =>
        text.Length < 80 && (text.IndexOf(" > ", StringComparison.Ordinal) >= 0 || text.IndexOf(" \u203A ", StringComparison.Ordinal) >= 0 || IsSlashTrail(text));

    private static bool IsSlashTrail(string text)
    {
        var slash = text.IndexOf(" / ", StringComparison.Ordinal);
        if (slash <= 0) return false;
        var words = Words.Count(text, 8);
        return words < 8 && (text.IndexOf(" / ", slash + 3, StringComparison.Ordinal) > 0 || words <= 3);
    }

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

    // A caption and its credit stand on adjacent lines, or with a blank line or two between them.
    private const int MaxCaptionToCreditLines = 3;

    /// <summary>
    /// A credit with no caption of its own is captioning the header line right before it, if that line says something: a
    /// number or a label ("12", "Key Points") left from the page's widgets is no caption, nor is the standfirst many lines
    /// above a photo that has none.
    /// </summary>
    private static void CaptionFromHeader(PageLayout layout)
    {
        if (layout.Caption is not null || layout.Credit is null) return;
        Block? previous = null;
        foreach (var block in layout.Header)
        {
            if (block.Line < layout.Credit.Line) previous = block;
        }
        if (previous is null || layout.Credit.Line - previous.Line > MaxCaptionToCreditLines || Words.Count(previous.Text, 3) < 3) return;
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
            if (Words.Count(text, 15) > 14 || !char.IsUpper(text[0]) && !char.IsDigit(text[0])) continue;
            if (!EndsSentence(body[i - 1].Text) || body[i - 1].Text.EndsWith(":", StringComparison.Ordinal)) continue;
            if (!IsParagraph(body[i + 1].Text)) continue;
            layout.Headings.Add(body[i]);
        }
    }
}
