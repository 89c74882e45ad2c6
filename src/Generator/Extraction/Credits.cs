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
        @"(?:\bCopyright\b|\u00A9|\((?:AP|AFP|Reuters|EPA|PA) ?Photo\b|\bImage copyright\b|\bImage caption\b|\bMedia caption\b|\bPhotograph:|\bPhoto(?:graph)?s?: |\bPhoto credit\b|\bCredit: |\bGetty Images\b|\bREUTERS/|\bAP Photo/|\bAFP via Getty\b)",
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
        // A long sentence that merely mentions copyright is body text, not a credit line.
        if (match.Index > 0 && PageLayoutPass.IsParagraph(line.Substring(0, match.Index)) && line.IndexOf("Photo", StringComparison.Ordinal) < 0) return false;
        caption = line.Substring(0, match.Index).Trim();
        credit = CleanCredit(line.Substring(match.Index));
        return true;
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

    // Wire copy's staff credit: "(Reporting by Will Dunham; Editing by Tom Brown)", "--additional reporting by Linh Tat.".
    private static readonly TieredRegex s_staffCredit = new(
        @"^[(\[]?(?:--?|\u2014|\u2013)?\s*(?i:(?:additional |with )?(?:reporting|writing|editing|edited|compiled|research)) (?i:by|from):? \p{Lu}",
        RegexOptions.CultureInvariant);

    // Or the credit that closes it after the names: "Associated Press writers … contributed to this report.", "Keith
    // Bradsher contributed reporting from Hong Kong."
    private static readonly TieredRegex s_contributedCredit = new(@"\bcontributed (?:to this (?:report|story|article)|reporting)\b", RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether a paragraph is the staff credit that closes wire copy: "(Reporting by Valerie Volcovici; Additional reporting
    /// by Lawrence Hurley; Editing by Will Dunham.)", "Edited by: Louis Jacobson", "Associated Press writers … contributed to
    /// this report.". The reporters and editors it names are not people the article is about (GUIDELINES leave bylines and
    /// credits out), and it reports nothing.
    /// </summary>
    public static bool IsStaffCredit(string paragraph)
    {
        if (paragraph.Length < 300 && paragraph.IndexOf("contributed", StringComparison.Ordinal) > 0 && s_contributedCredit.IsMatch(paragraph)) return true;
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

    private static string CleanCredit(string credit)
    {
        credit = credit.Trim().TrimStart('(').TrimEnd(')').Trim();
        foreach (var prefix in new[] { "Copyright", "\u00A9", "Image copyright", "Photograph:", "Photo credit", "Credit:", "Photos:", "Photo:" })
        {
            if (credit.StartsWith(prefix, StringComparison.Ordinal)) credit = credit.Substring(prefix.Length).Trim();
        }
        return credit;
    }
}
