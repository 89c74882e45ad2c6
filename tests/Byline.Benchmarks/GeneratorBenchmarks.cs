using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Basic.Reference.Assemblies;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Benchmarks;

/// <summary>(b) The generator through CSharpGeneratorDriver: a cold run over N articles, and the run after editing one.</summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private InMemoryText[] _texts = null!;
    private GeneratorDriver _warm = null!;
    private InMemoryText _edited = null!;

    [Params(1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compilation = Compilation();
        _texts = SharedCorpus.Synthetic(Articles).Select(a => new InMemoryText(a.Path, a.Text)).ToArray();
        _edited = new InMemoryText(_texts[0].Path, _texts[0].Text + "\nOne more sentence added by an editor.\n");
    }

    [Benchmark(Description = "Cold run")]
    public GeneratorDriver Cold() => Driver(_texts).RunGenerators(_compilation);

    [IterationSetup(Target = nameof(AfterOneEdit))]
    public void WarmUp() => _warm = Driver(_texts).RunGenerators(_compilation);

    public void WarmUpTracked() => _warm = Driver(_texts, track: true).RunGenerators(_compilation);

    [Benchmark(Description = "Run after editing one article")]
    public GeneratorDriver AfterOneEdit() => _warm.ReplaceAdditionalText(_texts[0], _edited).RunGenerators(_compilation);

    internal static CSharpCompilation Compilation() => CSharpCompilation.Create(
        "Bench",
        new[] { CSharpSyntaxTree.ParseText("") },
        Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(Byline.Article).Assembly.Location)),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>A driver as the compiler makes one (no step tracking), or with tracking to show which steps ran.</summary>
    internal static GeneratorDriver Driver(IEnumerable<AdditionalText> texts, bool track = false) => CSharpGeneratorDriver.Create(
        new[] { new Byline.Generator.BylineGenerator().AsSourceGenerator() },
        texts,
        new CSharpParseOptions(LanguageVersion.Latest),
        new Options(),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    internal sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            Text = text;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public string Text { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Bench",
            ["build_property.ProjectDir"] = "/bench/",
        });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Values.Empty;
    }

    private sealed class Values : AnalyzerConfigOptions
    {
        public static readonly Values Empty = new(new Dictionary<string, string>());
        private readonly Dictionary<string, string> _values;

        public Values(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
