using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Byline.Training;

/// <summary>A span of an annotated article, in UTF-16 offsets of its text; a span may have several fragments.</summary>
internal sealed record AnnotatedSpan(string Type, IReadOnlyList<(int Start, int End)> Fragments, string Text)
{
    public int Start => Fragments[0].Start;

    public int End => Fragments[Fragments.Count - 1].End;
}

/// <summary>One attribution: who (Source) said what (Content), through which words (Cue). Any part may be missing.</summary>
internal sealed record Attribution(AnnotatedSpan? Source, AnnotatedSpan? Cue, AnnotatedSpan? Content);

/// <summary>
/// Reads brat standoff annotations (PolNeAR's format, ../shared/corpus/polnear/SOURCE.md): T lines are spans with
/// code-point offsets into the text, E lines tie an Attribution to its Source, Cue and Content.
/// </summary>
internal static class Brat
{
    public static IReadOnlyList<Attribution> Read(string annotations, string text)
    {
        var utf16 = CodePointOffsets(text);
        var spans = new Dictionary<string, AnnotatedSpan>(StringComparer.Ordinal);
        var attributions = new List<Attribution>();
        foreach (var line in annotations.Split('\n'))
        {
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length >= 2 && fields[0].StartsWith('T')) spans[fields[0]] = Span(fields[1], utf16, text);
        }
        foreach (var line in annotations.Split('\n'))
        {
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length < 2 || !fields[0].StartsWith('E')) continue;
            var roles = fields[1].Split(' ').Select(r => r.Split(':')).Where(r => r.Length == 2).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
            attributions.Add(new Attribution(Role(roles, "Source", spans), Role(roles, "Cue", spans), Role(roles, "Content", spans)));
        }
        return attributions;
    }

    private static AnnotatedSpan? Role(Dictionary<string, string> roles, string role, Dictionary<string, AnnotatedSpan> spans) =>
        roles.TryGetValue(role, out var id) && spans.TryGetValue(id, out var span) ? span : null;

    /// <summary>"Content 728 767;784 1029": a type, then fragments separated by ';', each a code-point start and end.</summary>
    private static AnnotatedSpan Span(string header, int[] utf16, string text)
    {
        var space = header.IndexOf(' ');
        var fragments = header.Substring(space + 1).Split(';').Select(f => f.Split(' ')).Select(f =>
            (utf16[Math.Min(Int(f[0]), utf16.Length - 1)], utf16[Math.Min(Int(f[1]), utf16.Length - 1)])).ToList();
        var covered = string.Join(" ", fragments.Select(f => text.Substring(f.Item1, f.Item2 - f.Item1)));
        return new AnnotatedSpan(header.Substring(0, space), fragments, covered);
    }

    private static int Int(string value) => int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>For each code-point offset (and one past the end), the UTF-16 offset it stands at.</summary>
    private static int[] CodePointOffsets(string text)
    {
        var offsets = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            offsets.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        }
        offsets.Add(text.Length);
        return offsets.ToArray();
    }
}
