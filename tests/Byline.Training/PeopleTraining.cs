using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Byline.Generator.Extraction;

namespace Byline.Training;

/// <summary>One document annotated with entity mentions: its text and the spans that name a person.</summary>
internal sealed record EntityDocument(string Name, string Text, IReadOnlyList<(int Start, int End)> People);

/// <summary>A name the rules decided on in a document, what they saw, what they decided, and whether it is a person.</summary>
internal sealed record LabelledName(string Document, string Name, IReadOnlyList<string> Signals, bool Accepted, bool Person);

/// <summary>
/// Training the person-detection model (<see cref="PersonDetection"/>) on documents annotated with typed entity
/// mentions (GUM's openly licensed genres in ../shared/corpus/gum_entities, or JSON lines of the same shape): every new
/// name the name finder decides on is labelled a person when an annotated person mention holds it.
/// </summary>
internal static class PeopleTraining
{
    /// <summary>Documents from JSON lines with "doc", "text" and "mentions" (start, end, type), in file order.</summary>
    public static IReadOnlyList<EntityDocument> Load(string path)
    {
        var documents = new List<EntityDocument>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var people = root.GetProperty("mentions").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() == "person")
                .Select(m => (m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32()))
                .ToList();
            documents.Add(new EntityDocument(root.GetProperty("doc").GetString()!, root.GetProperty("text").GetString()!, people));
        }
        return documents;
    }

    /// <summary>Every name the name finder decided on in the document, labelled from its person mentions.</summary>
    public static IEnumerable<LabelledName> Label(EntityDocument document)
    {
        // Paragraphs are separated by a blank line; a paragraph's lines are its sentences, read as one line (same offsets).
        var paragraphs = new List<(int Start, string Text)>();
        var start = 0;
        foreach (var block in document.Text.Split("\n\n"))
        {
            if (block.Trim().Length > 0) paragraphs.Add((start, block.Replace('\n', ' ')));
            start += block.Length + 2;
        }
        var texts = paragraphs.Select(p => p.Text).ToList();
        var finder = NameFinder.Find(texts, texts.Select(Tokenizer.Split).ToList(), keepCandidates: true);
        foreach (var candidate in finder.Candidates)
        {
            var (from, to) = (paragraphs[candidate.Paragraph].Start + candidate.Start, paragraphs[candidate.Paragraph].Start + candidate.End);
            yield return new LabelledName(document.Name, candidate.Name, candidate.Signals, candidate.Accepted, IsPerson(document, from, to));
        }
    }

    /// <summary>A person mention holds the name and is little more than it: a title or an initial, not a whole clause.</summary>
    private static bool IsPerson(EntityDocument document, int from, int to) =>
        document.People.Any(m => m.Start <= from && to <= m.End && (m.End - m.Start) <= (to - from) * 2 + 12);

    public static Choice Choice(LabelledName name) => new(PersonDetection.Candidates(name.Signals), new HashSet<int> { name.Person ? 0 : 1 });

    /// <summary>Runs the cross-validation and, with <paramref name="write"/>, writes the model; returns the process's exit code.</summary>
    public static int Run(string path, string repository, bool write)
    {
        const int Folds = 5;
        var documents = Load(path);
        var labelled = documents.Select(d => Label(d).ToList()).ToList();
        var all = labelled.SelectMany(l => l).ToList();
        Console.WriteLine($"{documents.Count} documents in {path}; {all.Count} names the rules decided on, {all.Count(n => n.Person)} of them people; {Folds} folds by document order");
        Console.WriteLine("\nIs the name a person? Held-out fold by fold, the model trained on the other four:");
        Console.WriteLine("| fold | names | rules accuracy | model accuracy | rules P / R / F1 | model P / R / F1 |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        var heldOut = new List<(IReadOnlyDictionary<string, double> Weights, Choice Choice, int Chosen)>();
        var (rulesAll, modelAll) = (new Counts(), new Counts());
        for (var k = 0; k < Folds; k++)
        {
            var fold = TrainingSet.Fold(labelled, k, Folds).SelectMany(l => l).ToList();
            var training = labelled.Except(TrainingSet.Fold(labelled, k, Folds)).SelectMany(l => l).Select(Choice).ToList();
            var model = Perceptron.Train(training);
            var (rules, learned) = (new Counts(), new Counts());
            foreach (var name in fold)
            {
                rules.Add(name.Accepted, name.Person);
                learned.Add(model.Predict(PersonDetection.Candidates(name.Signals)) == 0, name.Person);
                // Calibration is of the confidence the generator gives: the person's probability, for names the rules accept.
                if (name.Accepted) heldOut.Add((model.Weights, Choice(name), 0));
            }
            rulesAll.Add(rules);
            modelAll.Add(learned);
            Console.WriteLine($"| {k + 1} | {fold.Count} | {rules.Accuracy} | {learned.Accuracy} | {rules.Scores} | {learned.Scores} |");
        }
        Console.WriteLine($"| all | {all.Count} | {rulesAll.Accuracy} | {modelAll.Accuracy} | {rulesAll.Scores} | {modelAll.Scores} |");

        var temperature = Calibration.Report("Confidence that a name the rules accept is a person, on held-out folds", "names", "people", heldOut);

        if (write)
        {
            var final = new SpeakerModel(Perceptron.Train(all.Select(Choice).ToList()).Weights, temperature);
            var target = Path.Combine(repository, "src", "Generator", "Data", "people-model.txt");
            File.WriteAllText(target, final.Write("people", "people --write"));
            Console.WriteLine($"\nwrote {target}: {final.Weights.Count} weights from {all.Count} names, temperature {temperature:F2}");
        }
        return 0;
    }

    /// <summary>Counts of a yes/no decision against the truth.</summary>
    private sealed class Counts
    {
        private int _truePositive, _falsePositive, _falseNegative, _trueNegative;

        public void Add(bool predicted, bool actual)
        {
            if (predicted && actual) _truePositive++;
            else if (predicted) _falsePositive++;
            else if (actual) _falseNegative++;
            else _trueNegative++;
        }

        public void Add(Counts other)
        {
            _truePositive += other._truePositive;
            _falsePositive += other._falsePositive;
            _falseNegative += other._falseNegative;
            _trueNegative += other._trueNegative;
        }

        public string Accuracy => Format((double)(_truePositive + _trueNegative) / Math.Max(1, _truePositive + _falsePositive + _falseNegative + _trueNegative));

        public string Scores
        {
            get
            {
                var precision = (double)_truePositive / Math.Max(1, _truePositive + _falsePositive);
                var recall = (double)_truePositive / Math.Max(1, _truePositive + _falseNegative);
                var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
                return $"{Format(precision)} / {Format(recall)} / {Format(f1)}";
            }
        }

        private static string Format(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
    }
}
