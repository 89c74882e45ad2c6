using System.Collections.Generic;
using Byline.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Byline.Generator;

/// <summary>Byline's diagnostics. Each message says what to do; each help link opens its section of docs/diagnostics.md.</summary>
internal static class Diagnostics
{
    private const string Category = "Byline";
    private const string HelpBase = "https://github.com/byline-dotnet/byline/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor EmptyArticle = Create(DiagnosticIds.EmptyArticle, "Article is empty",
        "'{0}' has no text; write the article or remove the file from the project", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NoTitle = Create(DiagnosticIds.NoTitle, "No title found",
        "No headline was found in '{0}'; the file name is used. Put the headline on the first line or add 'title:' front matter.", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnbalancedQuote = Create(DiagnosticIds.UnbalancedQuote, "Unbalanced quotation mark",
        "The quotation mark opening \u201C{1}\u201D in '{0}' is never closed; the quote is taken to the end of its paragraph. Add the closing mark.", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor QuoteWithoutSpeaker = Create(DiagnosticIds.QuoteWithoutSpeaker, "Quote has no speaker",
        "No speaker was found for the quote \u201C{1}\u201D in '{0}'; name the speaker next to the quote (\"\u2026,\" Name said) if it should have one", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor DuplicateIdentifier = Create(DiagnosticIds.DuplicateIdentifier, "Two articles have the same id",
        "'{0}' maps to the id '{1}', which '{2}' already has; it is given '{3}'. Rename the file or set 'id:' in its front matter.", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UndecodableText = Create(DiagnosticIds.UndecodableText, "Text could not be decoded",
        "'{0}' has bytes that are not valid in its encoding at column {1}; they read as U+FFFD. Save the file as UTF-8.", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ArticleTooLarge = Create(DiagnosticIds.ArticleTooLarge, "Article is too large to embed",
        "'{0}' has {1} characters, more than the {2} an article may have; only its title and id are kept. Split it into several articles.", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownFrontMatterKey = Create(DiagnosticIds.UnknownFrontMatterKey, "Unknown front-matter key",
        "'{1}' is not a front-matter key in '{0}'; use one of: {2}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidFrontMatterValue = Create(DiagnosticIds.InvalidFrontMatterValue, "Invalid front-matter value",
        "'{2}' is not a date for '{1}' in '{0}'; write it as 2024-03-11 or 11 March 2024", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnreadableArticle = Create(DiagnosticIds.UnreadableArticle, "Article could not be read",
        "'{0}' could not be read; check that the file exists and is readable", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ExtractionFailed = Create(DiagnosticIds.ExtractionFailed, "Extraction failed",
        "Byline could not extract '{0}' ({1}); the article keeps its text and title only. Please report this with the file.", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor BinaryArticle = Create(DiagnosticIds.BinaryArticle, "Article is not text",
        "'{0}' looks like a binary file ({1}% of it is not text); only its title and id are kept. Remove it from the articles or save it as text.", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor RepairedEncoding = Create(DiagnosticIds.RepairedEncoding, "Mis-decoded text was repaired",
        "'{0}' holds UTF-8 that was read as Windows-1252 before it was saved (\u201CÃ©\u201D for \u201Cé\u201D); {1} such characters, the first at column {2}, are read as meant. Save the file as UTF-8 from its source to keep it clean.", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InvalidCorrectionsJson = Create(DiagnosticIds.InvalidCorrectionsJson, "Corrections file is not valid JSON",
        "'{0}' is not valid JSON ({1}); the articles build without its corrections until it is fixed", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor StaleCorrection = Create(DiagnosticIds.StaleCorrection, "Correction matches nothing",
        "{1} in '{0}' matches nothing in the project's articles; correct it or remove it", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidCorrection = Create(DiagnosticIds.InvalidCorrection, "Invalid correction",
        "{1} in '{0}'; the entry is left out", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateLibraryId = Create(DiagnosticIds.DuplicateLibraryId, "Two merged projects have an article with the same id",
        "Article id '{0}' is in both {1} and {2}; Articles.Find(\"{0}\") returns the one in {1}. Give one of them another id (BylineId).", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor IncompatibleLibrary = Create(DiagnosticIds.IncompatibleLibrary, "Content library built by another version of Byline",
        "The content library {0} was built by a version of Byline whose index this one cannot read; it is left out of Articles.All and People. Build it with the same Byline package as this project.", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor AmbiguousLibrary = Create(DiagnosticIds.AmbiguousLibrary, "Two merged projects generate the same class",
        "The content library {0} generates {2}, as {1} does, so generated code cannot name it; it is left out of Articles.All and People. Give each project its own BylineNamespace.", DiagnosticSeverity.Warning);

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = new()
    {
        [EmptyArticle.Id] = EmptyArticle, [NoTitle.Id] = NoTitle, [UnbalancedQuote.Id] = UnbalancedQuote,
        [QuoteWithoutSpeaker.Id] = QuoteWithoutSpeaker, [DuplicateIdentifier.Id] = DuplicateIdentifier,
        [UndecodableText.Id] = UndecodableText, [ArticleTooLarge.Id] = ArticleTooLarge,
        [UnknownFrontMatterKey.Id] = UnknownFrontMatterKey, [InvalidFrontMatterValue.Id] = InvalidFrontMatterValue,
        [UnreadableArticle.Id] = UnreadableArticle, [ExtractionFailed.Id] = ExtractionFailed, [BinaryArticle.Id] = BinaryArticle,
        [RepairedEncoding.Id] = RepairedEncoding, [InvalidCorrectionsJson.Id] = InvalidCorrectionsJson,
        [StaleCorrection.Id] = StaleCorrection, [InvalidCorrection.Id] = InvalidCorrection,
        [DuplicateLibraryId.Id] = DuplicateLibraryId, [IncompatibleLibrary.Id] = IncompatibleLibrary, [AmbiguousLibrary.Id] = AmbiguousLibrary,
    };

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
