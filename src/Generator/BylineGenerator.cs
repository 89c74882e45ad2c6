using System.Collections.Immutable;
using System.Linq;
using Byline.Generator.Corrections;
using Byline.Generator.Emission;
using Byline.Generator.Libraries;
using Byline.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Generator;

/// <summary>
/// Turns every <c>.txt</c> in <c>AdditionalFiles</c> into typed, compile-time article data. This class only wires
/// the pipeline: each article is extracted on its own (an edit re-extracts that article only), the corpus
/// index is built from small summaries, and each article's file is emitted from its model and its names.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class BylineGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // byline.json: read once, applied to each extracted article. Editing it re-runs only the corrections step and what
        // it changes; only its speech verbs and names reach extraction, so only editing those extracts the articles again.
        var corrections = context.AdditionalTextsProvider
            .Where(CorrectionsSource.IsCorrections)
            .Select(CorrectionsSource.Read)
            .Collect()
            .Select(static (files, _) => CorrectionsSource.Choose(files))
            .WithTrackingName(TrackingNames.Corrections);
        var words = corrections.Select(static (c, _) => CorrectionsSource.Words(c));

        var extracted = context.AdditionalTextsProvider
            .Where(ArticleSource.IsArticle)
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(ArticleSource.Read)
            .WithTrackingName(TrackingNames.Read)
            .Where(static input => input is not null)
            .Combine(words)
            .Select(static (pair, token) => ArticleSource.Extract(pair.Left!, pair.Right, token))
            .WithTrackingName(TrackingNames.Extract);
        var corrected = extracted
            .Combine(corrections)
            .Select(static (pair, _) => CorrectionsApplier.Apply(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Correct);
        var articles = corrected.Select(static (article, _) => article.Model);

        // Records go in UTF-16 literals while they fit the compiler's string heap with room to spare: they stay out of a
        // reference assembly, so an article edit that changes no name leaves a content library's API as it was. Past the
        // budget, UTF-8 literals, which have no limit (docs/large-collections.md).
        var fitUtf16 = articles
            .Select(static (model, _) => ArticleData.EstimatedLength(model))
            .Collect()
            .Select(static (lengths, _) => ArticleData.FitUtf16(lengths));
        var utf8 = context.CompilationProvider.Select(static (compilation, _) => GeneratorOptions.SupportsUtf8Literals(compilation));
        var options = context.AnalyzerConfigOptionsProvider.Combine(utf8).Combine(fitUtf16)
            .Select(static (pair, _) => GeneratorOptions.Read(pair.Left.Left, pair.Left.Right && !pair.Right))
            .WithTrackingName(TrackingNames.Options);

        var index = articles
            .Select(ArticleSource.Summarize)
            .WithTrackingName(TrackingNames.Summaries)
            .Collect()
            .Combine(options)
            .Select(static (pair, _) => CorpusNaming.Build(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Index);

        // Content libraries this project references, read from metadata, merged with its own articles into one corpus.
        var merged = index
            .Combine(context.CompilationProvider.Select(LibrarySource.Read).WithTrackingName(TrackingNames.Libraries))
            .Combine(options)
            .Select(static (pair, _) => CorpusMerge.Build(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.Merge);

        var bound = articles
            .Combine(index.Combine(options))
            .Select(static (pair, _) => Bind(pair.Left, pair.Right.Left, pair.Right.Right))
            .WithTrackingName(TrackingNames.Bind);

        context.RegisterSourceOutput(extracted, static (spc, model) => Report(spc, model.FilePath, model.Path, model.Diagnostics));
        context.RegisterSourceOutput(corrected.Select(static (article, _) => article.Applied).Collect().Combine(corrections),
            static (spc, pair) => ReportCorrections(spc, pair.Right, pair.Left));
        context.RegisterSourceOutput(bound, static (spc, article) => spc.AddSource(ArticleEmitter.HintName(article), ArticleEmitter.Emit(article)));
        context.RegisterSourceOutput(index.Combine(merged).Combine(options), static (spc, pair) => EmitCorpus(spc, pair.Left.Left, pair.Left.Right, pair.Right));
    }

    private static BoundArticle Bind(ArticleModel model, CorpusIndex index, EmitOptions options)
    {
        var names = index.Articles.First(a => a.Path == model.Path && a.Id.StartsWith(model.Id, System.StringComparison.Ordinal));
        return new BoundArticle(model, names, options);
    }

    private static void EmitCorpus(SourceProductionContext context, CorpusIndex index, MergedCorpus merged, EmitOptions options)
    {
        foreach (var diagnostic in index.Diagnostics) Report(context, diagnostic.Path, diagnostic.Path, ImmutableArrayOf(diagnostic.Info));
        foreach (var info in merged.Diagnostics)
        {
            context.ReportDiagnostic(Diagnostic.Create(Diagnostics.ById(info.Id), Location.None, info.Arguments.Cast<object>().ToArray()));
        }
        context.AddSource($"{options.ArticlesClass}.g.cs", IndexEmitter.Emit(index, merged, options));
        context.AddSource($"{options.PeopleClass}.g.cs", PeopleEmitter.Emit(index, merged, options));
    }

    private static void ReportCorrections(SourceProductionContext context, CorrectionsModel corrections, ImmutableArray<EquatableArray<string>> applied)
    {
        if (corrections.FilePath is not { } path) return;
        var shown = System.IO.Path.GetFileName(path);
        Report(context, path, shown, corrections.Diagnostics);
        Report(context, path, shown, CorrectionsSource.Stale(corrections, applied));
    }

    private static EquatableArray<DiagnosticInfo> ImmutableArrayOf(DiagnosticInfo info) => new(new[] { info });

    private static void Report(SourceProductionContext context, string filePath, string shownPath, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var info in diagnostics)
        {
            var start = new LinePosition(info.Line - 1, info.Column - 1);
            var location = Location.Create(filePath, default, new LinePositionSpan(start, new LinePosition(info.Line - 1, info.Column - 1 + info.Length)));
            var arguments = new object[] { shownPath }.Concat(info.Arguments).ToArray();
            context.ReportDiagnostic(Diagnostic.Create(Diagnostics.ById(info.Id), location, arguments));
        }
    }
}
