using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Byline.Generator.Extraction;

namespace Byline.Training;

/// <summary>The annotated articles of a PolNeAR folder, each extracted by the rules and labelled from its annotations.</summary>
internal static class TrainingSet
{
    /// <summary>
    /// Every article with an annotation file, in file-name order, with its labelled quotes and, for each quote with a
    /// named or described source, the choice among its candidates that a model learns: right are the people with the
    /// source's name, or no one for a source described without a name.
    /// </summary>
    public static IReadOnlyList<AnnotatedArticle> Load(string folder)
    {
        var articles = new List<AnnotatedArticle>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var annotation = Directory.EnumerateFiles(Path.Combine(folder, "annotations"), name + "_*.ann").OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault();
            if (annotation is null) continue;
            var text = File.ReadAllText(path);
            var model = ArticleExtractor.Extract(path, Path.GetFileName(path), text);
            var quotes = SpeakerLabels.Label(model, Brat.Read(File.ReadAllText(annotation), text)).ToList();
            var features = new SpeakerFeatures(model);
            var choices = quotes.Where(q => q.Kind is GoldSource.Named or GoldSource.Described).Select(q => Choose(model, features, q)).ToList();
            articles.Add(new AnnotatedArticle(name, quotes, choices));
        }
        return articles;
    }

    private static (LabelledQuote Quote, Choice Choice) Choose(Generator.Model.ArticleModel model, SpeakerFeatures features, LabelledQuote quote)
    {
        var candidates = features.Candidates.ToList();
        var right = new HashSet<int>();
        for (var c = 0; c < candidates.Count; c++)
        {
            var isRight = candidates[c] != SpeakerFeatures.NoOne && (quote.Kind == GoldSource.Named
                ? SpeakerLabels.SamePerson(quote.GoldText!, model.People[candidates[c]])
                : SpeakerLabels.HoldsRole(quote.GoldText!, model.People[candidates[c]]));
            if (isRight) right.Add(c);
        }
        // A source described without a name ("a spokesman") that is no person's role here is no one, as gold/GUIDELINES.md has it.
        if (quote.Kind == GoldSource.Described && right.Count == 0) right.Add(candidates.Count - 1);
        return (quote, new Choice(candidates.Select(c => (IReadOnlyList<string>)features.Of(quote.Index, c)).ToList(), right));
    }

    /// <summary>Fold k of n: every n-th article by file-name order, so a fold is the same on every machine.</summary>
    public static IEnumerable<T> Fold<T>(IReadOnlyList<T> articles, int k, int n) => articles.Where((_, i) => i % n == k);
}

/// <summary>One annotated article: its labelled quotes, and the speaker choices of those with a named source.</summary>
internal sealed record AnnotatedArticle(string Name, IReadOnlyList<LabelledQuote> Quotes, IReadOnlyList<(LabelledQuote Quote, Choice Choice)> Choices);
