using System.Text;

namespace Byline.Generator.Model;

/// <summary>Unicode normalisation that cannot throw: a lone surrogate (possible in UTF-16 files) becomes U+FFFD first.</summary>
internal static class UnicodeText
{
    public static string Normalize(string text, NormalizationForm form)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]) && !IsPaired(text, i)) return Repair(text).Normalize(form);
            if (char.IsHighSurrogate(text[i])) i++;
        }
        return text.Normalize(form);
    }

    private static bool IsPaired(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : i > 0 && char.IsHighSurrogate(text[i - 1]);

    private static string Repair(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!char.IsSurrogate(chars[i])) continue;
            if (IsPaired(text, i))
            {
                if (char.IsHighSurrogate(chars[i])) i++;
                continue;
            }
            chars[i] = '\uFFFD';
        }
        return new string(chars);
    }
}
