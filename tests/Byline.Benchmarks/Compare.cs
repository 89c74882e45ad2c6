using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Byline.Generator.Extraction;

namespace Byline.Benchmarks;

/// <summary>
/// Extraction by this build against extraction by another build of the generator (an older revision, say), over
/// ../shared/corpus, in one process and in alternating rounds, so a busy machine slows both alike: the ratio is what
/// to read. The other build is loaded into its own load context and called through reflection.
/// </summary>
internal static class Compare
{
    public static void Run(string otherGenerator, int rounds)
    {
        var articles = SharedCorpus.Articles();
        if (articles.Count == 0)
        {
            Console.WriteLine("compare: skipped: ../shared/corpus is not beside this clone.");
            return;
        }
        var megabytes = articles.Sum(a => System.Text.Encoding.UTF8.GetByteCount(a.Text)) / 1e6;
        var other = Load(otherGenerator);
        Func<string, string, string, object> current = (file, path, text) => ArticleExtractor.Extract(file, path, text);
        double Pass(Func<string, string, string, object> extract)
        {
            var watch = Stopwatch.StartNew();
            foreach (var (path, text) in articles) extract(path, path, text);
            return watch.Elapsed.TotalSeconds;
        }
        for (var warm = 0; warm < 2; warm++)
        {
            Pass(other);
            Pass(current);
        }
        var theirs = new List<double>();
        var ours = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            theirs.Add(Pass(other));
            ours.Add(Pass(current));
        }
        theirs.Sort();
        ours.Sort();
        var median = rounds / 2;
        Console.WriteLine($"extraction over {megabytes:F2} MB, {rounds} alternating rounds: other build {megabytes / theirs[0]:F2} MB/s (median {megabytes / theirs[median]:F2}), " +
            $"this build {megabytes / ours[0]:F2} MB/s (median {megabytes / ours[median]:F2}): this build is {theirs[0] / ours[0]:F2}x as fast (median {theirs[median] / ours[median]:F2}x)");
    }

    private static Func<string, string, string, object> Load(string path)
    {
        var context = new AssemblyLoadContext("other generator", isCollectible: false);
        var assembly = context.LoadFromAssemblyPath(System.IO.Path.GetFullPath(path));
        var extract = assembly.GetType("Byline.Generator.Extraction.ArticleExtractor", throwOnError: true)!
            .GetMethod("Extract", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            ?? throw new InvalidOperationException($"{path} has no ArticleExtractor.Extract.");
        var parameters = extract.GetParameters().Length;
        return (file, articlePath, text) =>
        {
            var arguments = new object?[parameters];
            arguments[0] = file;
            arguments[1] = articlePath;
            arguments[2] = text;
            for (var i = 3; i < parameters; i++) arguments[i] = extract.GetParameters()[i].ParameterType == typeof(CancellationToken) ? CancellationToken.None : null;
            return extract.Invoke(null, arguments)!;
        };
    }
}
