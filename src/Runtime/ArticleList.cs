using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;

namespace Byline;

/// <summary>
/// A read-only list of articles that builds each article only when it is first read, so that
/// <c>Articles.All.Count</c> or one indexer access does not materialise the whole corpus.
/// </summary>
public sealed class ArticleList : IReadOnlyList<Article>
{
    private readonly Func<int, Article> _get;

    /// <summary>Creates the list. Called by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ArticleList(int count, Func<int, Article> get)
    {
        Count = count;
        _get = get;
    }

    /// <inheritdoc/>
    public int Count { get; }

    /// <inheritdoc/>
    public Article this[int index] => (uint)index < (uint)Count ? _get(index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc/>
    public IEnumerator<Article> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return _get(i);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
