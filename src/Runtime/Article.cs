using System;
using System.Collections.Generic;

namespace Byline;

/// <summary>
/// One news article, extracted at build time from a <c>.txt</c> file. Every value was computed by the
/// Byline source generator; nothing is read or parsed at run time.
/// </summary>
public sealed class Article
{
    private IReadOnlyList<Person>? _people;

    internal Article(
        string id, string sourcePath, string text, string title, IReadOnlyList<string> authors, string? outlet,
        DateTimeOffset? published, DateTimeOffset? updated, string? dateline, string? caption, string? credit,
        IReadOnlyList<Section> sections, IReadOnlyList<string> relatedHeadlines,
        IReadOnlyList<Mention> mentions, IReadOnlyList<Quote> quotes, IReadOnlyList<Claim> claims)
    {
        Id = id;
        SourcePath = sourcePath;
        Text = text;
        Title = title;
        Authors = authors;
        Outlet = outlet;
        Published = published;
        Updated = updated;
        Dateline = dateline;
        Caption = caption;
        Credit = credit;
        Sections = sections;
        RelatedHeadlines = relatedHeadlines;
        Mentions = mentions;
        Quotes = quotes;
        Claims = claims;
        Paragraphs = Flatten(sections);
        foreach (var quote in quotes) quote.Article = this;
        foreach (var claim in claims) claim.Article = this;
    }

    /// <summary>A stable slug from the file name (or the <c>id:</c> front-matter key), unique in the project.</summary>
    public string Id { get; }

    /// <summary>The file's path as the project names it, relative to the project folder.</summary>
    public string SourcePath { get; }

    /// <summary>The file's whole text, exactly as decoded from the file (line endings and spaces untouched).</summary>
    public string Text { get; }

    /// <summary>The headline.</summary>
    public string Title { get; }

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
    public string? Caption { get; }

    /// <summary>The photo credit ("Geert Vanden Wijngaert/AP"), if the page has one.</summary>
    public string? Credit { get; }

    /// <summary>The body grouped under its subheadings; the first section's heading is <see langword="null"/>.</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>Every body paragraph in order, with site boilerplate removed.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>Headlines of the related-links tail ("You might also like"), kept apart from the body.</summary>
    public IReadOnlyList<string> RelatedHeadlines { get; }

    /// <summary>Every person the title and body name, once each, in order of first mention.</summary>
    public IReadOnlyList<Person> People => _people ??= DistinctPeople(Mentions);

    /// <summary>Where each person is first named in this article, with the role the article gives them.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>Every direct quote, in order, with its speaker where one was found.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>Checkable sentences: those that state a figure and those that report what a source said.</summary>
    public IReadOnlyList<Claim> Claims { get; }

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
