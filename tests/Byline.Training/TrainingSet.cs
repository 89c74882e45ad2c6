using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Byline.Generator.Extraction;

namespace Byline.Training;

/// <summary>The annotated articles of a PolNeAR folder, each extracted by the rules and labelled from its annotations.</summary>
internal static class TrainingSet
{
    /// <summary>Every article with an annotation file, in file-name order, with its labelled quotes.</summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<LabelledQuote> Quotes)> Load(string folder)
    {
        var articles = new List<(string, IReadOnlyList<LabelledQuote>)>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var annotation = Directory.EnumerateFiles(Path.Combine(folder, "annotations"), name + "_*.ann").OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault();
            if (annotation is null) continue;
            var text = File.ReadAllText(path);
            var model = ArticleExtractor.Extract(path, Path.GetFileName(path), text);
            articles.Add((name, SpeakerLabels.Label(model, Brat.Read(File.ReadAllText(annotation), text)).ToList()));
        }
        return articles;
    }

    /// <summary>Fold k of n: every n-th article by file-name order, so a fold is the same on every machine.</summary>
    public static IEnumerable<T> Fold<T>(IReadOnlyList<T> articles, int k, int n) => articles.Where((_, i) => i % n == k);
}
