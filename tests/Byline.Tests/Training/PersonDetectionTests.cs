using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Byline.Generator.Extraction;
using Byline.Tests.Infrastructure;
using Byline.Training;
using Xunit;

namespace Byline.Tests.Training;

/// <summary>
/// The person-detection model: trained on documents written here with their person mentions marked (the shape of the
/// GUM entity file, so CI needs no ../shared), it must learn to tell the people among the names the rules decide on,
/// and its confidence reaches <c>Mention.Confidence</c> and <c>Person.Confidence</c>.
/// </summary>
public sealed class PersonDetectionTests : IDisposable
{
    private static readonly string[] s_people = { "Helen Carter", "Ruth Okafor", "Amal Haddad", "Grace Whitfield", "Ines Duarte", "Mei Tanaka", "Sara Lindgren", "Hannah Weiss" };
    private static readonly string[] s_things = { "Harbour Street", "Kingsport Bridge", "North Pier", "Castle Quay", "Mill Lane", "Old Dock", "Station Road", "Sea Gate" };

    private readonly string _file = Path.Combine(Directory.CreateTempSubdirectory("byline-people-").FullName, "entities.jsonl");

    public PersonDetectionTests()
    {
        var lines = new List<string>();
        for (var i = 0; i < s_people.Length; i++)
        {
            // A person introduced by a title and quoted; a place in capitals, written as a thing ("the ... was closed").
            var person = s_people[i];
            var place = s_things[i];
            var text = $"Work on the wall\n\nMayor {person} said the work would start in spring.\n\nThe {place} was closed on Monday, and the {place} will open again in May.";
            var start = text.IndexOf(person, StringComparison.Ordinal);
            var mentions = new[] { new { start, end = start + person.Length, type = "person", proper = true } };
            lines.Add(JsonSerializer.Serialize(new { doc = $"wall-{i}", text, mentions }));
        }
        File.WriteAllLines(_file, lines);
    }

    [Fact]
    public void Names_are_labelled_from_the_person_mentions_that_hold_them()
    {
        var documents = PeopleTraining.Load(_file);
        Assert.Equal(s_people.Length, documents.Count);
        var names = documents.SelectMany(PeopleTraining.Label).ToList();
        Assert.Contains(names, n => n.Name == "Helen Carter" && n.Person && n.Accepted && n.Signals.Contains("titled"));
        Assert.DoesNotContain(names, n => s_things.Contains(n.Name) && n.Person);
    }

    [Theory]
    // Punctuation is no token: the signals read the marks between the words.
    [InlineData("The squad includes Thomas Robinson, Oriel Vantusk and Daniel Green for the trip.", "Oriel Vantusk", "listed")]
    [InlineData("The squad includes Oriel Vantusk, Thomas Robinson and Daniel Green for the trip.", "Oriel Vantusk", "listed")]
    [InlineData("Mayor Oriel Vantusk's office was closed on Monday.", "Oriel Vantusk", "possessive")]
    [InlineData("It rained. Oriel Vantusk said the office would close.", "Oriel Vantusk", "sentence-start")]
    [InlineData("It rained. \u201COriel Vantusk is here,\u201D said the mayor.", "Oriel Vantusk", "sentence-start")]
    public void The_signals_of_a_name_read_the_marks_around_it(string text, string name, string signal) =>
        Assert.Contains(signal, SignalsOf(text, name));

    [Theory]
    [InlineData("The squad includes Thomas Robinson for the trip, said Oriel Vantusk on Monday.", "Oriel Vantusk", "listed")]
    [InlineData("The mayor, Oriel Vantusk, said the office would close.", "Oriel Vantusk", "sentence-start")]
    [InlineData("\u201CThe office will close,\u201D Oriel Vantusk said on Monday.", "Oriel Vantusk", "sentence-start")]
    [InlineData("\"The office will close,\" Oriel Vantusk said on Monday.", "Oriel Vantusk", "sentence-start")]
    public void A_name_without_the_marks_has_no_such_signal(string text, string name, string signal) =>
        Assert.DoesNotContain(signal, SignalsOf(text, name));

    /// <summary>What the name finder saw when it decided on <paramref name="name"/>, the one paragraph's only such decision.</summary>
    private static IReadOnlyList<string> SignalsOf(string paragraph, string name) =>
        Assert.Single(NameFinder.Find(new[] { paragraph }, new[] { Tokenizer.Split(paragraph) }, keepCandidates: true).Candidates, c => c.Name == name).Signals;

    [Fact]
    public void The_model_is_more_confident_of_a_titled_person_than_of_a_lone_capitalised_word()
    {
        var choices = PeopleTraining.Load(_file).SelectMany(PeopleTraining.Label).Select(PeopleTraining.Choice).ToList();
        var model = new SpeakerModel(Perceptron.Train(choices).Weights, 1.0);
        var titled = PersonDetection.Confidence(new[] { PersonDetection.Bias, "words:2", "titled", "known-given-name" }, model);
        var lone = PersonDetection.Confidence(new[] { PersonDetection.Bias, "words:1", "sentence-start" }, model);
        Assert.True(titled > 0.5 && titled > lone, $"titled {titled}, lone {lone}");
    }

    [Fact]
    public void A_name_the_project_gives_as_a_person_s_is_sure()
    {
        Assert.Equal(1.0, PersonDetection.Confidence(new[] { PersonDetection.Bias, "words:1", "sentence-start", PersonDetection.Known }));
        Assert.True(PersonDetection.Confidence(new[] { PersonDetection.Bias, "words:1", "sentence-start" }) < 1.0);
    }

    [Fact]
    public void The_shipped_model_gives_every_mention_and_person_a_confidence()
    {
        var (_, output, _) = GeneratorHarness.Run(GeneratorHarness.Article("harbour.txt", TestArticles.Harbour));
        var assembly = GeneratorHarness.Load(output);
        var article = GeneratorHarness.AllArticles(assembly)[0];
        var carter = article.Mentions.Single(m => m.Person.Name == "Helen Carter");
        // "Mayor Helen Carter": a title and a known given name.
        Assert.InRange(carter.Confidence, 0.8, 1.0);
        Assert.All(article.Mentions, m => Assert.InRange(m.Confidence, 0.0, 1.0));
        Assert.Equal(carter.Confidence, ((Byline.Person)GeneratorHarness.Member(assembly, "Consumer.People", "HelenCarter")).Confidence);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);
}
