using System;
using System.Collections.Generic;

namespace Byline.Generator.Extraction;

/// <summary>
/// A set of words that answers for a slice of a longer text without cutting it out first: the passes ask
/// "is text[start..start+length] one of these?" for every word they read, and a substring each time would
/// allocate more than the rest of the pass.
/// </summary>
internal sealed class WordSet
{
    private readonly string[] _words;
    private readonly int[] _buckets;
    private readonly int[] _next;
    private readonly bool _ignoreCase;

    public WordSet(IEnumerable<string> words, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        var distinct = new List<string>(new HashSet<string>(words, ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal));
        distinct.Sort(StringComparer.Ordinal);
        _words = distinct.ToArray();
        var size = 16;
        while (size < _words.Length * 2) size *= 2;
        _buckets = new int[size];
        _next = new int[_words.Length];
        for (var i = 0; i < _words.Length; i++)
        {
            var bucket = Hash(_words[i], 0, _words[i].Length) & (size - 1);
            _next[i] = _buckets[bucket] - 1;
            _buckets[bucket] = i + 1;
        }
    }

    public int Count => _words.Length;

    public IReadOnlyList<string> Words => _words;

    public bool Contains(string word) => Contains(word, 0, word.Length);

    public bool Contains(string text, int start, int length)
    {
        for (var i = _buckets[Hash(text, start, length) & (_buckets.Length - 1)] - 1; i >= 0; i = _next[i])
        {
            var word = _words[i];
            if (word.Length == length && string.Compare(text, start, word, 0, length, _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) == 0) return true;
        }
        return false;
    }

    private int Hash(string text, int start, int length)
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = start; i < start + length; i++)
            {
                var c = _ignoreCase ? char.ToUpperInvariant(text[i]) : text[i];
                hash = (hash ^ c) * 16777619;
            }
            return hash ^ (hash >> 15);
        }
    }
}
