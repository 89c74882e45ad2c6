using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Byline.Generator.Model;

namespace Byline.Generator.Extraction;

/// <summary>
/// Article text in, <see cref="ArticleModel"/> out. Runs the passes in order over one shared view of the text:
/// normalise, front matter, page layout, byline and dates, body, people, quotes, speakers, claims.
/// </summary>
internal static class ArticleExtractor
{
    /// <summary>Articles longer than this (in UTF-16 characters, about 16 MB of text) are not embedded.</summary>
    public const int MaxArticleLength = 8 * 1024 * 1024;

    /// <param name="speechVerbs">The project's own speech verbs (byline.json), if any.</param>
    /// <param name="notPeople">Names the project says are never a person (byline.json), if any.</param>
    /// <param name="knownPeople">Names and aliases the project says are people (byline.json), if any.</param>
    public static ArticleModel Extract(string filePath, string path, string text, string? explicitId = null, CancellationToken cancellationToken = default,
        ProjectVerbs? speechVerbs = null, IReadOnlyCollection<string>? notPeople = null, IReadOnlyCollection<string>? knownPeople = null)
    {
        Vocabulary.BeginArticle(speechVerbs);
        try
        {
            return Read(filePath, path, text, explicitId, cancellationToken, notPeople, knownPeople);
        }
        finally
        {
            Vocabulary.EndArticle();
        }
    }

    private static ArticleModel Read(string filePath, string path, string text, string? explicitId, CancellationToken cancellationToken, IReadOnlyCollection<string>? notPeople, IReadOnlyCollection<string>? knownPeople)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var id = explicitId is { Length: > 0 } ? Slug.From(explicitId) : Slug.FromPath(path);
        if (text.Length > MaxArticleLength)
        {
            diagnostics.Add(Diagnostic(DiagnosticIds.ArticleTooLarge, 1, 1, 0, text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), MaxArticleLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return Empty(filePath, path, id, "", diagnostics);
        }
        // Read in place: a trimmed copy would copy every article whose file ends with a line break.
        if (text.All(c => char.IsWhiteSpace(c) || c == '\uFEFF' || c == '\0'))
        {
            diagnostics.Add(Diagnostic(DiagnosticIds.EmptyArticle, 1, 1, 0));
            return Empty(filePath, path, id, text, diagnostics);
        }
        var binary = BinaryShare(text);
        if (binary >= 10)
        {
            diagnostics.Add(Diagnostic(DiagnosticIds.BinaryArticle, 1, 1, 0, binary.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return Empty(filePath, path, id, text, diagnostics);
        }
        ReportUndecodable(text, diagnostics);
        var normalized = TextNormalizer.Normalize(text, out var repaired, out var firstRepaired);
        if (repaired > 0) ReportRepaired(text, repaired, firstRepaired, diagnostics);
        var front = FrontMatter.Read(normalized, diagnostics);
        var blocks = Block.Split(normalized.Substring(front.Length)).Select(b => Shift(b, front.Length, normalized)).ToList();
        cancellationToken.ThrowIfCancellationRequested();
        var layout = PageLayoutPass.Read(blocks);
        var article = new ArticleDraft(filePath, path, front.Id is { Length: > 0 } frontId ? Slug.From(frontId) : id, text, normalized, layout, diagnostics);
        article.ReadHeader(front);
        article.ReadBody();
        cancellationToken.ThrowIfCancellationRequested();
        article.ReadPeopleQuotesAndClaims(notPeople, knownPeople);
        // The rules decide; the learned model says how sure it is of each of their speakers.
        return SpeakerModel.Shipped.Annotate(article.ToModel());
    }

    /// <summary>The model of an article with no content: its title is its file name, everything else is empty.</summary>
    public static ArticleModel Empty(string filePath, string path, string id, string text, List<DiagnosticInfo> diagnostics) => new(
        filePath, path, id, text, new TextRef(Slug.TitleFromPath(path), -1, 1), EquatableArray<string>.Empty, null, null, null, null, null, null,
        EquatableArray<SectionModel>.Empty, EquatableArray<TextRef>.Empty, EquatableArray<PersonModel>.Empty,
        EquatableArray<QuoteModel>.Empty, EquatableArray<ClaimModel>.Empty, diagnostics.ToEquatableArray());

    public static DiagnosticInfo Diagnostic(string id, int line, int column, int length, params string[] arguments) =>
        new(id, line, column, length, arguments.ToEquatableArray());

    private static Block Shift(Block block, int by, string normalized)
    {
        if (by == 0) return block;
        return new Block(block.Text, block.Start + by, block.Line + Position(normalized, by).Line - 1);
    }

    /// <summary>Percentage of characters that are no text at all: controls other than line breaks and tabs, and U+FFFD.</summary>
    internal static int BinaryShare(string text)
    {
        var sample = Math.Min(text.Length, 64 * 1024);
        var odd = 0;
        // Printable ASCII is most of any text and none of it is odd: read four characters at a time, and those four one by
        // one only where one of them is something else.
        var quads = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ulong>(text.AsSpan(0, sample));
        for (var q = 0; q < quads.Length; q++)
        {
            if (IsPrintableAscii(quads[q])) continue;
            for (var i = q * 4; i < q * 4 + 4; i++) odd += IsOdd(text[i]) ? 1 : 0;
        }
        for (var i = quads.Length * 4; i < sample; i++) odd += IsOdd(text[i]) ? 1 : 0;
        return sample == 0 ? 0 : odd * 100 / sample;
    }

    /// <summary>
    /// Whether four UTF-16 characters read as one number are all ' ' to '~': none has a bit above 0x7F, none is 0x7F (it
    /// would carry into 0x80 when one is added), and none is below ' ' (subtracting it would borrow into the lane's top bit).
    /// </summary>
    private static bool IsPrintableAscii(ulong four) =>
        (four & 0xFF80_FF80_FF80_FF80UL) == 0
        && ((four + 0x0001_0001_0001_0001UL) & 0x0080_0080_0080_0080UL) == 0
        && ((four - 0x0020_0020_0020_0020UL) & 0x8000_8000_8000_8000UL) == 0;

    private static bool IsOdd(char c)
    {
        if (c is >= ' ' and < '\u007F') return false;
        return c == '\uFFFD' || char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f');
    }

    /// <summary>Mis-decoded UTF-8 is read as meant; the file is named once, at the first repaired character.</summary>
    private static void ReportRepaired(string text, int repaired, int first, List<DiagnosticInfo> diagnostics)
    {
        var (line, column) = Position(text, first);
        diagnostics.Add(Diagnostic(DiagnosticIds.RepairedEncoding, line, column, 1,
            repaired.ToString(System.Globalization.CultureInfo.InvariantCulture), column.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>The 1-based line and column of <paramref name="offset"/> in <paramref name="text"/>.</summary>
    private static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = text.IndexOf('\n', 0, offset); i >= 0; i = text.IndexOf('\n', i + 1, offset - i - 1))
        {
            line++;
            lineStart = i + 1;
        }
        return (line, offset - lineStart + 1);
    }

    /// <summary>The compiler decodes undecodable bytes as U+FFFD; each run of them is reported once, where it starts.</summary>
    private static void ReportUndecodable(string text, List<DiagnosticInfo> diagnostics)
    {
        if (text.IndexOf('\uFFFD') < 0) return;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (text[i] == '\uFFFD' && (i == 0 || text[i - 1] != '\uFFFD'))
            {
                diagnostics.Add(Diagnostic(DiagnosticIds.UndecodableText, line, i - lineStart + 1, 1, (i - lineStart + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                if (diagnostics.Count > 20) return;
            }
        }
    }
}
