using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Byline.Tests.Infrastructure;
using Xunit;

namespace Byline.Tests.Samples;

/// <summary>
/// The review page that samples/Byline.Export writes, loaded in a real browser (headless Chromium): it shows the quotes
/// with their speakers, and its filters hide what they should. Skips, saying so, where Chromium is not installed;
/// .ci/run installs it.
/// </summary>
[Collection(DotnetProcessCollection.Name)]
public sealed class ReviewPageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("byline-review-").FullName;

    [SkippableFact]
    public void The_page_renders_every_quote_and_its_filters_work_in_a_browser()
    {
        var chromium = Chromium();
        Skip.If(chromium is null, "Chromium is not installed (apt-get install chromium); .ci/run installs it for this test.");
        var articles = Directory.CreateDirectory(Path.Combine(_folder, "articles")).FullName;
        File.WriteAllText(Path.Combine(articles, "harbour.txt"), TestArticles.Harbour);
        File.WriteAllText(Path.Combine(articles, "market.txt"), "Market day returns to the square\n\nStalls opened at dawn on Saturday as traders came back to the old square.\n\n\"It feels like old times.\"\n");
        // A lone name that speaks twice: the rules take it for a person, the detection model is unsure of it.
        File.WriteAllText(Path.Combine(articles, "ferry.txt"), "Ferry returns to the harbour\n\nThe ferry sailed again on Sunday after a month in dry dock.\n\n" +
            "Quennell said the crossing was calm. Quennell said the timetable would not change.\n");
        var page = Path.Combine(_folder, "review.html");
        var (code, output) = DotnetProcess.Run(Repository.Root, null, "run", "--project", "samples/Byline.Export", $"--property:ArticlesDir={articles}", "--", page);
        Assert.True(code == 0, output);

        var all = Dom(chromium!, page, "");
        Assert.Contains("<mark class=\"ok\">We cannot wait for the next storm to decide for us,</mark>", all, StringComparison.Ordinal);
        Assert.Contains("Helen Carter \u00B7 SpeechVerb", all, StringComparison.Ordinal);
        var quotes = QuoteItems(all);
        Assert.Equal(5, quotes.Count);
        Assert.All(quotes, q => Assert.DoesNotContain("hidden", q, StringComparison.Ordinal));

        // Opened filtered to quotes with no speaker: only the market's quote stays, and the harbour article is hidden.
        var filtered = Dom(chromium!, page, "#no-speaker");
        var items = QuoteItems(filtered);
        Assert.Single(items, q => !q.Contains("hidden", StringComparison.Ordinal));
        Assert.All(items.Where(q => q.Contains("data-speaker=\"some\"", StringComparison.Ordinal)), q => Assert.Contains("hidden", q, StringComparison.Ordinal));
        Assert.Matches("<article id=\"harbour\"[^>]*hidden", filtered);
        Assert.Contains("data-shown=\"1\"", filtered, StringComparison.Ordinal);

        // Filtered to uncertain people: only people below 0.5 stay, and articles without one are hidden.
        var uncertain = Dom(chromium!, page, "#uncertain-people");
        var people = Regex.Matches(uncertain, "<li class=\"person\"[^>]*>").Select(m => m.Value).ToList();
        var shownPeople = people.Where(p => !p.Contains("hidden", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(shownPeople);
        Assert.All(shownPeople, p => Assert.True(Confidence(p) < 0.5, p));
        Assert.Contains(people, p => p.Contains("hidden", StringComparison.Ordinal) && Confidence(p) >= 0.5);
        Assert.Matches("<article id=\"harbour\"[^>]*hidden", uncertain);
        Assert.Contains($"data-people=\"{shownPeople.Count}\"", uncertain, StringComparison.Ordinal);

        // Filtered to low confidence: every quote shown is below 0.5.
        var low = QuoteItems(Dom(chromium!, page, "#low-confidence")).Where(q => !q.Contains("hidden", StringComparison.Ordinal)).ToList();
        Assert.All(low, q => Assert.True(Confidence(q) < 0.5, q));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static double Confidence(string item) =>
        double.Parse(Regex.Match(item, "data-confidence=\"([0-9.]+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static System.Collections.Generic.List<string> QuoteItems(string dom) =>
        Regex.Matches(dom, "<li class=\"quote\"[^>]*>").Select(m => m.Value).ToList();

    /// <summary>The page's DOM after its scripts ran, as headless Chromium prints it.</summary>
    private static string Dom(string chromium, string page, string fragment)
    {
        var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=2000", "--dump-dom", new Uri(page).AbsoluteUri + fragment }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var dom = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "Chromium did not finish in a minute");
        Assert.True(dom.Length > 0, "Chromium printed no DOM: " + error.Result);
        return dom;
    }

    private static string? Chromium() =>
        new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
}
