using System;
using System.Collections.Generic;
using System.Linq;

namespace Byline;

/// <summary>Queries over generated articles, quotes and claims that users ask for most.</summary>
public static class Queries
{
    /// <summary>Every quote of every article, in article order.</summary>
    public static IEnumerable<Quote> AllQuotes(this IEnumerable<Article> articles) => articles.SelectMany(a => a.Quotes);

    /// <summary>Every claim of every article, in article order.</summary>
    public static IEnumerable<Claim> AllClaims(this IEnumerable<Article> articles) => articles.SelectMany(a => a.Claims);

    /// <summary>The claims that state a figure.</summary>
    public static IEnumerable<Claim> Statistics(this IEnumerable<Claim> claims) => claims.Where(c => c.Kind == ClaimKind.Statistic);

    /// <summary>The claims that report what a source said, without quotation marks.</summary>
    public static IEnumerable<Claim> Reported(this IEnumerable<Claim> claims) => claims.Where(c => c.Kind == ClaimKind.Reported);

    /// <summary>The claims that state at least one figure of this kind (a percentage, an amount of money …).</summary>
    public static IEnumerable<Claim> WithFigure(this IEnumerable<Claim> claims, FigureKind kind) =>
        claims.Where(c => c.Figures.Any(f => f.Kind == kind));

    /// <summary>The claims that state a percentage.</summary>
    public static IEnumerable<Claim> WithPercentage(this IEnumerable<Claim> claims) => claims.WithFigure(FigureKind.Percentage);

    /// <summary>The statistic claims sourced to this person, in every article.</summary>
    public static IEnumerable<Claim> StatisticClaims(this Person person)
    {
        if (person is null) throw new ArgumentNullException(nameof(person));
        return person.Claims.Statistics();
    }

    /// <summary>The quotes whose text contains <paramref name="text"/>, ignoring case.</summary>
    public static IEnumerable<Quote> Containing(this IEnumerable<Quote> quotes, string text) =>
        quotes.Where(q => q.Text.IndexOf(text, StringComparison.OrdinalIgnoreCase) >= 0);
}
