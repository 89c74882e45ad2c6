using System;
using System.Text.RegularExpressions;

namespace Byline.Generator.Extraction;

/// <summary>Photo captions and credits: "… Copyright Geert Vanden Wijngaert/AP", "(AP Photo/Mark J. Terrill)".</summary>
internal static class Credits
{
    // A credit marker, and everything after it on the line, is the credit; what stands before it is the caption.
    private static readonly Regex s_marker = new(
        @"(?:\bCopyright\b|\u00A9|\((?:AP|AFP|Reuters|EPA|PA) ?Photo\b|\bImage copyright\b|\bImage caption\b|\bMedia caption\b|\bPhotograph:|\bPhoto(?:graph)?s?: |\bPhoto credit\b|\bCredit: |\bGetty Images\b|\bREUTERS/|\bAP Photo/|\bAFP via Getty\b)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex s_captionLabel = new(@"^(?:Image|Media|Video) caption\s*", RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.IgnoreCase);

    public static bool TrySplit(string line, out string caption, out string credit)
    {
        caption = credit = "";
        var labelled = s_captionLabel.Match(line);
        if (labelled.Success)
        {
            caption = line.Substring(labelled.Length).Trim();
            return true;
        }
        var match = s_marker.Match(line);
        if (!match.Success) return false;
        // A long sentence that merely mentions copyright is body text, not a credit line.
        if (match.Index > 0 && PageLayoutPass.IsParagraph(line.Substring(0, match.Index)) && line.IndexOf("Photo", StringComparison.Ordinal) < 0) return false;
        caption = line.Substring(0, match.Index).Trim();
        credit = CleanCredit(line.Substring(match.Index));
        return true;
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
