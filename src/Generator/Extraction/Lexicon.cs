using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Byline.Generator.Extraction;

/// <summary>The word lists in <c>Data/</c>, embedded in the generator and read once per process.</summary>
internal static class Lexicon
{
    private static readonly Lazy<Dictionary<string, string>> s_speechVerbs = new(LoadSpeechVerbs);
    private static readonly Lazy<Dictionary<string, char>> s_firstNames = new(() => LoadGendered("first-names"));
    private static readonly Lazy<Dictionary<string, char>> s_honorifics = new(() => LoadGendered("honorifics"));
    private static readonly Lazy<Dictionary<string, string>> s_offices = new(LoadOffices);
    private static readonly Lazy<HashSet<string>> s_roleWords = new(() => LoadSet("role-words", StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<HashSet<string>> s_organisations = new(() => LoadSet("organisations", StringComparer.Ordinal));
    private static readonly Lazy<HashSet<string>> s_institutionHeads = new(() => LoadSet("institution-heads", StringComparer.Ordinal));
    private static readonly Lazy<HashSet<string>> s_countries = new(() => LoadSet("countries", StringComparer.Ordinal));
    private static readonly Lazy<HashSet<string>> s_nonPerson = new(() => new HashSet<string>(Lines("non-person-words").Concat(Organisations).Concat(InstitutionHeads), StringComparer.Ordinal));
    private static readonly Lazy<Dictionary<string, NounKinds>> s_nouns = new(LoadNouns);
    private static readonly Lazy<HashSet<string>> s_titleNouns = new(() => new HashSet<string>(s_nouns.Value.Where(n => (n.Value & NounKinds.Title) != 0).Select(n => n.Key), StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<LinePatterns> s_boilerplate = new(() => new LinePatterns(Lines("boilerplate")));
    private static readonly Lazy<LinePatterns> s_tailMarkers = new(() => new LinePatterns(Lines("tail-markers")));

    /// <summary>Maps every inflected form of a speech verb ("said", "adds") to its lemma ("say", "add").</summary>
    public static IReadOnlyDictionary<string, string> SpeechVerbs => s_speechVerbs.Value;

    /// <summary>Given names with 'm', 'f' or '-'.</summary>
    public static IReadOnlyDictionary<string, char> FirstNames => s_firstNames.Value;

    /// <summary>Honorifics and titles before a name ("Mr", "President") with 'm', 'f' or '-'.</summary>
    public static IReadOnlyDictionary<string, char> Honorifics => s_honorifics.Value;

    /// <summary>Abbreviated honorifics that stand for an office, with the office: "Sen." → "Senator".</summary>
    public static IReadOnlyDictionary<string, string> Offices => s_offices.Value;

    /// <summary>Lower-case words that make up a role phrase ("secretary-general", "french" is not one).</summary>
    public static HashSet<string> RoleWords => s_roleWords.Value;

    /// <summary>Capitalised words that are never a person's name on their own: the general list and the organisations, brands and teams.</summary>
    public static HashSet<string> NonPersonWords => s_nonPerson.Value;

    /// <summary>Companies, brands, newsrooms, leagues and teams: a source of a claim, never a person.</summary>
    public static HashSet<string> Organisations => s_organisations.Value;

    /// <summary>Head nouns of institutions ("Show", "Alliance"): a run of capitalised words that ends in one is no person.</summary>
    public static HashSet<string> InstitutionHeads => s_institutionHeads.Value;

    /// <summary>Countries by their short names: one alone before a speech verb is its government, not a person.</summary>
    public static HashSet<string> Countries => s_countries.Value;

    /// <summary>Titles and occupations ("president", "spokesman"), in any case.</summary>
    public static HashSet<string> TitleNouns => s_titleNouns.Value;

    /// <summary>Whether the list of person nouns gives the word, as written (lower case), one of <paramref name="kinds"/>.</summary>
    public static bool IsNoun(string word, NounKinds kinds) => s_nouns.Value.TryGetValue(word, out var found) && (found & kinds) != 0;

    public static LinePatterns Boilerplate => s_boilerplate.Value;

    public static LinePatterns TailMarkers => s_tailMarkers.Value;

    private static Dictionary<string, string> LoadSpeechVerbs()
    {
        var forms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines("speech-verbs"))
        {
            var words = line.Split(' ');
            var lemma = words[0];
            foreach (var form in Inflections.Of(lemma)) forms[form] = lemma;
            for (var i = 1; i < words.Length; i++) forms[words[i]] = lemma;
        }
        return forms;
    }

    private static Dictionary<string, char> LoadGendered(string name)
    {
        var map = new Dictionary<string, char>(StringComparer.Ordinal);
        foreach (var line in Lines(name))
        {
            var words = line.Split(' ');
            if (words.Length >= 2 && words[1].Length == 1) map[words[0]] = words[1][0];
        }
        return map;
    }

    /// <summary>The offices abbreviated honorifics stand for, from the third column of honorifics.txt ("Sen." → "Senator").</summary>
    private static Dictionary<string, string> LoadOffices()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Lines("honorifics"))
        {
            var words = line.Split(' ');
            if (words.Length == 3) map[words[0]] = words[2];
        }
        return map;
    }

    private static Dictionary<string, NounKinds> LoadNouns()
    {
        var nouns = new Dictionary<string, NounKinds>(StringComparer.Ordinal);
        foreach (var line in Lines("person-nouns"))
        {
            var words = line.Split(' ');
            var kinds = NounKinds.None;
            for (var i = 1; i < words.Length; i++)
            {
                kinds |= words[i] switch
                {
                    "title" => NounKinds.Title,
                    "kin" => NounKinds.Kin,
                    "body" => NounKinds.Body,
                    "stand-in" => NounKinds.StandIn,
                    "thing" => NounKinds.Thing,
                    "function" => NounKinds.FunctionWord,
                    "organisation" => NounKinds.Organisation,
                    "position" => NounKinds.Position,
                    _ => throw new InvalidOperationException($"person-nouns.txt: '{words[i]}' is no kind of noun (line '{line}')."),
                };
            }
            nouns[words[0]] = kinds;
        }
        return nouns;
    }

    private static HashSet<string> LoadSet(string name, StringComparer comparer) => new(Lines(name), comparer);

    internal static IEnumerable<string> Lines(string name)
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream($"Byline.Data.{name}.txt")
            ?? throw new InvalidOperationException($"The word list '{name}' is not embedded in the generator.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#') lines.Add(line);
        }
        return lines;
    }
}

/// <summary>What <c>Data/person-nouns.txt</c> says a lower-case noun is; a word may be several.</summary>
[Flags]
internal enum NounKinds
{
    None = 0,

    /// <summary>A title or occupation: "president", "spokesman".</summary>
    Title = 1,

    /// <summary>Someone of a person's: "wife", "aide", "team".</summary>
    Kin = 2,

    /// <summary>A body that speaks for its owner: "campaign", "office".</summary>
    Body = 4,

    /// <summary>One who speaks for another: "spokesman", "source".</summary>
    StandIn = 8,

    /// <summary>A thing with a person noun's ending: "paper", "letter".</summary>
    Thing = 16,

    /// <summary>A function word with a person noun's ending: "for", "however".</summary>
    FunctionWord = 32,

    /// <summary>A kind of organisation, before its name: "rights group Liberty", "oil giant Exxon".</summary>
    Organisation = 64,

    /// <summary>A player's position or a sportsman's or countryman's word, which holders of any office may be: "the Sale full-back", "the Welshman".</summary>
    Position = 128,
}

/// <summary>Whole-line patterns, case-insensitive, where a '*' stands for any text.</summary>
internal sealed class LinePatterns
{
    private readonly string[][] _patterns;
    private readonly int _longest;

    // The patterns by the ASCII letter or digit they open with (a line is tried only against those that open with its
    // first character), and those that open otherwise or with '*', which any line is tried against.
    private readonly Dictionary<char, string[][]> _byFirst = new();
    private readonly string[][] _anyFirst;

    public LinePatterns(IEnumerable<string> patterns)
    {
        var list = new List<string[]>();
        foreach (var pattern in patterns) list.Add(pattern.ToLowerInvariant().Split('*'));
        _patterns = list.ToArray();
        // A pattern with a '*' matches lines of any length; those are checked up to a generous bound.
        _longest = 0;
        foreach (var parts in _patterns) _longest = System.Math.Max(_longest, parts.Length == 1 ? parts[0].Length + 2 : 200);
        _anyFirst = _patterns.Where(parts => FirstKey(parts[0]) is null).ToArray();
        foreach (var group in _patterns.Where(parts => FirstKey(parts[0]) is not null).GroupBy(parts => FirstKey(parts[0])!.Value))
            _byFirst[group.Key] = group.ToArray();
    }

    /// <summary>The lower-case ASCII letter or digit <paramref name="text"/> opens with, or null.</summary>
    private static char? FirstKey(string text) =>
        text.Length > 0 && text[0] < 128 && char.IsLetterOrDigit(text[0]) ? char.ToLowerInvariant(text[0]) : null;

    public bool Matches(string line)
    {
        // Furniture is short: a long line is never one of these.
        if (line.Length > _longest) return false;
        // The line is compared in place, ignoring case, with its spaces at either end left out: most lines of an article
        // are tried, and a trimmed lower-case copy of each would cost more than the comparisons.
        var start = 0;
        var end = line.Length;
        while (start < end && char.IsWhiteSpace(line[start])) start++;
        while (end > start && char.IsWhiteSpace(line[end - 1])) end--;
        // A character beyond ASCII may still match an ASCII one ignoring case ("ı" and "i"): such a line is tried against all.
        if (start < end && line[start] >= 128) return Any(line, start, end, _patterns);
        return Any(line, start, end, _anyFirst)
            || start < end && _byFirst.TryGetValue(char.ToLowerInvariant(line[start]), out var opening) && Any(line, start, end, opening);
    }

    private static bool Any(string line, int start, int end, string[][] patterns)
    {
        foreach (var parts in patterns)
        {
            if (Matches(line, start, end, parts)) return true;
        }
        return false;
    }

    private static bool Matches(string line, int start, int end, string[] parts)
    {
        var first = parts[0];
        if (parts.Length == 1) return end - start == first.Length && At(line, start, first);
        if (end - start < first.Length || !At(line, start, first)) return false;
        var at = start + first.Length;
        for (var i = 1; i < parts.Length - 1; i++)
        {
            var found = line.IndexOf(parts[i], at, end - at, StringComparison.OrdinalIgnoreCase);
            if (found < 0) return false;
            at = found + parts[i].Length;
        }
        var last = parts[parts.Length - 1];
        return end - at >= last.Length && At(line, end - last.Length, last);
    }

    /// <summary>Whether <paramref name="part"/> stands in <paramref name="line"/> at <paramref name="at"/>, in any case.</summary>
    private static bool At(string line, int at, string part) =>
        string.Compare(line, at, part, 0, part.Length, StringComparison.OrdinalIgnoreCase) == 0;
}

/// <summary>Regular English inflections of a verb lemma.</summary>
internal static class Inflections
{
    public static IEnumerable<string> Of(string lemma)
    {
        yield return lemma;
        var stem = lemma.EndsWith("e", StringComparison.Ordinal) ? lemma.Substring(0, lemma.Length - 1) : lemma;
        yield return lemma.EndsWith("s", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal)
            ? lemma + "es" : lemma + "s";
        yield return stem + "ed";
        yield return stem + "ing";
    }
}
