using System.IO;
using System.Linq;
using Byline.Generator.Extraction;
using Byline.Tests.Infrastructure;
using Xunit;

namespace Byline.Tests.Extraction;

/// <summary>The article the product was designed from (its copy in the sample), checked field by field.</summary>
public class SeedArticleTests
{
    private static readonly Byline.Generator.Model.ArticleModel s_seed =
        ArticleExtractor.Extract(Repository.SeedArticle, "000_4db963de024e33e7.txt", File.ReadAllText(Repository.SeedArticle));

    [Fact]
    public void Byline_splits_run_together_names()
    {
        Assert.Equal(new[] { "Maria Psara", "Mared Gwyn Jones" }, s_seed.Authors);
    }

    [Fact]
    public void Boilerplate_stays_out_of_the_body_and_the_tail_is_kept_apart()
    {
        var paragraphs = s_seed.Sections.SelectMany(s => s.Paragraphs).Select(p => p.Text).ToList();
        Assert.DoesNotContain(paragraphs, p => p.Contains("Share this") || p.Contains("clipboard") || p.Contains("You might also like"));
        Assert.Equal(3, s_seed.RelatedHeadlines.Count);
        Assert.Equal("NATO always 'vigilant' towards Russia", Assert.Single(s_seed.Sections, s => s.Heading is not null).Heading!.Text);
    }

    [Fact]
    public void All_sixteen_body_quotes_have_the_right_speaker()
    {
        var body = s_seed.Quotes.Where(q => q.Placement == "Body").ToList();
        Assert.Equal(16, body.Count);
        var speakers = body.Select(q => q.SpeakerIndex < 0 ? null : s_seed.People[q.SpeakerIndex].Name).ToList();
        Assert.Equal("Donald Trump", speakers[body.FindIndex(q => q.Text.Text == "encourage")]);
        Assert.Equal(15, speakers.Count(s => s == "Jens Stoltenberg"));
    }

    [Fact]
    public void People_are_the_five_named_with_their_roles()
    {
        var names = s_seed.People.Select(p => p.Name).OrderBy(n => n).ToList();
        Assert.Equal(new[] { "Donald Trump", "Emmanuel Macron", "Jens Stoltenberg", "Putin", "Recep Tayyip Erdoğan" }, names);
        Assert.Equal("NATO Secretary-General", s_seed.People.Single(p => p.Name == "Jens Stoltenberg").Role);
        Assert.Equal("French President", s_seed.People.Single(p => p.Name == "Emmanuel Macron").Role);
    }

    [Fact]
    public void Claims_type_their_figures()
    {
        var figures = s_seed.Claims.SelectMany(c => c.Figures).ToList();
        var count = figures.Single(f => f.Kind == "Count");
        Assert.Equal("At least 18 of the alliance's 32 member countries", count.Text);
        Assert.Equal(18, count.Value);
        Assert.Equal(32, count.Base);
        Assert.Contains(figures, f => f.Text.EndsWith("11%", System.StringComparison.Ordinal) && f.Value == 11 && f.Kind == "Percentage");
        Assert.Contains(figures, f => f.Text == "75 years" && f.Kind == "Duration");
        Assert.Contains(figures, f => f.Text == "2%" && f.Value == 2 && f.Kind == "Percentage");
        Assert.Contains(figures, f => f.Text == "more than doubled" && f.Kind == "Multiple");
        var reported = s_seed.Claims.Single(c => c.Text.Text.StartsWith("Stoltenberg has previously said", System.StringComparison.Ordinal));
        Assert.Equal("Reported", reported.Kind);
        Assert.Equal("Jens Stoltenberg", s_seed.People[reported.SourceIndex].Name);
    }
}
