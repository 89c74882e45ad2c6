using Byline.Generator.Extraction;
using CsCheck;
using Xunit;

namespace Byline.Tests.Extraction;

public class WordsTests
{
    [Theory]
    [InlineData("Prices ROSE 3.5 Per Cent")]
    [InlineData("\u201CÉLYSÉE\u201D \u2014 İstanbul, 5 \u212A")]
    [InlineData("\U00010400 Deseret")]
    [InlineData("already lower, with curly \u2019quotes\u2019")]
    [InlineData("")]
    public void Lowering_matches_the_runtime(string text)
    {
        Assert.Equal(text.ToLowerInvariant(), Words.ToLowerInvariant(text));
    }

    [Fact]
    public void Lowering_matches_the_runtime_for_any_text()
    {
        Gen.String.Sample(text => Assert.Equal(text.ToLowerInvariant(), Words.ToLowerInvariant(text)), iter: 20_000);
    }

    [Fact]
    public void Text_with_nothing_to_lower_is_returned_as_it_is()
    {
        var text = "no capitals \u2014 \u201Chere\u201D";
        Assert.Same(text, Words.ToLowerInvariant(text));
    }
}
