using System.Globalization;
using System.Linq;
using Byline.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Byline.Tests.Generator;

/// <summary>Text that could break or disguise generated code compiles, shows no invisible character and round-trips exactly.</summary>
public class HostileInputTests
{
    public static TheoryData<string, string> Texts => new()
    {
        { "quotes-and-backslashes", "Title with \"quotes\" and \\ backslash\n\nA body \"\"\" with triple quotes, */ comment ends, // and {braces}.\n" },
        { "directives", "#if DEBUG\n#line 1 \"x\"\n\nThe body mentions #endregion and #pragma warning disable.\n" },
        { "controls", "Null \0 and bell \a in a title\n\nLine separator \u2028 and paragraph separator \u2029 inside the body text here.\n" },
        { "bidi", "Trojan \u202E source \u2066 title\n\nThe text \u202A holds \u202B every \u202C bidi \u202D control \u2067 and \u2068 isolate \u2069 too.\n" },
        { "lone-surrogates", "A lone \uD800 high and \uDC00 low surrogate\n\nThe body is fine though and long enough to count as a paragraph.\n" },
        { "emoji-and-scripts", "Über café 東京 \U0001F600 headline\n\nΗ Αθήνα and القاهرة and 北京 share a paragraph \U0001F44D here.\n" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Hostile_text_compiles_and_round_trips(string name, string text)
    {
        var (driver, output, _) = GeneratorHarness.Run(GeneratorHarness.Article(name + ".txt", text));
        var article = Assert.Single(GeneratorHarness.AllArticles(GeneratorHarness.Load(output)));
        Assert.Equal(text, article.Text);

        foreach (var source in driver.GetRunResult().Results.Single().GeneratedSources)
        {
            var code = source.SourceText.ToString();
            var invisible = code.Where(c => c != '\n' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator).ToList();
            Assert.True(invisible.Count == 0, $"{source.HintName} holds raw U+{(invisible.Count > 0 ? ((int)invisible[0]).ToString("X4", CultureInfo.InvariantCulture) : "")}");
        }
    }

    // Found by PropertyTests (seed 5clDJz2875h1): normalising a title with a lone surrogate threw inside the generator.
    [Theory]
    [InlineData("Lone \uDFFF low surrogate in a headline")]
    [InlineData("\uD83D headline that starts with half an emoji")]
    public void A_lone_surrogate_in_a_title_still_gives_an_identifier(string title)
    {
        var text = title + "\n\nThe body of the article is long enough to count as a paragraph here.\n";
        var (_, output, _) = GeneratorHarness.Run(GeneratorHarness.Article("lone.txt", text));
        Assert.Equal(text, Assert.Single(GeneratorHarness.AllArticles(GeneratorHarness.Load(output))).Text);
    }

    // Found by the long property run (seed 8Xh-Z5iYSn91): members that differ only by case gave one file name twice.
    [Fact]
    public void Titles_that_differ_only_by_case_give_distinct_files()
    {
        var (driver, output, _) = GeneratorHarness.Run(
            GeneratorHarness.Article("a.txt", "QG\n\nThe first body is long enough to count as a paragraph of text.\n"),
            GeneratorHarness.Article("b.txt", "Qg\n\nThe second body is long enough to count as a paragraph of text.\n"));
        Assert.Equal(2, GeneratorHarness.AllArticles(GeneratorHarness.Load(output)).Count);
        var hints = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Equal(hints.Count, hints.Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Non_latin_and_emoji_titles_give_valid_identifiers()
    {
        var (_, output, _) = GeneratorHarness.Run(
            GeneratorHarness.Article("tokyo.txt", "東京 の 市場\n\nThe market in Tokyo reopened on Monday after a long winter break.\n"),
            GeneratorHarness.Article("emoji.txt", "\U0001F600\U0001F600\n\nA title made of emoji has no letters for a name, so the file name is used.\n"),
            GeneratorHarness.Article("greek.txt", "Η Αθήνα ψηφίζει\n\nAthens voted on the new budget on Sunday after a long debate.\n"));
        Assert.Equal(3, GeneratorHarness.AllArticles(GeneratorHarness.Load(output)).Count);
        var members = output.GetTypeByMetadataName("Consumer.Articles")!.GetMembers().Select(m => m.Name).ToList();
        Assert.Contains("東京の市場", members);
        Assert.Contains("ΗΑθήναΨηφίζει", members);
    }

    [Fact]
    public void Generated_code_holds_no_machine_path()
    {
        var (driver, _, _) = GeneratorHarness.Run(GeneratorHarness.Article("harbour.txt", TestArticles.Harbour));
        Assert.All(driver.GetRunResult().Results.Single().GeneratedSources, s => Assert.DoesNotContain(GeneratorHarness.ProjectDir, s.SourceText.ToString(), System.StringComparison.Ordinal));
    }

    [Fact]
    public void Keyword_and_digit_titles_give_valid_unique_identifiers()
    {
        var (_, output, _) = GeneratorHarness.Run(
            GeneratorHarness.Article("a.txt", "class\n\nThe body of the first article, which is long enough to count.\n"),
            GeneratorHarness.Article("b.txt", "class\n\nThe body of the second article, which is long enough to count.\n"),
            GeneratorHarness.Article("c.txt", "2024 election\n\nThe body of the third article, which is long enough to count.\n"),
            GeneratorHarness.Article("d.txt", "!!!\n\nThe body of the fourth article, which is long enough to count.\n"));
        Assert.Equal(4, GeneratorHarness.AllArticles(GeneratorHarness.Load(output)).Count);
    }

    /// <summary>BYLINE_LARGE_TESTS=1 runs it with 10,000 files (about a minute); CI runs 2,000.</summary>
    [Fact]
    public void Thousands_of_tiny_files_generate_and_compile()
    {
        var count = System.Environment.GetEnvironmentVariable("BYLINE_LARGE_TESTS") == "1" ? 10_000 : 2_000;
        var articles = Enumerable.Range(0, count).Select(i => GeneratorHarness.Article($"t{i:D5}.txt", i % 3 == 0 ? "" : $"Note {i}\n\nShort.\n")).ToArray();
        var (driver, output, diagnostics) = GeneratorHarness.Run(articles);
        Assert.Equal((count + 2) / 3, diagnostics.Count(d => d.Id == "BYL0001"));
        Assert.Equal(count + 2, driver.GetRunResult().Results.Single().GeneratedSources.Length);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
    }

    [Fact]
    public void Generated_output_does_not_depend_on_the_order_of_the_files()
    {
        var a = GeneratorHarness.Article("a.txt", TestArticles.Harbour);
        var b = GeneratorHarness.Article("b.txt", TestArticles.Second);
        static string Sources(GeneratorDriver driver) => string.Join("\n", driver.GetRunResult().Results.Single().GeneratedSources.OrderBy(s => s.HintName, System.StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText));
        var first = GeneratorHarness.Run(a, b).Driver;
        var second = GeneratorHarness.Run(b, a).Driver;
        Assert.Equal(Sources(first), Sources(second));
    }
}
