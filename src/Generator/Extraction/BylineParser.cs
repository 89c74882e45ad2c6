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
    // "By …", and as blogs put it, "Written by …", "Posted by …".
    private static readonly TieredRegex s_marked = new(@"^[^\p{L}\p{N}]{0,3}(?:(?:[Ww]ritten|[Pp]osted|[Pp]ublished)\s+)?(?:[Bb]y|BY):?\s+(?=\p{Lu})", RegexOptions.CultureInvariant);

    // Where the names of a scraped byline end: a dash or bullet, a handle, a date or a number (a time since publication,
    // "3 hours ago", is one), or an apposition.
    private static readonly TieredRegex s_tail = new(
        @"\s+[-\u2013\u2014\u2022\u00B7]\s|\s*@\w|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d|\s*\d|,\s+(?:a|an|the)\s|\s+on\s+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly TieredRegex s_separators = new(@"\s*(?:,|;|&|\band\b|\|)\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly HashSet<string> s_roleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors", "senior",
        "chief", "contributor", "contributing", "columnist", "sports", "political", "business", "desk", "email", "author",
        "the", "photographer", "producer", "analyst", "news", "associate", "deputy", "special", "global", "national",
        "international", "investigative", "health", "science", "technology", "tech", "culture", "opinion", "contributors",
        "updated", "published", "follow", "twitter", "journalist", "bureau", "at", "for", "in", "with", "of", "video", "fellow",
        "review", "reviews", "editorial",
    };

    // Role words that name a desk rather than a person's role: before them, words that open with no given name are the
    // desk's name ("Practical Horseman Editorial Staff", "Metro Desk").
    private static readonly HashSet<string> s_deskWords = new(StringComparer.OrdinalIgnoreCase) { "staff", "desk", "editorial", "team" };

    private static readonly string[] s_agencies =
    {
        "Associated Press", "AP", "Reuters", "AFP", "Agence France-Presse", "BBC News", "BBC", "CNN", "Bloomberg", "PA",
        "Press Association", "PA Media", "UPI", "dpa", "Euronews", "The Associated Press", "NPR", "Xinhua", "EFE", "ANSA", "Kyodo",
    };

    /// <summary>Whether a line is a byline: "By …" when <paramref name="marked"/>, else a layout-evident one.</summary>
    public static bool IsBylineLine(string line, bool marked)
    {
        if (line.Length > 400) return false;
        // A byline may open with its date: "September 10, 2018 | by Catherine", "November 20, 2019 Emiliano Bellini".
        var dateless = Dateless(line.Trim());
        var dated = dateless.Length != line.Trim().Length;
        line = dateless;
        if (marked) return s_marked.IsMatch(line) && ParseDateless(line).Authors.Count > 0;
        var names = NamePart(line);
        if (names.Length == 0 || PageLayoutPass.EndsSentence(names) || Words.Count(names, 13) > 12) return false;
        // An unmarked byline is a short label, never a sentence ("Rep. Ann Lee, the panel's chair, called on …").
        if (Words.Count(line, 15) > 14 || line.TrimEnd().EndsWith(".", StringComparison.Ordinal) && !line.TrimEnd().EndsWith("Jr.", StringComparison.Ordinal)) return false;
        var result = ParseDateless(line);
        if (result.Authors.Count == 0 || !result.Authors.All(LooksLikePersonName)) return false;
        // Without "By", the layout must say it is a byline: a role or agency after the name, a separator,
        // a date or handle after it, or nothing but known people's names on the line.
        var parts = s_separators.Split(names);
        var hasRole = parts.Skip(1).Any(p => p.Split(' ').Any(w => s_roleWords.Contains(w) && !string.Equals(w, "the", StringComparison.OrdinalIgnoreCase)));
        if (names.Length < line.Trim().Length && CountAfterName(line.Trim().Substring(names.Length))) return false;
        var hasTail = names.Length < line.Trim().Length || line.IndexOf('|') > 0 || dated || LabelAfterName(parts[0]);
        var onlyKnownNames = result.Authors.All(a => Lexicon.FirstNames.ContainsKey(a.Split(' ')[0])) && result.Authors.Sum(a => a.Split(' ').Length) == Words.Count(names.Replace(",", " ").Replace(" and ", " ").Replace("&", " "));
        return hasRole || hasTail || onlyKnownNames;
    }

    /// <summary>
    /// Whether a line is nothing but people's names ("Maren Estrada", "Kevin Johnson and Kevin McCoy"), perhaps with an
    /// outlet in capitals after a comma ("VICTOR TANGERMANN, FUTURISM"). Such a line is a byline where the page shows
    /// it is one: next to the date (see <see cref="PageLayoutPass"/>).
    /// </summary>
    public static bool IsNameLine(string line)
    {
        if (line.Length > 120 || s_marked.IsMatch(line)) return false;
        var dateless = Dateless(line.Trim());
        var names = NamePart(dateless);
        if (names.Length < line.Trim().Length) return false;
        var authors = ParseDateless(dateless).Authors;
        if (authors.Count is 0 or > 3) return false;
        var parts = s_separators.Split(names).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var extra = parts.Count - authors.Count;
        return extra == 0 || extra == 1 && parts.Count > 1 && !parts[parts.Count - 1].Any(char.IsLower) && Words.Count(parts[parts.Count - 1], 4) <= 3;
    }

    /// <summary>
    /// The part of a byline line (its leading date already cut, <see cref="Dateless"/>) that can hold names: after "By",
    /// before a date, handle, dash or apposition.
    /// </summary>
    private static string NamePart(string dateless)
    {
        // A signature opens with a dash: "— Jane Doe".
        var text = s_marked.Replace(dateless, "").TrimStart('\u2014', '\u2013', '-', ' ');
        var tail = s_tail.Match(text);
        return (tail.Success ? text.Substring(0, tail.Index) : text).Trim().TrimEnd(',', '|', ';').Trim();
    }

    /// <summary>The trimmed line without the date it opens with, or the trimmed line when it opens with none.</summary>
    private static string Dateless(string trimmed) => PublicationDate.AfterLeadingDate(trimmed) is { Length: > 0 } rest ? rest : trimmed;

    public static (List<string> Authors, string? Outlet) Parse(string line) => ParseDateless(Dateless(line.Trim()));

    /// <summary>
    /// "Aidan Gantenbein 100 backstroke": a number and a word after a name are a result or a count, not the date or time
    /// a byline carries ("Jane Doe 3 hours ago", "Jane Doe 10.03.17").
    /// </summary>
    private static bool CountAfterName(string rest) => s_countAfterName.IsMatch(rest);

    private static readonly TieredRegex s_countAfterName = new(
        @"^\s*\d+\s+(?!(?:mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|ago|read)\b)\p{Ll}{3,}", RegexOptions.CultureInvariant);

    private static (List<string> Authors, string? Outlet) ParseDateless(string dateless)
    {
        var text = NamePart(dateless);
        // After "By", one name alone is an author when the page confirms it: a given name we know, or a date right after
        // it ("by Regan September 15, 2014"). Unmarked, a single word is never taken.
        var single = s_marked.IsMatch(dateless) && s_separators.Split(text).Length == 1
            && (Lexicon.FirstNames.ContainsKey(text) || DateFollows(s_marked.Replace(dateless, "").Trim(), text));
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
            // "Tom Davies Associated Press": an agency glued to the name, with no separator.
            var suffix = AgencySuffix(part);
            if (suffix is not null)
            {
                outlet ??= suffix;
                part = part.Substring(0, part.Length - suffix.Length).Trim();
            }
            foreach (var name in SplitRunTogether(part))
            {
                var cleaned = CleanName(name, shouting, single);
                if (cleaned is not null && !authors.Contains(cleaned)) authors.Add(cleaned);
            }
        }
        return (authors, outlet);
    }

    /// <summary>Whether what follows <paramref name="name"/> at the start of <paramref name="text"/> is a date: "Regan September 15, 2014".</summary>
    private static bool DateFollows(string text, string name) =>
        text.Length > name.Length && text.StartsWith(name, StringComparison.Ordinal) && PublicationDate.IsDateLine(text.Substring(name.Length).Trim(' ', ',', '|', '-', '\u2013', '\u2014'));

    private static string? AgencySuffix(string part)
    {
        foreach (var agency in s_agencies)
        {
            if (part.Length > agency.Length + 1 && agency.Length > 2 && part.EndsWith(" " + agency, StringComparison.Ordinal)) return agency;
        }
        return null;
    }

    /// <summary>
    /// Whether the names of an unmarked byline part are followed on the line by a label a page puts there: a role
    /// ("Bruce Y. Lee Senior Contributor"), an outlet in capitals ("Kevin McCoy USA TODAY"), an agency, or a link run
    /// into the name ("Marcus De GuzmanView More Articles").
    /// </summary>
    private static bool LabelAfterName(string part)
    {
        // Only after a given name we know: "Real Estate Video" is a section link, not a name and a label.
        var first = part.TrimStart().Split(' ')[0];
        if (!Lexicon.FirstNames.ContainsKey(first)) return false;
        if (AgencySuffix(part) is not null) return true;
        var pieces = SplitRunTogether(part).ToList();
        if (pieces.Count > 1 && LooksLikePersonName(pieces[0])) return true;
        var words = part.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 2; i < words.Length; i++)
        {
            var bare = words[i].TrimEnd('.', ':', ',');
            if (s_roleWords.Contains(bare) && !s_connectors.Contains(bare)) return true;
            if (NameParts.IsAcronym(bare) && bare.Length > 1) return words.Skip(i).All(w => !w.Any(char.IsLower));
            if (!Words.IsCapitalised(words[i])) return false;
        }
        return false;
    }

    // Role words that also join ordinary phrases: after a name they are no label.
    private static readonly HashSet<string> s_connectors = new(StringComparer.OrdinalIgnoreCase) { "the", "at", "for", "in", "with", "of", "follow" };

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
    private static string? CleanName(string part, bool shouting, bool single)
    {
        var words = new List<string>();
        foreach (var word in part.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var bare = word.TrimEnd('.', ':');
            // A label run into a word ("Filed Under:Eastern") starts a list of tags, never a name.
            if (bare.IndexOf(':') > 0) return null;
            if (words.Count == 0 && (Lexicon.Honorifics.ContainsKey(word) || Lexicon.Honorifics.ContainsKey(bare))) continue; // "By Dr. Jane Doe"
            if (s_roleWords.Contains(bare))
            {
                if (s_deskWords.Contains(bare) && words.Count > 0 && !Lexicon.FirstNames.ContainsKey(shouting ? TitleCase(words[0]) : words[0])) return null;
                break;
            }
            if (!Words.IsCapitalised(word) && !NameParts.IsParticle(word)) break;
            // In a byline written in mixed case, a word in capitals is an organisation ("ACLU"), not a name.
            // After a name, it is the outlet the page runs into the byline ("Kevin McCoy USA TODAY").
            if (!shouting && NameParts.IsAcronym(word) && !word.EndsWith(".", StringComparison.Ordinal))
            {
                if (words.Count >= 2) break;
                return null;
            }
            var titled = shouting ? TitleCase(word) : word;
            if (Lexicon.NonPersonWords.Contains(titled.TrimEnd('.')) && !Lexicon.FirstNames.ContainsKey(titled)) break;
            words.Add(word);
        }
        while (words.Count > 0 && NameParts.IsParticle(words[words.Count - 1])) words.RemoveAt(words.Count - 1);
        // A scraped byline can hold the name twice, once as text and once as the author link: "Sean Martin Sean Martin".
        if (words.Count is 4 or 6 && words.Take(words.Count / 2).SequenceEqual(words.Skip(words.Count / 2))) words.RemoveRange(words.Count / 2, words.Count / 2);
        if (single && words.Count == 1)
        {
            var only = shouting ? TitleCase(words[0]) : words[0];
            return only.Length > 1 && only.Any(char.IsLower) && Agency(only) is null && !Lexicon.NonPersonWords.Contains(only) ? only : null;
        }
        if (words.Count < 2 || words.Count > 5) return null;
        var name = string.Join(" ", words.Select(w => shouting ? TitleCase(w) : w));
        return Agency(name) is null && LooksLikePersonName(name) ? name : null;
    }

    public static bool LooksLikePersonName(string name)
    {
        var words = name.Split(' ');
        return words.Length is >= 2 and <= 5
            && words.All(w => w.Length > 0 && (char.IsUpper(w[0]) || NameParts.IsParticle(w)) && w.Any(char.IsLetter))
            && !words.Any(w => Lexicon.NonPersonWords.Contains(w) && !Lexicon.FirstNames.ContainsKey(w));
    }

    /// <summary>"MASCARO" → "Mascaro" (an initial such as "C." stays).</summary>
    public static string TitleCase(string word)
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
