using System.Text.RegularExpressions;

namespace Byline.Generator.Extraction;

/// <summary>The dateline that opens a wire story: "BRUSSELS (Reuters) -", "LONDON —", "WASHINGTON, D.C. (AP) —".</summary>
internal static class Dateline
{
    private static readonly TieredRegex s_pattern = new(
        @"^(?<place>\p{Lu}[\p{Lu}.'’ -]{1,40}?(?:, [\p{Lu}][\p{L}.' ]{1,30}?)?)(?: \((?<agency>[^)]{1,30})\))?\s*[\u2014\u2013-]{1,2}\s+(?=\S)",
        RegexOptions.CultureInvariant);

    // "Hong Kong (CNN Business) A muddled view …", "(CNN)President Donald Trump …": a wire's or network's own style, the place
    // in title case or none, then the agency in brackets, with or without a dash, sometimes run into the text.
    private static readonly TieredRegex s_agencyStyle = new(
        @"^(?<place>\p{Lu}[\p{L}.'’ -]{1,40}?(?:, [\p{Lu}][\p{L}.' ]{1,30}?)? )?\((?<agency>CNN(?: [A-Z][a-z]+)?|Reuters|AP|AFP)\)\s*(?:[\u2014\u2013-]{1,2}\s*)?(?=\p{Lu})",
        RegexOptions.CultureInvariant);

    /// <summary>The dateline's length, its text and the agency it names, if the paragraph opens with one.</summary>
    public static (int Length, string? Text, string? Agency) Match(string paragraph)
    {
        var match = s_pattern.Match(paragraph);
        var place = match.Success ? match.Groups["place"].Value.Trim() : "";
        if (place.Length < 3 || !IsUpperWord(place))
        {
            var styled = s_agencyStyle.Match(paragraph);
            if (!styled.Success) return (0, null, null);
            var where = styled.Groups["place"].Value.Trim();
            var by = styled.Groups["agency"].Value;
            return (styled.Length, where.Length > 0 ? $"{where} ({by})" : $"({by})", by);
        }
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
