using System;
using System.Collections.Generic;

namespace Byline.Generator.Extraction;

/// <summary>The shared view of the body that the passes read: paragraph texts, their tokens and sentences.</summary>
internal sealed class BodyView
{
    private readonly List<Sentence>?[] _sentences;
    private readonly bool[] _quotes;
    private readonly string?[]?[] _verbs;

    public BodyView(IReadOnlyList<string> paragraphs)
    {
        Paragraphs = paragraphs;
        var tokens = new List<Token>[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++) tokens[i] = Tokenizer.Split(paragraphs[i]);
        Tokens = tokens;
        _sentences = new List<Sentence>?[paragraphs.Count];
        _quotes = new bool[paragraphs.Count];
        _verbs = new string?[]?[paragraphs.Count];
    }

    public IReadOnlyList<string> Paragraphs { get; }

    public IReadOnlyList<List<Token>> Tokens { get; }

    public List<Sentence> SentencesOf(int p) => _sentences[p] ??= Sentences.Split(Paragraphs[p], insideQuotes: false, out _quotes[p]);

    /// <summary>The sentences of paragraph <paramref name="p"/>, also those inside a quotation; the same as <see cref="SentencesOf"/> where it quotes nothing.</summary>
    public List<Sentence> SentencesInsideQuotesOf(int p)
    {
        var sentences = SentencesOf(p);
        return _quotes[p] ? Sentences.Split(Paragraphs[p], insideQuotes: true) : sentences;
    }

    public Sentence SentenceAt(int p, int offset)
    {
        var sentences = SentencesOf(p);
        foreach (var sentence in sentences)
        {
            if (offset < sentence.End) return sentence;
        }
        return sentences.Count > 0 ? sentences[sentences.Count - 1] : new Sentence(0, Paragraphs[p].Length);
    }

    /// <summary>
    /// The tokens of paragraph <paramref name="p"/> that start in [<paramref name="from"/>, <paramref name="to"/>):
    /// the index of the first and how many, a range of <see cref="Tokens"/>.
    /// </summary>
    public (int First, int Count) TokenRange(int p, int from, int to)
    {
        var first = FirstTokenAt(p, from);
        return (first, Math.Max(0, FirstTokenAt(p, to) - first));
    }

    /// <summary>Index of the first token of paragraph <paramref name="p"/> that starts at or after <paramref name="offset"/>.</summary>
    public int FirstTokenAt(int p, int offset) => Tokenizer.FirstAt(Tokens[p], offset);

    /// <summary>The lemma of token <paramref name="i"/> of paragraph <paramref name="p"/> when it is a speech verb (<see cref="SpeechVerbs.At"/>), read once per paragraph.</summary>
    public string? VerbAt(int p, int i)
    {
        var verbs = _verbs[p];
        if (verbs is null)
        {
            var tokens = Tokens[p];
            verbs = new string?[tokens.Count];
            for (var k = 0; k < tokens.Count; k++) verbs[k] = SpeechVerbs.At(tokens, k);
            _verbs[p] = verbs;
        }
        return verbs[i];
    }
}
