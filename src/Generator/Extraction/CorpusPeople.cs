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

    /// <summary>How many mentions give each of <see cref="Roles"/>, once the person is finished.</summary>
    public List<int> RoleCounts { get; } = new();

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
                var key = NamedOnce(people[i].Name, people[i].Role) ? Local(Key(people[i].Name), articles[a].Path) : Owner(Key(people[i].Name), people[i].Role, surnames);
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

    /// <summary>
    /// The key a name joins: a single word joins the one fuller name that ends with it, if there is one. Under a title that
    /// stands before a given name (<paramref name="role"/> "Prince" or "Queen") only the same name with its regnal number:
    /// "Queen Elizabeth" is Elizabeth II, "Prince Charles" is not Ray Charles.
    /// </summary>
    public static string Owner(string key, string? role, Dictionary<string, string?> surnames) =>
        !key.Contains(" ") && surnames.TryGetValue(key, out var fuller) && fuller is not null
        && (!TitlesGivenName(role) || fuller.StartsWith(key + " ", StringComparison.Ordinal)) ? fuller : key;

    /// <summary>
    /// "George, an IT technician", "Maria, a former heroin addict": a given name alone that the article describes by what the
    /// person does or is, not by a title that goes before a given name ("Prince"), is someone the article names once, whom
    /// another article's "George" or "Prince George" is not. Such a person stays the article's own.
    /// </summary>
    public static bool NamedOnce(string name, string? role) =>
        role is not null && name.IndexOf(' ') < 0 && Lexicon.FirstNames.ContainsKey(name) && !TitlesGivenName(role);

    /// <summary>The key of a person who stays <paramref name="owner"/>'s own (an article's path, a library's part): no other key equals it.</summary>
    public static string Local(string key, string owner) => key + "\u0001" + owner;

    // Titles of sovereigns, their families and popes, which go before a given name ("Queen Mary", "Pope Francis", "Crown
    // Prince Mohammed"), where other titles go before a surname ("Lord Falconer", "Senator Sanders").
    private static readonly HashSet<string> s_givenNameTitles = new(StringComparer.Ordinal) { "King", "Queen", "Prince", "Princess", "Pope", "Emperor", "Empress", "Sheikh", "Emir" };

    private static bool TitlesGivenName(string? role)
    {
        if (role is null) return false;
        var space = role.LastIndexOf(' ');
        return s_givenNameTitles.Contains(space < 0 ? role : role.Substring(space + 1));
    }

    /// <summary>For each surname key, the one multi-word key that ends with it; null when several do.</summary>
    private static Dictionary<string, string?> SurnameOwners(IReadOnlyList<ArticleSummary> articles) =>
        SurnameOwners(articles.SelectMany(a => a.People).Select(p => Key(p.Name)));

    /// <summary>For each surname key, the one multi-word key among <paramref name="keys"/> that ends with it; null when several do.</summary>
    public static Dictionary<string, string?> SurnameOwners(IEnumerable<string> keys)
    {
        var owners = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var key in keys.Where(k => k.Contains(" ")).Distinct())
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
        person.Name = Canonical(person.MergedNames.GroupBy(n => n).Select(g => (g.Key, g.Count())));
        var aliases = person.Aliases.Concat(person.MergedNames).Where(a => a != person.Name).Distinct().OrderBy(a => a, StringComparer.Ordinal).ToList();
        person.Aliases.Clear();
        person.Aliases.AddRange(aliases);
        var roles = Ranked(person.Roles.GroupBy(r => r).Select(g => (g.Key, g.Count())));
        person.Roles.Clear();
        person.Roles.AddRange(roles.Select(r => r.Role));
        person.RoleCounts.AddRange(roles.Select(r => r.Count));
    }

    /// <summary>The canonical name among the forms given, each with how often: the fullest, then the most used.</summary>
    public static string Canonical(IEnumerable<(string Name, int Count)> names) => names
        .OrderByDescending(n => n.Name.Split(' ').Length)
        .ThenByDescending(n => n.Count)
        .ThenBy(n => n.Name, StringComparer.Ordinal)
        .First().Name;

    /// <summary>Roles, each with how often it is given, the most given first.</summary>
    public static List<(string Role, int Count)> Ranked(IEnumerable<(string Role, int Count)> roles) => roles
        .GroupBy(r => r.Role)
        .Select(g => (Role: g.Key, Count: g.Sum(r => r.Count)))
        .OrderByDescending(r => r.Count)
        .ThenBy(r => r.Role, StringComparer.Ordinal)
        .ToList();

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
