using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Byline.Generator.Extraction;
using Byline.Training;

// dotnet run -c Release --project tests/Byline.Training -- [FOLDER] [--errors] [--write]
// How the rules choose speakers against PolNeAR's human annotations, fold by fold: the "rules alone" column a learned
// speaker choice must beat (see README.md), and how well the model's confidence in the rules' speaker is calibrated on
// held-out folds. --write trains on every article and writes src/Generator/Data/speaker-model.txt.
// FOLDER defaults to ../shared/corpus/polnear/train beside the repository.
if (args.Length > 0 && args[0] == "people")
{
    // dotnet run -c Release --project tests/Byline.Training -- people [FILE] [--write]: the person-detection model.
    var entities = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? DefaultEntities();
    if (entities is null || !File.Exists(entities))
    {
        Console.WriteLine($"training: skipped: no annotated entities at {entities ?? "../shared/corpus/gum_entities/gum_entities.jsonl"} (it is beside the repository on CI and dev machines)");
        return 0;
    }
    return PeopleTraining.Run(entities, Repository(), args.Contains("--write"));
}
var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? DefaultFolder();
if (folder is null || !Directory.Exists(Path.Combine(folder, "annotations")))
{
    Console.WriteLine($"training: skipped: no annotated articles at {folder ?? "../shared/corpus/polnear/train"} (it is beside the repository on CI and dev machines)");
    return 0;
}

const int Folds = 5;
var articles = TrainingSet.Load(folder);
Console.WriteLine($"{articles.Count} annotated articles in {folder}; {Folds} folds by file-name order");
// Two views: quotes whose annotated source is a name, and those plus quotes whose source is described without one
// ("a spokesman"), taken as no one. The second is noisier: a description may stand for someone the article names.
var heldOut = new List<(IReadOnlyDictionary<string, double> Weights, LabelledQuote Quote, Choice Choice)>();
foreach (var (view, kinds) in new[] { ("named source", new[] { GoldSource.Named }), ("named or described source", new[] { GoldSource.Named, GoldSource.Described }) })
{
    Console.WriteLine($"\nQuotes with a {view}; the model is trained on the other four folds, on the same view:");
    Console.WriteLine("| fold | articles | quotes | scored | rules | model | model among people the rules chose from |");
    Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
    var (rulesRight, modelRight, total) = (0, 0, 0);
    var rerankRight = 0;
    heldOut.Clear();
    for (var k = 0; k < Folds; k++)
    {
        var fold = TrainingSet.Fold(articles, k, Folds).ToList();
        var training = articles.Except(fold).SelectMany(a => a.Choices).Where(c => kinds.Contains(c.Quote.Kind)).Select(c => c.Choice).ToList();
        var model = Perceptron.Train(training);
        var choices = fold.SelectMany(a => a.Choices).Where(c => kinds.Contains(c.Quote.Kind)).ToList();
        var rules = choices.Count(c => c.Choice.Right.Contains(c.Quote.Quote.SpeakerIndex >= 0 ? c.Quote.Quote.SpeakerIndex : c.Choice.Candidates.Count - 1));
        var learned = choices.Count(c => c.Choice.Right.Contains(model.Predict(c.Choice.Candidates)));
        // The model as the generator would use it: it may only put another person in place of the rules' person.
        var reranked = choices.Count(c => c.Choice.Right.Contains(Rerank(model, c.Quote, c.Choice)));
        heldOut.AddRange(choices.Select(c => (model.Weights, c.Quote, c.Choice)));
        rerankRight += reranked;
        (rulesRight, modelRight, total) = (rulesRight + rules, modelRight + learned, total + choices.Count);
        Console.WriteLine($"| {k + 1} | {fold.Count} | {fold.Sum(a => a.Quotes.Count)} | {choices.Count} | {Share(rules, choices.Count)} | {Share(learned, choices.Count)} | {Share(reranked, choices.Count)} |");
    }
    Console.WriteLine($"| all | {articles.Count} | {articles.Sum(a => a.Quotes.Count)} | {total} | {Share(rulesRight, total)} | {Share(modelRight, total)} | {Share(rerankRight, total)} |");
}
// The last view's held-out predictions fit the temperature and show the calibration: the generator gives each quote
// the model's probability that the rules' speaker is right, so among quotes given 0.8 about 8 in 10 should be right.
var temperature = Calibration.Report("Confidence in the rules' speaker on held-out folds, named or described sources", "quotes", "rules right",
    heldOut.Select(h => (h.Weights, h.Choice, Chosen(h.Quote, h.Choice))).ToList());

// The same by the rule that decided: a rule the model has seldom seen should not be given a confidence it has not earned.
Console.WriteLine("\n| rule | quotes | rules right | mean confidence |");
Console.WriteLine("| --- | --- | --- | --- |");
foreach (var group in heldOut.GroupBy(h => h.Quote.Quote.Attribution).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
{
    var rows = group.Select(h => (Confidence: new SpeakerModel(h.Weights, temperature).Probabilities(h.Choice.Candidates)[Chosen(h.Quote, h.Choice)], Right: h.Choice.Right.Contains(Chosen(h.Quote, h.Choice)))).ToList();
    Console.WriteLine($"| {group.Key} | {rows.Count} | {Share(rows.Count(r => r.Right), rows.Count)} | {rows.Average(r => r.Confidence).ToString("F3", System.Globalization.CultureInfo.InvariantCulture)} |");
}

var all = articles.SelectMany(a => a.Quotes).ToList();
Console.WriteLine($"\nNot scored: {all.Count(q => q.Kind == GoldSource.Pronoun)} quotes whose annotated source is a pronoun, {all.Count(q => q.Kind == GoldSource.None)} that no attribution covers.");

if (args.Contains("--errors"))
{
    // The first wrong speakers for a named source, two per article, to read in their articles.
    foreach (var (name, quotes, _) in articles)
    {
        foreach (var q in quotes.Where(q => q.Kind == GoldSource.Named && !q.RulesRight).Take(2))
        {
            var text = q.Quote.Text.Text;
            Console.WriteLine($"{name}:{q.Quote.Text.Line}: annotated '{q.GoldText}', rules '{q.Predicted?.Name}' ({q.Quote.Attribution}): \u201C{text.Substring(0, Math.Min(60, text.Length))}\u201D");
        }
    }
}
if (args.Contains("--write"))
{
    var everything = articles.SelectMany(a => a.Choices).Where(c => c.Quote.Kind is GoldSource.Named or GoldSource.Described).Select(c => c.Choice).ToList();
    var final = new SpeakerModel(Perceptron.Train(everything).Weights, temperature);
    var target = Path.Combine(Repository(), "src", "Generator", "Data", "speaker-model.txt");
    File.WriteAllText(target, final.Write());
    Console.WriteLine($"\nwrote {target}: {final.Weights.Count} weights from {everything.Count} quotes, temperature {temperature:F2}");
}
return 0;

// The rules' "no one" stands; where they chose a person, the model's best person takes their place.
static int Rerank(Perceptron model, LabelledQuote quote, Choice choice)
{
    var none = choice.Candidates.Count - 1;
    if (quote.Quote.SpeakerIndex < 0) return none;
    var people = choice.Candidates.Take(none).ToList();
    return people.Count == 0 ? none : model.Predict(people);
}

// The candidate the rules chose: their person, or no one (the last candidate).
static int Chosen(LabelledQuote quote, Choice choice) => quote.Quote.SpeakerIndex >= 0 ? quote.Quote.SpeakerIndex : choice.Candidates.Count - 1;

static string Share(int part, int whole) => whole == 0 ? "-" : ((double)part / whole).ToString("F3", System.Globalization.CultureInfo.InvariantCulture);

static string? DefaultFolder()
{
    var parent = Directory.GetParent(Repository());
    return parent is null ? null : Path.Combine(parent.FullName, "shared", "corpus", "polnear", "train");
}

static string? DefaultEntities()
{
    var parent = Directory.GetParent(Repository());
    return parent is null ? null : Path.Combine(parent.FullName, "shared", "corpus", "gum_entities", "gum_entities.jsonl");
}

static string Repository()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Byline.slnx"))) directory = directory.Parent;
    return directory?.FullName ?? throw new InvalidOperationException("The training command runs inside the Byline repository.");
}
