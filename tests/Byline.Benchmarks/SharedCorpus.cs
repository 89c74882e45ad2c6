using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Byline.Benchmarks;

/// <summary>The real articles in ../shared/corpus, read in place; absent on a user's fresh clone.</summary>
internal static class SharedCorpus
{
    /// <summary>The root of the repository these benchmarks were built from.</summary>
    public static string Repository { get; } = FindRepository();

    // After Repository: static initialisers run in the order they are written.
    public static string? Folder { get; } = Find();

    public static IReadOnlyList<(string Path, string Text)> Articles() =>
        Folder is null
            ? Array.Empty<(string, string)>()
            : Directory.EnumerateFiles(Folder, "*.txt", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => (p, File.ReadAllText(p))).ToList();

    /// <summary>N distinct articles made from the corpus (or from one built-in article when it is absent).</summary>
    public static IReadOnlyList<(string Path, string Text)> Synthetic(int count)
    {
        var sources = Articles();
        var texts = sources.Count > 0 ? sources.Select(s => s.Text).ToList() : new List<string> { Fallback };
        var result = new List<(string, string)>(count);
        for (var i = 0; i < count; i++)
        {
            var text = texts[i % texts.Count];
            var newline = text.IndexOf('\n');
            var title = newline < 0 ? text : text.Substring(0, newline);
            var rest = newline < 0 ? "" : text.Substring(newline);
            result.Add(($"/bench/Articles/a{i:D5}.txt", $"{title} (edition {i}){rest}\n\nArticle number {i} of the synthetic archive.\n"));
        }
        return result;
    }

    private const string Fallback =
        "Harbour town votes to rebuild its sea wall\n\nBy Alice Martin\n\n\"We cannot wait for the next storm,\" Mayor Helen Carter said.\n\n" +
        "Engineers told the council that 18 of the wall's 40 sections are failing, and Carter said the town would seek national funding.\n";

    private static string? Find()
    {
        var parent = Directory.GetParent(Repository);
        if (parent is null) return null;
        var corpus = Path.Combine(parent.FullName, "shared", "corpus");
        return Directory.Exists(corpus) ? corpus : null;
    }

    private static string FindRepository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Byline.slnx"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("The benchmarks must run inside the Byline repository.");
    }
}
