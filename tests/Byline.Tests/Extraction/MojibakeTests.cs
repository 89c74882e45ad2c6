using System.Linq;
using Byline.Generator.Extraction;
using Xunit;

namespace Byline.Tests.Extraction;

/// <summary>UTF-8 that was decoded as Windows-1252 or Latin-1 before the file was saved, as scraped pages often are.</summary>
public class MojibakeTests
{
    /// <summary>The repaired text as the passes read it: the characters a repair leaves behind are dropped.</summary>
    private static string Clean(string text)
    {
        var repaired = Mojibake.Repair(text, out _, out _);
        Assert.Equal(text.Length, repaired.Length); // offsets and lines stay those of the file
        return repaired.Replace(TextNormalizer.Dropped.ToString(), "");
    }

    [Theory]
    [InlineData("President Fran\u00C3\u00A7ois Hollande", "President Fran\u00E7ois Hollande")]
    [InlineData("Guant\u00C3\u00A1namo Bay", "Guant\u00E1namo Bay")]
    [InlineData("it\u00E2\u20AC\u2122s over", "it\u2019s over")]
    [InlineData("\u00E2\u20AC\u0153Yes,\u00E2\u20AC\u009D she said", "\u201CYes,\u201D she said")]
    [InlineData("a\u00C2\u00A0b", "a\u00A0b")]
    [InlineData("W\u00C5\u0082odarczyk", "W\u0142odarczyk")]
    public void A_sequence_decoded_once_more_is_read_as_meant(string text, string meant) => Assert.Equal(meant, Clean(text));

    [Fact]
    public void Text_decoded_twice_and_then_decomposed_is_read_as_meant()
    {
        // "ç" as UTF-8, read as Windows-1252 twice ("Ã\u0083Â§"), then saved in decomposed form: "A" and a tilde for "Ã".
        Assert.Equal("Fran\u00E7ois", Clean("FranA\u0303\u0083A\u0302\u00A7ois"));
        Assert.Equal("Fran\u00E7ois", Clean("Fran\u00C3\u0192\u00C2\u00A7ois"));
    }

    [Fact]
    public void A_closing_quotation_mark_that_lost_its_last_byte_is_read_as_one()
    {
        Assert.Equal("\u201CNo\u201D", Clean("\u00E2\u20AC\u0153No\u00E2\u20AC"));
    }

    [Theory]
    [InlineData("ATEN\u00C7\u00C3O")]
    [InlineData("CAF\u00C9\u201D")]
    [InlineData("S\u00E3o Paulo, caf\u00E9, ch\u00E2teau, \u00C5sa, M\u00E4rz")]
    [InlineData("\u00C3 la carte")]
    [InlineData("cha\u0302teau")]
    public void Text_that_was_decoded_right_is_left_as_written(string text)
    {
        Assert.Same(text, Mojibake.Repair(text, out var repaired, out var first));
        Assert.Equal(0, repaired);
        Assert.Equal(-1, first);
    }

    [Fact]
    public void An_article_reads_the_names_as_meant_and_says_where_it_repaired()
    {
        const string text = "Leaders meet in Paris\n\nThe talks began on Friday.\n\n\u00E2\u20AC\u0153We will act,\u00E2\u20AC\u009D French President Fran\u00C3\u00A7ois Hollande said on Friday.\n";
        var model = ArticleExtractor.Extract("t.txt", "t.txt", text);

        Assert.Equal(text, model.Text); // the file's text is kept as it is
        Assert.Contains(model.People, p => p.Name == "Fran\u00E7ois Hollande");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("We will act,", quote.Text.Text);
        var paragraph = model.Sections.SelectMany(s => s.Paragraphs).Last();
        Assert.StartsWith("\u201CWe will act,\u201D French President Fran\u00E7ois Hollande", paragraph.Text, System.StringComparison.Ordinal);
        var diagnostic = Assert.Single(model.Diagnostics, d => d.Id == "BYL0013");
        Assert.Equal((5, 1), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("3", diagnostic.Arguments[0]);
    }
}
