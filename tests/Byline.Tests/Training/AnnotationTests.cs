using System.Linq;
using Byline.Generator.Extraction;
using Byline.Generator.Model;
using Byline.Training;
using Xunit;

namespace Byline.Tests.Training;

/// <summary>Reading attribution annotations (brat standoff) and labelling the rules' speakers with them, on text written here.</summary>
public class AnnotationTests
{
    // The emoji takes two UTF-16 units but one code point: the annotation's offsets count code points.
    private const string Text =
        "Council backs sea wall \U0001F30A\n\n" +
        "\u201CWe cannot wait for the next storm,\u201D Mayor Helen Carter said.\n\n" +
        "\u201CThe wall has stood for 120 years. It deserves better,\u201D she added.\n";

    private static readonly string s_annotations = string.Join("\n",
        $"T1\tContent {Span("We cannot wait for the next storm,")}\tWe cannot wait for the next storm,",
        $"T2\tSource {Span("Mayor Helen Carter")}\tMayor Helen Carter",
        $"T3\tCue {Span("said")}\tsaid",
        "E1\tAttribution:T9 Content:T1 Cue:T3 Source:T2",
        $"T4\tContent {Span("The wall has stood for 120 years.")};{Span("It deserves better,")}\tThe wall has stood for 120 years. It deserves better,",
        $"T5\tSource {Span("she")}\tshe",
        "E2\tAttribution:T8 Content:T4 Source:T5");

    [Fact]
    public void Spans_are_read_at_code_point_offsets_with_every_fragment()
    {
        var attributions = Brat.Read(s_annotations, Text);
        Assert.Equal(2, attributions.Count);
        Assert.Equal("Mayor Helen Carter", attributions[0].Source!.Text);
        Assert.Equal("said", attributions[0].Cue!.Text);
        Assert.Equal("We cannot wait for the next storm,", attributions[0].Content!.Text);
        Assert.Equal(2, attributions[1].Content!.Fragments.Count);
        Assert.Equal("The wall has stood for 120 years. It deserves better,", attributions[1].Content!.Text);
        Assert.Null(attributions[1].Cue);
    }

    [Fact]
    public void Each_quote_gets_the_source_of_the_attribution_that_covers_it()
    {
        var model = ArticleExtractor.Extract("wall.txt", "wall.txt", Text);
        var labels = SpeakerLabels.Label(model, Brat.Read(s_annotations, Text)).ToList();

        Assert.Equal(2, labels.Count);
        Assert.Equal(GoldSource.Named, labels[0].Kind);
        Assert.True(labels[0].RulesRight, labels[0].Predicted?.Name);
        Assert.Equal(GoldSource.Pronoun, labels[1].Kind);
        Assert.False(labels[1].RulesRight);
    }

    [Theory]
    [InlineData("he", "Pronoun")]
    [InlineData("who", "Pronoun")]
    [InlineData("that", "Pronoun")]
    [InlineData("Brafman", "Named")]
    [InlineData("Republican pollster Daron Shaw", "Named")]
    [InlineData("Stacy Baker of Columbia, South Carolina", "Named")]
    [InlineData("The Florida senator", "Described")]
    [InlineData("a spokesman for the campaign", "Described")]
    public void Sources_are_named_pronouns_or_descriptions(string source, string kind) =>
        Assert.Equal(kind, SpeakerLabels.Classify(new AnnotatedSpan("Source", new[] { (0, source.Length) }, source)).Kind.ToString());

    [Theory]
    [InlineData("Stacy Baker of Columbia, South Carolina", "Stacy Baker", true)]
    [InlineData("Cruz", "Ted Cruz", true)]
    [InlineData("Trump\u2019s", "Donald Trump", true)]
    [InlineData("Romney", "Donald Trump", false)]
    // The full name inside a longer source, and a party tag after it.
    [InlineData("Former Secretary of State Madeleine Albright", "Madeleine Albright", true)]
    [InlineData("Sen. Chuck Grassley (R-Iowa)", "Chuck Grassley", true)]
    [InlineData("Rep. Elijah Cummings (D-Md.), chair of the Platform Committee,", "Elijah Cummings", true)]
    [InlineData("Dean Baker, Center for Economic and Policy Research", "Hillary Clinton", false)]
    public void A_named_source_is_the_person_with_its_last_name(string source, string person, bool same) =>
        Assert.Equal(same, SpeakerLabels.SamePerson(source, new PersonModel(person, EquatableArray<string>.Empty, null, 1, 1)));

    /// <summary>"start end" of the first occurrence of <paramref name="span"/>, in code points, as brat writes them.</summary>
    [Theory]
    [InlineData("the Florida senator", "Florida Senator", true)]
    [InlineData("The mayor", "Mayor", true)]
    [InlineData("a spokesman", "Mayor", false)]
    [InlineData("the Florida senator", null, false)]
    public void A_description_is_the_person_whose_role_holds_its_words(string description, string? role, bool holds) =>
        Assert.Equal(holds, SpeakerLabels.HoldsRole(description, new PersonModel("Marco Rubio", EquatableArray<string>.Empty, role, 1, 1)));

    [Theory]
    // With no role, the office "Sen." stands for: every word of the description still has to be in it.
    [InlineData("the senator", true)]
    [InlineData("the Florida senator", false)]
    [InlineData("the governor", false)]
    public void A_description_may_name_the_office_an_abbreviated_title_stands_for(string description, bool holds) =>
        Assert.Equal(holds, SpeakerLabels.HoldsRole(description, new PersonModel("Marco Rubio", EquatableArray<string>.Empty, null, 1, 1) { Office = "Senator" }));

    private static string Span(string span)
    {
        var start = Text.IndexOf(span, System.StringComparison.Ordinal);
        return $"{CodePoints(start)} {CodePoints(start + span.Length)}";
    }

    private static int CodePoints(int utf16) => Text.Substring(0, utf16).EnumerateRunes().Count();
}
