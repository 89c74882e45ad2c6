using System;
using System.IO;
using System.Threading;
using Byline.Generator.Extraction;
using Byline.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Byline.Generator;

/// <summary>Turns one <c>AdditionalFiles</c> item into an <see cref="ArticleModel"/>: reads it, names it, extracts it, never throws.</summary>
internal static class ArticleSource
{
    public static bool IsArticle(AdditionalText file) => file.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    public static ArticleModel? Extract((AdditionalText File, AnalyzerConfigOptionsProvider Options) input, CancellationToken cancellationToken)
    {
        var (file, provider) = input;
        var fileOptions = provider.GetOptions(file);
        if (string.Equals(GeneratorOptions.Metadata(fileOptions, "BylineExclude"), "true", StringComparison.OrdinalIgnoreCase)) return null;
        var path = RelativePath(file.Path, GeneratorOptions.ProjectDirectory(provider));
        var explicitId = GeneratorOptions.Metadata(fileOptions, "BylineId");
        var text = file.GetText(cancellationToken)?.ToString();
        if (text is null)
        {
            var diagnostics = new System.Collections.Generic.List<DiagnosticInfo> { ArticleExtractor.Diagnostic(DiagnosticIds.UnreadableArticle, 1, 1, 0) };
            return ArticleExtractor.Empty(file.Path, path, Slug.FromPath(path), "", diagnostics);
        }
        try
        {
            return ArticleExtractor.Extract(file.Path, path, text, explicitId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug in a rule must cost one article's structure, never the build or the other articles.
            var diagnostics = new System.Collections.Generic.List<DiagnosticInfo> { ArticleExtractor.Diagnostic(DiagnosticIds.ExtractionFailed, 1, 1, 0, exception.GetType().Name + ": " + exception.Message) };
            return ArticleExtractor.Empty(file.Path, path, Slug.FromPath(explicitId ?? path), text, diagnostics);
        }
    }

    /// <summary>The path relative to the project with '/' separators, so generated code never holds a machine path.</summary>
    public static string RelativePath(string fullPath, string? projectDirectory)
    {
        var path = fullPath.Replace('\\', '/');
        if (projectDirectory is not null)
        {
            var root = projectDirectory.Replace('\\', '/').TrimEnd('/') + "/";
            if (path.StartsWith(root, StringComparison.OrdinalIgnoreCase)) return path.Substring(root.Length);
        }
        return Path.GetFileName(path);
    }

    public static ArticleSummary Summarize(ArticleModel model, CancellationToken _)
    {
        var quotes = new int[model.People.Count];
        foreach (var quote in model.Quotes)
        {
            if (quote.SpeakerIndex >= 0) quotes[quote.SpeakerIndex]++;
        }
        return new ArticleSummary(model.Path, model.Id, model.Title.Text, model.People, quotes.ToEquatableArray());
    }
}
