namespace Byline.Generator.Model;

// Everything the extraction stage produces for one article. The incremental pipeline compares
// these by value to decide what to re-emit, so every member is immutable and structurally equal:
// records, strings, numbers and EquatableArray, never Roslyn types.

/// <summary>One article, extracted. <see cref="FilePath"/> is where diagnostics point; <see cref="Path"/> is the project-relative path the generated code shows.</summary>
internal sealed record ArticleModel(
    string FilePath,
    string Path,
    string Id,
    string Text,
    TextRef Title,
    EquatableArray<string> Authors,
    string? Outlet,
    DateStamp? Published,
    DateStamp? Updated,
    string? Dateline,
    TextRef? Caption,
    TextRef? Credit,
    EquatableArray<SectionModel> Sections,
    EquatableArray<TextRef> RelatedHeadlines,
    EquatableArray<PersonModel> People,
    EquatableArray<QuoteModel> Quotes,
    EquatableArray<ClaimModel> Claims,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The names of byline.json's notPeople that this article named, left out of its people before speakers were resolved.</summary>
    public EquatableArray<string> ExcludedNames { get; init; } = EquatableArray<string>.Empty;

    /// <summary>
    /// The name of the embedded resource that holds <see cref="Text"/> byte for byte, when the package's build targets
    /// embed the file and the compiler decoded it as plain UTF-8; otherwise null, and the text goes into generated code.
    /// </summary>
    public string? Resource { get; init; }
}

/// <summary>
/// A piece of extracted text. <see cref="Start"/> is its offset in the article's raw text when the
/// raw text holds it exactly (so emission can slice instead of storing it twice), else -1.
/// </summary>
internal sealed record TextRef(string Text, int Start, int Line);

internal sealed record SectionModel(TextRef? Heading, EquatableArray<TextRef> Paragraphs);

/// <summary>A person as one article names them. <see cref="Key"/> identifies them across the corpus.</summary>
internal sealed record PersonModel(string Name, EquatableArray<string> Aliases, string? Role, int Line, int Column)
{
    /// <summary>The detection model's probability that the name is a person (PersonDetection), in thousandths; 1 for a person the project names.</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>The office an abbreviated title before the name stands for ("Sen." → "Senator"), which descriptions find them by; not their role.</summary>
    public string? Office { get; init; }
}

internal sealed record QuoteModel(
    TextRef Text, int Column, int SpeakerIndex, string? Cue, string Attribution, string Placement)
{
    /// <summary>The speaker model's probability that <see cref="SpeakerIndex"/> (or no one) is right, 0 to 1 in thousandths.</summary>
    public double Confidence { get; init; }
}

internal sealed record ClaimModel(
    TextRef Text, string Kind, int SourceIndex, string? SourceName, EquatableArray<FigureModel> Figures, int QuoteIndex);

internal sealed record FigureModel(string Text, double? Value, string Kind, string? Unit, double? Base, string? Qualifier);

/// <summary>A date and time as the article states it, with the UTC offset in minutes (0 when none is given).</summary>
internal sealed record DateStamp(int Year, int Month, int Day, int Hour, int Minute, int OffsetMinutes);

/// <summary>A diagnostic to report, by descriptor id, at a 1-based line and column of the article file.</summary>
internal sealed record DiagnosticInfo(string Id, int Line, int Column, int Length, EquatableArray<string> Arguments);
