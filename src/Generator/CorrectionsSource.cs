using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Byline.Generator.Corrections;
using Byline.Generator.Extraction;
using Byline.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Byline.Generator;

/// <summary>The corrections file among the additional files: found, read into an equatable model, and checked for entries that matched nothing.</summary>
internal static class CorrectionsSource
{
    public const string FileName = "byline.json";

    public static bool IsCorrections(AdditionalText file) => string.Equals(Path.GetFileName(file.Path), FileName, StringComparison.OrdinalIgnoreCase);

    public static CorrectionsModel Read(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        return text is null ? CorrectionsModel.None with { FilePath = file.Path } : CorrectionsReader.Read(file.Path, text.ToString());
    }

    /// <summary>The project's one corrections file; with several (one per folder), the first by path, the others unread.</summary>
    public static CorrectionsModel Choose(ImmutableArray<CorrectionsModel> files) =>
        files.IsDefaultOrEmpty ? CorrectionsModel.None : files.OrderBy(f => f.FilePath, StringComparer.Ordinal).First();

    /// <summary>What of the corrections extraction reads: speech verbs, names that are no person, people's names and aliases.</summary>
    public static ProjectWords Words(CorrectionsModel corrections) => new(
        corrections.Verbs,
        corrections.NotPeople.Select(n => n.Name).ToEquatableArray(),
        corrections.People.SelectMany(p => new[] { p.Name }.Concat(p.Aliases)).ToEquatableArray());

    /// <summary>A warning at each entry that changed no article.</summary>
    public static EquatableArray<DiagnosticInfo> Stale(CorrectionsModel corrections, ImmutableArray<EquatableArray<string>> applied)
    {
        var used = new HashSet<string>(applied.SelectMany(a => a), StringComparer.Ordinal);
        var stale = new List<DiagnosticInfo>();
        Check("people", corrections.People, p => (p.Line, p.Column, $"The person '{p.Name}'"));
        Check("notPeople", corrections.NotPeople, n => (n.Line, n.Column, $"'{n.Name}' in notPeople"));
        Check("quotes", corrections.Quotes, q => (q.Line, q.Column, $"The quote starting \u201C{q.Text}\u201D in article '{q.Article}'"));
        Check("speechVerbs", corrections.SpeechVerbs, v => (v.Line, v.Column, $"The speech verb '{v.Name}'"));
        return stale.ToEquatableArray();

        // Entries are known by their section and place in it, as CorrectionsApplier names what it applied ("quotes/2").
        void Check<T>(string section, EquatableArray<T> entries, Func<T, (int Line, int Column, string What)> describe)
            where T : IEquatable<T>
        {
            for (var i = 0; i < entries.Count; i++)
            {
                if (used.Contains($"{section}/{i}")) continue;
                var (line, column, what) = describe(entries[i]);
                stale.Add(new DiagnosticInfo(DiagnosticIds.StaleCorrection, line, column, 1, new EquatableArray<string>(new[] { what })));
            }
        }
    }
}
