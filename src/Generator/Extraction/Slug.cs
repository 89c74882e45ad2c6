using System.IO;
using System.Text;
using Byline.Generator.Model;

namespace Byline.Generator.Extraction;

/// <summary>Stable, readable ids from file names: "Stoltenberg Confident.txt" → "stoltenberg-confident".</summary>
internal static class Slug
{
    public static string FromPath(string path) => From(FileStem(path));

    public static string From(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in UnicodeText.Normalize(name, NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c) || c == '_') builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[builder.Length - 1] != '-') builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "article" : slug;
    }

    public static string TitleFromPath(string path) => FileStem(path);

    private static string FileStem(string path)
    {
        var name = path.Replace('\\', '/');
        name = name.Substring(name.LastIndexOf('/') + 1);
        return Path.GetFileNameWithoutExtension(name);
    }
}
