using System;
using System.Collections.Generic;
using System.Linq;
using Byline.Generator;
using Byline.Generator.Corrections;
using Byline.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Byline.Tests.Generator;

/// <summary>byline.json: read with its positions, applied after extraction, reported where an entry matches nothing.</summary>
public class CorrectionsTests
{
    private const string Kyiv =
        "Zelensky visits troops near the front\n\n" +
        "President Volodymyr Zelensky visited soldiers near the front on Monday.\n\n" +
        "\"We will hold the line,\" Zelensky said.\n\n" +
        "Later that day Zelenskiy told reporters in Kyiv that the army needed more air defence.\n\n" +
        "\"Every system saves a city,\" Zelenskiy said.\n";

    // Line 11 holds the stale entry the test expects a warning for.
    private const string Json =
        "{\n" +
        "  \"$schema\": \"https://example.org/byline.schema.json\",\n" +
        "  \"people\": [\n" +
        "    { \"name\": \"Helen Carter\", \"role\": \"Mayor of Kingsport\" },\n" +
        "    { \"name\": \"Volodymyr Zelensky\", \"aliases\": [\"Zelenskiy\"] }\n" +
        "  ],\n" +
        "  \"notPeople\": [\"David Moss\"],\n" +
        "  \"quotes\": [\n" +
        "    { \"article\": \"harbour\", \"text\": \"The wall has protected\", \"speaker\": null },\n" +
        "    { \"article\": \"kyiv\", \"text\": \"Every system\", \"speaker\": \"Volodymyr Zelensky\" },\n" +
        "    { \"article\": \"harbour\", \"text\": \"Words nobody said\", \"speaker\": \"Helen Carter\" }\n" +
        "  ]\n" +
        "}\n";

    private static InMemoryArticle File(string json) => new(GeneratorHarness.ProjectDir + "byline.json", json);

    private static InMemoryArticle[] Articles() => new[]
    {
        GeneratorHarness.Article("harbour.txt", TestArticles.Harbour), GeneratorHarness.Article("second.txt", TestArticles.Second), GeneratorHarness.Article("kyiv.txt", Kyiv),
    };

    [Fact]
    public void Entries_are_read_with_the_line_and_column_where_they_stand()
    {
        var corrections = CorrectionsReader.Read("byline.json", Json);
        Assert.Empty(corrections.Diagnostics);
        Assert.Equal(2, corrections.People.Count);
        Assert.Equal(("Helen Carter", "Mayor of Kingsport", 4, 5), (corrections.People[0].Name, corrections.People[0].Role, corrections.People[0].Line, corrections.People[0].Column));
        Assert.Equal(new[] { "Zelenskiy" }, corrections.People[1].Aliases);
        Assert.Equal(("David Moss", 7, 17), (corrections.NotPeople[0].Name, corrections.NotPeople[0].Line, corrections.NotPeople[0].Column));
        Assert.Null(corrections.Quotes[0].Speaker);
        Assert.Equal(("kyiv", "Every system", "Volodymyr Zelensky"), (corrections.Quotes[1].Article, corrections.Quotes[1].Text, corrections.Quotes[1].Speaker));
    }

    [Theory]
    [InlineData("{\n  \"people\": [\n    { \"name\": \"Helen Carter\" \n  ]\n}\n", 4)]
    [InlineData("{ \"notPeople\": [\"Mona Lisa\",, ] }", 1)]
    [InlineData("not json", 1)]
    public void Malformed_json_is_one_error_at_its_line_and_no_corrections(string json, int line)
    {
        var corrections = CorrectionsReader.Read("byline.json", json);
        var error = Assert.Single(corrections.Diagnostics);
        Assert.Equal("BYL0014", error.Id);
        Assert.Equal(line, error.Line);
        Assert.True(corrections.IsEmpty);
    }

    [Theory]
    [InlineData("{\n  \"speakers\": []\n}", 2, "'speakers' is not a section")]
    [InlineData("{\n  \"people\": [\n    { \"role\": \"Mayor\" }\n  ]\n}", 3, "needs a 'name'")]
    [InlineData("{\n  \"quotes\": [ { \"article\": \"a\", \"text\": \"b\" } ]\n}", 2, "needs a 'speaker'")]
    [InlineData("{\n  \"notPeople\": [ 42 ]\n}", 2, "must be text")]
    [InlineData("{\n  \"speechVerbs\": [ \"said out loud\" ]\n}", 2, "is not one word")]
    public void An_entry_of_the_wrong_shape_is_a_warning_at_its_place_and_left_out(string json, int line, string message)
    {
        var corrections = CorrectionsReader.Read("byline.json", json);
        var warning = Assert.Single(corrections.Diagnostics);
        Assert.Equal(("BYL0016", line), (warning.Id, warning.Line));
        Assert.Contains(message, warning.Arguments[0], StringComparison.Ordinal);
        Assert.True(corrections.IsEmpty);
    }

    [Fact]
    public void Corrections_rename_a_role_remove_a_person_merge_two_and_reassign_quotes_and_change_nothing_else()
    {
        var (_, before, _) = GeneratorHarness.Run(Articles());
        var (_, after, diagnostics) = GeneratorHarness.Run(GeneratorHarness.Driver(Articles().Append(File(Json))), GeneratorHarness.Compilation());
        var plain = GeneratorHarness.AllArticles(GeneratorHarness.Load(before));
        var assembly = GeneratorHarness.Load(after);
        var corrected = GeneratorHarness.AllArticles(assembly);
        var people = assembly.GetType("Consumer.People")!;

        // The role is renamed; the person is removed, and so is his member; two people are one, under the name given.
        Assert.Equal("Mayor of Kingsport", ((Byline.Person)GeneratorHarness.Member(assembly, "Consumer.People", "HelenCarter")).Role);
        Assert.NotNull(GeneratorHarness.AllArticles(GeneratorHarness.Load(before)).SelectMany(a => a.People).FirstOrDefault(p => p.Name == "David Moss"));
        Assert.Null(people.GetProperty("DavidMoss"));
        Assert.Null(people.GetProperty("Zelenskiy"));
        var zelensky = (Byline.Person)GeneratorHarness.Member(assembly, "Consumer.People", "VolodymyrZelensky");
        Assert.Contains("Zelenskiy", zelensky.Aliases);
        Assert.Equal(2, zelensky.Quotes.Count);

        // Quotes: the one given to no one, the one given to a person, and Moss's, which is no one's now.
        var harbour = corrected.Single(a => a.Id == "harbour");
        var wall = harbour.Quotes.Single(q => q.Text.StartsWith("The wall has protected", StringComparison.Ordinal));
        Assert.Equal((null, Byline.Attribution.Corrected), (wall.Speaker, wall.Attribution));
        Assert.Null(harbour.Quotes.Single(q => q.Text.StartsWith("Nobody is against", StringComparison.Ordinal)).Speaker);
        var system = corrected.Single(a => a.Id == "kyiv").Quotes.Single(q => q.Text.StartsWith("Every system", StringComparison.Ordinal));
        Assert.Equal(("Volodymyr Zelensky", Byline.Attribution.Corrected, 1.0), (system.Speaker?.Name, system.Attribution, system.Confidence));

        // Nothing else changes: titles, texts, and every other quote's speaker but for the merge and the person removed.
        Assert.Equal(plain.Select(a => (a.Title, a.Text)), corrected.Select(a => (a.Title, a.Text)));
        static IEnumerable<(string, string?)> Others(IReadOnlyList<Byline.Article> all) => all.SelectMany(a => a.Quotes)
            .Where(q => !q.Text.StartsWith("The wall has protected", StringComparison.Ordinal) && !q.Text.StartsWith("Nobody is against", StringComparison.Ordinal) && !q.Text.StartsWith("Every system", StringComparison.Ordinal))
            .Select(q => (q.Text, q.Speaker?.Name switch { "Zelenskiy" => "Volodymyr Zelensky", "David Moss" => null, var name => name }));
        Assert.Equal(Others(plain), Others(corrected));

        // The entry that matched nothing is a warning at its line in byline.json.
        var stale = Assert.Single(diagnostics, d => d.Id == "BYL0015");
        Assert.EndsWith("byline.json", stale.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Equal(10, stale.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("Words nobody said", stale.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, d => d.Id is "BYL0014" or "BYL0016");
    }

    [Fact]
    public void Malformed_json_builds_the_articles_without_corrections_and_reports_one_error()
    {
        var (_, output, diagnostics) = GeneratorHarness.Run(GeneratorHarness.Driver(Articles().Append(File("{ \"notPeople\": [\"David Moss\" }"))), GeneratorHarness.Compilation());
        var error = Assert.Single(diagnostics, d => d.Id == "BYL0014");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains(GeneratorHarness.AllArticles(GeneratorHarness.Load(output)).SelectMany(a => a.People), p => p.Name == "David Moss");
    }

    [Fact]
    public void Editing_byline_json_extracts_no_article_again()
    {
        var corrections = File(Json);
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(Articles().Append(corrections)).RunGenerators(compilation);
        driver = driver.ReplaceAdditionalText(corrections, File(Json.Replace("Mayor of Kingsport", "Mayor", StringComparison.Ordinal))).RunGenerators(compilation);

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        Assert.All(steps[TrackingNames.Extract].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        // Only the articles that name Helen Carter change; the Kyiv article comes out of the corrections step unchanged.
        var correct = steps[TrackingNames.Correct].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(2, correct.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, correct.Count(r => r == IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void With_corrections_editing_one_article_extracts_only_that_article_again()
    {
        var second = GeneratorHarness.Article("second.txt", TestArticles.Second);
        var all = new AdditionalText[] { GeneratorHarness.Article("harbour.txt", TestArticles.Harbour), second, GeneratorHarness.Article("kyiv.txt", Kyiv), File(Json) };
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(all).RunGenerators(compilation);
        driver = driver.ReplaceAdditionalText(second, GeneratorHarness.Article("second.txt", TestArticles.Second.Replace("Friday", "Thursday", StringComparison.Ordinal))).RunGenerators(compilation);

        var reasons = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Extract].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void A_project_speech_verb_attributes_quotes_and_only_editing_the_verbs_extracts_again()
    {
        var article = GeneratorHarness.Article("fair.txt", "Fair opens on the green\n\nThe county fair opened on Saturday with more stalls than ever.\n\n" +
            "\"Bigger pumpkins than last year,\" Mayor Helen Carter harrumphed.\n");
        var (_, plain, _) = GeneratorHarness.Run(article);
        Assert.Null(GeneratorHarness.AllArticles(GeneratorHarness.Load(plain))[0].Quotes[0].Speaker);

        var json = File("{ \"speechVerbs\": [\"harrumph\", \"tut\"] }");
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(new[] { article, json });
        var (_, output, diagnostics) = GeneratorHarness.Run(driver, compilation);
        var quote = GeneratorHarness.AllArticles(GeneratorHarness.Load(output))[0].Quotes[0];
        Assert.Equal(("Helen Carter", "harrumphed"), (quote.Speaker?.Name, quote.Cue));
        // "tut" attributes nothing here: a warning at its place.
        var stale = Assert.Single(diagnostics, d => d.Id == "BYL0015");
        Assert.Contains("'tut'", stale.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(0, stale.Location.GetLineSpan().StartLinePosition.Line);

        // Other sections leave extraction alone; the verbs do not.
        driver = driver.RunGenerators(compilation);
        driver = driver.ReplaceAdditionalText(json, File("{ \"speechVerbs\": [\"harrumph\", \"tut\"], \"notPeople\": [\"Nobody\"] }")).RunGenerators(compilation);
        Assert.All(driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Extract].SelectMany(s => s.Outputs), o => Assert.NotEqual(IncrementalStepRunReason.Modified, o.Reason));
    }

    [Fact]
    public void A_person_the_text_names_under_a_form_extraction_missed_is_in_the_article_all_the_same()
    {
        var article = GeneratorHarness.Article("wall.txt", "Sea wall plan wins support\n\nThe plan drawn up by the harbour board won support on Monday.\n\nUnder the plan, work would start in spring, as Qorvath Ulmb of the harbour board proposed.\n");
        var (_, plain, _) = GeneratorHarness.Run(article);
        Assert.DoesNotContain(GeneratorHarness.AllArticles(GeneratorHarness.Load(plain))[0].People, p => p.Name == "Qorvath Ulmb");

        var json = File("{ \"people\": [ { \"name\": \"Qorvath Ulmb\", \"aliases\": [\"Ulmb\"], \"role\": \"Engineer\" } ] }");
        var (_, output, diagnostics) = GeneratorHarness.Run(GeneratorHarness.Driver(new[] { article, json }), GeneratorHarness.Compilation());
        var person = Assert.Single(GeneratorHarness.AllArticles(GeneratorHarness.Load(output))[0].People, p => p.Name == "Qorvath Ulmb");
        Assert.Equal("Engineer", person.Role);
        var mention = GeneratorHarness.AllArticles(GeneratorHarness.Load(output))[0].Mentions.Single(m => m.Person.Name == "Qorvath Ulmb");
        Assert.Equal((5, 48), (mention.Line, mention.Column));
        Assert.DoesNotContain(diagnostics, d => d.Id == "BYL0015");
    }

    [Fact]
    public void A_quote_given_to_a_name_that_is_no_person_is_resolved_again_without_it()
    {
        var article = GeneratorHarness.Article("visit.txt", "Engineer visits the harbour\n\nMayor Ann Webb welcomed Lucy Grant, a visiting engineer, on Monday.\n\n" +
            "\"The tide will not wait for a committee,\" she said.\n");
        var (_, plain, _) = GeneratorHarness.Run(article);
        Assert.Equal("Ann Webb", GeneratorHarness.AllArticles(GeneratorHarness.Load(plain))[0].Quotes[0].Speaker?.Name);

        var (_, output, diagnostics) = GeneratorHarness.Run(GeneratorHarness.Driver(new[] { article, File("{ \"notPeople\": [\"Ann Webb\"] }") }), GeneratorHarness.Compilation());
        var read = GeneratorHarness.AllArticles(GeneratorHarness.Load(output))[0];
        Assert.DoesNotContain(read.People, p => p.Name == "Ann Webb");
        Assert.Equal(("Lucy Grant", Byline.Attribution.Pronoun), (read.Quotes[0].Speaker?.Name, read.Quotes[0].Attribution));
        Assert.DoesNotContain(diagnostics, d => d.Id == "BYL0015");
    }

    [Fact]
    public void A_person_the_file_names_is_found_by_extraction_and_takes_their_quotes()
    {
        var article = GeneratorHarness.Article("plan.txt", "Harbour plan presented\n\nUnder the plan, work would start in spring, as Qorvath Ulmb of the harbour board proposed.\n\n" +
            "\"The money is there if the council wants it,\" he said.\n");
        var (_, plain, _) = GeneratorHarness.Run(article);
        Assert.DoesNotContain(GeneratorHarness.AllArticles(GeneratorHarness.Load(plain))[0].People, p => p.Name == "Qorvath Ulmb");

        var json = File("{ \"people\": [ { \"name\": \"Qorvath Ulmb\", \"role\": \"Harbour engineer\" } ] }");
        var (_, output, _) = GeneratorHarness.Run(GeneratorHarness.Driver(new[] { article, json }), GeneratorHarness.Compilation());
        var quote = GeneratorHarness.AllArticles(GeneratorHarness.Load(output))[0].Quotes[0];
        Assert.Equal(("Qorvath Ulmb", "Harbour engineer"), (quote.Speaker?.Name, quote.Speaker?.Role));
        Assert.NotEqual(Byline.Attribution.Corrected, quote.Attribution);
    }
}
