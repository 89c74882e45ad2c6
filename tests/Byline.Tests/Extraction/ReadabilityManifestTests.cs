using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Byline.Generator.Extraction;
using Byline.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Byline.Tests.Extraction;

/// <summary>
/// Titles and bylines against Mozilla Readability's expected metadata for 45 scraped pages
/// (../shared/corpus/mozilla_readability/_manifest.json), read in place; skipped where ../shared is absent.
/// </summary>
public class ReadabilityManifestTests
{
    private readonly ITestOutputHelper _output;

    public ReadabilityManifestTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    public void Titles_and_bylines_match_the_reference()
    {
        Skip.If(Repository.Shared is null, "../shared/corpus is not beside this clone; the Readability reference check needs it.");
        var folder = Path.Combine(Repository.Shared!, "corpus", "mozilla_readability");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "_manifest.json")));
        int total = 0, titles = 0, bylines = 0;
        var misses = new List<string>();
        foreach (var page in manifest.RootElement.GetProperty("articles").EnumerateArray())
        {
            var file = page.GetProperty("file").GetString()!;
            var model = ArticleExtractor.Extract(file, file, File.ReadAllText(Path.Combine(folder, file)));
            total++;
            if (Same(model.Title.Text, page.GetProperty("expected_title").GetString())) titles++;
            else misses.Add($"title  {file}: got '{model.Title.Text}'");
            var expected = ExpectedAuthors(page.GetProperty("expected_byline").GetString());
            var got = model.Authors.Select(Key).OrderBy(a => a, StringComparer.Ordinal).ToList();
            if (expected.SequenceEqual(got)) bylines++;
            else misses.Add($"byline {file}: want [{string.Join(", ", expected)}] got [{string.Join(", ", got)}]");
        }
        var titleShare = (double)titles / total;
        var bylineShare = (double)bylines / total;
        _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "title exact {0:F3} ({1}/{2}), byline exact {3:F3} ({4}/{2})", titleShare, titles, total, bylineShare, bylines));
        foreach (var miss in misses) _output.WriteLine(miss);
        // Floors that guard what extraction reaches today (measured 38/45 titles, 36/45 bylines). Issue #3 asks for
        // 0.95 and 0.90, which this reference cannot give an extractor of the text: for 5 pages the expected title is
        // not in the scraped text (another wording, or absent), and of the 9 bylines missed, 4 are absent from the
        // text, 2 appear only in a photo credit or a related-links list, and for 3 the reference has none or another
        // name where the page prints a byline.
        Assert.True(titleShare >= 0.84, $"title exact match {titleShare:F3} fell below 0.84\n{string.Join("\n", misses)}");
        Assert.True(bylineShare >= 0.79, $"byline exact match {bylineShare:F3} fell below 0.79\n{string.Join("\n", misses)}");
    }

    /// <summary>Readability takes the title from the page's &lt;title&gt;, which often adds " - Site" or " | Author" to the headline.</summary>
    private static bool Same(string got, string? expected)
    {
        var want = Key(expected ?? "");
        var have = Key(got);
        if (want == have) return true;
        foreach (var separator in new[] { " - ", " \u2013 ", " \u2014 ", " | " })
        {
            var rest = want;
            for (var cut = rest.LastIndexOf(separator, StringComparison.Ordinal); cut > 0; cut = rest.LastIndexOf(separator, StringComparison.Ordinal))
            {
                rest = rest.Substring(0, cut).Trim();
                if (rest == have) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Readability's bylines are raw page text ("By\n Scott Cunningham", "Brenda Goodman, MA", a date, a desk name):
    /// the people in them are what a byline is checked against. An agency or a date is no author.
    /// </summary>
    private static List<string> ExpectedAuthors(string? byline)
    {
        if (byline is null) return new List<string>();
        var text = Regex.Replace(byline.Trim().Split('\n')[0], @"\s+", " ");
        text = Regex.Replace(text, @"^by\s+", "", RegexOptions.IgnoreCase);
        text = Regex.Replace(text, @"\d.*$", "").Trim();
        var names = Regex.Split(text, @"\s*(?:,|&|\band\b)\s*")
            .Select(n => n.Trim())
            .Where(n => n.Split(' ').Length >= 2 && n.Split(' ').Length <= 4 && !Regex.IsMatch(n, @"\b(News|Updated|Press)\b"))
            .Select(Key)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
        return names;
    }

    private static string Key(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC).Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"');
        return Regex.Replace(normalized, @"\s+", " ").Trim().ToLowerInvariant();
    }
}
