using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using Byline.Benchmarks.Corpus;
using Byline.Generator.Extraction;

namespace Byline.Benchmarks;

/// <summary>
/// (c) Run time: reading one article for the first time, and enumerating every quote of every article, against two
/// peers in the same run: the same data embedded as JSON read with System.Text.Json's source-generated serializer,
/// and extraction from the text at run time. Generated articles are reset before each operation (their lazy fields
/// cleared through the corpus's cache, which the generated side pays for), so every operation is a first access.
/// </summary>
[MemoryDiagnoser]
public class RuntimeBenchmarks
{
    private Article?[] _decoded = null!;
    private byte[][] _json = null!;
    private (string Path, string Text)[] _texts = null!;
    private int _middle;

    [GlobalSetup]
    public void Setup()
    {
        // The corpus caches each decoded article; clearing its cache makes the next read a first access again.
        _decoded = (Article?[])typeof(Byline.Corpus).GetField("_articles", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(Articles.Corpus)!;
        _json = Articles.All.Select(a => JsonSerializer.SerializeToUtf8Bytes(ArticleDto.From(a), BenchJson.Default.ArticleDto)).ToArray();
        _texts = Articles.All.Select(a => (a.SourcePath, a.Text)).ToArray();
        _middle = Articles.All.Count / 2;
        Reset();
        Console.WriteLine($"// {Articles.All.Count} articles, {_json.Sum(j => j.Length) / 1e6:F2} MB of JSON");
    }

    private void Reset() => Array.Clear(_decoded);

    /// <summary>
    /// Bytes held after every article has been read whole (its text, paragraphs, quotes with their speakers, claims):
    /// generated, and the JSON peer, which holds the text, paragraphs and quotes.
    /// </summary>
    public (long Generated, long Json) MemoryAfterReadingEverything()
    {
        Reset();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var speakers = Articles.All.Sum(a => a.Text.Length + a.Paragraphs.Sum(p => p.Text.Length)
            + a.Quotes.Sum(q => q.Text.Length + (q.Speaker?.Name.Length ?? 0)) + a.Claims.Sum(c => c.Text.Length));
        var generated = GC.GetTotalMemory(forceFullCollection: true) - before;
        before = GC.GetTotalMemory(forceFullCollection: true);
        var dtos = _json.Select(j => JsonSerializer.Deserialize(j, BenchJson.Default.ArticleDto)!).ToArray();
        var json = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(dtos);
        GC.KeepAlive(speakers);
        return (generated, json);
    }

    [Benchmark(Baseline = true, Description = "First access: generated")]
    public int FirstAccessGenerated()
    {
        _decoded[_middle] = null;
        return Articles.All[_middle].Quotes.Count;
    }

    [Benchmark(Description = "First access: embedded JSON (STJ source-gen)")]
    public int FirstAccessJson() => JsonSerializer.Deserialize(_json[_middle], BenchJson.Default.ArticleDto)!.Quotes.Length;

    [Benchmark(Description = "First access: extraction at run time")]
    public int FirstAccessExtraction() => ArticleExtractor.Extract(_texts[_middle].Path, _texts[_middle].Path, _texts[_middle].Text).Quotes.Count;

    [Benchmark(Description = "All quotes: generated")]
    public int AllQuotesGenerated()
    {
        Reset();
        var characters = 0;
        foreach (var article in Articles.All)
        {
            foreach (var quote in article.Quotes) characters += quote.Text.Length;
        }
        return characters;
    }

    [Benchmark(Description = "All quotes: embedded JSON (STJ source-gen)")]
    public int AllQuotesJson()
    {
        var characters = 0;
        foreach (var json in _json)
        {
            foreach (var quote in JsonSerializer.Deserialize(json, BenchJson.Default.ArticleDto)!.Quotes) characters += quote.Text.Length;
        }
        return characters;
    }

    [Benchmark(Description = "All quotes: extraction at run time")]
    public int AllQuotesExtraction()
    {
        var characters = 0;
        foreach (var (path, text) in _texts)
        {
            foreach (var quote in ArticleExtractor.Extract(path, path, text).Quotes) characters += quote.Text.Text.Length;
        }
        return characters;
    }
}

/// <summary>What the JSON peer stores for an article: the same members a reader of quotes and paragraphs needs.</summary>
public sealed record ArticleDto(string Id, string Title, string Text, string[] Authors, string[] Paragraphs, QuoteDto[] Quotes)
{
    public static ArticleDto From(Article article) => new(
        article.Id, article.Title, article.Text, article.Authors.ToArray(), article.Paragraphs.Select(p => p.Text).ToArray(),
        article.Quotes.Select(q => new QuoteDto(q.Text, q.Speaker?.Name, q.Line, q.Column)).ToArray());
}

public sealed record QuoteDto(string Text, string? Speaker, int Line, int Column);

[JsonSerializable(typeof(ArticleDto))]
internal sealed partial class BenchJson : JsonSerializerContext
{
}
