using System;
using System.Linq;
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

    /// <summary>Reads the file and its metadata into an equatable record; null for a file marked BylineExclude.</summary>
    public static ArticleInput? Read((AdditionalText File, AnalyzerConfigOptionsProvider Options) input, CancellationToken cancellationToken)
    {
        var (file, provider) = input;
        var fileOptions = provider.GetOptions(file);
        if (string.Equals(GeneratorOptions.Metadata(fileOptions, "BylineExclude"), "true", StringComparison.OrdinalIgnoreCase)) return null;
        var path = RelativePath(file.Path, GeneratorOptions.ProjectDirectory(provider));
        var source = file.GetText(cancellationToken);
        return new ArticleInput(
            file.Path, path, GeneratorOptions.Metadata(fileOptions, "BylineId"), source?.ToString(),
            GeneratorOptions.ResourceName(provider, fileOptions, file.Path), source?.Encoding?.CodePage == 65001);
    }

    public static ArticleModel Extract(ArticleInput input, ProjectWords words, CancellationToken cancellationToken)
    {
        var (filePath, path, explicitId, text) = (input.FilePath, input.Path, input.ExplicitId, input.Text);
        if (text is null)
        {
            var diagnostics = new System.Collections.Generic.List<DiagnosticInfo> { ArticleExtractor.Diagnostic(DiagnosticIds.UnreadableArticle, 1, 1, 0) };
            return ArticleExtractor.Empty(filePath, path, Slug.FromPath(path), "", diagnostics);
        }
        try
        {
            var model = ArticleExtractor.Extract(filePath, path, text, explicitId, cancellationToken, words.SpeechVerbs,
                words.NotPeople.Count == 0 ? null : words.NotPeople, words.KnownPeople.Count == 0 ? null : words.KnownPeople);
            return model with { Resource = EmbeddedResource(input, model) };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug in a rule must cost one article's structure, never the build or the other articles.
            var diagnostics = new System.Collections.Generic.List<DiagnosticInfo> { ArticleExtractor.Diagnostic(DiagnosticIds.ExtractionFailed, 1, 1, 0, exception.GetType().Name + ": " + exception.Message) };
            return ArticleExtractor.Empty(filePath, path, Slug.FromPath(explicitId ?? path), text, diagnostics);
        }
    }

    /// <summary>
    /// The resource that holds the article's text, when the build targets embed the file (<see cref="GeneratorOptions.ResourceName"/>)
    /// and the runtime will decode its bytes to this very text: plain UTF-8, as the compiler read it, and
    /// unrepaired. Otherwise the text goes into generated code, which always works but costs the compiler more.
    /// </summary>
    private static string? EmbeddedResource(ArticleInput input, ArticleModel model) =>
        input.Resource is not null && input.Utf8 && string.Equals(model.Text, input.Text, StringComparison.Ordinal) ? input.Resource : null;

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
