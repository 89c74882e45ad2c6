using System;
using System.IO;
using System.Linq;
using System.Text;
using Byline.Tests.Infrastructure;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit;

namespace Byline.Tests.Generator;

/// <summary>
/// Generated files compared with the expected files checked in under Snapshots/. On a difference the new output is
/// written beside them as *.received.txt; set BYLINE_ACCEPT_SNAPSHOTS=1 (never on CI) to accept it.
/// </summary>
public class SnapshotTests
{
    [Fact]
    public void Harbour_article_generates_the_expected_files()
    {
        var (driver, _, _) = GeneratorHarness.Run(GeneratorHarness.Article("harbour.txt", TestArticles.Harbour));
        var sources = driver.GetRunResult().Results.Single().GeneratedSources;
        Assert.Equal(3, sources.Length);
        foreach (var source in sources) Verify(nameof(Harbour_article_generates_the_expected_files), source.HintName, source.SourceText.ToString());
    }

    /// <summary>As the package's build targets set it up: the text is a resource, and the record holds only offsets into it.</summary>
    [Fact]
    public void Harbour_article_with_embedded_text_generates_the_expected_article_file()
    {
        var (driver, _, _) = GeneratorHarness.RunEmbedded(GeneratorHarness.Article("harbour.txt", TestArticles.Harbour));
        var article = driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName.StartsWith("Articles.Harbour", StringComparison.Ordinal));
        Verify(nameof(Harbour_article_with_embedded_text_generates_the_expected_article_file), article.HintName, article.SourceText.ToString());
    }

    private static void Verify(string test, string hintName, string actual)
    {
        var directory = Path.Combine(Repository.Root, "tests", "Byline.Tests", "Snapshots", test);
        var expectedPath = Path.Combine(directory, hintName + ".txt");
        var receivedPath = Path.Combine(directory, hintName + ".received.txt");
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : null;
        if (expected == actual)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }
        var accept = Environment.GetEnvironmentVariable("BYLINE_ACCEPT_SNAPSHOTS") == "1" && Environment.GetEnvironmentVariable("CI") != "true";
        Directory.CreateDirectory(directory);
        File.WriteAllText(accept ? expectedPath : receivedPath, actual);
        if (!accept) Assert.Fail($"{hintName} differs from {expectedPath}:\n{Diff(expected ?? "", actual)}");
    }

    private static string Diff(string expected, string actual)
    {
        var builder = new StringBuilder();
        foreach (var line in InlineDiffBuilder.Diff(expected, actual).Lines.Where(l => l.Type != ChangeType.Unchanged).Take(40))
        {
            builder.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").AppendLine(line.Text);
        }
        return builder.ToString();
    }
}
