using System;
using System.IO;
using System.Linq;
using Byline.Training;

// dotnet run -c Release --project tests/Byline.Training -- [FOLDER] [--errors]
// How the rules choose speakers against PolNeAR's human annotations, fold by fold: the "rules alone" column a learned
// speaker choice must beat (see README.md). FOLDER defaults to ../shared/corpus/polnear/train beside the repository.
var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? DefaultFolder();
if (folder is null || !Directory.Exists(Path.Combine(folder, "annotations")))
{
    Console.WriteLine($"training: skipped: no annotated articles at {folder ?? "../shared/corpus/polnear/train"} (it is beside the repository on CI and dev machines)");
    return 0;
}

const int Folds = 5;
var articles = TrainingSet.Load(folder);
Console.WriteLine($"{articles.Count} annotated articles in {folder}; {Folds} folds by file-name order");
Console.WriteLine("| fold | articles | quotes | named source | rules | model (trained on the other folds) | pronoun source (not scored) | no named source |");
Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
var (rulesRight, modelRight, total) = (0, 0, 0);
for (var k = 0; k < Folds; k++)
{
    var fold = TrainingSet.Fold(articles, k, Folds).ToList();
    var model = Perceptron.Train(articles.Except(fold).SelectMany(a => a.Choices).Select(c => c.Choice).ToList());
    var choices = fold.SelectMany(a => a.Choices).ToList();
    var rules = choices.Count(c => c.Quote.RulesRight);
    var learned = choices.Count(c => c.Choice.Right.Contains(model.Predict(c.Choice.Candidates)));
    (rulesRight, modelRight, total) = (rulesRight + rules, modelRight + learned, total + choices.Count);
    var quotes = fold.SelectMany(a => a.Quotes).ToList();
    Console.WriteLine($"| {k + 1} | {fold.Count} | {quotes.Count} | {choices.Count} | {Share(rules, choices.Count)} | {Share(learned, choices.Count)} | " +
        $"{quotes.Count(q => q.Kind == GoldSource.Pronoun)} | {quotes.Count(q => q.Kind is GoldSource.None or GoldSource.Described)} |");
}
Console.WriteLine($"| all | {articles.Count} | {articles.Sum(a => a.Quotes.Count)} | {total} | {Share(rulesRight, total)} | {Share(modelRight, total)} | | |");

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
return 0;

static string Share(int part, int whole) => whole == 0 ? "-" : ((double)part / whole).ToString("F3", System.Globalization.CultureInfo.InvariantCulture);

static string? DefaultFolder()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Byline.slnx"))) directory = directory.Parent;
    return directory?.Parent is null ? null : Path.Combine(directory.Parent.FullName, "shared", "corpus", "polnear", "train");
}
