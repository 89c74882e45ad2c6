using System.Collections.Generic;

namespace Byline;

/// <summary>A checkable sentence of the body: it states a figure, or reports what a source said.</summary>
public sealed class Claim
{
    private readonly Data.TextPiece _piece;
    private readonly int _source;
    private string? _text;

    internal Claim(Article article, Data.TextPiece text, ClaimKind kind, int source, string? sourceName, IReadOnlyList<Figure> figures, int line, int quoteIndex)
    {
        Article = article;
        _piece = text;
        _source = source;
        Kind = kind;
        SourceName = sourceName;
        Figures = figures;
        Line = line;
        _quoteIndex = quoteIndex;
    }

    private readonly int _quoteIndex;

    /// <summary>The sentence as written.</summary>
    public string Text => _text ??= _piece.Resolve(Article.Source)!;

    /// <summary>Whether the sentence states a figure or reports a source.</summary>
    public ClaimKind Kind { get; }

    /// <summary>The person the claim comes from, when it is a person.</summary>
    public Person? Source => _source >= 0 ? Article.Corpus.Person(_source) : null;

    /// <summary>The source as the article names it, also when it is an organisation or an unnamed source ("officials").</summary>
    public string? SourceName { get; }

    /// <summary>Each figure the sentence states, typed.</summary>
    public IReadOnlyList<Figure> Figures { get; }

    /// <summary>The 1-based line of the file the sentence is on.</summary>
    public int Line { get; }

    /// <summary>The direct quote the claim sits in or next to, if any.</summary>
    public Quote? Quote => _quoteIndex >= 0 ? Article.Quotes[_quoteIndex] : null;

    /// <summary>The article the claim is from.</summary>
    public Article Article { get; }

    /// <summary>The text.</summary>
    public override string ToString() => Text;
}

/// <summary>What makes a sentence a claim.</summary>
public enum ClaimKind
{
    /// <summary>It states a figure: a number, percentage, amount, count, ratio, duration or multiple.</summary>
    Statistic,

    /// <summary>It reports, without quotation marks, what a source said, claimed, warned or believed.</summary>
    Reported,
}
