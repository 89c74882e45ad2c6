using System;
using System.Collections.Generic;
using System.Linq;
using Byline.Generator.Model;

namespace Byline.Training;

/// <summary>What an annotator says about who spoke a quote.</summary>
internal enum GoldSource
{
    /// <summary>No attribution covers the quote, or it has no source.</summary>
    None,

    /// <summary>A name ("Brafman", "Sen. Ted Cruz"): scored.</summary>
    Named,

    /// <summary>A pronoun ("he"): the annotation does not say whom it stands for, so it is not scored.</summary>
    Pronoun,

    /// <summary>A description with no name ("a spokesman", "officials").</summary>
    Described,
}

/// <summary>One of our quotes with the annotation that covers it: the row a speaker model learns from.</summary>
internal sealed record LabelledQuote(int Index, QuoteModel Quote, PersonModel? Predicted, GoldSource Kind, string? GoldText)
{
    /// <summary>For a named source, whether the rules' speaker is that person, as eval/score.py compares names: equal, or the same last word.</summary>
    public bool RulesRight => Kind == GoldSource.Named && Predicted is not null && SpeakerLabels.SamePerson(GoldText!, Predicted);
}

/// <summary>Labels each body quote of an extracted article with the annotated source of the attribution that covers it.</summary>
internal static class SpeakerLabels
{
    // Relative pronouns too: "Glenn Beck, who called him ..." is annotated with the source "who", which says no more about
    // whom it stands for than "he" does.
    private static readonly HashSet<string> s_pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me", "his", "its", "their", "our", "my", "your",
        "who", "whom", "which", "that",
    };

    private static readonly HashSet<string> s_determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "this", "that", "these", "those", "one", "another", "some", "many" };

    public static IEnumerable<LabelledQuote> Label(ArticleModel model, IReadOnlyList<Attribution> attributions)
    {
        for (var index = 0; index < model.Quotes.Count; index++)
        {
            var quote = model.Quotes[index];
            if (quote.Placement != "Body") continue;
            var start = quote.Text.Start >= 0 ? quote.Text.Start : model.Text.IndexOf(quote.Text.Text, StringComparison.Ordinal);
            if (start < 0) continue;
            var covering = Covering(attributions, start, start + quote.Text.Text.Length);
            var predicted = quote.SpeakerIndex >= 0 ? model.People[quote.SpeakerIndex] : null;
            var (kind, text) = Classify(covering?.Source);
            yield return new LabelledQuote(index, quote, predicted, kind, text);
        }
    }

    /// <summary>The attribution whose content overlaps the quote most, if it covers at least half of it.</summary>
    private static Attribution? Covering(IReadOnlyList<Attribution> attributions, int start, int end)
    {
        Attribution? best = null;
        var bestOverlap = 0;
        foreach (var attribution in attributions)
        {
            if (attribution.Content is null) continue;
            var overlap = attribution.Content.Fragments.Sum(f => Math.Max(0, Math.Min(end, f.End) - Math.Max(start, f.Start)));
            if (overlap > bestOverlap) (best, bestOverlap) = (attribution, overlap);
        }
        return bestOverlap * 2 >= end - start ? best : null;
    }

    public static (GoldSource Kind, string? Text) Classify(AnnotatedSpan? source)
    {
        if (source is null) return (GoldSource.None, null);
        var words = Words(source.Text);
        if (words.Length == 1 && s_pronouns.Contains(words[0])) return (GoldSource.Pronoun, source.Text);
        var name = NamePart(source.Text);
        var named = name.Length is > 0 and <= 6 && !s_determiners.Contains(name[0]) && IsCapitalised(name[name.Length - 1]);
        return (named ? GoldSource.Named : GoldSource.Described, source.Text);
    }

    /// <summary>
    /// Equal to the person's name or an alias, or the same last word as the source's name ("Stacy Baker of Columbia" →
    /// Baker), or the person's full name standing in the source as whole words ("Former Secretary of State Madeleine
    /// Albright", "Sen. Chuck Grassley (R-Iowa)").
    /// </summary>
    public static bool SamePerson(string gold, PersonModel person)
    {
        var forms = new[] { person.Name }.Concat(person.Aliases).ToList();
        if (forms.Any(f => string.Equals(f, gold.Trim(), StringComparison.OrdinalIgnoreCase))) return true;
        if (person.Name.Contains(' ') && ContainsWords(gold, person.Name)) return true;
        var name = NamePart(s_party.Replace(gold, ""));
        if (name.Length == 0) return false;
        var last = name[name.Length - 1];
        if (last.EndsWith("'s", StringComparison.Ordinal) || last.EndsWith("\u2019s", StringComparison.Ordinal)) last = last.Substring(0, last.Length - 2);
        return forms.Any(f => string.Equals(f.Split(' ').Last(), last, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether a described source ("the Florida senator") is this person's role here: every word of the description but
    /// its determiner stands in the role the article gives them ("Florida Senator"), or, with none, in the office their
    /// abbreviated title stands for ("Sen. Claire McCaskill" is "the senator").
    /// </summary>
    public static bool HoldsRole(string description, PersonModel person)
    {
        if ((person.Role ?? person.Office) is not { } held) return false;
        var words = Words(description).Where(w => !s_determiners.Contains(w)).ToArray();
        var role = Words(held);
        return words.Length > 0 && words.All(w => role.Contains(w, StringComparer.OrdinalIgnoreCase));
    }

    // A party and state after a name: "(R-Texas)", "(D-Md.)".
    private static readonly System.Text.RegularExpressions.Regex s_party = new(@"\s*\([A-Z]-[^)]{1,20}\)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool ContainsWords(string text, string words)
    {
        for (var i = text.IndexOf(words, StringComparison.Ordinal); i >= 0; i = text.IndexOf(words, i + 1, StringComparison.Ordinal))
        {
            var end = i + words.Length;
            if ((i == 0 || !char.IsLetter(text[i - 1])) && (end == text.Length || !char.IsLetter(text[end]))) return true;
        }
        return false;
    }

    /// <summary>The words of a source before " of …" or the first comma: "Donald Hartley of Madison, Alabama," → Donald Hartley.</summary>
    private static string[] NamePart(string text)
    {
        var cut = text.Split(',')[0];
        var of = cut.IndexOf(" of ", StringComparison.Ordinal);
        return Words(of > 0 ? cut.Substring(0, of) : cut);
    }

    private static string[] Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', ':', '"', '\u201C', '\u201D', '(', ')')).Where(w => w.Length > 0).ToArray();

    private static bool IsCapitalised(string word) => char.IsUpper(word[0]) && word.Any(char.IsLower);
}
