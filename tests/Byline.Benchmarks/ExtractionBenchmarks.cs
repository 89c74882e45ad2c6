using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Byline.Generator.Extraction;

namespace Byline.Benchmarks;

/// <summary>(a) Extraction throughput over ../shared/corpus on one core. MB/s = corpus MB / mean time.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private IReadOnlyList<(string Path, string Text)> _articles = null!;

    public double Megabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = SharedCorpus.Articles();
        Megabytes = _articles.Sum(a => System.Text.Encoding.UTF8.GetByteCount(a.Text)) / 1e6;
        foreach (var (path, text) in _articles) ArticleExtractor.Extract(path, path, text); // compile the regexes once
        System.Console.WriteLine($"// corpus: {_articles.Count} articles, {Megabytes:F2} MB");
    }

    /// <summary>
    /// The cheapest read of every word: normalise each article and split it into words. Extraction is reported as a
    /// multiple of this pass too, which a busy machine slows alike, so runs on a shared machine stay comparable.
    /// </summary>
    [Benchmark(Baseline = true, Description = "Normalise and split into words (reference)")]
    public int ReadWords()
    {
        var words = 0;
        foreach (var (_, text) in _articles) words += Tokenizer.Split(TextNormalizer.Normalize(text)).Count;
        return words;
    }

    [Benchmark(Description = "Extract the whole corpus")]
    public int ExtractCorpus()
    {
        var quotes = 0;
        foreach (var (path, text) in _articles) quotes += ArticleExtractor.Extract(path, path, text).Quotes.Count;
        return quotes;
    }
}
