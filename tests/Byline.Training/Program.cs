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
Console.WriteLine("| fold | articles | quotes | named source | rules right | rules accuracy | pronoun source (not scored) | no named source | rules named no one |");
Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (var k = 0; k <= Folds; k++)
{
    var fold = (k < Folds ? TrainingSet.Fold(articles, k, Folds) : articles).ToList();
    var quotes = fold.SelectMany(a => a.Quotes).ToList();
    var named = quotes.Where(q => q.Kind == GoldSource.Named).ToList();
    var unnamed = quotes.Where(q => q.Kind is GoldSource.None or GoldSource.Described).ToList();
    var right = named.Count(q => q.RulesRight);
    var label = k < Folds ? (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "all";
    Console.WriteLine($"| {label} | {fold.Count} | {quotes.Count} | {named.Count} | {right} | {(named.Count == 0 ? 0 : (double)right / named.Count):F3} | " +
        $"{quotes.Count(q => q.Kind == GoldSource.Pronoun)} | {unnamed.Count} | {unnamed.Count(q => q.Predicted is null)} |");
}

if (args.Contains("--errors"))
{
    // The first wrong speakers for a named source, two per article, to read in their articles.
    foreach (var (name, quotes) in articles)
    {
        foreach (var q in quotes.Where(q => q.Kind == GoldSource.Named && !q.RulesRight).Take(2))
        {
            var text = q.Quote.Text.Text;
            Console.WriteLine($"{name}:{q.Quote.Text.Line}: annotated '{q.GoldText}', rules '{q.Predicted?.Name}' ({q.Quote.Attribution}): \u201C{text.Substring(0, Math.Min(60, text.Length))}\u201D");
        }
    }
}
return 0;

static string? DefaultFolder()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Byline.slnx"))) directory = directory.Parent;
    return directory?.Parent is null ? null : Path.Combine(directory.Parent.FullName, "shared", "corpus", "polnear", "train");
}
