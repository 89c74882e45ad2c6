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
    private static readonly Regex s_marked = new(@"^By:?\s+(?=\p{Lu})", RegexOptions.CultureInvariant);
    private static readonly Regex s_separators = new(@"\s*(?:,|;|&|\band\b|\|)\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

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
        if (line.Length > 150) return false;
        if (marked) return s_marked.IsMatch(line) && Parse(line).Authors.Count > 0;
        if (PageLayoutPass.EndsSentence(line) || Words.Count(line) > 12) return false;
        var parts = s_separators.Split(line);
        var hasRole = parts.Skip(1).Any(p => p.Split(' ').Any(w => s_roleWords.Contains(w) && !string.Equals(w, "the", StringComparison.OrdinalIgnoreCase)));
        var hasPipe = line.IndexOf('|') > 0;
        if (!hasRole && !hasPipe) return false;
        var result = Parse(line);
        return result.Authors.Count > 0 && result.Authors.All(LooksLikePersonName);
    }

    public static (List<string> Authors, string? Outlet) Parse(string line)
    {
        var text = s_marked.Replace(line.Trim(), "");
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
                var cleaned = CleanName(name);
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
    private static string? CleanName(string part)
    {
        var words = new List<string>();
        foreach (var word in part.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (s_roleWords.Contains(word.TrimEnd('.', ':'))) break;
            if (!Words.IsCapitalised(word) && !s_particles.Contains(word)) break;
            words.Add(word);
        }
        while (words.Count > 0 && s_particles.Contains(words[words.Count - 1])) words.RemoveAt(words.Count - 1);
        if (words.Count < 2 || words.Count > 5) return null;
        var name = string.Join(" ", words.Select(TitleCase));
        return Agency(name) is null && LooksLikePersonName(name) ? name : null;
    }

    public static bool LooksLikePersonName(string name)
    {
        var words = name.Split(' ');
        return words.Length is >= 2 and <= 5
            && words.All(w => w.Length > 0 && (char.IsUpper(w[0]) || s_particles.Contains(w)) && w.Any(char.IsLetter))
            && !words.Any(w => Lexicon.NonPersonWords.Contains(w) && !Lexicon.FirstNames.ContainsKey(w));
    }

    /// <summary>"MASCARO" → "Mascaro"; names already in mixed case stay as written.</summary>
    private static string TitleCase(string word)
    {
        if (word.Any(char.IsLower) || word.Length < 2) return word;
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
