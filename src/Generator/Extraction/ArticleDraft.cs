using System;
using System.Collections.Generic;
using System.Linq;
using Byline.Generator.Model;

namespace Byline.Generator.Extraction;

/// <summary>An article while its passes run: what the header and body passes found, before it becomes a model.</summary>
internal sealed partial class ArticleDraft
{
    private readonly string _filePath;
    private readonly string _path;
    private readonly string _id;
    private readonly string _raw;
    private readonly string _normalized;
    private readonly PageLayout _layout;
    private readonly List<DiagnosticInfo> _diagnostics;

    private TextRef _title = null!;
    private List<string> _authors = new();
    private string? _outlet;
    private DateStamp? _published;
    private DateStamp? _updated;
    private string? _dateline;
    private readonly List<ParagraphText> _paragraphs = new();
    private readonly List<(Block? Heading, int FirstParagraph)> _sections = new();

    public ArticleDraft(string filePath, string path, string id, string raw, string normalized, PageLayout layout, List<DiagnosticInfo> diagnostics)
    {
        _filePath = filePath;
        _path = path;
        _id = id;
        _raw = raw;
        _normalized = normalized;
        _layout = layout;
        _diagnostics = diagnostics;
    }

    public void ReadHeader(FrontMatter front)
    {
        if (front.Title is { Length: > 0 } title) _title = new TextRef(title, -1, 1);
        else if (_layout.Title is { } block) _title = Ref(Words.CollapseSpaces(block.Text), block);
        else
        {
            _title = new TextRef(Slug.TitleFromPath(_path), -1, 1);
            _diagnostics.Add(ArticleExtractor.Diagnostic(DiagnosticIds.NoTitle, 1, 1, 0));
        }
        if (_layout.Byline is { } byline)
        {
            var (authors, outlet) = BylineParser.Parse(Words.CollapseSpaces(byline.Text));
            _authors = authors;
            _outlet = outlet;
        }
        if (front.Authors is not null) _authors = front.Authors;
        foreach (var line in _layout.DateLines)
        {
            var stamp = PublicationDate.Parse(line.Text);
            if (stamp is null) continue;
            if (PublicationDate.IsUpdate(line.Text)) _updated ??= stamp;
            else _published ??= stamp;
        }
        _published = front.Published ?? _published;
        _updated = front.Updated ?? _updated;
    }

    public void ReadBody()
    {
        _sections.Add((null, 0));
        foreach (var block in _layout.Body)
        {
            if (_layout.Headings.Contains(block))
            {
                _sections.Add((block, _paragraphs.Count));
                continue;
            }
            var skip = 0;
            if (_paragraphs.Count == 0)
            {
                var (length, dateline, agency) = Dateline.Match(block.Text);
                skip = length;
                _dateline = dateline;
                if (agency is not null) _outlet ??= agency;
            }
            _paragraphs.Add(ParagraphText.From(_normalized, block, skip));
        }
    }

    /// <summary>A reference to extracted text: an offset into the raw text when the raw text holds it exactly.</summary>
    private TextRef Ref(string text, Block block) => RawRef(text, block.Start, block.Line);

    private TextRef Ref(ParagraphText paragraph) => RawRef(paragraph.Text, paragraph.OffsetInArticle(0), paragraph.Line);

    /// <summary>The one place that decides whether extracted text is a slice of the raw text at <paramref name="start"/>.</summary>
    private TextRef RawRef(string text, int start, int line)
    {
        var exact = start >= 0 && start + text.Length <= _raw.Length && string.CompareOrdinal(_raw, start, text, 0, text.Length) == 0;
        return new TextRef(text, exact ? start : -1, line);
    }

    private EquatableArray<SectionModel> Sections()
    {
        var sections = new List<SectionModel>();
        for (var s = 0; s < _sections.Count; s++)
        {
            var from = _sections[s].FirstParagraph;
            var to = s + 1 < _sections.Count ? _sections[s + 1].FirstParagraph : _paragraphs.Count;
            var heading = _sections[s].Heading is { } block ? Ref(Words.CollapseSpaces(block.Text), block) : null;
            if (heading is null && from == to && s == 0 && _sections.Count > 1) continue;
            sections.Add(new SectionModel(heading, _paragraphs.Skip(from).Take(to - from).Select(Ref).ToEquatableArray()));
        }
        return sections.ToEquatableArray();
    }

    private TextRef? CaptionRef(Block? block, string? text) => block is null || text is null || text.Length == 0 ? null : Ref(Words.CollapseSpaces(text), Locate(block, text));

    private static Block Locate(Block block, string part)
    {
        var at = block.Text.IndexOf(part, StringComparison.Ordinal);
        return at <= 0 ? block : new Block(part, block.Start + at, block.Line);
    }
}
