using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Byline.Generator.Extraction;

namespace Byline.Training;

/// <summary>
/// Temperature scaling of a model's scores (one number, fitted on held-out folds), and the table that shows whether the
/// confidence it gives the rules' choice (a speaker, a person) means what it says.
/// </summary>
internal static class Calibration
{
    /// <summary>
    /// The temperature that makes the held-out right candidates most likely (least log loss), on a fixed grid from 0.1
    /// to 10 so the answer is the same on every machine.
    /// </summary>
    public static double FitTemperature(IReadOnlyList<(IReadOnlyDictionary<string, double> Weights, Choice Choice)> heldOut)
    {
        var best = 1.0;
        var bestLoss = double.PositiveInfinity;
        for (var step = 0; step <= 80; step++)
        {
            var temperature = Math.Round(Math.Pow(10, -1 + (step / 40.0)), 4);
            var loss = 0.0;
            foreach (var (weights, choice) in heldOut)
            {
                if (choice.Right.Count == 0) continue;
                var p = new SpeakerModel(weights, temperature).Probabilities(choice.Candidates);
                loss -= Math.Log(Math.Max(1e-12, choice.Right.Sum(r => p[r])));
            }
            if (loss < bestLoss) (best, bestLoss) = (temperature, loss);
        }
        return best;
    }

    /// <summary>
    /// Fits the temperature on the held-out choices, prints the table of confidence given to the rules' choice against how
    /// often it was right, under <paramref name="heading"/>, and returns the temperature.
    /// </summary>
    public static double Report(string heading, string items, string right, IReadOnlyList<(IReadOnlyDictionary<string, double> Weights, Choice Choice, int Chosen)> heldOut)
    {
        var temperature = FitTemperature(heldOut.Select(h => (h.Weights, h.Choice)).ToList());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n{heading} (temperature {temperature:F2}):"));
        Console.WriteLine($"| confidence | {items} | {right} | mean confidence |");
        Console.WriteLine("| --- | --- | --- | --- |");
        foreach (var row in Buckets(heldOut, temperature)) Console.WriteLine(row);
        return temperature;
    }

    /// <summary>Rows of a table: held-out choices by the confidence given to the rules' choice, and how often the rules were right.</summary>
    public static IEnumerable<string> Buckets(IReadOnlyList<(IReadOnlyDictionary<string, double> Weights, Choice Choice, int Chosen)> heldOut, double temperature)
    {
        var rows = heldOut.Select(h =>
        {
            var confidence = new SpeakerModel(h.Weights, temperature).Probabilities(h.Choice.Candidates)[h.Chosen];
            return (Confidence: confidence, Right: h.Choice.Right.Contains(h.Chosen));
        }).ToList();
        foreach (var (low, high) in new[] { (0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01) })
        {
            var bucket = rows.Where(r => r.Confidence >= low && r.Confidence < high).ToList();
            if (bucket.Count == 0) continue;
            var label = string.Create(CultureInfo.InvariantCulture, $"{low:F2}–{Math.Min(high, 1):F2}");
            var right = (double)bucket.Count(r => r.Right) / bucket.Count;
            yield return string.Create(CultureInfo.InvariantCulture, $"| {label} | {bucket.Count} | {right:F3} | {bucket.Average(r => r.Confidence):F3} |");
        }
    }
}
