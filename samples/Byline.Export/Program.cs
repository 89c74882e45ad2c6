using System;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Byline;
using Byline.Export;

// Writes every article as the JSON that ../shared/eval/score.py reads (see docs/model.md), or, for a path that ends in
// .html, one review page to read and correct what was extracted (see docs/corrections.md).
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run --project samples/Byline.Export --property:ArticlesDir=<folder> -- <out.json | review.html>");
    return 2;
}
if (args[0].EndsWith(".html", StringComparison.OrdinalIgnoreCase))
{
    File.WriteAllText(args[0], ReviewPage.Render(Articles.All));
    Console.Error.WriteLine($"wrote the review of {Articles.All.Count} articles to {args[0]}");
    return 0;
}

var export = Articles.All.Select(article => new
{
    file = Path.GetFileName(article.SourcePath),
    title = article.Title,
    authors = article.Authors,
    published = article.Published,
    people = article.People.Select(person => new
    {
        name = person.Name,
        aliases = person.Aliases,
        role = RoleIn(article, person),
        confidence = article.Mentions.FirstOrDefault(m => m.Person == person)?.Confidence ?? person.Confidence,
    }),
    quotes = article.Quotes.Where(q => q.Placement == QuotePlacement.Body).Select(q => new
    {
        text = q.Text,
        speaker = q.Speaker?.Name,
        line = q.Line,
        cue = q.Cue,
        attribution = q.Attribution.ToString(),
        confidence = q.Confidence,
    }),
    claims = article.Claims.Select(c => new
    {
        text = c.Text,
        kind = c.Kind == ClaimKind.Statistic ? "statistic" : "reported",
        source = c.Source?.Name ?? (c.Kind == ClaimKind.Reported ? null : null),
        figures = c.Figures.Select(f => f.Text),
    }),
});

var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
File.WriteAllText(args[0], JsonSerializer.Serialize(export, options));
Console.Error.WriteLine($"wrote {Articles.All.Count} articles to {args[0]}");
return 0;

static string? RoleIn(Article article, Person person) => article.Mentions.FirstOrDefault(m => m.Person == person)?.Role ?? person.Role;
