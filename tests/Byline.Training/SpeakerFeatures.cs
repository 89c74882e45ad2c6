using System;
using System.Collections.Generic;
using System.Linq;
using Byline.Generator.Model;

namespace Byline.Training;

/// <summary>
/// The candidate speakers of each quote (every person the article names, and no one) and what is known of each: the
/// rules' choice and the rule that made it, where the person is named relative to the quote, who spoke last. Each
/// feature is a name; a linear model weighs them.
/// </summary>
internal sealed class SpeakerFeatures
{
    public const int NoOne = -1;

    private readonly ArticleModel _model;
    private readonly int[] _paragraphStarts;
    private readonly List<int>[] _mentions;

    public SpeakerFeatures(ArticleModel model)
    {
        _model = model;
        _paragraphStarts = ParagraphStarts(model.Text);
        _mentions = model.People.Select(p => Mentions(model.Text, p)).ToArray();
    }

    /// <summary>The candidates of a quote: each person's index, then <see cref="NoOne"/>.</summary>
    public IEnumerable<int> Candidates => Enumerable.Range(0, _model.People.Count).Append(NoOne);

    public List<string> Of(int quoteIndex, int candidate)
    {
        var quote = _model.Quotes[quoteIndex];
        var rule = quote.Attribution;
        var rulesChoice = quote.SpeakerIndex == candidate;
        var features = new List<string>();
        if (candidate == NoOne)
        {
            features.Add("none");
            features.Add("none&rule=" + rule);
            if (rulesChoice) features.Add("rules-none&rule=" + rule);
            if (quote.Text.Text.Split(' ').Length < 4) features.Add("none&short-quote");
            return features;
        }

        var start = Start(quote);
        var end = start + quote.Text.Text.Length;
        var paragraph = Paragraph(start);
        if (rulesChoice) features.Add("rules&rule=" + rule);
        var before = _mentions[candidate].Where(m => m < start).DefaultIfEmpty(-1).Max();
        var after = _mentions[candidate].Where(m => m >= end).DefaultIfEmpty(-1).Min();
        if (before >= 0)
        {
            features.Add("before:" + Bucket(start - before));
            if (Paragraph(before) == paragraph) features.Add("before:same-paragraph");
            else if (Paragraph(before) == paragraph - 1) features.Add("before:previous-paragraph");
            if (IsLastNamedBefore(candidate, before, start)) features.Add("last-named-before");
        }
        if (after >= 0 && Paragraph(after) == paragraph) features.Add("after:same-paragraph:" + Bucket(after - end));
        if (PreviousSpeaker(quoteIndex) == candidate) features.Add("previous-speaker" + (start == _paragraphStarts[paragraph] + 1 || start == _paragraphStarts[paragraph] ? "&opens-paragraph" : ""));
        features.Add("mentions:" + Math.Min(_mentions[candidate].Count, 4));
        if (_model.People[candidate].Role is not null) features.Add("has-role");
        if (_mentions[candidate].Count > 0 && _mentions[candidate][0] < _paragraphStarts.ElementAtOrDefault(1)) features.Add("in-title");
        return features;
    }

    private int Start(QuoteModel quote) =>
        quote.Text.Start >= 0 ? quote.Text.Start : Math.Max(0, _model.Text.IndexOf(quote.Text.Text, StringComparison.Ordinal));

    private int PreviousSpeaker(int quoteIndex)
    {
        for (var i = quoteIndex - 1; i >= 0; i--)
        {
            if (_model.Quotes[i].SpeakerIndex >= 0) return _model.Quotes[i].SpeakerIndex;
        }
        return NoOne;
    }

    private bool IsLastNamedBefore(int candidate, int mention, int start)
    {
        for (var other = 0; other < _mentions.Length; other++)
        {
            if (other != candidate && _mentions[other].Any(m => m > mention && m < start)) return false;
        }
        return true;
    }

    private int Paragraph(int offset)
    {
        var index = Array.BinarySearch(_paragraphStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    private static string Bucket(int distance) => distance switch { < 60 => "near", < 200 => "close", < 600 => "far", _ => "distant" };

    private static int[] ParagraphStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf("\n\n", StringComparison.Ordinal); i >= 0; i = text.IndexOf("\n\n", i + 2, StringComparison.Ordinal)) starts.Add(i + 2);
        return starts.ToArray();
    }

    /// <summary>Where the article names the person: their name or any alias, as a whole word.</summary>
    private static List<int> Mentions(string text, PersonModel person)
    {
        var offsets = new SortedSet<int>();
        foreach (var form in new[] { person.Name }.Concat(person.Aliases).Where(f => f.Length > 1))
        {
            for (var i = text.IndexOf(form, StringComparison.Ordinal); i >= 0; i = text.IndexOf(form, i + form.Length, StringComparison.Ordinal))
            {
                var whole = (i == 0 || !char.IsLetter(text[i - 1])) && (i + form.Length == text.Length || !char.IsLetter(text[i + form.Length]));
                if (whole) offsets.Add(i);
            }
        }
        return offsets.ToList();
    }
}
