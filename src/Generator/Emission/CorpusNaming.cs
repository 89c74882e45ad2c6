using System;
using System.Collections.Generic;
using System.Linq;
using Byline.Generator.Extraction;
using Byline.Generator.Model;

namespace Byline.Generator.Emission;

/// <summary>Gives every article and person a unique member name, in a stable order that does not depend on input order.</summary>
internal static class CorpusNaming
{
    private static readonly HashSet<string> s_articleReserved = new(StringComparer.Ordinal) { "All", "Find", "ById", CorpusMember, MergedMember, DataClass, "Count", "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals" };
    private static readonly HashSet<string> s_peopleReserved = new(StringComparer.Ordinal) { "All", "Find", "Count", "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals" };

    /// <summary>The hidden member of the Articles class that holds the corpus, and the nested class that holds its records.</summary>
    public const string CorpusMember = "Corpus";

    public const string DataClass = "Data";

    /// <summary>The hidden member of the Articles class that holds the corpus merged with the content libraries the project references.</summary>
    public const string MergedMember = "Merged";

    public static CorpusIndex Build(IReadOnlyList<ArticleSummary> unordered, EmitOptions options)
    {
        if (unordered.Count == 0) return CorpusIndex.Empty;
        var articles = unordered.OrderBy(a => a.Path, StringComparer.Ordinal).ToList();
        var diagnostics = new List<CorpusDiagnostic>();
        var ids = UniqueIds(articles, diagnostics);
        var articleReserved = new HashSet<string>(s_articleReserved) { options.ArticlesClass, options.PeopleClass };
        var members = Identifiers.MakeUnique(articles.Select(a => (a.Path, Identifiers.FromText(a.Title, "Article"))), articleReserved);
        var (people, byArticle) = CorpusPeople.Merge(articles);
        var personMembers = PersonMembers(people.Select(p => (p.Key, p.Name)), options);

        var personIndexes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < people.Count; p++) personIndexes[people[p].Key] = p;
        var indexedArticles = articles.Select((a, i) => new IndexedArticle(
            i, a.Path, ids[i], members[a.Path], a.Title, byArticle[i].Select(p => personIndexes[p.Key]).ToEquatableArray())).ToEquatableArray();
        var indexedPeople = people.Select(p => new IndexedPerson(
            personMembers[p.Key], p.Name, p.Aliases.ToEquatableArray(), p.Roles.FirstOrDefault(), p.Roles.ToEquatableArray(),
            p.Articles.OrderBy(i => i).ToEquatableArray(), p.QuoteCount, p.RoleCounts.ToEquatableArray())).ToEquatableArray();
        return new CorpusIndex(indexedArticles, indexedPeople, diagnostics.ToEquatableArray());
    }

    /// <summary>A unique member of the People class for each person, by key, in the order given.</summary>
    public static Dictionary<string, string> PersonMembers(IEnumerable<(string Key, string Name)> people, EmitOptions options)
    {
        var reserved = new HashSet<string>(s_peopleReserved) { options.PeopleClass, options.ArticlesClass };
        return Identifiers.MakeUnique(people.Select(p => (p.Key, Identifiers.FromText(p.Name, "Person", maxWords: 5))), reserved);
    }

    /// <summary>Ids must be unique; a collision is reported and resolved by a number, in path order.</summary>
    private static List<string> UniqueIds(List<ArticleSummary> articles, List<CorpusDiagnostic> diagnostics)
    {
        var firstPath = new Dictionary<string, string>(StringComparer.Ordinal);
        var ids = new List<string>(articles.Count);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var id = article.Id;
            if (!used.Add(id))
            {
                var n = 2;
                while (!used.Add($"{article.Id}-{n}")) n++;
                id = $"{article.Id}-{n}";
                diagnostics.Add(new CorpusDiagnostic(article.Path, ArticleExtractor.Diagnostic(DiagnosticIds.DuplicateIdentifier, 1, 1, 0, article.Id, firstPath[article.Id], id)));
            }
            else firstPath[id] = article.Path;
            ids.Add(id);
        }
        return ids;
    }
}
