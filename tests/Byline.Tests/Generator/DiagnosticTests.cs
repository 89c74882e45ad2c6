using System;
using System.Linq;
using Byline.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Byline.Tests.Generator;

/// <summary>Each diagnostic is reported with its id, a message that names the file, and the exact line and column in the .txt file.</summary>
public class DiagnosticTests
{
    private static Diagnostic Single(string id, params InMemoryArticle[] articles)
    {
        var (_, _, diagnostics) = GeneratorHarness.Run(articles);
        return Assert.Single(diagnostics, d => d.Id == id);
    }

    private static void AssertAt(Diagnostic diagnostic, string file, int line, int column)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.EndsWith(file, span.Path, StringComparison.Ordinal);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Contains(file, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.StartsWith("https://", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_article_is_BYL0001_on_line_1()
    {
        var diagnostic = Single("BYL0001", GeneratorHarness.Article("empty.txt", "  \n\n"));
        AssertAt(diagnostic, "empty.txt", 1, 1);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void An_article_of_nothing_but_page_furniture_has_no_title_BYL0002()
    {
        AssertAt(Single("BYL0002", GeneratorHarness.Article("furniture.txt", "Share this article\nComments\n")), "furniture.txt", 1, 1);
    }

    [Fact]
    public void An_unclosed_quotation_mark_is_BYL0003_where_it_opens()
    {
        var diagnostic = Single("BYL0003", GeneratorHarness.Article("open.txt", "A headline\n\nThe mayor said \"the wall will hold and the town will stay dry this year.\n"));
        AssertAt(diagnostic, "open.txt", 3, 16);
    }

    [Fact]
    public void A_quote_without_a_speaker_is_BYL0004_information()
    {
        var diagnostic = Single("BYL0004", GeneratorHarness.Article("nobody.txt", "A headline\n\nSomething happened in town today, and people talked.\n\n\"It feels like old times.\"\n"));
        AssertAt(diagnostic, "nobody.txt", 5, 1);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
    }

    [Fact]
    public void Two_articles_with_one_id_are_BYL0005_and_both_are_kept()
    {
        var (_, output, diagnostics) = GeneratorHarness.Run(
            GeneratorHarness.Article("sea wall.txt", TestArticles.Harbour),
            GeneratorHarness.Article("sea-wall.txt", TestArticles.Second));
        var diagnostic = Assert.Single(diagnostics, d => d.Id == "BYL0005");
        AssertAt(diagnostic, "sea-wall.txt", 1, 1);
        var ids = GeneratorHarness.AllArticles(GeneratorHarness.Load(output)).Select(a => a.Id).OrderBy(i => i).ToArray();
        Assert.Equal(new[] { "sea-wall", "sea-wall-2" }, ids);
    }

    [Fact]
    public void Undecodable_bytes_are_BYL0006_at_their_column()
    {
        AssertAt(Single("BYL0006", GeneratorHarness.Article("bytes.txt", "A headline\n\nThe caf\uFFFD was full on the first morning of the market this year.\n")), "bytes.txt", 3, 8);
    }

    [Fact]
    public void A_file_too_large_to_embed_is_BYL0007_and_left_out()
    {
        // 50 MB of text: reported, not embedded, and no out-of-memory compiler.
        var huge = "A headline\n\n" + new string('x', 50 * 1024 * 1024);
        AssertAt(Single("BYL0007", GeneratorHarness.Article("huge.txt", huge)), "huge.txt", 1, 1);
    }

    [Fact]
    public void Front_matter_problems_are_BYL0008_and_BYL0009_on_their_lines()
    {
        var text = "---\ntitle: Right title\nheadline: Wrong key\npublished: someday\n---\nBody line\n";
        var (_, _, diagnostics) = GeneratorHarness.Run(GeneratorHarness.Article("front.txt", text));
        AssertAt(Assert.Single(diagnostics, d => d.Id == "BYL0008"), "front.txt", 3, 1);
        AssertAt(Assert.Single(diagnostics, d => d.Id == "BYL0009"), "front.txt", 4, 1);
    }
}
