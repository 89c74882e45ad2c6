using System;
using System.Text.RegularExpressions;

namespace Byline.Generator.Extraction;

/// <summary>
/// Photo captions and credits ("… Copyright Geert Vanden Wijngaert/AP", "(AP Photo/Mark J. Terrill)"), and the staff
/// credit that closes wire copy ("(Reporting by Will Dunham; Editing by Tom Brown)").
/// </summary>
internal static class Credits
{
    // A credit marker, and everything after it on the line, is the credit; what stands before it is the caption.
    private static readonly TieredRegex s_marker = new(
        @"(?:\bCopyright\b|\u00A9|\((?:AP|AFP|Reuters|EPA|PA) ?Photo\b|\bImage copyright\b|\bImage credit:|\bImage caption\b|\bMedia caption\b|\bPhotograph:|\bPhoto(?:graph)?s?: |\bPhoto credit\b|\bCredit: |\bGetty Images\b|\bREUTERS/|\bAP Photo/|\bAFP via Getty\b)",
        RegexOptions.CultureInvariant);

    // A credit line of its own: a photographer's name (or a pool or handout) and the agency or publisher, "Carlos Barria /
    // Reuters.", "Gary Cameron/Reuters", "Amy K. Dragoo/AIMMEDIA" (a publisher in capitals). The whole line is the credit.
    private static readonly TieredRegex s_agencyCredit = new(
        @"^\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3} ?/ ?(?:Reuters|AP|AFP|EPA|Getty Images|Getty|Associated Press|Bloomberg|\p{Lu}{3,})\.?$",
        RegexOptions.CultureInvariant);

    // A credit glued to the caption's last full stop, as scraped pages leave it: "… on July 25, 2019.J. Scott Applewhite / AP
    // file", "… in 2023.CreditCreditJeon Heon-Kyun/EPA, via Shutterstock": a name of two words or more, a slash, the outlet.
    private static readonly TieredRegex s_gluedCredit = new(
        @"(?<=[\p{Ll}\d)]\.)(?:Credit(?:\.\.\.)?)*(?<credit>\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){1,3} ?/ ?\p{Lu}[\p{L}&.'\u2019 ,-]{1,60})$",
        RegexOptions.CultureInvariant);

    private static readonly TieredRegex s_captionLabel = new(@"^(?:Image|Media|Video) caption\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // Every marker holds one of these words (the expression is case-sensitive): a line with none has no credit, and the
    // expression, which would try every capital letter of the line, is not run.
    private static readonly string[] s_markerWords = { "Copyright", "\u00A9", "Photo", "Image", "Media", "Credit", "Getty", "REUTERS/" };

    public static bool TrySplit(string line, out string caption, out string credit)
    {
        caption = credit = "";
        // "Image caption", "Media caption", "Video caption" in any case: the label opens the line.
        var labelled = line.Length > 0 && line[0] is 'I' or 'i' or 'M' or 'm' or 'V' or 'v' or > '\u007F' ? s_captionLabel.Match(line) : Match.Empty;
        if (labelled.Success)
        {
            caption = line.Substring(labelled.Length).Trim();
            return true;
        }
        if (line.Length < 80 && line.IndexOf('/') > 0 && s_agencyCredit.IsMatch(line))
        {
            credit = line.TrimEnd('.');
            return true;
        }
        if (line.IndexOf('/') > 0 && s_gluedCredit.Match(line) is { Success: true } glued)
        {
            caption = line.Substring(0, glued.Index).Trim();
            credit = glued.Groups["credit"].Value.TrimEnd('.');
            return true;
        }
        if (!HasMarkerWord(line)) return false;
        var match = s_marker.Match(line);
        if (!match.Success) return false;
        // "manifesto™© we just think …": a sign that no holder's name or year follows marks nothing.
        if (line[match.Index] == '\u00A9' && LowerCaseWordAfter(line, match.Index + 1)) return false;
        var start = CreditStart(line, match.Index);
        // A long sentence that merely mentions copyright is body text, not a credit line.
        // A wire caption says it is one: "FILE PHOTO: Traders work on the floor … REUTERS/Brendan McDermid".
        if (start > 0 && PageLayoutPass.IsParagraph(line.Substring(0, start)) && line.IndexOf("Photo", StringComparison.Ordinal) < 0 && line.IndexOf("PHOTO", StringComparison.Ordinal) < 0) return false;
        var rest = CleanCredit(line.Substring(start));
        // "© Provided by Business Insider Inc Nintendo/Apple Nintendo and Apple shocked the world …": a paragraph the page
        // glued to a credit is the body's, and stays there whole rather than be lost as a credit.
        if (Words.Count(rest, MaxCreditWords + 1) > MaxCreditWords) return false;
        // "Supporters of Ines Duarte / Getty Images": a separator the caption ends with joined it to the credit.
        caption = line.Substring(0, start).Trim().TrimEnd('/', '|').TrimEnd();
        credit = rest;
        return true;
    }

    // The longest credit: a copyright notice with its terms ("2019 Associated Press. All Rights Reserved. This material
    // may not be published, broadcast, rewritten, or redistributed." is sixteen words).
    private const int MaxCreditWords = 30;

    private static bool LowerCaseWordAfter(string line, int at)
    {
        while (at < line.Length && line[at] == ' ') at++;
        return at < line.Length && char.IsLower(line[at]);
    }

    // What a credit names its source with before the name: "Photo by Kirk Irwin/Getty Images", "(Image: gargantiopa / Getty
    // Images)", "Credit Ashraf Shazly/Agence France-Presse — Getty Images".
    private static readonly string[] s_creditOpeners = { "Photo by ", "Photograph by ", "Photo: ", "Photograph: ", "Image: ", "Credit: ", "Credit " };

    /// <summary>
    /// Where the credit whose marker stands at <paramref name="marker"/> starts: a marker that names an agency ("Getty
    /// Images") ends a credit that names the photographer and the agencies before it, joined by a slash, a bar, a dash or
    /// "via" ("JIM WATSON/AFP/Getty Images", "Laura Cavanaugh via Getty Images", "Anthony Wallace / AFP - Getty Images"),
    /// opened by "Photo by" or "Credit" and a bracket ("… California. (Photo by Kevin Mazur/Getty Images)"). The names are
    /// the credit's only where a sentence, a bracket or the line ends before them: "Supporters of Ines Duarte / Getty
    /// Images" keeps its caption whole.
    /// </summary>
    private static int CreditStart(string line, int marker)
    {
        var start = marker;
        while (SeparatorStart(line, start) is var separator and >= 0 && NamesBefore(line, separator, line[separator] is '/' or '|' || line[separator + 1] is '/' or '|') is var names and >= 0)
        {
            if (!OpensCredit(line, names)) break;
            start = names;
        }
        start = OpenerStart(line, start);
        var bracket = start;
        while (bracket > 0 && line[bracket - 1] == ' ') bracket--;
        return bracket > 0 && line[bracket - 1] == '(' ? bracket - 1 : start;
    }

    /// <summary>Where a separator between two names of a credit that ends at <paramref name="end"/> starts ("/", " / ", " | ", " via ", " - ", " — "), or -1.</summary>
    private static int SeparatorStart(string line, int end)
    {
        if (end >= 1 && line[end - 1] is '/' or '|') return end - 1;
        if (end < 3 || line[end - 1] != ' ') return -1;
        if (line[end - 2] is '/' or '|' or '-' or '\u2013' or '\u2014') return line[end - 3] == ' ' ? end - 3 : line[end - 2] is '/' or '|' ? end - 2 : -1;
        return end >= 5 && string.CompareOrdinal(line, end - 5, " via ", 0, 5) == 0 ? end - 5 : -1;
    }

    /// <summary>
    /// Where the names that end at <paramref name="end"/> start: up to four words, each capitalised or with a capital in
    /// it ("iStock"); a lone lower-case handle before a slash ("evgenyb/iStock"). A word glued to a sentence's full stop
    /// ("Thursday.Anthony") starts after it. -1 when no name stands there.
    /// </summary>
    private static int NamesBefore(string line, int end, bool slash)
    {
        var start = -1;
        var at = end;
        for (var words = 0; words < 4; words++)
        {
            var wordEnd = at;
            var wordStart = wordEnd;
            while (wordStart > 0 && (char.IsLetterOrDigit(line[wordStart - 1]) || line[wordStart - 1] is '.' or '\'' or '\u2019' or '&' or '-')) wordStart--;
            if (wordStart == wordEnd) break;
            var glued = GluedSentenceEnd(line, wordStart, wordEnd);
            if (glued >= 0) wordStart = glued;
            var word = line.Substring(wordStart, wordEnd - wordStart);
            // "Eastford. Lee Grant/Reuters": a word that ends a sentence is the caption's; an initial ("B.") is a name's.
            if (word.Length > 2 && word[word.Length - 1] == '.') break;
            if (!HasCapital(word) && !(slash && words == 0 && (wordStart == 0 || line[wordStart - 1] == ' ' || line[wordStart - 1] == '('))) break;
            start = wordStart;
            if (glued >= 0 || wordStart == 0 || line[wordStart - 1] != ' ' || wordStart < 2 || line[wordStart - 2] == ' ') break;
            at = wordStart - 1;
        }
        return start;
    }

    // "Thursday.Anthony": where the word after a full stop glued to a word starts, or -1.
    private static int GluedSentenceEnd(string line, int start, int end)
    {
        for (var i = end - 2; i > start; i--)
        {
            if (line[i] == '.' && char.IsLower(line[i - 1]) && char.IsUpper(line[i + 1])) return i + 1;
        }
        return -1;
    }

    private static bool HasCapital(string word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c)) return true;
        }
        return false;
    }

    /// <summary>Whether the names at <paramref name="start"/> may open a credit: the line, a bracket, a sentence's end, another separator or an opener stands before them.</summary>
    private static bool OpensCredit(string line, int start)
    {
        if (start == 0 || OpenerStart(line, start) < start) return true;
        var before = line[start - 1];
        if (before is '(' or '.' or '/' or '|') return true;
        if (before != ' ') return false;
        var i = start - 1;
        while (i > 0 && line[i - 1] == ' ') i--;
        return i == 0 || line[i - 1] is '.' or '?' or '!' or '(' or ')' or '"' or '\u201D' or '\u2019' || SeparatorStart(line, start) >= 0;
    }

    /// <summary>Where an opener ("Photo by ", "Credit ") that stands right before <paramref name="start"/> starts, or <paramref name="start"/>.</summary>
    private static int OpenerStart(string line, int start)
    {
        foreach (var opener in s_creditOpeners)
        {
            var at = start - opener.Length;
            if (at >= 0 && string.Compare(line, at, opener, 0, opener.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (at == 0 || !char.IsLetterOrDigit(line[at - 1]))) return at;
        }
        return start;
    }

    /// <summary>
    /// Whether the span [<paramref name="start"/>, <paramref name="end"/>) of a paragraph is the name in a photographer's
    /// credit left in the body: "(Manu Fernandez/AP)", "(Ellen M. Banner / The Seattle Times)", "© Reuters / David Mercado".
    /// Such a name is no one the article is about (GUIDELINES leave photo credits out).
    /// </summary>
    public static bool NamesPhotographer(string text, int start, int end)
    {
        var before = start - 1;
        while (before >= 0 && text[before] == ' ') before--;
        if (before >= 0 && text[before] == '\u00A9') return true;
        var after = end;
        while (after < text.Length && text[after] == ' ') after++;
        if (after < text.Length && text[after] == '/' && before >= 0 && text[before] == '(')
        {
            var close = text.IndexOf(')', after);
            return close > 0 && close - after <= 40;
        }
        // "(Photos by Richard Shotwell, left, and Mark Von Holden/Invision/AP)": any name in a bracket that credits photos.
        if (InPhotoCredit(text, start)) return true;
        if (before < 0 || text[before] != '/') return false;
        // Back over the agency's name to what opens the credit.
        for (var k = before - 1; k >= 0 && before - k <= 40; k--)
        {
            var c = text[k];
            if (c is '(' or '\u00A9') return true;
            if (!(char.IsLetter(c) || c is ' ' or '.' or '&' or '/')) return false;
        }
        return false;
    }

    private static readonly string[] s_photoCreditOpeners = { "(Photo by ", "(Photos by ", "(Photograph by ", "(Photographs by " };

    /// <summary>Whether <paramref name="start"/> stands inside a bracket that opens with "(Photo by" and closes after it.</summary>
    private static bool InPhotoCredit(string text, int start)
    {
        var open = text.LastIndexOf('(', start > 0 ? start - 1 : 0, Math.Min(start, 120));
        if (open < 0 || text.IndexOf(')', open, start - open) >= 0 || text.IndexOf(')', start) < 0) return false;
        foreach (var opener in s_photoCreditOpeners)
        {
            if (string.CompareOrdinal(text, open, opener, 0, opener.Length) == 0) return true;
        }
        return false;
    }

    // Wire copy's staff credit: "(Reporting by Will Dunham; Editing by Tom Brown)", "--additional reporting by Linh Tat.".
    private static readonly TieredRegex s_staffCredit = new(
        @"^[(\[]?(?:--?|\u2014|\u2013)?\s*(?i:(?:additional |with )?(?:reporting|writing|editing|edited|compiled|research)) (?i:by|from):? \p{Lu}",
        RegexOptions.CultureInvariant);

    // Or the credit that closes it after the names: "Associated Press writers … contributed to this report.", "Keith
    // Bradsher contributed reporting from Hong Kong.", "Associated Press writer Jill Colvin contributed from Albuquerque."
    private static readonly TieredRegex s_contributedCredit = new(@"\bcontributed (?:to this (?:report|story|article)|reporting\b|from \p{Lu})", RegexOptions.CultureInvariant);

    // Or the reporters' own line, their names and where each wrote from: "Costa reported from Washington.", "Stella Kim
    // reported from Seoul, and Jennifer Jett from Hong Kong."
    private static readonly TieredRegex s_reportedFrom = new(
        @"^(?:\p{Lu}[\p{L}'\u2019.-]* ){1,3}(?:and (?:\p{Lu}[\p{L}'\u2019.-]* ){1,3})?reported from \p{Lu}", RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether a paragraph is the staff credit that closes wire copy: "(Reporting by Valerie Volcovici; Additional reporting
    /// by Lawrence Hurley; Editing by Will Dunham.)", "Edited by: Louis Jacobson", "Associated Press writers … contributed to
    /// this report.", "Costa reported from Washington.". The reporters and editors it names are not people the article is
    /// about (GUIDELINES leave bylines and credits out), and it reports nothing.
    /// </summary>
    public static bool IsStaffCredit(string paragraph)
    {
        if (paragraph.Length < 300 && paragraph.IndexOf("contributed", StringComparison.Ordinal) > 0 && s_contributedCredit.IsMatch(paragraph)) return true;
        if (paragraph.Length < 300 && paragraph.IndexOf(" reported from ", StringComparison.Ordinal) > 0 && s_reportedFrom.IsMatch(paragraph)) return true;
        // A cheap look at the opening word first: most paragraphs open with none of the credit's words.
        var i = 0;
        while (i < paragraph.Length && paragraph[i] is '(' or '[' or '-' or '\u2014' or '\u2013' or ' ') i++;
        if (i >= paragraph.Length || char.ToLowerInvariant(paragraph[i]) is not ('r' or 'w' or 'e' or 'c' or 'a')) return false;
        return paragraph.Length < 1_000 && s_staffCredit.IsMatch(paragraph);
    }

    private static bool HasMarkerWord(string line)
    {
        foreach (var word in s_markerWords)
        {
            if (line.IndexOf(word, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }

    // The labels a credit opens with, in the order they are taken off: "(Image: © Shutterstock)" is "Shutterstock".
    private static readonly string[] s_creditLabels = { "Image copyright", "Image credit:", "Image:", "Photograph:", "Photograph by", "Photo credit", "Photo by", "Photos:", "Photo:", "Credit:", "Credit ", "Copyright", "\u00A9" };

    private static string CleanCredit(string credit)
    {
        credit = credit.Trim().TrimStart('(').TrimEnd(')').Trim();
        foreach (var label in s_creditLabels)
        {
            if (credit.StartsWith(label, StringComparison.Ordinal)) credit = credit.Substring(label.Length).Trim();
        }
        return credit;
    }
}
