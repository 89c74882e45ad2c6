using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Byline.Export;

/// <summary>
/// One self-contained HTML page to review what Byline extracted: each article's text with its quotes marked and
/// labelled (speaker, rule, confidence), its people (with how sure Byline is that each is a person) and claims, filters
/// for quotes with no speaker or low confidence and for uncertain people,
/// and for each quote and person the byline.json entry that would correct it.
/// </summary>
internal static class ReviewPage
{
    /// <summary>Below this confidence a quote is worth a look.</summary>
    public const double LowConfidence = 0.5;

    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(IReadOnlyList<Article> articles)
    {
        var quotes = articles.SelectMany(a => a.Quotes).ToList();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Byline review: ").Append(articles.Count).Append(" articles</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<header><h1>Byline review</h1><p class=\"summary\">")
            .Append(Count(articles.Count, "article")).Append(", ").Append(Count(quotes.Count, "quote")).Append(" (")
            .Append(quotes.Count(q => q.Speaker is null)).Append(" with no speaker, ")
            .Append(quotes.Count(q => q.Confidence < LowConfidence)).Append(" below ").Append(Number(LowConfidence)).Append(" confidence), ")
            .Append(Count(articles.SelectMany(a => a.People).Distinct().Count(), "person", "people")).Append(", ")
            .Append(Count(articles.Sum(a => a.Claims.Count), "claim")).Append("</p>\n")
            .Append("<form class=\"filters\"><label><input type=\"checkbox\" id=\"no-speaker\"> only quotes with no speaker</label>")
            .Append("<label><input type=\"checkbox\" id=\"low-confidence\"> only quotes below ").Append(Number(LowConfidence)).Append(" confidence</label>")
            .Append("<label><input type=\"checkbox\" id=\"uncertain-people\"> only people below ").Append(Number(LowConfidence)).Append(" confidence</label>")
            .Append("<span id=\"shown\"></span></form></header>\n<main>\n");
        foreach (var article in articles) RenderArticle(html, article);
        html.Append("</main>\n<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void RenderArticle(StringBuilder html, Article article)
    {
        html.Append("<article id=\"").Append(Attr(article.Id)).Append("\">\n<h2>").Append(Text(article.Title)).Append("</h2>\n<p class=\"meta\">")
            .Append("<code>").Append(Text(article.Id)).Append("</code> · ").Append(Text(article.SourcePath));
        if (article.Authors.Count > 0) html.Append(" · by ").Append(Text(string.Join(", ", article.Authors)));
        html.Append("</p>\n<div class=\"columns\">\n<div class=\"text\">\n");
        var marked = new HashSet<Quote>();
        foreach (var section in article.Sections)
        {
            if (section.Heading is { } heading) html.Append("<h3>").Append(Text(heading)).Append("</h3>\n");
            foreach (var paragraph in section.Paragraphs) html.Append("<p>").Append(Marked(paragraph.Text, article.Quotes, marked)).Append("</p>\n");
        }
        html.Append("</div>\n<aside>\n");
        RenderQuotes(html, article);
        RenderPeople(html, article);
        RenderClaims(html, article);
        html.Append("</aside>\n</div>\n</article>\n");
    }

    /// <summary>The paragraph with each quote it holds marked, labelled with its speaker; a quote is marked once.</summary>
    private static string Marked(string paragraph, IReadOnlyList<Quote> quotes, HashSet<Quote> done)
    {
        var spans = new List<(int Start, int End, Quote Quote)>();
        foreach (var quote in quotes)
        {
            if (done.Contains(quote)) continue;
            // A quote over several paragraphs is marked where it starts.
            var text = quote.Text.Length > 0 && paragraph.IndexOf(quote.Text, StringComparison.Ordinal) < 0 ? FirstPart(quote.Text, paragraph) : quote.Text;
            var start = text.Length == 0 ? -1 : paragraph.IndexOf(text, StringComparison.Ordinal);
            if (start < 0 || spans.Any(s => start < s.End && s.Start < start + text.Length)) continue;
            spans.Add((start, start + text.Length, quote));
            done.Add(quote);
        }
        var html = new StringBuilder();
        var at = 0;
        foreach (var (start, end, quote) in spans.OrderBy(s => s.Start))
        {
            // The label goes after the closing mark, so the quotation reads whole.
            var close = end < paragraph.Length && paragraph[end] is '"' or '\u201D' or '\u2019' or '\'' or '\u00BB' ? end + 1 : end;
            html.Append(Text(paragraph.Substring(at, start - at)))
                .Append("<mark class=\"").Append(quote.Speaker is null ? "none" : quote.Confidence < LowConfidence ? "low" : "ok").Append("\">").Append(Text(paragraph.Substring(start, end - start))).Append("</mark>")
                .Append(Text(paragraph.Substring(end, close - end)))
                .Append("<span class=\"label\">").Append(Text(quote.Speaker?.Name ?? "no speaker")).Append(" · ").Append(quote.Attribution).Append(" · ").Append(Number(quote.Confidence)).Append("</span>");
            at = close;
        }
        return html.Append(Text(paragraph.Substring(at))).ToString();
    }

    /// <summary>The longest start of the quote, in whole words, that the paragraph holds.</summary>
    private static string FirstPart(string quote, string paragraph)
    {
        var words = quote.Split(' ');
        for (var n = words.Length - 1; n >= 3; n--)
        {
            var part = string.Join(" ", words.Take(n));
            if (paragraph.Contains(part, StringComparison.Ordinal)) return part;
        }
        return "";
    }

    private static void RenderQuotes(StringBuilder html, Article article)
    {
        html.Append("<h4>Quotes</h4>\n<ul class=\"quotes\">\n");
        foreach (var quote in article.Quotes)
        {
            var entry = new { article = article.Id, text = Opening(quote.Text), speaker = quote.Speaker?.Name };
            html.Append("<li class=\"quote\" data-speaker=\"").Append(quote.Speaker is null ? "none" : "some")
                .Append("\" data-confidence=\"").Append(Number(quote.Confidence)).Append("\"><q>").Append(Text(Shorten(quote.Text, 140))).Append("</q> ")
                .Append("<span class=\"who\">").Append(Text(quote.Speaker?.Name ?? "no speaker")).Append("</span> ")
                .Append("<span class=\"rule\">").Append(quote.Attribution).Append(" · line ").Append(quote.Line).Append("</span> ")
                .Append(Meter(quote.Confidence)).Append(Entry(entry)).Append("</li>\n");
        }
        html.Append("</ul>\n");
    }

    private static void RenderPeople(StringBuilder html, Article article)
    {
        if (article.People.Count == 0) return;
        html.Append("<h4>People</h4>\n<ul class=\"people\">\n");
        foreach (var person in article.People)
        {
            var said = article.Quotes.Count(q => q.Speaker == person);
            // How sure Byline is that this article's name is a person's (Mention.Confidence).
            var confidence = article.Mentions.FirstOrDefault(m => m.Person == person)?.Confidence ?? person.Confidence;
            html.Append("<li class=\"person\" data-confidence=\"").Append(Number(confidence)).Append("\"><b>").Append(Text(person.Name)).Append("</b>");
            if (person.Role is { } role) html.Append(" <span class=\"role\">").Append(Text(role)).Append("</span>");
            if (person.Aliases.Count > 0) html.Append(" <span class=\"aliases\">also ").Append(Text(string.Join(", ", person.Aliases))).Append("</span>");
            html.Append(" <span class=\"rule\">").Append(Count(said, "quote")).Append(" \u00B7 ").Append(Number(confidence)).Append(" a person</span>")
                .Append(Entry(new { name = person.Name, aliases = person.Aliases, role = person.Role }, "byline.json: people"))
                .Append(Entry(person.Name, "byline.json: notPeople")).Append("</li>\n");
        }
        html.Append("</ul>\n");
    }

    private static void RenderClaims(StringBuilder html, Article article)
    {
        if (article.Claims.Count == 0) return;
        html.Append("<h4>Claims</h4>\n<ul class=\"claims\">\n");
        foreach (var claim in article.Claims)
        {
            html.Append("<li>").Append(Text(Shorten(claim.Text, 180)));
            foreach (var figure in claim.Figures) html.Append(" <span class=\"figure\">").Append(Text(figure.Text)).Append("</span>");
            if (claim.SourceName is { } source) html.Append(" <span class=\"rule\">").Append(Text(source)).Append("</span>");
            html.Append("</li>\n");
        }
        html.Append("</ul>\n");
    }

    private static string Entry(object value, string title = "byline.json: quotes") =>
        "<details><summary>" + Text(title) + "</summary><pre>" + Text(JsonSerializer.Serialize(value, s_json)) + "</pre><button type=\"button\" class=\"copy\">Copy</button></details>";

    private static string Meter(double confidence) =>
        "<meter min=\"0\" max=\"1\" low=\"0.5\" high=\"0.9\" optimum=\"1\" value=\"" + Number(confidence) + "\" title=\"confidence " + Number(confidence) + "\"></meter> " + Number(confidence);

    /// <summary>The quote's first words, enough to find it again: what a quotes entry's "text" needs.</summary>
    private static string Opening(string text) => string.Join(" ", text.Split(' ').Take(6));

    private static string Shorten(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1) + "\u2026";

    private static string Count(int n, string one, string? many = null) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? one + "s");

    private static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Text(string text) => WebUtility.HtmlEncode(text);

    private static string Attr(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        :root { --ink: #1d2430; --muted: #667085; --line: #e4e7ec; --ok: #fff1c2; --low: #ffd9c2; --none: #f3d4f5; --accent: #2f5bd3; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.55 Georgia, "Times New Roman", serif; color: var(--ink); background: #fafaf7; }
        header { position: sticky; top: 0; z-index: 1; background: #fff; border-bottom: 1px solid var(--line); padding: 12px 28px; font-family: system-ui, sans-serif; }
        h1 { margin: 0; font-size: 20px; } .summary { margin: 2px 0 8px; color: var(--muted); font-size: 14px; }
        .filters { display: flex; gap: 22px; font-size: 14px; align-items: center; } #shown { color: var(--muted); }
        main { max-width: 1280px; margin: 0 auto; padding: 8px 28px 60px; }
        article { background: #fff; border: 1px solid var(--line); border-radius: 10px; margin: 22px 0; padding: 18px 24px; }
        article[hidden] { display: none; }
        h2 { margin: 0 0 4px; font-size: 24px; line-height: 1.25; } .meta { margin: 0 0 14px; color: var(--muted); font: 13px system-ui, sans-serif; }
        .columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 28px; }
        .text p { margin: 0 0 12px; } h3 { font-size: 17px; margin: 18px 0 8px; }
        mark { padding: 1px 2px; border-radius: 3px; } mark.ok { background: var(--ok); } mark.low { background: var(--low); } mark.none { background: var(--none); }
        .label { font: 11px system-ui, sans-serif; color: #fff; background: #475467; border-radius: 9px; padding: 1px 7px; margin-left: 4px; white-space: nowrap; vertical-align: 1px; }
        aside { font: 13.5px/1.45 system-ui, sans-serif; } h4 { margin: 6px 0; font-size: 13px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
        aside ul { list-style: none; padding: 0; margin: 0 0 14px; } aside li { padding: 7px 0; border-top: 1px solid var(--line); }
        li[hidden] { display: none; } q { font-style: italic; } .who { font-weight: 600; } .rule, .role, .aliases { color: var(--muted); }
        .figure { background: #e6f0ff; color: var(--accent); border-radius: 4px; padding: 0 5px; }
        meter { width: 60px; height: 10px; vertical-align: middle; }
        details { display: inline-block; margin-left: 6px; } summary { cursor: pointer; color: var(--accent); font-size: 12px; }
        pre { white-space: pre-wrap; word-break: break-word; background: #f5f7fa; border: 1px solid var(--line); border-radius: 6px; padding: 6px 8px; margin: 4px 0; font-size: 12px; }
        button.copy { font-size: 12px; }
        @media (max-width: 900px) { .columns { grid-template-columns: 1fr; } }
        """;

    // Filters: the three boxes, or the page's address (#no-speaker, #low-confidence, #uncertain-people, joined by commas) so
    // a link opens filtered.
    private const string Script = """
        const noSpeaker = document.getElementById('no-speaker'), low = document.getElementById('low-confidence'), uncertain = document.getElementById('uncertain-people');
        const hash = location.hash.slice(1).split(',');
        noSpeaker.checked = hash.includes('no-speaker'); low.checked = hash.includes('low-confidence'); uncertain.checked = hash.includes('uncertain-people');
        function apply() {
          let shown = 0, people = 0;
          for (const li of document.querySelectorAll('li.quote')) {
            const keep = (!noSpeaker.checked || li.dataset.speaker === 'none') && (!low.checked || parseFloat(li.dataset.confidence) < 0.5);
            li.hidden = !keep; if (keep) shown++;
          }
          for (const li of document.querySelectorAll('li.person')) {
            const keep = !uncertain.checked || parseFloat(li.dataset.confidence) < 0.5;
            li.hidden = !keep; if (keep) people++;
          }
          const quoteFilter = noSpeaker.checked || low.checked;
          for (const article of document.querySelectorAll('article'))
            article.hidden = quoteFilter && !article.querySelector('li.quote:not([hidden])') || uncertain.checked && !article.querySelector('li.person:not([hidden])');
          document.getElementById('shown').textContent = [quoteFilter ? shown + ' quotes shown' : '', uncertain.checked ? people + ' people shown' : ''].filter(t => t).join(', ');
          document.body.dataset.shown = shown; document.body.dataset.people = people;
        }
        for (const box of [noSpeaker, low, uncertain]) box.addEventListener('change', apply);
        apply();
        for (const button of document.querySelectorAll('button.copy'))
          button.addEventListener('click', () => navigator.clipboard.writeText(button.previousElementSibling.textContent));
        """;
}
