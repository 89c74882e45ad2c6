using System.Linq;
using Byline.Generator.Extraction;
using Xunit;

namespace Byline.Tests.Extraction;

public class ClaimFinderTests
{
    private static Byline.Generator.Model.ClaimModel Single(string body)
    {
        var model = ArticleExtractor.Extract("t.txt", "t.txt", "A headline for claims\n\n" + body);
        return Assert.Single(model.Claims);
    }

    private static string? Source(string body)
    {
        var model = ArticleExtractor.Extract("t.txt", "t.txt", "A headline for claims\n\n" + body);
        var claim = Assert.Single(model.Claims);
        return claim.SourceIndex >= 0 ? model.People[claim.SourceIndex].Name : claim.SourceName;
    }

    [Theory]
    [InlineData("Mayor Lena Hart said that the bridge would reopen in the spring.")]
    [InlineData("Mayor Lena Hart has previously said there are no plans to close the bridge.")]
    [InlineData("Mayor Lena Hart claimed the bridge was never unsafe for traffic.")]
    [InlineData("The bridge was never unsafe for traffic, according to Mayor Lena Hart.")]
    [InlineData("The bridge will reopen in the spring, thinks Mayor Lena Hart.")]
    public void Each_reporting_pattern_is_a_reported_claim_with_its_source(string sentence)
    {
        Assert.Equal("Reported", Single(sentence).Kind);
        Assert.Equal("Lena Hart", Source(sentence));
    }

    [Fact]
    public void An_unnamed_source_is_kept_as_text()
    {
        Assert.Equal("officials", Source("The bridge repairs were finished early, officials said on Monday."));
    }

    [Fact]
    public void A_sentence_that_states_a_figure_is_a_statistic_even_when_reported()
    {
        var claim = Single("Mayor Lena Hart said repairs cost $4 million this year.");
        Assert.Equal("Statistic", claim.Kind);
        Assert.Equal("$4 million", Assert.Single(claim.Figures).Text);
    }

    [Theory]
    [InlineData("\"The bridge is safe,\" Mayor Lena Hart said.")]
    [InlineData("Is the bridge safe for traffic again?")]
    [InlineData("The bridge is a fine sight in the spring light.")]
    public void Quotes_questions_and_opinion_are_not_claims(string sentence)
    {
        var model = ArticleExtractor.Extract("t.txt", "t.txt", "A headline for claims\n\n" + sentence);
        Assert.Empty(model.Claims);
    }

    [Fact]
    public void A_claim_next_to_a_quote_keeps_its_link()
    {
        var model = ArticleExtractor.Extract("t.txt", "t.txt", "A headline for claims\n\nThe bridge carried 12,000 cars a day, Lena Hart said, \"and it will again.\"");
        var claim = Assert.Single(model.Claims);
        Assert.Equal(0, claim.QuoteIndex);
    }

    [Theory]
    [InlineData("In London, Harlow has said it will open new stores before the summer.", "Harlow")]
    [InlineData("Samsung has also announced a new phone, which will go on sale in the spring.", "Samsung")]
    [InlineData("Whole Harbour Foods said it has lowered prices on fresh produce.", "Whole Harbour Foods")]
    public void An_organisation_is_the_source_of_what_it_reports(string sentence, string source)
    {
        Assert.Equal("Reported", Single(sentence).Kind);
        Assert.Equal(source, Source(sentence));
    }

    [Fact]
    public void The_writers_own_I_is_no_source()
    {
        var model = ArticleExtractor.Extract("t.txt", "t.txt", "A headline for claims\n\nThe band is back on tour, and I think this is their best record in years.");
        Assert.DoesNotContain(model.Claims, c => c.SourceName == "I");
    }
}
