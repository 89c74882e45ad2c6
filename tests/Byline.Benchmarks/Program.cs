using System;
using System.Diagnostics;
using System.Linq;
using BenchmarkDotNet.Running;
using Byline.Benchmarks;
using Byline.Generator;
using Microsoft.CodeAnalysis;

// dotnet run -c Release --project tests/Byline.Benchmarks -- check          quick same-process ratios, no BenchmarkDotNet
// dotnet run -c Release --project tests/Byline.Benchmarks -- --filter '*'   the BenchmarkDotNet suites
// dotnet run -c Release --project tests/Byline.Benchmarks -- build-loop [N] [ROUNDS] [--no-server] [--baseline DIR]   the user's build loop
// dotnet run -c Release --project tests/Byline.Benchmarks -- libraries [N] [L] [ROUNDS]   L content libraries of N articles, merged by an app
// tests/Byline.Benchmarks/compare.sh REV                                    extraction now against extraction at git revision REV
if (SharedCorpus.Folder is null)
{
    Console.WriteLine("benchmarks: ../shared/corpus is not beside this clone; extraction throughput is skipped and the generator runs on a built-in article.");
}
if (args.Length > 0 && args[0] == "check")
{
    Check.Run();
    return;
}
if (args.Length > 0 && args[0] == "build-loop")
{
    BuildLoop.Run(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3,
        server: !args.Contains("--no-server"),
        baseline: args.SkipWhile(a => a != "--baseline").Skip(1).FirstOrDefault());
    return;
}
if (args.Length > 0 && args[0] == "libraries")
{
    Libraries.Run(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10,
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}
if (args.Length > 1 && args[0] == "compare")
{
    Compare.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 7);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);

/// <summary>A quick measurement in one process, printed as ratios against a baseline measured in the same run.</summary>
internal static class Check
{
    public static void Run()
    {
        var extraction = new ExtractionBenchmarks();
        extraction.Setup();
        if (extraction.Megabytes > 0)
        {
            var seconds = Time(() => extraction.ExtractCorpus(), 3);
            var reference = Time(() => extraction.ReadWords(), 5);
            Console.WriteLine($"extraction: {extraction.Megabytes / seconds:F2} MB/s on one core ({extraction.Megabytes:F2} MB in {seconds:F3} s); " +
                $"{seconds / reference:F1}x the time of only normalising and splitting into words ({extraction.Megabytes / reference:F0} MB/s)");
        }

        foreach (var count in new[] { 1_000 })
        {
            var generator = new GeneratorBenchmarks { Articles = count };
            generator.Setup();
            var cold = Time(() => generator.Cold(), 2);
            var edit = double.MaxValue;
            for (var run = 0; run < 3; run++)
            {
                generator.WarmUp();
                var watch = Stopwatch.StartNew();
                generator.AfterOneEdit();
                edit = Math.Min(edit, watch.Elapsed.TotalSeconds);
            }
            generator.WarmUpTracked();
            var edited = generator.AfterOneEdit();
            var steps = edited.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Extract].SelectMany(s => s.Outputs).GroupBy(o => o.Reason).ToDictionary(g => g.Key, g => g.Count());
            Console.WriteLine($"generator, {count} articles: cold {cold:F2} s, after one edit {edit * 1000:F0} ms = {edit / cold:P2} of cold; extract step: " +
                string.Join(", ", steps.Select(kv => $"{kv.Value} {kv.Key}")));
        }

        var runtime = new RuntimeBenchmarks();
        runtime.Setup();
        var first = Time(() => runtime.FirstAccessGenerated(), 200);
        var firstJson = Time(() => runtime.FirstAccessJson(), 200);
        var all = Time(() => runtime.AllQuotesGenerated(), 20);
        var allJson = Time(() => runtime.AllQuotesJson(), 20);
        Console.WriteLine($"first access: generated {first * 1e6:F1} µs, JSON {firstJson * 1e6:F1} µs: {firstJson / first:F1}x faster");
        Console.WriteLine($"all quotes: generated {all * 1e3:F2} ms, JSON {allJson * 1e3:F2} ms: {allJson / all:F1}x faster");
        var (generatedBytes, jsonBytes) = runtime.MemoryAfterReadingEverything();
        Console.WriteLine($"memory after reading every article whole: generated {generatedBytes / 1e6:F1} MB, JSON peer {jsonBytes / 1e6:F1} MB");
    }

    /// <summary>Best of several runs after one warm-up: the least disturbed by a shared, noisy machine.</summary>
    private static double Time(Action action, int runs)
    {
        action();
        var best = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        return best;
    }
}
