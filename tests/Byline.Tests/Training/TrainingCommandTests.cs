using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Byline.Generator.Extraction;
using Byline.Training;
using Xunit;

namespace Byline.Tests.Training;

/// <summary>
/// The training command's path end to end on articles written here, so CI needs no ../shared: annotated articles in
/// brat standoff are read, labelled and learned from, and the weights written, read back and used by extraction.
/// </summary>
public sealed class TrainingCommandTests : IDisposable
{
    private static readonly (string Mayor, string Councillor)[] s_names =
    {
        ("Helen Carter", "David Moss"), ("Ruth Okafor", "Peter Lindqvist"), ("Amal Haddad", "Tomas Novak"), ("Grace Whitfield", "Omar Siddiqui"),
        ("Ines Duarte", "Karl Brenner"), ("Mei Tanaka", "Liam Gallagher"), ("Sara Lindgren", "Victor Osei"), ("Hannah Weiss", "Rafael Ortega"),
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("byline-training-").FullName;

    public TrainingCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "annotations"));
        for (var i = 0; i < s_names.Length; i++)
        {
            var (mayor, councillor) = s_names[i];
            // Every other article, the councillor speaks: the speaker is not always the first person named.
            var (text, annotations) = i % 2 == 0 ? Annotated(i, mayor, councillor, mayor) : Annotated(i, mayor, councillor, councillor);
            File.WriteAllText(Path.Combine(_folder, $"wall-{i}.txt"), text);
            File.WriteAllText(Path.Combine(_folder, "annotations", $"wall-{i}_annotator.ann"), annotations);
        }
    }

    [Fact]
    public void The_model_learns_the_annotated_speakers_of_articles_it_never_saw()
    {
        var articles = TrainingSet.Load(_folder);
        Assert.Equal(s_names.Length, articles.Count);
        var training = articles.Take(6).SelectMany(a => a.Choices).Select(c => c.Choice).ToList();
        var model = new SpeakerModel(Perceptron.Train(training).Weights, 1.0);

        var heldOut = articles.Skip(6).SelectMany(a => a.Choices).ToList();
        Assert.NotEmpty(heldOut);
        Assert.All(heldOut, c =>
        {
            var p = model.Probabilities(c.Choice.Candidates);
            var best = Array.IndexOf(p, p.Max());
            Assert.Contains(best, c.Choice.Right);
            Assert.Single(p, x => x == p.Max()); // ranked first, not tied with a wrong candidate that happens to come later
        });
    }

    [Fact]
    public void Training_is_deterministic_and_the_weights_file_reads_back_exactly()
    {
        var choices = TrainingSet.Load(_folder).SelectMany(a => a.Choices).Select(c => c.Choice).ToList();
        var first = new SpeakerModel(Perceptron.Train(choices).Weights, 1.5).Write();
        var second = new SpeakerModel(Perceptron.Train(choices).Weights, 1.5).Write();
        Assert.Equal(first, second);

        var read = SpeakerModel.Parse(first.Split('\n').Where(l => l.Length > 0 && l[0] != '#'));
        Assert.Equal(first, read.Write());
        Assert.Equal(1.5, read.Temperature);
    }

    [Fact]
    public void The_temperature_is_fitted_on_held_out_choices_and_sharpens_a_sure_model()
    {
        var articles = TrainingSet.Load(_folder);
        var weights = Perceptron.Train(articles.Take(6).SelectMany(a => a.Choices).Select(c => c.Choice).ToList()).Weights;
        var heldOut = articles.Skip(6).SelectMany(a => a.Choices).ToList();
        // The rules' choice: their speaker, or no one (the last candidate).
        var chosen = heldOut.Select(c => (weights, c.Choice, c.Quote.Quote.SpeakerIndex >= 0 ? c.Quote.Quote.SpeakerIndex : c.Choice.Candidates.Count - 1)).ToList();

        // Every held-out choice is ranked right, so the least log loss is at the sharpest temperature of the grid.
        Assert.Equal(0.1, Calibration.FitTemperature(heldOut.Select(c => (weights, c.Choice)).ToList()));
        Assert.All(Calibration.Buckets(chosen, 0.1), row => Assert.StartsWith("| 0.95–1.00 |", row, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>An article whose second quote continues the speaker's first, and its annotations: both quotes are the speaker's.</summary>
    private static (string Text, string Annotations) Annotated(int i, string mayor, string councillor, string speaker)
    {
        var last = speaker.Split(' ')[1];
        var first = $"We cannot wait for storm number {i + 1},";
        var second = $"The wall has stood for {100 + i} years and it needs work.";
        var text = $"Council backs sea wall, meeting {i + 1}\n\n" +
            $"Mayor {mayor} opened the meeting. Councillor {councillor} spoke next.\n\n" +
            $"\u201C{first}\u201D {last} said.\n\n" +
            $"\u201C{second}\u201D\n";
        string Span(string part, int length = -1)
        {
            var start = text.IndexOf(part, StringComparison.Ordinal);
            return $"{start} {start + (length < 0 ? part.Length : length)}";
        }
        // The source of both quotes is the surname before "said".
        var source = $"Source {Span(last + " said", last.Length)}\t{last}";
        var annotations = string.Join("\n",
            $"T1\tContent {Span(first)}\t{first}",
            $"T2\t{source}",
            "E1\tAttribution:T9 Content:T1 Source:T2",
            $"T3\tContent {Span(second)}\t{second}",
            $"T4\t{source}",
            "E2\tAttribution:T8 Content:T3 Source:T4");
        return (text, annotations);
    }
}
