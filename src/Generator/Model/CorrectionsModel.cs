using System.Linq;

namespace Byline.Generator.Model;

/// <summary>
/// The project's corrections file (byline.json), read: what the user says wins over extraction. Every entry keeps the
/// 1-based line and column where it stands, so one that matches nothing can be reported there.
/// </summary>
internal sealed record CorrectionsModel(
    string? FilePath,
    EquatableArray<PersonCorrection> People,
    EquatableArray<NameCorrection> NotPeople,
    EquatableArray<QuoteCorrection> Quotes,
    EquatableArray<NameCorrection> SpeechVerbs,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly CorrectionsModel None = new(null, EquatableArray<PersonCorrection>.Empty, EquatableArray<NameCorrection>.Empty, EquatableArray<QuoteCorrection>.Empty, EquatableArray<NameCorrection>.Empty, EquatableArray<DiagnosticInfo>.Empty);

    public bool IsEmpty => People.Count == 0 && NotPeople.Count == 0 && Quotes.Count == 0 && SpeechVerbs.Count == 0;

    /// <summary>The speech verbs with their forms, read once for every article (equal whenever <see cref="SpeechVerbs"/>' names are).</summary>
    public Extraction.ProjectVerbs Verbs { get; } = new(SpeechVerbs.Select(v => v.Name));
}

/// <summary>A person always known under <see cref="Name"/>: any person named by it or an alias is this one, with this role.</summary>
internal sealed record PersonCorrection(string Name, EquatableArray<string> Aliases, string? Role, int Line, int Column);

/// <summary>A name that is never a person, or (in speechVerbs) a verb that reports speech.</summary>
internal sealed record NameCorrection(string Name, int Line, int Column);

/// <summary>The quote of an article whose text starts with <see cref="Text"/> is <see cref="Speaker"/>'s, or no one's when null.</summary>
internal sealed record QuoteCorrection(string Article, string Text, string? Speaker, int Line, int Column);

/// <summary>An article after the corrections, and the keys of the entries that changed it ("people/0", "quotes/2").</summary>
internal sealed record CorrectedArticle(ArticleModel Model, EquatableArray<string> Applied);

/// <summary>
/// What of byline.json changes how articles are read: its speech verbs, the names that are no person, and the names
/// and aliases of its people (not their roles, which apply after extraction).
/// </summary>
internal sealed record ProjectWords(Extraction.ProjectVerbs SpeechVerbs, EquatableArray<string> NotPeople, EquatableArray<string> KnownPeople);
