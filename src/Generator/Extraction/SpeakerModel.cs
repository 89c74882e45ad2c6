using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Byline.Generator.Model;

namespace Byline.Generator.Extraction;

/// <summary>
/// The learned speaker model: a weight per feature (<see cref="SpeakerFeatures"/>) and a temperature. A candidate's
/// score is the sum of its features' weights; a softmax of the scores over a quote's candidates, divided by the
/// temperature, gives each candidate's probability of being the speaker. The weights are trained by the training
/// command (tests/Byline.Training) on annotated news and carried as <c>Data/speaker-model.txt</c>.
/// </summary>
internal sealed class SpeakerModel
{
    private static readonly Lazy<SpeakerModel> s_shipped = new(() => Parse(Lexicon.Lines("speaker-model")));

    private readonly Dictionary<string, double> _weights;

    // The same weights keyed by the interned name: the features' names are literals and interned strings
    // (SpeakerFeatures), found by reference without hashing their characters for every candidate of every quote.
    private readonly Dictionary<string, double> _interned = new(ReferenceComparer.Instance);

    public SpeakerModel(IReadOnlyDictionary<string, double> weights, double temperature)
    {
        if (!(temperature > 0)) throw new ArgumentOutOfRangeException(nameof(temperature), "The temperature must be positive.");
        _weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var pair in weights)
        {
            _weights[pair.Key] = pair.Value;
            _interned[string.Intern(pair.Key)] = pair.Value;
        }
        Temperature = temperature;
    }

    /// <summary>The model the generator ships with.</summary>
    public static SpeakerModel Shipped => s_shipped.Value;

    public double Temperature { get; }

    public IReadOnlyDictionary<string, double> Weights => _weights;

    public double Score(IReadOnlyList<string> features)
    {
        var score = 0.0;
        // By index: a foreach over the read-only list would box its enumerator for every candidate of every quote.
        for (var i = 0; i < features.Count; i++)
        {
            if (_interned.TryGetValue(features[i], out var weight) || _weights.TryGetValue(features[i], out weight)) score += weight;
        }
        return score;
    }

    /// <summary>Each candidate's probability, from its features' scores.</summary>
    public double[] Probabilities(IReadOnlyList<IReadOnlyList<string>> candidates)
    {
        var scores = new double[candidates.Count];
        for (var i = 0; i < scores.Length; i++) scores[i] = Score(candidates[i]);
        return Softmax(scores);
    }

    /// <summary>Scores, in place, as probabilities: each divided by the temperature, then a softmax.</summary>
    private double[] Softmax(double[] scores)
    {
        var max = double.NegativeInfinity;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] /= Temperature;
            max = Math.Max(max, scores[i]);
        }
        var sum = 0.0;
        for (var i = 0; i < scores.Length; i++) sum += scores[i] = Math.Exp(scores[i] - max);
        for (var i = 0; i < scores.Length; i++) scores[i] /= sum;
        return scores;
    }

    /// <summary>
    /// The article with each quote's <see cref="QuoteModel.Confidence"/>: the model's probability that the speaker the
    /// rules chose (or no one) is right, over every person the article names and no one. Each candidate is scored as its
    /// features are listed, in one list used again for the next: an article has a candidate per person for every quote.
    /// </summary>
    public ArticleModel Annotate(ArticleModel model)
    {
        if (model.Quotes.Count == 0) return model;
        var features = new SpeakerFeatures(model);
        var candidates = new List<int>(features.Candidates);
        var quotes = new QuoteModel[model.Quotes.Count];
        var listed = new List<string>(16);
        for (var q = 0; q < quotes.Length; q++)
        {
            var scores = new double[candidates.Count];
            var chosen = 0;
            for (var c = 0; c < candidates.Count; c++)
            {
                listed.Clear();
                features.Of(q, candidates[c], listed);
                scores[c] = Score(listed);
                if (candidates[c] == model.Quotes[q].SpeakerIndex || (candidates[c] == SpeakerFeatures.NoOne && model.Quotes[q].SpeakerIndex < 0)) chosen = c;
            }
            quotes[q] = model.Quotes[q] with { Confidence = Round(Softmax(scores)[chosen]) };
        }
        return model with { Quotes = quotes.ToEquatableArray() };
    }

    /// <summary>Confidence in thousandths: what the record stores, so the model and the runtime agree to the digit.</summary>
    public static double Round(double probability) => Math.Round(probability * 1000) / 1000;

    /// <summary>
    /// The data file: a comment naming the model and the training command that wrote it, a temperature line, then one
    /// "feature weight" line per feature in ordinal order. The people model (<see cref="PersonDetection"/>) is written the same way.
    /// </summary>
    public string Write(string model = "speaker", string arguments = "--write")
    {
        var builder = new StringBuilder();
        builder.Append($"# Byline {model} model, written by: dotnet run -c Release --project tests/Byline.Training -- {arguments}\n");
        builder.Append("temperature ").Append(Temperature.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        var names = new List<string>(_weights.Keys);
        names.Sort(StringComparer.Ordinal);
        foreach (var name in names) builder.Append(name).Append(' ').Append(_weights[name].ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        return builder.ToString();
    }

    public static SpeakerModel Parse(IEnumerable<string> lines)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var temperature = 1.0;
        foreach (var line in lines)
        {
            var space = line.LastIndexOf(' ');
            if (space <= 0) throw new FormatException($"Speaker model line '{line}' has no value.");
            var value = double.Parse(line.Substring(space + 1), NumberStyles.Float, CultureInfo.InvariantCulture);
            var name = line.Substring(0, space);
            if (name == "temperature") temperature = value;
            else weights[name] = value;
        }
        return new SpeakerModel(weights, temperature);
    }
}

/// <summary>Strings compared as objects: one interned string is one object.</summary>
internal sealed class ReferenceComparer : IEqualityComparer<string>
{
    public static readonly ReferenceComparer Instance = new();

    public bool Equals(string? x, string? y) => ReferenceEquals(x, y);

    public int GetHashCode(string obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
}
