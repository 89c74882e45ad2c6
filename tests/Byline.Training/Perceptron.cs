using System;
using System.Collections.Generic;
using System.Linq;

namespace Byline.Training;

/// <summary>One choice to learn: the feature lists of each candidate, and which candidates are right (none may be).</summary>
internal sealed record Choice(IReadOnlyList<IReadOnlyList<string>> Candidates, IReadOnlySet<int> Right);

/// <summary>
/// An averaged perceptron that ranks candidates: it scores each by the sum of its features' weights and picks the
/// highest. Training is deterministic: a fixed order shuffled by a fixed seed, and ties go to the earlier candidate.
/// </summary>
internal sealed class Perceptron
{
    private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, double> Weights => _weights;

    public static Perceptron Train(IReadOnlyList<Choice> choices, int epochs = 10, int seed = 7)
    {
        var current = new Dictionary<string, double>(StringComparer.Ordinal);
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        var order = Enumerable.Range(0, choices.Count).ToArray();
        var random = new Random(seed);
        var step = 0;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            Shuffle(order, random);
            foreach (var i in order)
            {
                step++;
                var choice = choices[i];
                if (choice.Right.Count == 0) continue;
                var predicted = Best(current, choice.Candidates);
                if (choice.Right.Contains(predicted)) continue;
                var gold = choice.Right.OrderByDescending(r => Score(current, choice.Candidates[r])).ThenBy(r => r).First();
                Update(current, sums, choice.Candidates[gold], +1, step);
                Update(current, sums, choice.Candidates[predicted], -1, step);
            }
        }
        var model = new Perceptron();
        // Averaged weights: each weight less its updates weighted by when they came (the standard lazy-averaging form).
        foreach (var (feature, weight) in current) model._weights[feature] = weight - (sums.TryGetValue(feature, out var sum) ? sum : 0) / step;
        return model;
    }

    public int Predict(IReadOnlyList<IReadOnlyList<string>> candidates) => Best(_weights, candidates);

    private static int Best(IReadOnlyDictionary<string, double> weights, IReadOnlyList<IReadOnlyList<string>> candidates)
    {
        var best = 0;
        var bestScore = double.NegativeInfinity;
        for (var c = 0; c < candidates.Count; c++)
        {
            var score = Score(weights, candidates[c]);
            if (score > bestScore) (best, bestScore) = (c, score);
        }
        return best;
    }

    private static double Score(IReadOnlyDictionary<string, double> weights, IReadOnlyList<string> features)
    {
        var score = 0.0;
        foreach (var feature in features) score += weights.TryGetValue(feature, out var weight) ? weight : 0;
        return score;
    }

    private static void Update(Dictionary<string, double> current, Dictionary<string, double> sums, IReadOnlyList<string> features, double sign, int step)
    {
        foreach (var feature in features)
        {
            current[feature] = (current.TryGetValue(feature, out var weight) ? weight : 0) + sign;
            sums[feature] = (sums.TryGetValue(feature, out var sum) ? sum : 0) + (sign * step);
        }
    }

    private static void Shuffle(int[] order, Random random)
    {
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
    }
}
