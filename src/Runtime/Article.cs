using System;
using System.Collections.Generic;
using System.Threading;
using Byline.Data;

namespace Byline;

/// <summary>
/// One news article, extracted at build time from a <c>.txt</c> file. Every value was computed by the
/// Byline source generator; nothing is read or parsed at run time. Each part (paragraphs, quotes, claims, people) is
/// decoded from the article's compact record the first time it is read, and the article's text when a piece of it is.
/// </summary>
public sealed class Article
{
    private readonly ArticleRecord _record;
    private readonly TextPiece _title;
    private readonly TextPiece _caption;
    private readonly TextPiece _credit;
    private string? _titleText;
    private string? _captionText;
    private string? _creditText;
    private IReadOnlyList<Section>? _sections;
    private IReadOnlyList<Paragraph>? _paragraphs;
    private IReadOnlyList<string>? _relatedHeadlines;
    private IReadOnlyList<Mention>? _mentions;
    private IReadOnlyList<Quote>? _quotes;
    private IReadOnlyList<Claim>? _claims;
    private IReadOnlyList<Person>? _people;

    internal Article(Corpus corpus, string record)
    {
        _record = new ArticleRecord(record);
        var reader = _record.Meta();
        Corpus = corpus;
        Source = ArticleDecoder.TextOf(corpus, reader);
        Id = reader.RequiredString();
        SourcePath = reader.RequiredString();
        _title = reader.Piece();
        Authors = reader.Strings();
        Outlet = reader.String();
        Published = reader.Date();
        Updated = reader.Date();
        Dateline = reader.String();
        _caption = reader.Piece();
        _credit = reader.Piece();
    }

    /// <summary>A stable slug from the file name (or the <c>id:</c> front-matter key), unique in the project.</summary>
    public string Id { get; }

    /// <summary>The file's path as the project names it, relative to the project folder.</summary>
    public string SourcePath { get; }

    /// <summary>The file's whole text, exactly as decoded from the file (line endings and spaces untouched).</summary>
    public string Text => Source.Value;

    /// <summary>The headline.</summary>
    public string Title => _titleText ??= _title.Resolve(Source)!;

    /// <summary>The people in the byline, each a separate full name. Empty when there is no byline.</summary>
    public IReadOnlyList<string> Authors { get; }

    /// <summary>The agency or outlet the byline or dateline names ("Reuters", "AP"), if any.</summary>
    public string? Outlet { get; }

    /// <summary>When the article says it was published, if it says so.</summary>
    public DateTimeOffset? Published { get; }

    /// <summary>When the article says it was last updated, if it says so.</summary>
    public DateTimeOffset? Updated { get; }

    /// <summary>The dateline that opens the body ("BRUSSELS (Reuters)"), kept out of the first paragraph's text.</summary>
    public string? Dateline { get; }

    /// <summary>The photo caption, if the page has one.</summary>
    public string? Caption => _captionText ??= _caption.Resolve(Source);

    /// <summary>The photo credit ("Geert Vanden Wijngaert/AP"), if the page has one.</summary>
    public string? Credit => _creditText ??= _credit.Resolve(Source);

    /// <summary>The body grouped under its subheadings; the first section's heading is <see langword="null"/>.</summary>
    public IReadOnlyList<Section> Sections => Volatile.Read(ref _sections) ?? Once.Publish(ref _sections, ArticleDecoder.Sections(this, _record.Sections()));

    /// <summary>Every body paragraph in order, with site boilerplate removed.</summary>
    public IReadOnlyList<Paragraph> Paragraphs => Volatile.Read(ref _paragraphs) ?? Once.Publish(ref _paragraphs, Flatten(Sections));

    /// <summary>Headlines of the related-links tail ("You might also like"), kept apart from the body.</summary>
    public IReadOnlyList<string> RelatedHeadlines =>
        Volatile.Read(ref _relatedHeadlines) ?? Once.Publish(ref _relatedHeadlines, ArticleDecoder.Texts(Source, _record.Related()));

    /// <summary>Every person the title and body name, once each, in order of first mention.</summary>
    public IReadOnlyList<Person> People => Volatile.Read(ref _people) ?? Once.Publish(ref _people, DistinctPeople(Mentions));

    /// <summary>Where each person is first named in this article, with the role the article gives them.</summary>
    public IReadOnlyList<Mention> Mentions => Volatile.Read(ref _mentions) ?? Once.Publish(ref _mentions, ArticleDecoder.Mentions(Corpus, _record.Mentions()));

    /// <summary>Every direct quote, in order, with its speaker where one was found.</summary>
    public IReadOnlyList<Quote> Quotes => Volatile.Read(ref _quotes) ?? Once.Publish(ref _quotes, ArticleDecoder.Quotes(this, _record.Quotes()));

    /// <summary>Checkable sentences: those that state a figure and those that report what a source said.</summary>
    public IReadOnlyList<Claim> Claims => Volatile.Read(ref _claims) ?? Once.Publish(ref _claims, ArticleDecoder.Claims(this, _record.Claims()));

    internal Corpus Corpus { get; }

    internal ArticleText Source { get; }

    /// <summary>The title.</summary>
    public override string ToString() => Title;

    private static IReadOnlyList<Paragraph> Flatten(IReadOnlyList<Section> sections)
    {
        if (sections.Count == 1) return sections[0].Paragraphs;
        var all = new List<Paragraph>();
        foreach (var section in sections) all.AddRange(section.Paragraphs);
        return all.ToArray();
    }

    private static IReadOnlyList<Person> DistinctPeople(IReadOnlyList<Mention> mentions)
    {
        var people = new List<Person>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (!people.Contains(mention.Person)) people.Add(mention.Person);
        }
        return people.ToArray();
    }
}
