using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Byline.Generator.Model;

namespace Byline.Generator.Extraction;

/// <summary>A person merged across every article that names them.</summary>
internal sealed class CorpusPerson
{
    public CorpusPerson(string key) => Key = key;

    public string Key { get; }

    public string Name { get; set; } = "";

    public List<string> Aliases { get; } = new();

    public List<string> Roles { get; } = new();

    public List<int> Articles { get; } = new();

    public int QuoteCount { get; set; }

    /// <summary>The article-local name forms merged into this person (for alias members).</summary>
    public List<string> MergedNames { get; } = new();
}

/// <summary>
/// Merges the people of all articles: equal names (ignoring case, accents and punctuation) are one person,
/// and a single-word name ("Putin") joins the one fuller name in the corpus that ends with it.
/// </summary>
internal static class CorpusPeople
{
    public static (List<CorpusPerson> People, CorpusPerson[][] ByArticle) Merge(IReadOnlyList<ArticleSummary> articles)
    {
        var byKey = new Dictionary<string, CorpusPerson>(StringComparer.Ordinal);
        var surnames = SurnameOwners(articles);
        var byArticle = new CorpusPerson[articles.Count][];
        for (var a = 0; a < articles.Count; a++)
        {
            var people = articles[a].People;
            byArticle[a] = new CorpusPerson[people.Count];
            for (var i = 0; i < people.Count; i++)
            {
                var key = Key(people[i].Name);
                if (!key.Contains(" ") && surnames.TryGetValue(key, out var fuller) && fuller is not null) key = fuller;
                if (!byKey.TryGetValue(key, out var person)) byKey[key] = person = new CorpusPerson(key);
                Add(person, people[i], a, articles[a].QuotesPerPerson.Count > i ? articles[a].QuotesPerPerson[i] : 0);
                byArticle[a][i] = person;
            }
        }
        var list = byKey.Values.ToList();
        foreach (var person in list) Finish(person);
        list.Sort((x, y) => string.CompareOrdinal(x.Key, y.Key));
        return (list, byArticle);
    }

    /// <summary>For each surname key, the one multi-word key that ends with it; null when several do.</summary>
    private static Dictionary<string, string?> SurnameOwners(IReadOnlyList<ArticleSummary> articles)
    {
        var owners = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var key in articles.SelectMany(a => a.People).Select(p => Key(p.Name)).Where(k => k.Contains(" ")).Distinct())
        {
            var surname = NameParts.Surname(key.Split(' '));
            owners[surname] = owners.TryGetValue(surname, out var existing) && existing != key ? null : key;
        }
        return owners;
    }

    private static void Add(CorpusPerson person, PersonModel local, int article, int quotes)
    {
        person.MergedNames.Add(local.Name);
        foreach (var alias in local.Aliases) person.Aliases.Add(alias);
        if (local.Role is not null) person.Roles.Add(local.Role);
        if (!person.Articles.Contains(article)) person.Articles.Add(article);
        person.QuoteCount += quotes;
    }

    /// <summary>The canonical name is the fullest form; the role the one given most.</summary>
    private static void Finish(CorpusPerson person)
    {
        person.Name = person.MergedNames
            .OrderByDescending(n => n.Split(' ').Length)
            .ThenByDescending(n => person.MergedNames.Count(m => m == n))
            .ThenBy(n => n, StringComparer.Ordinal)
            .First();
        var aliases = person.Aliases.Concat(person.MergedNames).Where(a => a != person.Name).Distinct().OrderBy(a => a, StringComparer.Ordinal).ToList();
        person.Aliases.Clear();
        person.Aliases.AddRange(aliases);
        var roles = person.Roles.GroupBy(r => r).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        person.Roles.Clear();
        person.Roles.AddRange(roles);
    }

    /// <summary>Case, accents and punctuation do not make two people: "Erdoğan" and "Erdogan" are one key.</summary>
    public static string Key(string name)
    {
        var decomposed = UnicodeText.Normalize(name, NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (c == ' ' && builder.Length > 0 && builder[builder.Length - 1] != ' ') builder.Append(' ');
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
        }
        return builder.ToString().Trim();
    }
}
