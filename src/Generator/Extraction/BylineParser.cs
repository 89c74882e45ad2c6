using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace Byline.Generator.Extraction;

/// <summary>
/// Authors from a byline. Scraped bylines run names and roles together ("By Maria PsaraMared Gwyn Jones",
/// "By Meg JamesStaff Writer"): a lower-to-upper case change inside a word is a boundary between two of them.
/// </summary>
internal static class BylineParser
{
    private static readonly Regex s_marked = new(@"^[^\p{L}\p{N}]{0,3}[Bb]y:?\s+(?=\p{Lu})", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // Where the names of a scraped byline end: a dash or bullet, a handle, a date or a number, or an apposition.
    private static readonly Regex s_tail = new(
        @"\s+[-\u2013\u2014\u2022\u00B7]\s|\s*@\w|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d|\s*\d|,\s+(?:a|an|the)\s|\s+\d+\s*(?:min|h|hrs?|hours?|days?)\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.IgnoreCase);
    private static readonly Regex s_separators = new(@"\s*(?:,|;|&|\band\b|\|)\s*", RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.IgnoreCase);

    private static readonly HashSet<string> s_roleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors", "senior",
        "chief", "contributor", "contributing", "columnist", "sports", "political", "business", "desk", "email", "author",
        "the", "photographer", "producer", "analyst", "news", "associate", "deputy", "special", "global", "national",
        "international", "investigative", "health", "science", "technology", "tech", "culture", "opinion", "contributors",
        "updated", "published", "follow", "twitter", "journalist", "bureau", "at", "for", "in", "with", "of", "video", "fellow",
    };

    private static readonly string[] s_agencies =
    {
        "Associated Press", "AP", "Reuters", "AFP", "Agence France-Presse", "BBC News", "BBC", "CNN", "Bloomberg", "PA",
        "Press Association", "PA Media", "UPI", "dpa", "Euronews", "The Associated Press", "NPR", "Xinhua", "EFE", "ANSA", "Kyodo",
    };

    private static readonly HashSet<string> s_particles = new(StringComparer.Ordinal) { "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "ter", "dos", "das", "del" };

    /// <summary>Whether a line is a byline: "By …" when <paramref name="marked"/>, else a layout-evident one.</summary>
    public static bool IsBylineLine(string line, bool marked)
    {
        if (line.Length > 400) return false;
        if (marked) return s_marked.IsMatch(line) && Parse(line).Authors.Count > 0;
        var names = NamePart(line);
        if (names.Length == 0 || PageLayoutPass.EndsSentence(names) || Words.Count(names, 13) > 12) return false;
        // An unmarked byline is a short label, never a sentence ("Rep. Ann Lee, the panel's chair, called on …").
        if (Words.Count(line, 15) > 14 || line.TrimEnd().EndsWith(".", StringComparison.Ordinal) && !line.TrimEnd().EndsWith("Jr.", StringComparison.Ordinal)) return false;
        var result = Parse(line);
        if (result.Authors.Count == 0 || !result.Authors.All(LooksLikePersonName)) return false;
        // Without "By", the layout must say it is a byline: a role or agency after the name, a separator,
        // a date or handle after it, or nothing but known people's names on the line.
        var parts = s_separators.Split(names);
        var hasRole = parts.Skip(1).Any(p => p.Split(' ').Any(w => s_roleWords.Contains(w) && !string.Equals(w, "the", StringComparison.OrdinalIgnoreCase)));
        var hasTail = names.Length < line.Trim().Length || line.IndexOf('|') > 0;
        var onlyKnownNames = result.Authors.All(a => Lexicon.FirstNames.ContainsKey(a.Split(' ')[0])) && result.Authors.Sum(a => a.Split(' ').Length) == Words.Count(names.Replace(",", " ").Replace(" and ", " ").Replace("&", " "));
        return hasRole || hasTail || onlyKnownNames;
    }

    /// <summary>The part of a byline line that can hold names: after "By", before a date, handle, dash or apposition.</summary>
    private static string NamePart(string line)
    {
        var text = s_marked.Replace(line.Trim(), "");
        var tail = s_tail.Match(text);
        return (tail.Success ? text.Substring(0, tail.Index) : text).Trim().TrimEnd(',', '|', ';').Trim();
    }

    public static (List<string> Authors, string? Outlet) Parse(string line)
    {
        var text = NamePart(line);
        // A byline in capitals ("By LISA MASCARO and ERIC TUCKER") keeps its connectors in lower case.
        var shouting = !s_separators.Replace(text, " ").Any(char.IsLower);
        string? outlet = null;
        var authors = new List<string>();
        foreach (var rawPart in s_separators.Split(text))
        {
            var part = rawPart.Trim();
            if (part.Length == 0) continue;
            var agency = Agency(part);
            if (agency is not null)
            {
                outlet ??= agency;
                continue;
            }
            foreach (var name in SplitRunTogether(part))
            {
                var cleaned = CleanName(name, shouting);
                if (cleaned is not null && !authors.Contains(cleaned)) authors.Add(cleaned);
            }
        }
        return (authors, outlet);
    }

    private static string? Agency(string part)
    {
        foreach (var agency in s_agencies)
        {
            if (string.Equals(part, agency, StringComparison.OrdinalIgnoreCase)) return agency;
        }
        return null;
    }

    /// <summary>"Maria PsaraMared Gwyn Jones" → "Maria Psara", "Mared Gwyn Jones".</summary>
    public static IEnumerable<string> SplitRunTogether(string part)
    {
        var current = new List<string>();
        foreach (var word in part.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var cut = RunTogetherBoundary(word);
            if (cut < 0)
            {
                current.Add(word);
                continue;
            }
            current.Add(word.Substring(0, cut));
            yield return string.Join(" ", current);
            current.Clear();
            current.Add(word.Substring(cut));
        }
        if (current.Count > 0) yield return string.Join(" ", current);
    }

    /// <summary>Index of an upper-case letter that follows a lower-case one, unless the start is a name prefix (Mc, Mac, De, Le).</summary>
    private static int RunTogetherBoundary(string word)
    {
        for (var i = 2; i < word.Length; i++)
        {
            if (!char.IsUpper(word[i]) || !char.IsLower(word[i - 1])) continue;
            var prefix = word.Substring(0, i);
            if (prefix is "Mc" or "Mac" or "De" or "Di" or "Da" or "Le" or "La" or "Van" or "Von" or "Du" or "Fitz" or "St") continue;
            if (i < 3) continue;
            return i;
        }
        return -1;
    }

    /// <summary>The name part of a byline piece, in title case, or null when it is a role, desk or agency.</summary>
    private static string? CleanName(string part, bool shouting)
    {
        var words = new List<string>();
        foreach (var word in part.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var bare = word.TrimEnd('.', ':');
            if (words.Count == 0 && (Lexicon.Honorifics.ContainsKey(word) || Lexicon.Honorifics.ContainsKey(bare))) continue; // "By Dr. Jane Doe"
            if (s_roleWords.Contains(bare)) break;
            if (!Words.IsCapitalised(word) && !s_particles.Contains(word)) break;
            // In a byline written in mixed case, a word in capitals is an organisation ("ACLU"), not a name.
            if (!shouting && NameParts.IsAcronym(word) && !word.EndsWith(".", StringComparison.Ordinal)) return null;
            var titled = shouting ? TitleCase(word) : word;
            if (Lexicon.NonPersonWords.Contains(titled.TrimEnd('.')) && !Lexicon.FirstNames.ContainsKey(titled)) break;
            words.Add(word);
        }
        while (words.Count > 0 && s_particles.Contains(words[words.Count - 1])) words.RemoveAt(words.Count - 1);
        if (words.Count < 2 || words.Count > 5) return null;
        var name = string.Join(" ", words.Select(w => shouting ? TitleCase(w) : w));
        return Agency(name) is null && LooksLikePersonName(name) ? name : null;
    }

    public static bool LooksLikePersonName(string name)
    {
        var words = name.Split(' ');
        return words.Length is >= 2 and <= 5
            && words.All(w => w.Length > 0 && (char.IsUpper(w[0]) || s_particles.Contains(w)) && w.Any(char.IsLetter))
            && !words.Any(w => Lexicon.NonPersonWords.Contains(w) && !Lexicon.FirstNames.ContainsKey(w));
    }

    /// <summary>"MASCARO" → "Mascaro" (an initial such as "C." stays).</summary>
    private static string TitleCase(string word)
    {
        if (word.Any(char.IsLower) || word.Length < 2 || word.Length == 2 && word[1] == '.') return word;
        var lower = word.ToLowerInvariant();
        var chars = lower.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is '-' or '\'' or '\u2019' || (i == 2 && lower.StartsWith("mc", StringComparison.Ordinal)))
                chars[i] = char.ToUpper(chars[i], CultureInfo.InvariantCulture);
        }
        return new string(chars);
    }
}
