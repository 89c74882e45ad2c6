using System.Linq;
using Byline.Tests.Infrastructure;
using Xunit;

namespace Byline.Tests.Generator;

public class GeneratorTests
{
    [Fact]
    public void Generated_articles_compile_and_hold_the_extracted_values()
    {
        var (_, output, _) = GeneratorHarness.Run(GeneratorHarness.Article("harbour.txt", TestArticles.Harbour));
        var assembly = GeneratorHarness.Load(output);
        var article = Assert.Single(GeneratorHarness.AllArticles(assembly));

        Assert.Equal("harbour", article.Id);
        Assert.Equal("Articles/harbour.txt", article.SourcePath);
        Assert.Equal(TestArticles.Harbour, article.Text);
        Assert.Equal("Harbour town votes to rebuild its sea wall", article.Title);
        Assert.Equal(new[] { "Alice Martin", "Tom O'Neill" }, article.Authors);
        Assert.Equal("Reuters", article.Outlet);
        Assert.Equal("KINGSPORT (Reuters)", article.Dateline);
        Assert.StartsWith("Councillors in Kingsport voted", article.Paragraphs[0].Text);
        Assert.Equal(6, article.Paragraphs[0].Line);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains("Share this"));
        Assert.Equal(new[] { "Storm season arrives early on the north coast" }, article.RelatedHeadlines);
        Assert.Equal("Funding and delays", article.Sections[1].Heading);
    }

    [Fact]
    public void Quotes_carry_their_speakers_and_a_person_is_one_object()
    {
        var (_, output, _) = GeneratorHarness.Run(GeneratorHarness.Article("harbour.txt", TestArticles.Harbour));
        var assembly = GeneratorHarness.Load(output);
        var article = GeneratorHarness.AllArticles(assembly)[0];
        var carter = (Byline.Person)GeneratorHarness.Member(assembly, "Consumer.People", "HelenCarter");

        var speakers = article.Quotes.Where(q => q.Placement == Byline.QuotePlacement.Body).Select(q => (q.Text, q.Speaker?.Name)).ToList();
        Assert.Equal(("We cannot wait for the next storm to decide for us,", "Helen Carter"), speakers[0]);
        Assert.Equal("Helen Carter", speakers[1].Name); // a quote-only paragraph continues the last speaker
        Assert.Equal(("rushed", "David Moss"), speakers[2]);
        Assert.Equal("David Moss", speakers[3].Name); // "he said"
        Assert.Same(carter, article.Quotes[0].Speaker);
        Assert.Equal(Byline.Attribution.Continuation, article.Quotes[1].Attribution);
        Assert.Equal("Mayor", carter.Role);
        Assert.Equal(8, article.Quotes[0].Line);
        Assert.Equal(1, article.Quotes[0].Column);
    }

    [Fact]
    public void A_person_in_two_articles_lists_quotes_from_both()
    {
        var (_, output, _) = GeneratorHarness.Run(
            GeneratorHarness.Article("harbour.txt", TestArticles.Harbour),
            GeneratorHarness.Article("second.txt", TestArticles.Second));
        var assembly = GeneratorHarness.Load(output);
        var carter = (Byline.Person)GeneratorHarness.Member(assembly, "Consumer.People", "HelenCarter");

        Assert.Equal(2, carter.Articles.Count);
        Assert.Contains(carter.Quotes, q => q.Article.Id == "harbour");
        Assert.Contains(carter.Quotes, q => q.Article.Id == "second");
        Assert.All(carter.Quotes, q => Assert.Same(carter, q.Speaker));
    }

    [Fact]
    public void A_prince_named_by_his_given_name_is_not_the_person_whose_surname_it_is()
    {
        var (_, output, _) = GeneratorHarness.Run(
            GeneratorHarness.Article("film.txt", "Film about a soul star wins praise\n\nThe film follows Ray Charles from his childhood to his fame.\n\n\"He was a genius,\" Charles's biographer said.\n"),
            GeneratorHarness.Article("royal.txt", "Royal wedding set for spring\n\nPrince Charles will marry in April, the palace said.\n\n\"We are delighted,\" Charles said on Thursday.\n"));
        var assembly = GeneratorHarness.Load(output);
        var ray = (Byline.Person)GeneratorHarness.Member(assembly, "Consumer.People", "RayCharles");
        var prince = (Byline.Person)GeneratorHarness.Member(assembly, "Consumer.People", "Charles");

        Assert.Equal(new[] { "film" }, ray.Articles.Select(a => a.Id));
        Assert.Equal(new[] { "royal" }, prince.Articles.Select(a => a.Id));
        Assert.Equal("Prince", prince.Role);
    }

    [Fact]
    public void A_given_name_an_article_describes_is_that_articles_own_person()
    {
        var (_, output, _) = GeneratorHarness.Run(
            GeneratorHarness.Article("royal.txt", "Royal baby named\n\nPrince George was christened on Sunday.\n\n\"We are delighted,\" George's mother said.\n"),
            GeneratorHarness.Article("camp.txt", "Camp school opens\n\n\"I decided there was no way to get to the UK,\" says George, another Darfur refugee.\n"),
            GeneratorHarness.Article("clinic.txt", "Clinic closes\n\n\"The tool works,\" said George, an IT technician.\n"));
        var assembly = GeneratorHarness.Load(output);
        var people = new[] { "George", "George2", "George3" }.Select(m => (Byline.Person)GeneratorHarness.Member(assembly, "Consumer.People", m)).ToList();

        Assert.Equal(new[] { "royal" }, people[0].Articles.Select(a => a.Id));
        Assert.Equal("Prince", people[0].Role);
        // The two described Georges stay apart, in path order, each with the quote of their own article.
        Assert.Equal(new (string, string?)[] { ("camp", "Darfur refugee"), ("clinic", "IT technician") }, people.Skip(1).Select(p => (p.Articles.Single().Id, p.Role)));
        Assert.All(people.Skip(1), p => Assert.Same(p, Assert.Single(p.Quotes).Speaker));
    }

    [Theory]
    // Named once: a given name alone that a description (a role other than a given name's title) goes with.
    [InlineData("George", "IT technician", true)]
    [InlineData("George", "Prince", false)]
    [InlineData("George", null, false)]
    [InlineData("Lucas", "Brazil star", true)]
    // Not a surname, nor a full name.
    [InlineData("Kasich", "governor", false)]
    [InlineData("George Lucas", "director", false)]
    public void A_described_given_name_alone_is_someone_named_once(string name, string? role, bool once) =>
        Assert.Equal(once, Byline.Generator.Extraction.CorpusPeople.NamedOnce(name, role));

    [Theory]
    // A single word joins the one fuller name that ends with it; under a title that goes before a given name, only the
    // same name with its regnal number.
    [InlineData("charles", null, "ray charles")]
    [InlineData("charles", "Prince", "charles")]
    [InlineData("charles", "Crown Prince", "charles")]
    [InlineData("elizabeth", "Queen", "elizabeth ii")]
    [InlineData("falconer", "Lord", "charlie falconer")]
    public void A_single_name_joins_a_fuller_one_unless_a_title_makes_it_a_given_name(string key, string? role, string owner)
    {
        var surnames = Byline.Generator.Extraction.CorpusPeople.SurnameOwners(new[] { "ray charles", "elizabeth ii", "charlie falconer" });
        Assert.Equal(owner, Byline.Generator.Extraction.CorpusPeople.Owner(key, role, surnames));
    }

    [Fact]
    public void Claims_have_typed_figures()
    {
        var (_, output, _) = GeneratorHarness.Run(GeneratorHarness.Article("harbour.txt", TestArticles.Harbour));
        var article = GeneratorHarness.AllArticles(GeneratorHarness.Load(output))[0];

        var money = article.Claims.SelectMany(c => c.Figures).Single(f => f.Kind == Byline.FigureKind.Money);
        Assert.Equal(4.5e6, money.Value);
        Assert.Equal("USD", money.Unit);
        var count = article.Claims.SelectMany(c => c.Figures).Single(f => f.Kind == Byline.FigureKind.Count);
        Assert.Equal(18, count.Value);
        Assert.Equal(40, count.Base);
    }

    [Fact]
    public void Query_helpers_select_claims_by_kind_figure_and_person()
    {
        var (_, output, _) = GeneratorHarness.Run(
            GeneratorHarness.Article("harbour.txt", TestArticles.Harbour),
            GeneratorHarness.Article("second.txt", TestArticles.Second));
        var assembly = GeneratorHarness.Load(output);
        var all = GeneratorHarness.AllArticles(assembly);
        var carter = (Byline.Person)GeneratorHarness.Member(assembly, "Consumer.People", "HelenCarter");

        Assert.Single(Byline.Queries.WithFigure(Byline.Queries.AllClaims(all), Byline.FigureKind.Money));
        Assert.All(Byline.Queries.Statistics(Byline.Queries.AllClaims(all)), c => Assert.Equal(Byline.ClaimKind.Statistic, c.Kind));
        Assert.All(Byline.Queries.StatisticClaims(carter), c => Assert.Same(carter, c.Source));
        Assert.Equal(5, Byline.Queries.AllQuotes(all).Count(q => q.Placement == Byline.QuotePlacement.Body));
        Assert.Single(Byline.Queries.Containing(Byline.Queries.AllQuotes(all), "BLANK CHEQUE"));
    }

    [Fact]
    public void Find_returns_an_article_by_id_and_null_for_an_unknown_one()
    {
        var (_, output, _) = GeneratorHarness.Run(GeneratorHarness.Article("harbour.txt", TestArticles.Harbour));
        var type = GeneratorHarness.Load(output).GetType("Consumer.Articles")!;
        var find = type.GetMethod("Find")!;
        Assert.Equal("harbour", ((Byline.Article)find.Invoke(null, new object[] { "harbour" })!).Id);
        Assert.Null(find.Invoke(null, new object[] { "nope" }));
    }

    [Fact]
    public void Plain_literals_are_used_where_the_language_has_no_utf8_literals()
    {
        var driver = GeneratorHarness.Driver(new[] { GeneratorHarness.Article("harbour.txt", TestArticles.Harbour) }, language: Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10);
        var (_, output, _) = GeneratorHarness.Run(driver, GeneratorHarness.Compilation(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10));
        var article = GeneratorHarness.AllArticles(GeneratorHarness.Load(output))[0];
        Assert.Equal(TestArticles.Harbour, article.Text);
        Assert.DoesNotContain(output.SyntaxTrees, t => t.ToString().Contains("\"u8"));
    }

    /// <summary>
    /// Records are UTF-16 literals, which a reference assembly leaves out, while they fit half the compiler's string heap;
    /// past it, UTF-8 literals, which have no limit (CS8103). Either way every article reads the same.
    /// </summary>
    [Theory]
    [InlineData(2, false)]
    [InlineData(40, true)]
    public void Records_past_half_the_string_heap_go_in_utf8_literals_and_read_the_same(int count, bool utf8)
    {
        // About 105,000 characters each, held in the record itself (no build targets embed them here).
        var body = string.Concat(Enumerable.Repeat("The harbour board met again on Tuesday and heard that the wall needs work.\n\n", 1400));
        var articles = Enumerable.Range(0, count).Select(i => GeneratorHarness.Article($"big{i:D2}.txt", $"Harbour bulletin {i}\n\n{body}")).ToArray();
        var (_, output, _) = GeneratorHarness.Run(articles);

        Assert.Equal(utf8, output.SyntaxTrees.Any(t => t.ToString().Contains("\"u8", System.StringComparison.Ordinal)));
        var read = GeneratorHarness.AllArticles(GeneratorHarness.Load(output));
        Assert.Equal(count, read.Count);
        Assert.All(read, a => Assert.EndsWith(body, a.Text, System.StringComparison.Ordinal));
        Assert.Equal($"Harbour bulletin {count - 1}", read[count - 1].Title);
    }

    [Theory]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(130)]
    public void Every_article_reads_its_own_record_on_either_side_of_a_record_chunk(int count)
    {
        // Past 64 articles the record switch goes by chunk of 64 first; no article may land in a neighbour's slot.
        var articles = Enumerable.Range(0, count)
            .Select(i => GeneratorHarness.Article($"a{i:D3}.txt", $"Harbour bulletin number {i}\n\nThe council met on day {i} of the session.\n"))
            .ToArray();
        var (driver, output, _) = GeneratorHarness.Run(articles);
        var index = driver.GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith("Articles.g.cs", System.StringComparison.Ordinal)).ToString();
        Assert.Equal(count > 64, index.Contains("(index >> 6) switch", System.StringComparison.Ordinal));

        var read = GeneratorHarness.AllArticles(GeneratorHarness.Load(output));
        Assert.Equal(count, read.Count);
        for (var i = 0; i < count; i++) Assert.Equal($"Harbour bulletin number {i}", read[i].Title);
    }
}
