namespace Byline.Generator.Model;

// Corpus-level models: what the index and People files need from every article, and the names chosen
// for each article and person. Kept small so that an edit which changes no title, id or person
// leaves them equal, and the corpus-level outputs are not rebuilt.

/// <summary>What the corpus needs to know of one article.</summary>
internal sealed record ArticleSummary(string Path, string Id, string Title, EquatableArray<PersonModel> People, EquatableArray<int> QuotesPerPerson);

/// <summary>The names given to each article and person, and which articles mention whom.</summary>
internal sealed record CorpusIndex(EquatableArray<IndexedArticle> Articles, EquatableArray<IndexedPerson> People, EquatableArray<CorpusDiagnostic> Diagnostics)
{
    public static readonly CorpusIndex Empty = new(EquatableArray<IndexedArticle>.Empty, EquatableArray<IndexedPerson>.Empty, EquatableArray<CorpusDiagnostic>.Empty);
}

/// <summary>
/// An article's place in the corpus (its index in <c>Articles.All</c>), member name and final id, and for each person it
/// mentions (by its own person index) that person's index in the corpus.
/// </summary>
internal sealed record IndexedArticle(int Index, string Path, string Id, string Member, string Title, EquatableArray<int> PersonIndexes);

/// <summary>One person across the corpus, with the indexes of the articles that mention them.</summary>
internal sealed record IndexedPerson(
    string Member, string Name, EquatableArray<string> Aliases, string? Role, EquatableArray<string> Roles,
    EquatableArray<int> ArticleIndexes, int QuoteCount, EquatableArray<int> RoleCounts);

internal sealed record CorpusDiagnostic(string Path, DiagnosticInfo Info);

/// <summary>What the emitter needs for one article file: its model and the names the corpus gave it.</summary>
internal sealed record BoundArticle(ArticleModel Model, IndexedArticle Names, EmitOptions Options);

/// <summary>The MSBuild options and compilation facts that shape generated code, read once.</summary>
internal sealed record EmitOptions(string? Namespace, string ArticlesClass, string PeopleClass, bool Public, bool Utf8Literals)
{
    public static readonly EmitOptions Default = new("Byline.Generated", "Articles", "People", Public: true, Utf8Literals: false);

    public string Accessibility => Public ? "public" : "internal";

    /// <summary>The Articles class by its full name, as generated code outside it names it.</summary>
    public string ArticlesType => (Namespace is null ? "global::" : $"global::{Namespace}.") + ArticlesClass;
}
