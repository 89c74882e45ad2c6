using System;
using System.Collections.Generic;
using System.Linq;
using Byline.Generator.Model;

namespace Byline.Generator.Extraction;

/// <summary>
/// The candidate speakers of each quote (every person the article names, and no one) and what is known of each: the
/// rules' choice and the rule that made it, where the person is named relative to the quote, who spoke last. Each
/// feature is a name; a linear model (<see cref="SpeakerModel"/>) weighs them. The training command computes the same
/// features from annotated articles, so the generator and the weights it carries always agree.
/// </summary>
internal sealed class SpeakerFeatures
{
    public const int NoOne = -1;

    private readonly ArticleModel _model;
    private readonly int[] _paragraphStarts;
    private readonly int[][] _mentions;
    private readonly int[] _previousSpeaker;

    // Every person's mentions in one sorted array, and for each quote the last of them before it: a person is the last
    // named before a quote when their last mention before it is this one.
    private readonly int[] _lastMentionBefore;

    // Each quote's start, end and paragraph, worked out once rather than for each of its candidates.
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly int[] _paragraphs;

    // Feature names are a few dozen strings: built once here, not concatenated for every candidate of every quote.
    private static readonly string[] s_rules =
    {
        AttributionRule.None, AttributionRule.SpeechVerb, AttributionRule.AccordingTo,
        AttributionRule.Pronoun, AttributionRule.Continuation, AttributionRule.SameSentence, AttributionRule.Subject,
    };

    private static readonly Dictionary<string, string> s_rulesChose = Prefixed("rules&rule=");
    private static readonly Dictionary<string, string> s_noneRule = Prefixed("none&rule=");
    private static readonly Dictionary<string, string> s_rulesChoseNone = Prefixed("rules-none&rule=");
    private static readonly string[] s_before = { "before:near", "before:close", "before:far", "before:distant" };
    private static readonly string[] s_afterInParagraph = { "after:same-paragraph:near", "after:same-paragraph:close", "after:same-paragraph:far", "after:same-paragraph:distant" };
    private static readonly string[] s_mentionCounts = { "mentions:0", "mentions:1", "mentions:2", "mentions:3", "mentions:4" };

    public SpeakerFeatures(ArticleModel model)
    {
        _model = model;
        _paragraphStarts = ParagraphStarts(model.Text);
        _mentions = new int[model.People.Count][];
        for (var i = 0; i < _mentions.Length; i++) _mentions[i] = Mentions(model.Text, model.People[i]).ToArray();
        _previousSpeaker = new int[model.Quotes.Count];
        _starts = new int[model.Quotes.Count];
        _ends = new int[model.Quotes.Count];
        _paragraphs = new int[model.Quotes.Count];
        _lastMentionBefore = new int[model.Quotes.Count];
        var allMentions = AllMentions(_mentions);
        var last = NoOne;
        for (var i = 0; i < model.Quotes.Count; i++)
        {
            _previousSpeaker[i] = last;
            if (model.Quotes[i].SpeakerIndex >= 0) last = model.Quotes[i].SpeakerIndex;
            _starts[i] = Start(model.Quotes[i]);
            _ends[i] = _starts[i] + model.Quotes[i].Text.Text.Length;
            _paragraphs[i] = Paragraph(_starts[i]);
            _lastMentionBefore[i] = LastBefore(allMentions, _starts[i]);
        }
    }

    /// <summary>The candidates of a quote: each person's index, then <see cref="NoOne"/>.</summary>
    public IEnumerable<int> Candidates
    {
        get
        {
            for (var i = 0; i < _model.People.Count; i++) yield return i;
            yield return NoOne;
        }
    }

    public List<string> Of(int quoteIndex, int candidate)
    {
        var features = new List<string>(8);
        Of(quoteIndex, candidate, features);
        return features;
    }

    /// <summary>A candidate's features, added to <paramref name="features"/>: a caller that only scores them reuses one list.</summary>
    public void Of(int quoteIndex, int candidate, List<string> features)
    {
        var quote = _model.Quotes[quoteIndex];
        // "“…” ― Ivo Marsh" is how a page prints "“…,” said Ivo Marsh": the annotated news the model learns from has no
        // such signatures, so a dash's quote is weighed as a speech verb's rather than as a rule it has never seen.
        var rule = quote.Attribution == AttributionRule.Dash ? AttributionRule.SpeechVerb : quote.Attribution;
        var rulesChoice = quote.SpeakerIndex == candidate;
        if (candidate == NoOne)
        {
            features.Add("none");
            features.Add(Named(s_noneRule, "none&rule=", rule));
            if (rulesChoice) features.Add(Named(s_rulesChoseNone, "rules-none&rule=", rule));
            if (WordCount(quote.Text.Text) < 4) features.Add("none&short-quote");
            return;
        }

        var (start, end, paragraph) = (_starts[quoteIndex], _ends[quoteIndex], _paragraphs[quoteIndex]);
        if (rulesChoice) features.Add(Named(s_rulesChose, "rules&rule=", rule));
        var mentions = _mentions[candidate];
        // The mentions are in order: the last before the quote and the first after it are found by halving.
        var firstAtStart = FirstAtOrAfter(mentions, start);
        var before = firstAtStart > 0 ? mentions[firstAtStart - 1] : -1;
        var firstAfter = FirstAtOrAfter(mentions, end);
        var after = firstAfter < mentions.Length ? mentions[firstAfter] : -1;
        if (before >= 0)
        {
            features.Add(s_before[Bucket(start - before)]);
            if (Paragraph(before) == paragraph) features.Add("before:same-paragraph");
            else if (Paragraph(before) == paragraph - 1) features.Add("before:previous-paragraph");
            // No one else is named between this mention and the quote.
            if (before == _lastMentionBefore[quoteIndex]) features.Add("last-named-before");
        }
        if (after >= 0 && Paragraph(after) == paragraph) features.Add(s_afterInParagraph[Bucket(after - end)]);
        if (_previousSpeaker[quoteIndex] == candidate)
        {
            var opens = start == _paragraphStarts[paragraph] + 1 || start == _paragraphStarts[paragraph];
            features.Add(opens ? "previous-speaker&opens-paragraph" : "previous-speaker");
        }
        features.Add(s_mentionCounts[Math.Min(mentions.Length, 4)]);
        if (_model.People[candidate].Role is not null) features.Add("has-role");
        if (mentions.Length > 0 && _paragraphStarts.Length > 1 && mentions[0] < _paragraphStarts[1]) features.Add("in-title");
    }

    private int Start(QuoteModel quote) =>
        quote.Text.Start >= 0 ? quote.Text.Start : Math.Max(0, _model.Text.IndexOf(quote.Text.Text, StringComparison.Ordinal));

    /// <summary>
    /// The greatest of the sorted <paramref name="offsets"/> below <paramref name="start"/>, or -1. Two people can be
    /// named at one offset ("Carter" for two Carters), also at the quote's own start, which is not before it.
    /// </summary>
    internal static int LastBefore(int[] offsets, int start)
    {
        var first = FirstAtOrAfter(offsets, start);
        return first > 0 ? offsets[first - 1] : -1;
    }

    /// <summary>The index of the first of the sorted <paramref name="offsets"/> at or after <paramref name="offset"/> (their count if none is).</summary>
    private static int FirstAtOrAfter(int[] offsets, int offset)
    {
        int low = 0, high = offsets.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (offsets[middle] < offset) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    private static int[] AllMentions(int[][] mentions)
    {
        var all = mentions.SelectMany(offsets => offsets).ToArray();
        Array.Sort(all);
        return all;
    }

    private int Paragraph(int offset)
    {
        var index = Array.BinarySearch(_paragraphStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The pieces a split at each space would give (one more than the spaces), counted without splitting.</summary>
    private static int WordCount(string text)
    {
        var count = 1;
        foreach (var c in text)
        {
            if (c == ' ') count++;
        }
        return count;
    }

    /// <summary>Near, close, far or distant, as an index into the feature names.</summary>
    private static int Bucket(int distance) => distance switch { < 60 => 0, < 200 => 1, < 600 => 2, _ => 3 };

    private static Dictionary<string, string> Prefixed(string prefix)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        // Interned, as literals are: the model finds a feature's weight by the name's reference (SpeakerModel.Score).
        foreach (var rule in s_rules) names[rule] = string.Intern(prefix + rule);
        return names;
    }

    private static string Named(Dictionary<string, string> names, string prefix, string rule) => names.TryGetValue(rule, out var name) ? name : prefix + rule;

    private static int[] ParagraphStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf("\n\n", StringComparison.Ordinal); i >= 0; i = text.IndexOf("\n\n", i + 2, StringComparison.Ordinal)) starts.Add(i + 2);
        return starts.ToArray();
    }

    /// <summary>Where the article names the person: their name or any alias, as a whole word.</summary>
    private static List<int> Mentions(string text, PersonModel person)
    {
        var offsets = new List<int>();
        Add(person.Name);
        foreach (var alias in person.Aliases) Add(alias);
        if (person.Aliases.Count == 0) return offsets;
        // A name and an alias can be found at one offset ("Bush" and "Bush's"): sorted, each offset kept once.
        offsets.Sort();
        var kept = 0;
        for (var i = 0; i < offsets.Count; i++)
        {
            if (kept == 0 || offsets[i] != offsets[kept - 1]) offsets[kept++] = offsets[i];
        }
        offsets.RemoveRange(kept, offsets.Count - kept);
        return offsets;

        void Add(string form)
        {
            if (form.Length <= 1) return;
            for (var i = text.IndexOf(form, StringComparison.Ordinal); i >= 0; i = text.IndexOf(form, i + form.Length, StringComparison.Ordinal))
            {
                var whole = (i == 0 || !char.IsLetter(text[i - 1])) && (i + form.Length == text.Length || !char.IsLetter(text[i + form.Length]));
                if (whole) offsets.Add(i);
            }
        }
    }
}
