using System;
using System.Collections.Generic;
using System.Linq;
using Byline.Generator.Model;

namespace Byline.Generator.Extraction;

/// <summary>A checkable sentence found in the body.</summary>
internal sealed class ClaimCandidate
{
    public ClaimCandidate(int paragraph, Sentence sentence, string kind, PersonEntry? source, string? sourceName, List<FigureModel> figures, int quoteIndex)
    {
        Paragraph = paragraph;
        Sentence = sentence;
        Kind = kind;
        Source = source;
        SourceName = sourceName;
        Figures = figures;
        QuoteIndex = quoteIndex;
    }

    public int Paragraph { get; }

    public Sentence Sentence { get; }

    public string Kind { get; }

    public PersonEntry? Source { get; }

    public string? SourceName { get; }

    public List<FigureModel> Figures { get; }

    public int QuoteIndex { get; }
}

/// <summary>
/// Claims: a body sentence that states a figure is a statistic; one that reports, outside quotation marks,
/// what a source said or believed is reported. A statistic keeps the source it is attributed to.
/// </summary>
internal static class ClaimFinder
{
    // Verbs that report a proposition ("said there are no plans"); "warning against" reports no claim.
    private static readonly HashSet<string> s_reporting = new(StringComparer.Ordinal)
    {
        "say", "tell", "claim", "insist", "believe", "argue", "repeat", "announce", "admit", "deny", "promise", "suggest",
        "confirm", "estimate", "acknowledge", "assert", "allege", "predict", "warn", "report", "reveal", "state", "think",
        "testify", "vow", "concede", "contend", "maintain", "note", "explain", "add", "agree", "declare", "write", "signal",
    };

    public static List<ClaimCandidate> Find(BodyView body, NameFinder names, IReadOnlyList<QuoteSpan> quotes, IReadOnlyList<QuoteAttribution> speakers)
    {
        var claims = new List<ClaimCandidate>();
        for (var p = 0; p < body.Paragraphs.Count; p++)
        {
            foreach (var sentence in body.SentencesOf(p))
            {
                var claim = Read(body, names, quotes, speakers, p, sentence);
                if (claim is not null) claims.Add(claim);
            }
        }
        return claims;
    }

    private static ClaimCandidate? Read(BodyView body, NameFinder names, IReadOnlyList<QuoteSpan> quotes, IReadOnlyList<QuoteAttribution> speakers, int p, Sentence sentence)
    {
        var text = sentence.Of(body.Paragraphs[p]);
        if (Words.Count(text) < 4 || text.TrimEnd().EndsWith("?", StringComparison.Ordinal)) return null;
        var quoteIndex = QuoteIn(quotes, p, sentence);
        var figures = FigureParser.Find(text);
        var reported = Reporting(body, names, p, sentence, quotes);
        PersonEntry? source = reported?.Source;
        if (source is null && quoteIndex >= 0) source = speakers[quoteIndex].Speaker;
        if (figures.Count > 0) return new ClaimCandidate(p, sentence, "Statistic", source, source?.Name ?? reported?.Name, figures, quoteIndex);
        if (reported is null) return null;
        return new ClaimCandidate(p, sentence, "Reported", source, reported.Value.Name, figures, quoteIndex);
    }

    private static int QuoteIn(IReadOnlyList<QuoteSpan> quotes, int p, Sentence sentence)
    {
        for (var q = 0; q < quotes.Count; q++)
        {
            if (quotes[q].Paragraph == p && quotes[q].Open >= sentence.Start && quotes[q].Open < sentence.End) return q;
        }
        return -1;
    }

    /// <summary>A reporting verb outside quotation marks with a subject, and something reported after it that is not only a quote.</summary>
    private static (PersonEntry? Source, string? Name)? Reporting(BodyView body, NameFinder names, int p, Sentence sentence, IReadOnlyList<QuoteSpan> quotes)
    {
        var text = body.Paragraphs[p];
        var tokens = body.Tokens[p];
        var according = text.IndexOf("according to ", sentence.Start, sentence.End - sentence.Start, StringComparison.OrdinalIgnoreCase);
        if (according >= 0)
        {
            var person = names.Mentions.FirstOrDefault(m => m.Paragraph == p && m.Start > according && m.Start < according + 40).Person;
            return (person, person?.Name ?? SourcePhrase(text, according + 13, sentence.End));
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Start < sentence.Start || token.Start >= sentence.End || InsideQuote(quotes, p, token.Start)) continue;
            var lemma = SpeechVerbs.At(tokens, i);
            if (lemma is null || !s_reporting.Contains(lemma)) continue;
            if (!ReportsContent(text, tokens, i, sentence, quotes, p)) continue;
            var subject = names.Mentions.LastOrDefault(m => m.Paragraph == p && m.Start >= sentence.Start && m.End <= token.Start).Person
                ?? FirstMentionAfter(names, p, token.End, sentence.End);
            if (subject is not null) return (subject, subject.Name);
            var pronoun = tokens.Take(i).LastOrDefault(t => t.Start >= sentence.Start && Pronouns.GenderOf(t.Text) is not null);
            if (pronoun.Text is not null)
            {
                var resolved = names.Mentions.LastOrDefault(m => (m.Paragraph < p || m.Paragraph == p && m.Start < pronoun.Start) && Pronouns.Compatible(Pronouns.GenderOf(pronoun.Text)!.Value, m.Person.Gender)).Person;
                if (resolved is not null) return (resolved, resolved.Name);
            }
            var phrase = SubjectPhrase(text, tokens, i, sentence.Start);
            if (phrase is not null) return (null, phrase);
        }
        return null;
    }

    private static PersonEntry? FirstMentionAfter(NameFinder names, int p, int from, int to) =>
        names.Mentions.FirstOrDefault(m => m.Paragraph == p && m.Start >= from && m.Start < Math.Min(to, from + 25)).Person;

    /// <summary>The verb reports something: "that …", or at least three words outside quotes before the sentence ends.</summary>
    private static bool ReportsContent(string text, List<Token> tokens, int verb, Sentence sentence, IReadOnlyList<QuoteSpan> quotes, int p)
    {
        if (verb + 1 < tokens.Count && tokens[verb + 1].Text == "that") return true;
        var after = tokens.Skip(verb + 1).Where(t => t.Start < sentence.End).ToList();
        if (after.Count > 0 && text.Substring(tokens[verb].End, after[0].Start - tokens[verb].End).IndexOf(':') >= 0) return false;
        return after.Count(t => !InsideQuote(quotes, p, t.Start)) >= 4;
    }

    private static bool InsideQuote(IReadOnlyList<QuoteSpan> quotes, int p, int offset)
    {
        foreach (var q in quotes)
        {
            if (q.Paragraph == p && offset > q.Open && (q.EndParagraph > p || offset < q.Close)) return true;
            if (q.EndParagraph == p && q.Paragraph < p && offset < q.Close) return true;
        }
        return false;
    }

    /// <summary>An unnamed or organisational source: the words before the verb back to a determiner ("the company", "officials").</summary>
    private static string? SubjectPhrase(string text, List<Token> tokens, int verb, int sentenceStart)
    {
        var last = verb - 1;
        while (last >= 0 && tokens[last].Text is "has" or "have" or "had" or "also" or "previously" or "will" or "would" or "repeatedly") last--;
        for (var k = last; k >= 0 && last - k < 4 && tokens[k].Start >= sentenceStart; k--)
        {
            if (tokens[k].Text is not ("the" or "The") && !tokens[k].IsCapitalised) continue;
            var phrase = text.Substring(tokens[k].Start, tokens[last].End - tokens[k].Start).Trim();
            return phrase.Length > 0 ? phrase : null;
        }
        return null;
    }

    private static string? SourcePhrase(string text, int from, int to)
    {
        var end = text.IndexOfAny(new[] { ',', '.', ';' }, from);
        if (end < 0 || end > to) end = to;
        var phrase = text.Substring(from, end - from).Trim();
        return phrase.Length is > 0 and < 80 ? phrase : null;
    }
}
