using System.Text.RegularExpressions;

namespace Byline.Generator.Extraction;

/// <summary>The dateline that opens a wire story: "BRUSSELS (Reuters) -", "LONDON —", "WASHINGTON, D.C. (AP) —".</summary>
internal static class Dateline
{
    private static readonly TieredRegex s_pattern = new(
        @"^(?<place>\p{Lu}[\p{Lu}.'’ -]{1,40}?(?:, [\p{Lu}][\p{L}.' ]{1,30}?)?)(?: \((?<agency>[^)]{1,30})\))?\s*[\u2014\u2013-]{1,2}\s+(?=\S)",
        RegexOptions.CultureInvariant);

    /// <summary>The dateline's length, its text and the agency it names, if the paragraph opens with one.</summary>
    public static (int Length, string? Text, string? Agency) Match(string paragraph)
    {
        var match = s_pattern.Match(paragraph);
        if (!match.Success) return (0, null, null);
        var place = match.Groups["place"].Value.Trim();
        if (place.Length < 3 || !IsUpperWord(place)) return (0, null, null);
        var agency = match.Groups["agency"].Success ? match.Groups["agency"].Value : null;
        var text = agency is null ? place : $"{place} ({agency})";
        return (match.Length, text, agency);
    }

    private static bool IsUpperWord(string place)
    {
        var head = place.Split(',')[0];
        foreach (var c in head)
        {
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        }
        return true;
    }
}
