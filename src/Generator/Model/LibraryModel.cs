namespace Byline.Generator.Model;

// Content libraries: what a project reads of the libraries it references, and the corpus it merges from them and its
// own articles (docs/content-libraries.md).

/// <summary>A referenced content library as its assembly attribute describes it: its name, its Articles class and its index.</summary>
internal sealed record LibraryReference(string Assembly, string ArticlesType, string Index);

/// <summary>The compiling project's assembly name and the content libraries it references, ordered by name.</summary>
internal sealed record ReferencedLibraries(string Assembly, EquatableArray<LibraryReference> Libraries)
{
    public static readonly ReferencedLibraries None = new("", EquatableArray<LibraryReference>.Empty);
}

/// <summary>A project's articles as another project merges them: their ids and people, in the project's own order.</summary>
internal sealed record LibraryContent(EquatableArray<string> Ids, EquatableArray<LibraryPerson> People);

/// <summary>One person of a project, as its index gives them: enough to merge them with the people of other projects.</summary>
internal sealed record LibraryPerson(string Name, EquatableArray<string> Aliases, EquatableArray<string> Roles, EquatableArray<int> RoleCounts, int ArticleCount);

/// <summary>
/// The corpus a project shows when it merges: the corpora merged (a C# expression for each, the project's own first), the
/// people merged across them, and what was wrong. <see cref="IsMerge"/> is false where there is nothing to merge.
/// </summary>
internal sealed record MergedCorpus(EquatableArray<string> Parts, EquatableArray<MergedPerson> People, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly MergedCorpus None = new(EquatableArray<string>.Empty, EquatableArray<MergedPerson>.Empty, EquatableArray<DiagnosticInfo>.Empty);

    public bool IsMerge => Parts.Count >= 2;
}

/// <summary>
/// One person across every merged corpus, and the people it joins there: pairs of a part's index in
/// <see cref="MergedCorpus.Parts"/> and that part's person index.
/// </summary>
internal sealed record MergedPerson(
    string Member, string Name, EquatableArray<string> Aliases, string? Role, EquatableArray<string> Roles, EquatableArray<int> Parts, int ArticleCount, int LibraryCount);
