using System;
using System.Linq;
using System.Text;
using Byline.Generator.Emission;
using Byline.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Byline.Tests.Generator;

/// <summary>
/// An article's text travels as an embedded resource and its record as offsets into it. The runtime must read back the
/// very text the build extracted, say clearly when the resource is missing or differs, and a file the compiler did not
/// read as plain UTF-8 must keep its text in generated code.
/// </summary>
public class EmbeddedTextTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_embedded_article_reads_back_its_text_and_every_slice(bool byteOrderMark)
    {
        var article = GeneratorHarness.Article("harbour.txt", TestArticles.Harbour);
        var (driver, output, _) = GeneratorHarness.RunEmbedded(article);
        Assert.DoesNotContain(driver.GetRunResult().GeneratedTrees, t => t.ToString().Contains("Engineers told the council", StringComparison.Ordinal));

        var bytes = (byteOrderMark ? new byte[] { 0xEF, 0xBB, 0xBF } : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(TestArticles.Harbour)).ToArray();
        var assembly = GeneratorHarness.Load(output, GeneratorHarness.Resource(GeneratorHarness.ResourceName(article), bytes));

        var read = GeneratorHarness.AllArticles(assembly).Single();
        Assert.Equal(TestArticles.Harbour, read.Text);
        Assert.Equal("Harbour town votes to rebuild its sea wall", read.Title);
        Assert.StartsWith("Councillors in Kingsport voted on Tuesday", read.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal("We cannot wait for the next storm to decide for us,", read.Quotes[0].Text);
        Assert.Equal("Helen Carter", read.Quotes[0].Speaker?.Name);
        // The record carries each quote's confidence in thousandths, as extraction computed it.
        var extracted = Byline.Generator.Extraction.ArticleExtractor.Extract(article.Path, "Articles/harbour.txt", TestArticles.Harbour);
        Assert.Equal(extracted.Quotes.Select(q => q.Confidence), read.Quotes.Select(q => q.Confidence));
    }

    [Fact]
    public void A_missing_resource_is_an_error_that_names_it_and_says_to_rebuild()
    {
        var harbour = GeneratorHarness.Article("harbour.txt", TestArticles.Harbour);
        var (_, output, _) = GeneratorHarness.RunEmbedded(harbour);
        var assembly = GeneratorHarness.Load(output);

        // The article and its quotes read without the text; the first piece of text needs it.
        var article = GeneratorHarness.AllArticles(assembly)[0];
        Assert.Equal(4, article.Quotes.Count);
        var error = Assert.Throws<InvalidOperationException>(() => article.Quotes[0].Text);
        Assert.Contains("'Byline/Articles/harbour.txt' is not embedded", error.Message, StringComparison.Ordinal);
        Assert.Contains("Rebuild", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resource_that_is_not_the_text_the_build_extracted_is_an_error()
    {
        var article = GeneratorHarness.Article("harbour.txt", TestArticles.Harbour);
        var (_, output, _) = GeneratorHarness.RunEmbedded(article);
        var stale = Encoding.UTF8.GetBytes(TestArticles.Harbour + "A line added after the build.\n");
        var assembly = GeneratorHarness.Load(output, GeneratorHarness.Resource(GeneratorHarness.ResourceName(article), stale));

        var error = Assert.Throws<InvalidOperationException>(() => GeneratorHarness.AllArticles(assembly)[0].Title);
        Assert.Contains($"the build extracted {TestArticles.Harbour.Length}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_the_compiler_read_in_another_encoding_keeps_its_text_in_generated_code()
    {
        // The compiler falls back to a code page for a file that is not valid UTF-8; the runtime decodes resources as UTF-8.
        var text = "Caf\u00E9 owners vote to stay open\n\n\"We will not close,\" said owner Ren\u00E9e Dubois.\n";
        var article = new InMemoryArticle(GeneratorHarness.ProjectDir + "Articles/cafe.txt", SourceText.From(text, Encoding.Latin1));
        var (driver, output, _) = GeneratorHarness.RunEmbedded(article);
        Assert.Contains(driver.GetRunResult().GeneratedTrees, t => t.ToString().Contains("We will not close", StringComparison.Ordinal));

        var read = GeneratorHarness.AllArticles(GeneratorHarness.Load(output)).Single();
        Assert.Equal(text, read.Text);
        Assert.Equal("We will not close,", read.Quotes.Single().Text);
    }

    [Fact]
    public void Records_store_enum_members_in_the_runtime_order()
    {
        Assert.Equal(Enum.GetNames<Byline.Attribution>(), RuntimeEnums.Attribution);
        Assert.Equal(Enum.GetNames<Byline.QuotePlacement>(), RuntimeEnums.QuotePlacement);
        Assert.Equal(Enum.GetNames<Byline.ClaimKind>(), RuntimeEnums.ClaimKind);
        Assert.Equal(Enum.GetNames<Byline.FigureKind>(), RuntimeEnums.FigureKind);
    }
}
