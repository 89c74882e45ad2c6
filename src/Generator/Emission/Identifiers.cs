using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Byline.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace Byline.Generator.Emission;

/// <summary>Readable, valid C# identifiers from titles and names: "Stoltenberg 'confident' US will…" → "StoltenbergConfidentUsWillRemain".</summary>
internal static class Identifiers
{
    private const int MaxWords = 6;

    private static readonly HashSet<string> s_skipWords = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "of", "and", "to", "in", "on", "for", "s" };

    public static string FromText(string text, string fallbackPrefix, int maxWords = MaxWords)
    {
        var builder = new StringBuilder();
        var words = 0;
        foreach (var word in SplitWords(text))
        {
            if (words > 0 && s_skipWords.Contains(word)) continue;
            builder.Append(char.ToUpperInvariant(word[0]));
            builder.Append(word.Length > 1 && IsAllUpper(word) ? word.Substring(1).ToLowerInvariant() : word.Substring(1));
            if (++words >= maxWords) break;
        }
        var identifier = builder.ToString();
        if (identifier.Length == 0) return fallbackPrefix;
        if (!SyntaxFacts.IsIdentifierStartCharacter(identifier[0])) identifier = fallbackPrefix + identifier;
        return Escape(identifier);
    }

    /// <summary>A keyword becomes a verbatim identifier ("@class") so it stays valid.</summary>
    public static string Escape(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None
            ? "@" + identifier : identifier;

    /// <summary>Appends a number to every identifier that collides with another or with a reserved name, in a stable order.</summary>
    public static Dictionary<string, string> MakeUnique(IEnumerable<(string Key, string Identifier)> items, ISet<string> reserved)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        // Unique ignoring case: each member also names a generated file, and file names must not differ by case alone.
        var used = new HashSet<string>(reserved, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, identifier) in items)
        {
            var candidate = identifier;
            for (var n = 2; !used.Add(candidate.TrimStart('@')); n++) candidate = identifier.TrimStart('@') + n.ToString(CultureInfo.InvariantCulture);
            result[key] = candidate;
        }
        return result;
    }

    private static IEnumerable<string> SplitWords(string text)
    {
        var word = new StringBuilder();
        foreach (var c in UnicodeText.Normalize(text, NormalizationForm.FormKC))
        {
            if (SyntaxFacts.IsIdentifierPartCharacter(c) && c != '_' && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format) word.Append(c);
            else if (c is '\'' or '\u2019') continue; // "Trump's" → "Trumps", not "Trump S"
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0) yield return word.ToString();
    }

    private static bool IsAllUpper(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c)) return false;
        }
        return true;
    }
}
