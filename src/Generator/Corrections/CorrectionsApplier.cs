using System;
using System.Collections.Generic;
using System.Linq;
using Byline.Generator.Model;

namespace Byline.Generator.Corrections;

/// <summary>
/// Applies byline.json to one extracted article: names that are never people leave it, people take the canonical name,
/// aliases and role the file gives them (two of the article's people that the file says are one become one), and a
/// quote gets the speaker the file names. Extraction itself takes the file's names as people and leaves its
/// notPeople out (<see cref="CorrectionsSource.Words"/>). Runs after extraction, so editing the file never re-extracts an article.
/// </summary>
internal static class CorrectionsApplier
{
    public const string Corrected = "Corrected";

    public static CorrectedArticle Apply(ArticleModel model, CorrectionsModel corrections)
    {
        if (corrections.IsEmpty) return new CorrectedArticle(model, EquatableArray<string>.Empty);
        var applied = new List<string>();
        var people = model.People.ToList();
        var quotes = model.Quotes.ToList();
        var claims = model.Claims.ToList();

        // Not people: extraction already left them out before resolving speakers (ExcludedNames). A person named by one of
        // them that is left (a form extraction merged differently) is dropped here, and what they said is no one's.
        for (var n = 0; n < corrections.NotPeople.Count; n++)
        {
            var name = corrections.NotPeople[n].Name;
            if (model.ExcludedNames.Any(x => Same(x, name))) applied.Add($"notPeople/{n}");
            for (var p = people.Count - 1; p >= 0; p--)
            {
                if (!Names(people[p]).Any(f => Same(f, name))) continue;
                Remove(people, quotes, claims, p);
                applied.Add($"notPeople/{n}");
            }
        }

        // People: rename to the canonical name, add aliases and the role, and merge the article's people that are one.
        for (var c = 0; c < corrections.People.Count; c++)
        {
            var correction = corrections.People[c];
            var forms = new[] { correction.Name }.Concat(correction.Aliases).ToList();
            var matching = Enumerable.Range(0, people.Count).Where(p => Names(people[p]).Any(f => forms.Any(g => Same(f, g)))).ToList();
            if (matching.Count == 0) continue;
            applied.Add($"people/{c}");
            var keep = matching[0];
            var aliases = matching.SelectMany(p => Names(people[p])).Concat(correction.Aliases)
                .Where(a => !Same(a, correction.Name)).Distinct(StringComparer.OrdinalIgnoreCase).ToEquatableArray();
            people[keep] = people[keep] with { Name = correction.Name, Aliases = aliases, Role = correction.Role ?? people[keep].Role };
            for (var i = 0; i < claims.Count; i++)
            {
                if (claims[i].SourceIndex == keep) claims[i] = claims[i] with { SourceName = correction.Name };
            }
            for (var m = matching.Count - 1; m >= 1; m--) Merge(people, quotes, claims, matching[m], keep);
        }

        // Quotes: the quote that starts with the text gets the speaker; a person the article does not name yet is added.
        for (var q = 0; q < corrections.Quotes.Count; q++)
        {
            var correction = corrections.Quotes[q];
            if (!string.Equals(correction.Article, model.Id, StringComparison.OrdinalIgnoreCase)) continue;
            var index = quotes.FindIndex(x => StartsWith(x.Text.Text, correction.Text));
            if (index < 0) continue;
            applied.Add($"quotes/{q}");
            var speaker = correction.Speaker is null ? -1 : FindOrAdd(people, corrections, correction.Speaker, quotes[index]);
            quotes[index] = quotes[index] with { SpeakerIndex = speaker, Attribution = Corrected, Cue = speaker < 0 ? null : quotes[index].Cue, Confidence = 1.0 };
        }

        // A project speech verb applies where it attributes a quote ("…," she quipped).
        var cues = new HashSet<string>(quotes.Select(x => x.Cue is { } cue ? corrections.Verbs.LemmaOf(cue) : null).OfType<string>(), StringComparer.Ordinal);
        for (var v = 0; v < corrections.SpeechVerbs.Count; v++)
        {
            if (cues.Contains(Extraction.ProjectVerbs.Normalize(corrections.SpeechVerbs[v].Name))) applied.Add($"speechVerbs/{v}");
        }

        if (applied.Count == 0) return new CorrectedArticle(model, EquatableArray<string>.Empty);
        if (applied.All(a => a.StartsWith("speechVerbs/", StringComparison.Ordinal))) return new CorrectedArticle(model, applied.ToEquatableArray());
        var corrected = model with { People = people.ToEquatableArray(), Quotes = quotes.ToEquatableArray(), Claims = claims.ToEquatableArray() };
        return new CorrectedArticle(corrected, applied.Distinct().ToEquatableArray());
    }

    private static IEnumerable<string> Names(PersonModel person) => new[] { person.Name }.Concat(person.Aliases);

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a quote starts with the text, ignoring case, spacing and the kind of quotation marks and apostrophes.</summary>
    private static bool StartsWith(string quote, string text) => Normal(quote).StartsWith(Normal(text), StringComparison.OrdinalIgnoreCase);

    private static string Normal(string text) =>
        string.Join(" ", text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int FindOrAdd(List<PersonModel> people, CorrectionsModel corrections, string name, QuoteModel quote)
    {
        var found = people.FindIndex(p => Names(p).Any(f => Same(f, name)));
        if (found >= 0) return found;
        var known = corrections.People.FirstOrDefault(p => Same(p.Name, name) || p.Aliases.Any(a => Same(a, name)));
        people.Add(new PersonModel(known?.Name ?? name.Trim(), known?.Aliases ?? EquatableArray<string>.Empty, known?.Role, quote.Text.Line, quote.Column));
        return people.Count - 1;
    }

    private static void Remove(List<PersonModel> people, List<QuoteModel> quotes, List<ClaimModel> claims, int removed)
    {
        people.RemoveAt(removed);
        for (var i = 0; i < quotes.Count; i++)
        {
            var s = quotes[i].SpeakerIndex;
            if (s == removed) quotes[i] = quotes[i] with { SpeakerIndex = -1, Attribution = "None", Cue = null };
            else if (s > removed) quotes[i] = quotes[i] with { SpeakerIndex = s - 1 };
        }
        for (var i = 0; i < claims.Count; i++)
        {
            var s = claims[i].SourceIndex;
            if (s == removed) claims[i] = claims[i] with { SourceIndex = -1, SourceName = null };
            else if (s > removed) claims[i] = claims[i] with { SourceIndex = s - 1 };
        }
    }

    /// <summary>Everything said by <paramref name="from"/> is <paramref name="into"/>'s, and <paramref name="from"/> leaves.</summary>
    private static void Merge(List<PersonModel> people, List<QuoteModel> quotes, List<ClaimModel> claims, int from, int into)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            if (quotes[i].SpeakerIndex == from) quotes[i] = quotes[i] with { SpeakerIndex = into };
        }
        for (var i = 0; i < claims.Count; i++)
        {
            if (claims[i].SourceIndex == from) claims[i] = claims[i] with { SourceIndex = into, SourceName = people[into].Name };
        }
        // Earlier first mention wins the place; the merged person keeps it.
        if (people[from].Line < people[into].Line || people[from].Line == people[into].Line && people[from].Column < people[into].Column)
            people[into] = people[into] with { Line = people[from].Line, Column = people[from].Column };
        Remove(people, quotes, claims, from);
    }
}
