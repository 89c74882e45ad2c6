using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Basic.Reference.Assemblies;
using Byline.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Byline.Tests.Infrastructure;

/// <summary>Runs the generator over in-memory articles, as the compiler would, and compiles what it writes.</summary>
internal sealed class GeneratorHarness
{
    public const string ProjectDir = "/project/";

    private static readonly MetadataReference s_runtime = MetadataReference.CreateFromFile(typeof(Byline.Article).Assembly.Location);

    public static CSharpCompilation Compilation(LanguageVersion language = LanguageVersion.Latest, string program = "") =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(program, new CSharpParseOptions(language)) },
            Net100.References.All.Append(s_runtime),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> articles, IReadOnlyDictionary<string, string>? properties = null, LanguageVersion language = LanguageVersion.Latest, TestOptionsProvider? options = null)
    {
        options ??= new TestOptionsProvider(properties ?? new Dictionary<string, string> { ["RootNamespace"] = "Consumer" });
        return CSharpGeneratorDriver.Create(
            new[] { new BylineGenerator().AsSourceGenerator() },
            articles,
            new CSharpParseOptions(language),
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public static InMemoryArticle Article(string name, string text) => new(ProjectDir + "Articles/" + name, text);

    /// <summary>Runs the generator, asserts it did not throw and the output compiles with no errors, and returns both.</summary>
    public static (GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(params InMemoryArticle[] articles) => Run(Driver(articles), Compilation());

    /// <summary>Runs the generator as the package's build targets set it up: each article names its embedded resource.</summary>
    public static (GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) RunEmbedded(params InMemoryArticle[] articles)
    {
        var options = new TestOptionsProvider(new Dictionary<string, string> { ["RootNamespace"] = "Consumer" });
        foreach (var article in articles) options.FileMetadata[article.Path] = new Dictionary<string, string> { ["BylineResource"] = ResourceName(article) };
        return Run(Driver(articles, options: options), Compilation());
    }

    /// <summary>The resource name the build targets give an article under the project folder.</summary>
    public static string ResourceName(AdditionalText article) => "Byline/" + article.Path.Substring(ProjectDir.Length);

    /// <summary>An embedded resource holding <paramref name="bytes"/>, as the build targets embed an article file.</summary>
    public static ResourceDescription Resource(string name, byte[] bytes) => new(name, () => new MemoryStream(bytes), isPublic: true);

    public static (GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics, CancellationToken.None);
        var result = driver.GetRunResult();
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "Generated code does not compile:\n" + string.Join("\n", errors.Take(10)));
        return (driver, output, diagnostics);
    }

    /// <summary>Emits the compilation and loads it, so tests can read the generated values as a user would.</summary>
    public static Assembly Load(Compilation compilation, params ResourceDescription[] resources)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream, manifestResources: resources);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return Assembly.Load(stream.ToArray());
    }

    public static IReadOnlyList<Byline.Article> AllArticles(Assembly assembly, string type = "Consumer.Articles") =>
        (IReadOnlyList<Byline.Article>)assembly.GetType(type)!.GetProperty("All")!.GetValue(null)!;

    public static object Member(Assembly assembly, string type, string member) =>
        assembly.GetType(type)!.GetProperty(member)!.GetValue(null)!;
}

internal sealed class InMemoryArticle : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryArticle(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
    }

    public InMemoryArticle(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly TestOptions _global;

    public TestOptionsProvider(IReadOnlyDictionary<string, string> properties)
    {
        var values = properties.ToDictionary(p => "build_property." + p.Key, p => p.Value);
        values["build_property.ProjectDir"] = GeneratorHarness.ProjectDir;
        _global = new TestOptions(values);
    }

    public Dictionary<string, Dictionary<string, string>> FileMetadata { get; } = new();

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        FileMetadata.TryGetValue(textFile.Path, out var metadata)
            ? new TestOptions(metadata.ToDictionary(m => "build_metadata.AdditionalFiles." + m.Key, m => m.Value))
            : TestOptions.Empty;
}

internal sealed class TestOptions : AnalyzerConfigOptions
{
    public static readonly TestOptions Empty = new(new Dictionary<string, string>());

    private readonly Dictionary<string, string> _values;

    public TestOptions(Dictionary<string, string> values) => _values = values;

    public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
}
