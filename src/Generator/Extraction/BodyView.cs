using System.Collections.Generic;

namespace Byline.Generator.Extraction;

/// <summary>The shared view of the body that the passes read: paragraph texts, their tokens and sentences.</summary>
internal sealed class BodyView
{
    private readonly List<Sentence>?[] _sentences;

    public BodyView(IReadOnlyList<string> paragraphs)
    {
        Paragraphs = paragraphs;
        var tokens = new List<Token>[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++) tokens[i] = Tokenizer.Split(paragraphs[i]);
        Tokens = tokens;
        _sentences = new List<Sentence>?[paragraphs.Count];
    }

    public IReadOnlyList<string> Paragraphs { get; }

    public IReadOnlyList<List<Token>> Tokens { get; }

    public List<Sentence> SentencesOf(int p) => _sentences[p] ??= Sentences.Split(Paragraphs[p]);

    public Sentence SentenceAt(int p, int offset)
    {
        var sentences = SentencesOf(p);
        foreach (var sentence in sentences)
        {
            if (offset < sentence.End) return sentence;
        }
        return sentences.Count > 0 ? sentences[sentences.Count - 1] : new Sentence(0, Paragraphs[p].Length);
    }

    /// <summary>The tokens of paragraph <paramref name="p"/> that start in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public List<Token> TokensBetween(int p, int from, int to)
    {
        var result = new List<Token>();
        foreach (var token in Tokens[p])
        {
            if (token.Start >= from && token.Start < to) result.Add(token);
        }
        return result;
    }
}
