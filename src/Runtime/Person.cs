using System;
using System.Collections.Generic;

namespace Byline;

/// <summary>
/// A real person named in one or more articles, under one canonical name across the whole project.
/// Each person is one object: compare with <see cref="object.ReferenceEquals"/> or <c>==</c>. In a project that merges
/// content libraries, a person of <c>People</c> joins the same person as each library names them (<see cref="Parts"/>),
/// while a quote's <see cref="Quote.Speaker"/> is the person of the article's own library: compare those with
/// <see cref="SameAs"/>.
/// </summary>
public sealed class Person
{
    private readonly Corpus? _corpus;
    private readonly int[] _articleIndexes;
    private readonly Person[]? _parts;
    private IReadOnlyList<Article>? _articles;
    private IReadOnlyList<Quote>? _quotes;
    private IReadOnlyList<Claim>? _claims;
    // One element, published by reference so that no thread reads half of it.
    private double[]? _confidence;
    private Person[]? _self;

    internal Person(Corpus corpus, string name, IReadOnlyList<string> aliases, string? role, IReadOnlyList<string> roles, int[] articles)
    {
        _corpus = corpus;
        Name = name;
        Aliases = aliases;
        Role = role;
        Roles = roles;
        _articleIndexes = articles;
    }

    internal Person(string name, IReadOnlyList<string> aliases, string? role, IReadOnlyList<string> roles, Person[] parts)
    {
        Name = name;
        Aliases = aliases;
        Role = role;
        Roles = roles;
        _articleIndexes = Array.Empty<int>();
        _parts = parts;
    }

    /// <summary>The canonical name: the fullest form the articles give ("Jens Stoltenberg").</summary>
    public string Name { get; }

    /// <summary>The other forms the articles use for this person ("Stoltenberg").</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The title or function the articles give most ("NATO Secretary-General"), or <see langword="null"/>.</summary>
    public string? Role { get; }

    /// <summary>Every distinct role the articles give.</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>The articles that mention this person, in the order of <c>Articles.All</c>.</summary>
    public IReadOnlyList<Article> Articles => _articles ??= _parts is null ? FindArticles() : Join(p => p.Articles);

    /// <summary>Everything this person is quoted as saying, in every article.</summary>
    public IReadOnlyList<Quote> Quotes => _quotes ??= _parts is null ? Gather(a => a.Quotes, q => q.Speaker) : Join(p => p.Quotes);

    /// <summary>Every claim sourced to this person, in every article.</summary>
    public IReadOnlyList<Claim> Claims => _claims ??= _parts is null ? Gather(a => a.Claims, c => c.Source) : Join(p => p.Claims);

    /// <summary>How sure Byline is that this is a person: the highest <see cref="Mention.Confidence"/> of any article naming them.</summary>
    public double Confidence => (_confidence ??= new[] { HighestConfidence() })[0];

    /// <summary>
    /// The same person as each content library this project merges names them, in the order of <c>Articles.All</c>;
    /// only this person where there is no merge.
    /// </summary>
    public IReadOnlyList<Person> Parts => _parts ?? (_self ??= new[] { this });

    /// <summary>
    /// Whether <paramref name="other"/> is this person: the same object, or one of the people this person merges across
    /// content libraries, or the merged person that includes this one. A quote's speaker is the person of its own
    /// library, so <c>People.JensStoltenberg.SameAs(quote.Speaker)</c> holds for his quotes in every library.
    /// </summary>
    public bool SameAs(Person? other) =>
        other is not null && (ReferenceEquals(this, other) || Includes(this, other) || Includes(other, this));

    /// <summary>The name.</summary>
    public override string ToString() => Name;

    private double HighestConfidence()
    {
        var highest = 0.0;
        if (_parts is not null)
        {
            foreach (var part in _parts) highest = Math.Max(highest, part.Confidence);
            return highest;
        }
        foreach (var article in Articles)
        {
            foreach (var mention in article.Mentions)
            {
                if (ReferenceEquals(mention.Person, this)) highest = Math.Max(highest, mention.Confidence);
            }
        }
        return highest;
    }

    private static bool Includes(Person merged, Person part) => merged._parts is { } parts && Array.IndexOf(parts, part) >= 0;

    private IReadOnlyList<Article> FindArticles()
    {
        var articles = new Article[_articleIndexes.Length];
        for (var i = 0; i < articles.Length; i++) articles[i] = _corpus!.Article(_articleIndexes[i]);
        return articles;
    }

    private IReadOnlyList<T> Join<T>(Func<Person, IReadOnlyList<T>> items)
    {
        var found = new List<T>();
        var seen = new HashSet<T>();
        foreach (var part in _parts!)
        {
            foreach (var item in items(part))
            {
                if (seen.Add(item)) found.Add(item);
            }
        }
        return found.ToArray();
    }

    private IReadOnlyList<T> Gather<T>(Func<Article, IReadOnlyList<T>> items, Func<T, Person?> owner)
    {
        var found = new List<T>();
        foreach (var article in Articles)
        {
            foreach (var item in items(article))
            {
                if (ReferenceEquals(owner(item), this)) found.Add(item);
            }
        }
        return found.ToArray();
    }
}

/// <summary>Where an article first names a person, and the role it gives them there.</summary>
public sealed class Mention
{
    private readonly Corpus _corpus;
    private readonly int _person;

    internal Mention(Corpus corpus, int person, string text, string? role, int line, int column, double confidence)
    {
        Confidence = confidence;
        _corpus = corpus;
        _person = person;
        Text = text;
        Role = role;
        Line = line;
        Column = column;
    }

    /// <summary>The person named.</summary>
    public Person Person => _corpus.Person(_person);

    /// <summary>The fullest name as this article writes it.</summary>
    public string Text { get; }

    /// <summary>The role this article gives, or <see langword="null"/>.</summary>
    public string? Role { get; }

    /// <summary>The 1-based line of the first mention.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the first mention.</summary>
    public int Column { get; }

    /// <summary>
    /// How sure Byline is, from 0 to 1, that this name is a person: a learned model's probability over what the name
    /// finder saw (a title, a known given name, a speech verb, the name's shape, a list). 1 for a person the project's
    /// byline.json names. Review the people below 0.5 first.
    /// </summary>
    public double Confidence { get; }

    /// <inheritdoc/>
    public override string ToString() => Role is null ? Text : $"{Text} ({Role})";
}
