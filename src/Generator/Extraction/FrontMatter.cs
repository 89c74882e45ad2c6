using System;
using System.Collections.Generic;
using Byline.Generator.Model;

namespace Byline.Generator.Extraction;

/// <summary>
/// The user's corrections at the top of an article: a block between two <c>---</c> lines of <c>key: value</c>
/// pairs (<c>title</c>, <c>authors</c>, <c>published</c>, <c>id</c>) that override what extraction finds.
/// </summary>
internal sealed class FrontMatter
{
    public static readonly string[] Keys = { "title", "authors", "published", "updated", "id" };

    public string? Title { get; private set; }

    public List<string>? Authors { get; private set; }

    public DateStamp? Published { get; private set; }

    public DateStamp? Updated { get; private set; }

    public string? Id { get; private set; }

    /// <summary>Number of characters the block takes at the start of the text (0 when there is none).</summary>
    public int Length { get; private set; }

    public static FrontMatter Read(string normalized, List<DiagnosticInfo> diagnostics)
    {
        var result = new FrontMatter();
        if (!normalized.StartsWith("---", StringComparison.Ordinal)) return result;
        var firstBreak = normalized.IndexOf('\n');
        if (firstBreak < 0 || normalized.Substring(0, firstBreak).Trim() != "---") return result;
        var line = 2;
        var at = firstBreak + 1;
        while (at < normalized.Length)
        {
            var end = normalized.IndexOf('\n', at);
            if (end < 0) end = normalized.Length;
            var text = normalized.Substring(at, end - at).Trim();
            if (text == "---")
            {
                result.Length = Math.Min(normalized.Length, end + 1);
                return result;
            }
            if (text.Length > 0) result.Apply(text, line, diagnostics);
            at = end + 1;
            line++;
        }
        return new FrontMatter(); // no closing line: not front matter, just text that starts with dashes
    }

    private void Apply(string text, int line, List<DiagnosticInfo> diagnostics)
    {
        var colon = text.IndexOf(':');
        var key = colon < 0 ? text : text.Substring(0, colon).Trim().ToLowerInvariant();
        var value = colon < 0 ? "" : text.Substring(colon + 1).Trim();
        switch (key)
        {
            case "title": Title = value; break;
            case "id": Id = value; break;
            case "authors":
            case "author":
                Authors = new List<string>();
                foreach (var name in value.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (name.Trim().Length > 0) Authors.Add(name.Trim());
                }
                break;
            case "published":
            case "updated":
                var date = PublicationDate.Parse(value);
                if (date is null) diagnostics.Add(new DiagnosticInfo(DiagnosticIds.InvalidFrontMatterValue, line, 1, text.Length, new[] { key, value }.ToEquatableArray()));
                else if (key == "published") Published = date;
                else Updated = date;
                break;
            default:
                diagnostics.Add(new DiagnosticInfo(DiagnosticIds.UnknownFrontMatterKey, line, 1, text.Length, new[] { key, string.Join(", ", Keys) }.ToEquatableArray()));
                break;
        }
    }
}
