using System.Collections.Generic;
using System.Linq;
using Byline.Generator.Extraction;
using Byline.Training;
using Xunit;

namespace Byline.Tests.Training;

/// <summary>The speaker model's parts on data written here: features of a small article, and a perceptron that learns a rule.</summary>
public class SpeakerModelTests
{
    private const string Article =
        "Harbour council backs new sea wall\n\n" +
        "Mayor Helen Carter opened the meeting. Councillor David Moss spoke next.\n\n" +
        "\u201CWe cannot wait for the next storm,\u201D Carter said.\n\n" +
        "\u201CThe wall has stood for 120 years.\u201D\n";

    [Fact]
    public void Features_say_who_the_rules_chose_who_was_named_last_and_who_spoke_before()
    {
        var model = ArticleExtractor.Extract("wall.txt", "wall.txt", Article);
        var features = new SpeakerFeatures(model);
        var carter = model.People.ToList().FindIndex(p => p.Name == "Helen Carter");
        var moss = model.People.ToList().FindIndex(p => p.Name == "David Moss");

        var first = features.Of(0, carter);
        Assert.Contains("rules&rule=SpeechVerb", first);
        Assert.Contains("after:same-paragraph:near", first);
        Assert.DoesNotContain("rules&rule=SpeechVerb", features.Of(0, moss));
        Assert.Contains("last-named-before", features.Of(0, moss));
        Assert.DoesNotContain("last-named-before", first);
        Assert.Contains("previous-speaker&opens-paragraph", features.Of(1, carter));
        Assert.Contains("none", features.Of(1, SpeakerFeatures.NoOne));
    }

    [Theory]
    [InlineData(new[] { 5, 9, 9, 12 }, 9, 5)]
    [InlineData(new[] { 9, 9 }, 9, -1)]
    [InlineData(new[] { 5, 9, 9, 12 }, 13, 12)]
    [InlineData(new int[0], 4, -1)]
    public void The_last_mention_before_a_quote_is_strictly_before_it_when_two_people_share_an_offset(int[] offsets, int start, int expected) =>
        Assert.Equal(expected, SpeakerFeatures.LastBefore(offsets, start));

    [Fact]
    public void A_candidate_named_often_is_placed_by_its_nearest_mentions_on_either_side_of_the_quote()
    {
        // Carter is named before the quote three times and after it twice: the nearest each side decide, not the first.
        var model = ArticleExtractor.Extract("wall.txt", "wall.txt",
            "Harbour council backs new sea wall\n\nMayor Helen Carter opened the meeting. Carter spoke about the storm. Moss agreed with Carter at length " +
            "and at great length, with many words about the harbour, the tides, the wall and the town's long history of floods and repairs.\n\n" +
            "Councillor David Moss spoke next.\n\n\u201CWe cannot wait for the next storm,\u201D Carter said, and Carter left.\n");
        var features = new SpeakerFeatures(model);
        var carter = model.People.ToList().FindIndex(p => p.Name == "Helen Carter");
        var quote = model.Quotes.ToList().FindIndex(q => q.Text.Text.StartsWith("We cannot wait", System.StringComparison.Ordinal));
        var of = features.Of(quote, carter);
        // Her last mention before the quote is two paragraphs up, under 200 characters away (her first is further: "far");
        // her first after it is right after.
        Assert.Contains("before:close", of);
        Assert.DoesNotContain("before:previous-paragraph", of);
        Assert.Contains("after:same-paragraph:near", of);
        Assert.Contains("last-named-before", features.Of(quote, model.People.ToList().FindIndex(p => p.Name == "David Moss")));
    }

    [Fact]
    public void A_feature_weighs_the_same_whichever_string_object_names_it()
    {
        // The model finds weights by the interned name; a name built at run time (a training command's, a test's) is
        // another object with the same characters, and must weigh the same.
        var model = new SpeakerModel(new Dictionary<string, double> { ["has-role"] = 1.5, ["mentions:2"] = -0.25 }, 1);
        var built = new string("has-role".ToCharArray());
        Assert.NotSame("has-role", built);
        Assert.Equal(1.25, model.Score(new[] { built, "mentions:2", "unknown" }));
        Assert.Equal(model.Score(new[] { "has-role", "mentions:2" }), model.Score(new[] { built, new string("mentions:2".ToCharArray()) }));
    }

    [Fact]
    public void A_signature_after_a_dash_is_weighed_as_a_speech_verb_the_model_has_seen()
    {
        // The annotated news the model learns from prints no "“…” ― Name" signatures: a rule it never saw would be given a
        // confidence it has not earned, so the dash's quote has the speech verb's features and the shipped model's trust.
        var model = ArticleExtractor.Extract("letters.txt", "letters.txt",
            "Readers on the sea wall\n\nReaders wrote to us after the council's vote on the new sea wall this week.\n\n\u201CThe wall is long overdue.\u201D \u2015 Ivo Marsh\n");
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("Dash", quote.Attribution);
        var features = new SpeakerFeatures(model).Of(0, quote.SpeakerIndex);
        Assert.Contains("rules&rule=SpeechVerb", features);
        Assert.DoesNotContain(features, f => f.Contains("Dash"));
        Assert.True(quote.Confidence >= 0.8, $"confidence {quote.Confidence}");
    }

    [Fact]
    public void The_perceptron_learns_which_feature_marks_the_speaker_and_is_deterministic()
    {
        // The speaker is always the candidate with "cue-after"; "noise" is on a wrong candidate as often as not.
        var choices = Enumerable.Range(0, 200).Select(i => new Choice(
            new List<IReadOnlyList<string>>
            {
                i % 2 == 0 ? new[] { "noise" } : new string[0],
                new[] { "cue-after", i % 3 == 0 ? "noise" : "quiet" },
                new[] { "none" },
            }.Select((f, c) => (c, f)).OrderBy(p => (p.c + i) % 3).Select(p => (IReadOnlyList<string>)p.f).ToList(),
            new HashSet<int>())).ToList();
        var labelled = choices.Select(c => c with { Right = new HashSet<int> { c.Candidates.ToList().FindIndex(f => f.Contains("cue-after")) } }).ToList();

        var model = Perceptron.Train(labelled.Take(150).ToList());
        Assert.All(labelled.Skip(150), c => Assert.Contains(model.Predict(c.Candidates), c.Right));
        Assert.True(model.Weights["cue-after"] > model.Weights.GetValueOrDefault("noise"));
        Assert.Equal(model.Weights, Perceptron.Train(labelled.Take(150).ToList()).Weights);
    }

    [Fact]
    public void Extraction_gives_each_quote_the_shipped_models_confidence_in_its_speaker()
    {
        var model = ArticleExtractor.Extract("wall.txt", "wall.txt", Article);
        Assert.All(model.Quotes, q => Assert.InRange(q.Confidence, 0.0, 1.0));
        // "…," Carter said: a speech verb next to the quote names her, and the model is sure of it.
        Assert.Equal("SpeechVerb", model.Quotes[0].Attribution);
        Assert.True(model.Quotes[0].Confidence > 0.9, model.Quotes[0].Confidence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The next paragraph only continues her: likely, less sure.
        Assert.Equal("Continuation", model.Quotes[1].Attribution);
        Assert.True(model.Quotes[1].Confidence < model.Quotes[0].Confidence);
    }

    [Fact]
    public void The_shipped_model_reads_and_weighs_the_features_extraction_computes()
    {
        var shipped = SpeakerModel.Shipped;
        Assert.True(shipped.Temperature > 0);
        var model = ArticleExtractor.Extract("wall.txt", "wall.txt", Article);
        var features = new SpeakerFeatures(model);
        // Every feature the model knows is one the features can produce: a renamed feature would silently weigh nothing.
        var produced = model.Quotes.SelectMany((_, q) => features.Candidates.SelectMany(c => features.Of(q, c))).ToHashSet();
        Assert.Contains("rules&rule=SpeechVerb", shipped.Weights.Keys);
        Assert.All(produced.Where(f => f.StartsWith("rules&", System.StringComparison.Ordinal)), f => Assert.Contains(f, shipped.Weights.Keys));
    }
}
