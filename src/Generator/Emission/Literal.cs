using System.Globalization;
using System.Text;

namespace Byline.Generator.Emission;

/// <summary>
/// The one place user text becomes C# literals. Quotes, backslashes, every control, format and separator
/// character (bidirectional overrides included: "Trojan Source") and lone surrogates are escaped, so
/// generated code shows no invisible or direction-changing character and compiles whatever the article holds.
/// </summary>
internal static class Literal
{
    public static string String(string? value)
    {
        if (value is null) return "null";
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (NeedsEscape(value, i)) builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary>A UTF-8 literal (C# 11) that the compiler stores outside the 16 MB string heap, so it has no CS8103 wall.</summary>
    public static string Utf8(string value) => String(value) + "u8";

    /// <summary>Whether the text can be a UTF-8 literal: lone surrogates cannot be encoded as UTF-8.</summary>
    public static bool IsValidUtf16(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])) return false;
                i++;
            }
            else if (char.IsLowSurrogate(value[i])) return false;
        }
        return true;
    }

    private static bool NeedsEscape(string value, int i)
    {
        var c = value[i];
        if (char.IsHighSurrogate(c)) return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        if (char.IsLowSurrogate(c)) return i == 0 || !char.IsHighSurrogate(value[i - 1]);
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse;
    }

    public static string Bool(bool value) => value ? "true" : "false";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Double(double? value) => value is null ? "null" : value.Value.ToString("R", CultureInfo.InvariantCulture) + "d";

    /// <summary>Text for an XML doc comment: escaped, on one line, shortened.</summary>
    public static string XmlDoc(string value, int max = 200)
    {
        var text = value.Length > max ? value.Substring(0, max) + "\u2026" : value;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                default:
                    var category = CharUnicodeInfo.GetUnicodeCategory(c);
                    var invisible = category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse;
                    builder.Append(invisible ? ' ' : c);
                    break;
            }
        }
        return builder.ToString();
    }
}
