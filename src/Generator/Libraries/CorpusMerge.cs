using System;
using System.Collections.Generic;
using System.Linq;
using Byline.Generator.Emission;
using Byline.Generator.Extraction;
using Byline.Generator.Model;

namespace Byline.Generator.Libraries;

/// <summary>
/// Merges a project's own articles with the content libraries it references into one corpus: their articles in turn
/// (the project's own first, then each library by assembly name) and one person for each person named in several, by
/// the rules that merge people within a project (<see cref="CorpusPeople"/>): equal names ignoring case, accents and
/// punctuation are one person, and a single-word name joins the one fuller name that ends with it.
/// </summary>
internal static class CorpusMerge
{
    private sealed record Source(string Assembly, string Corpus, LibraryContent Content);

    /// <summary>
    /// The merged corpus, or one where <see cref="MergedCorpus.IsMerge"/> is false when there is only one corpus: a project
    /// that only reads one content library reads that library's own classes.
    /// </summary>
    public static MergedCorpus Build(CorpusIndex own, ReferencedLibraries libraries, EmitOptions options)
    {
        if (libraries.Libraries.Count == 0) return MergedCorpus.None;
        var diagnostics = new List<DiagnosticInfo>();
        var sources = new List<Source>();
        if (own.Articles.Count > 0) sources.Add(new Source(libraries.Assembly, CorpusNaming.CorpusMember, LibraryIndex.Content(own)));
        // Generated code names a library's class by its full name, which must name one class only: where two libraries
        // (or a library and this project) generate the same one, no library of them can be named.
        var shared = libraries.Libraries.GroupBy(l => l.ArticlesType).Where(g => g.Count() > 1 || g.Key == options.ArticlesType).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var library in libraries.Libraries)
        {
            if (shared.TryGetValue(library.ArticlesType, out var same))
            {
                var others = same.Where(l => l != library).Select(l => l.Assembly).Concat(library.ArticlesType == options.ArticlesType ? new[] { libraries.Assembly } : Array.Empty<string>());
                diagnostics.Add(Diagnostic(DiagnosticIds.AmbiguousLibrary, library.Assembly, string.Join(", ", others), library.ArticlesType.Substring("global::".Length)));
            }
            else if (LibraryIndex.Read(library.Index) is { } content) sources.Add(new Source(library.Assembly, library.ArticlesType + "." + CorpusNaming.CorpusMember, content));
            else diagnostics.Add(Diagnostic(DiagnosticIds.IncompatibleLibrary, library.Assembly));
        }
        if (sources.Count < 2) return MergedCorpus.None with { Diagnostics = diagnostics.ToEquatableArray() };
        DuplicateIds(sources, diagnostics);
        return new MergedCorpus(sources.Select(s => s.Corpus).ToEquatableArray(), People(sources, options), diagnostics.ToEquatableArray());
    }

    /// <summary>An id two corpora both use: <c>Articles.Find</c> returns the first one's article, and the build says so.</summary>
    private static void DuplicateIds(List<Source> sources, List<DiagnosticInfo> diagnostics)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var id in source.Content.Ids)
            {
                if (!first.TryGetValue(id, out var owner)) first[id] = source.Assembly;
                else if (owner != source.Assembly) diagnostics.Add(Diagnostic(DiagnosticIds.DuplicateLibraryId, id, owner, source.Assembly));
            }
        }
    }

    private static EquatableArray<MergedPerson> People(List<Source> sources, EmitOptions options)
    {
        var entries = sources
            .SelectMany((source, s) => source.Content.People.Select((person, i) => (Part: s, Index: i, Person: person, Key: CorpusPeople.Key(person.Name))))
            .ToList();
        var surnames = CorpusPeople.SurnameOwners(entries.Select(e => e.Key));
        // A person one article of a library names once stays that library's (CorpusPeople.NamedOnce).
        var groups = entries
            .GroupBy(e => CorpusPeople.NamedOnce(e.Person.Name, e.Person.Roles.FirstOrDefault()) && e.Person.ArticleCount == 1
                ? CorpusPeople.Local(e.Key, $"{e.Part}:{e.Index}")
                : CorpusPeople.Owner(e.Key, e.Person.Roles.FirstOrDefault(), surnames), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var members = CorpusNaming.PersonMembers(groups.Select(g => (g.Key, Canonical(g.Select(e => e.Person)))), options);
        return groups.Select(g =>
        {
            var people = g.Select(e => e.Person).ToList();
            var name = Canonical(people);
            var aliases = people.SelectMany(p => p.Aliases.Append(p.Name)).Where(a => a != name).Distinct().OrderBy(a => a, StringComparer.Ordinal);
            var roles = CorpusPeople.Ranked(people.SelectMany(p => p.Roles.Zip(p.RoleCounts, (role, count) => (role, count))));
            var parts = g.SelectMany(e => new[] { e.Part, e.Index });
            return new MergedPerson(members[g.Key], name, aliases.ToEquatableArray(), roles.Select(r => r.Role).FirstOrDefault(),
                roles.Select(r => r.Role).ToEquatableArray(), parts.ToEquatableArray(), people.Sum(p => p.ArticleCount), g.Select(e => e.Part).Distinct().Count());
        }).ToEquatableArray();
    }

    /// <summary>The canonical name: the fullest form, then the one most articles use.</summary>
    private static string Canonical(IEnumerable<LibraryPerson> people) =>
        CorpusPeople.Canonical(people.GroupBy(p => p.Name).Select(g => (g.Key, g.Sum(p => p.ArticleCount))));

    private static DiagnosticInfo Diagnostic(string id, params string[] arguments) => new(id, 0, 0, 0, arguments.ToEquatableArray());
}
