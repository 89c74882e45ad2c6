using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Byline.Generator;
using Byline.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Byline.Tests.Generator;

/// <summary>
/// Content libraries merged into one corpus: each library is compiled with the generator, the app references the
/// compiled libraries as metadata only, and its generated Articles and People span them all.
/// </summary>
public class LibraryMergeTests
{
    /// <summary>Last year's article: the mayor is only "Mayor Carter" here, and the harbour master is new.</summary>
    private const string Storm =
        "Storm breaks through the harbour wall\n" +
        "\n" +
        "By Alice Martin\n" +
        "\n" +
        "KINGSPORT - Waves broke through two sections of the sea wall on Sunday night, flooding 35 homes.\n" +
        "\n" +
        "\"Nobody in this town will forget last night,\" Mayor Carter said on Monday.\n" +
        "\n" +
        "Harbour master Ruth Okafor said the breach was the worst she had seen in 22 years.\n";

    [Fact]
    public void Two_libraries_merge_into_one_corpus_with_one_person_across_them()
    {
        var current = Library("Kingsport.Current", GeneratorHarness.Article("harbour.txt", TestArticles.Harbour));
        var archive = Library("Kingsport.Archive", GeneratorHarness.Article("storm.txt", Storm));
        var (app, diagnostics, _) = App(new[] { current, archive });
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("BYL", StringComparison.Ordinal));

        var assembly = Load(app, current, archive);
        var all = GeneratorHarness.AllArticles(assembly, "Newsroom.Articles");
        // Each library's articles in turn, the libraries ordered by assembly name.
        Assert.Equal(new[] { "storm", "harbour" }, all.Select(a => a.Id));
        var find = (Func<string, Article?>)assembly.GetType("Newsroom.Articles")!.GetMethod("Find")!.CreateDelegate(typeof(Func<string, Article?>));
        Assert.Same(all[1], find("harbour"));

        // "Mayor Carter" in the archive joins "Helen Carter", the one fuller name that ends with it.
        var carter = (Person)GeneratorHarness.Member(assembly, "Newsroom.People", "HelenCarter");
        Assert.Equal("Helen Carter", carter.Name);
        Assert.Equal("Mayor", carter.Role);
        Assert.Contains("Carter", carter.Aliases);
        Assert.Equal(2, carter.Parts.Count);
        Assert.Equal(new[] { "storm", "harbour" }, carter.Articles.Select(a => a.Id));
        Assert.Equal(new[] { "storm", "harbour", "harbour" }, carter.Quotes.Select(q => q.Article.Id));
        Assert.All(carter.Quotes, q => Assert.True(carter.SameAs(q.Speaker) && q.Speaker!.SameAs(carter)));
        Assert.False(carter.SameAs((Person)GeneratorHarness.Member(assembly, "Newsroom.People", "RuthOkafor")));
        Assert.Equal("Ruth Okafor", ((Person)GeneratorHarness.Member(assembly, "Newsroom.People", "RuthOkafor")).Name);
        Assert.Equal("David Moss", ((Person)GeneratorHarness.Member(assembly, "Newsroom.People", "DavidMoss")).Name);
    }

    [Fact]
    public void A_given_name_one_library_describes_stays_that_library_s()
    {
        var current = Library("Kingsport.Current", GeneratorHarness.Article("camp.txt", "Camp school opens\n\n\"There was no way to get to the UK,\" says George, another Darfur refugee.\n"));
        var archive = Library("Kingsport.Archive", GeneratorHarness.Article("royal.txt", "Royal baby named\n\nPrince George was christened on Sunday.\n\n\"We are delighted,\" George's mother said.\n"));
        var (app, _, _) = App(new[] { current, archive });

        var assembly = Load(app, current, archive);
        var prince = (Person)GeneratorHarness.Member(assembly, "Newsroom.People", "George");
        var refugee = (Person)GeneratorHarness.Member(assembly, "Newsroom.People", "George2");
        Assert.Equal(("royal", "Prince"), (prince.Articles.Single().Id, prince.Role));
        Assert.Equal(("camp", "Darfur refugee"), (refugee.Articles.Single().Id, refugee.Role));
        Assert.False(prince.SameAs(refugee));
        Assert.True(refugee.SameAs(Assert.Single(refugee.Quotes).Speaker));
    }

    [Fact]
    public void The_project_s_own_articles_come_first_and_merge_with_a_library()
    {
        var archive = Library("Kingsport.Archive", GeneratorHarness.Article("storm.txt", Storm));
        var (app, _, _) = App(new[] { archive }, GeneratorHarness.Article("second.txt", TestArticles.Second));

        var assembly = Load(app, archive);
        Assert.Equal(new[] { "second", "storm" }, GeneratorHarness.AllArticles(assembly, "Newsroom.Articles").Select(a => a.Id));
        var carter = (Person)GeneratorHarness.Member(assembly, "Newsroom.People", "HelenCarter");
        Assert.Equal(new[] { "second", "storm" }, carter.Quotes.Select(q => q.Article.Id));
        // The project's own article member reads its own corpus, as without libraries.
        Assert.Equal("second", ((Article)GeneratorHarness.Member(assembly, "Newsroom.Articles", "CouncilConfirmsSeaWallContractor")).Id);
    }

    [Fact]
    public void An_article_id_in_two_libraries_is_reported_and_Find_returns_the_first_library_s()
    {
        var current = Library("Kingsport.Current", GeneratorHarness.Article("harbour.txt", TestArticles.Harbour));
        var archive = Library("Kingsport.Archive", GeneratorHarness.Article("harbour.txt", Storm));
        var (app, diagnostics, _) = App(new[] { current, archive });

        var duplicate = Assert.Single(diagnostics, d => d.Id == "BYL0017");
        Assert.Equal(DiagnosticSeverity.Warning, duplicate.Severity);
        Assert.Contains("'harbour' is in both Kingsport.Archive and Kingsport.Current", duplicate.GetMessage(), StringComparison.Ordinal);
        var assembly = Load(app, current, archive);
        var find = assembly.GetType("Newsroom.Articles")!.GetMethod("Find")!;
        Assert.Equal("Storm breaks through the harbour wall", ((Article)find.Invoke(null, new object[] { "harbour" })!).Title);
    }

    [Fact]
    public void A_project_that_reads_one_library_and_holds_no_articles_merges_nothing()
    {
        var archive = Library("Kingsport.Archive", GeneratorHarness.Article("storm.txt", Storm));
        var (app, diagnostics, _) = App(new[] { archive });

        Assert.Empty(diagnostics);
        var people = app.GetTypeByMetadataName("Newsroom.People")!;
        Assert.Empty(people.GetMembers("HelenCarter"));
        Assert.Empty(app.GetTypeByMetadataName("Newsroom.Articles")!.GetMembers("Merged"));
    }

    [Fact]
    public void A_library_whose_index_this_Byline_cannot_read_is_reported_and_left_out()
    {
        var old = Compile("Kingsport.Old", "[assembly: Byline.ContentLibrary(typeof(Kingsport.Old.Articles), \"not an index\")]\n" +
            "namespace Kingsport.Old { public static class Articles { public static readonly Byline.Corpus? Corpus = null; } }");
        var empty = Compile("Kingsport.Empty", "[assembly: Byline.ContentLibrary(typeof(Kingsport.Empty.Articles), null!)]\n" +
            "namespace Kingsport.Empty { public static class Articles { public static readonly Byline.Corpus? Corpus = null; } }");
        var current = Library("Kingsport.Current", GeneratorHarness.Article("harbour.txt", TestArticles.Harbour));
        var (_, diagnostics, _) = App(new[] { old, empty, current });

        var incompatible = diagnostics.Where(d => d.Id == "BYL0018").Select(d => d.GetMessage()).ToList();
        Assert.Equal(2, incompatible.Count);
        Assert.Contains(incompatible, m => m.Contains("Kingsport.Old", StringComparison.Ordinal));
        Assert.Contains(incompatible, m => m.Contains("Kingsport.Empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Libraries_that_generate_the_same_class_are_reported_and_left_out_and_the_build_succeeds()
    {
        var first = Library("Kingsport.Current", "Kingsport", GeneratorHarness.Article("harbour.txt", TestArticles.Harbour));
        var second = Library("Kingsport.Archive", "Kingsport", GeneratorHarness.Article("storm.txt", Storm));
        var third = Library("Kingsport.Older", GeneratorHarness.Article("older.txt", Storm.Replace("Storm breaks", "An older storm breaks", StringComparison.Ordinal)));
        var own = GeneratorHarness.Article("second.txt", TestArticles.Second);
        var (app, diagnostics, _) = App(new[] { first, second, third }, own);

        var ambiguous = diagnostics.Where(d => d.Id == "BYL0019").Select(d => d.GetMessage()).ToList();
        Assert.Equal(2, ambiguous.Count);
        Assert.Contains(ambiguous, m => m.Contains("Kingsport.Current generates Kingsport.Articles, as Kingsport.Archive does", StringComparison.Ordinal));
        Assert.Equal(new[] { "second", "older" }, GeneratorHarness.AllArticles(Load(app, first, second, third), "Newsroom.Articles").Select(a => a.Id));
    }

    [Fact]
    public void A_code_edit_in_the_app_merges_nothing_again()
    {
        var current = Library("Kingsport.Current", GeneratorHarness.Article("harbour.txt", TestArticles.Harbour));
        var archive = Library("Kingsport.Archive", GeneratorHarness.Article("storm.txt", Storm));
        var compilation = AppCompilation(new[] { current, archive });
        var driver = AppDriver().RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Edited { }")));

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        Assert.All(steps[TrackingNames.Merge].SelectMany(s => s.Outputs), o => Assert.True(
            o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"merge output was {o.Reason}"));
    }

    /// <summary>A content library: a project of these articles, built with the generator, as the bytes of its assembly.</summary>
    private static byte[] Library(string name, params InMemoryArticle[] articles) => Library(name, name, articles);

    private static byte[] Library(string name, string rootNamespace, params InMemoryArticle[] articles)
    {
        var driver = GeneratorHarness.Driver(articles, new Dictionary<string, string> { ["RootNamespace"] = rootNamespace });
        var (_, output, _) = GeneratorHarness.Run(driver, GeneratorHarness.Compilation().WithAssemblyName(name));
        return Emit(output);
    }

    private static byte[] Compile(string name, string source) =>
        Emit(GeneratorHarness.Compilation(program: source).WithAssemblyName(name));

    private static byte[] Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return stream.ToArray();
    }

    private static CSharpCompilation AppCompilation(IEnumerable<byte[]> libraries) =>
        GeneratorHarness.Compilation().WithAssemblyName("Newsroom").AddReferences(libraries.Select(bytes => MetadataReference.CreateFromImage(bytes)));

    private static GeneratorDriver AppDriver(params InMemoryArticle[] own) =>
        GeneratorHarness.Driver(own, new Dictionary<string, string> { ["RootNamespace"] = "Newsroom" });

    private static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics, GeneratorDriver Driver) App(IEnumerable<byte[]> libraries, params InMemoryArticle[] own)
    {
        var (driver, output, diagnostics) = GeneratorHarness.Run(AppDriver(own), AppCompilation(libraries));
        return (output, diagnostics, driver);
    }

    /// <summary>
    /// The app and its libraries in one load context of their own, as the app's folder holds them; Byline comes from the tests'.
    /// The context is not collectible: nothing holds a collectible one once this returns, so a garbage collection between
    /// here and the first use of a library type would unload it under the test (it did, once in CI).
    /// </summary>
    private static Assembly Load(Compilation app, params byte[][] libraries)
    {
        var context = new LibraryContext(libraries);
        return context.LoadFromStream(new MemoryStream(Emit(app)));
    }

    private sealed class LibraryContext : AssemblyLoadContext
    {
        private readonly Dictionary<string, byte[]> _libraries;

        public LibraryContext(IEnumerable<byte[]> libraries) : base(isCollectible: false) =>
            _libraries = libraries.ToDictionary(bytes => AssemblyName(bytes), StringComparer.Ordinal);

        protected override Assembly? Load(AssemblyName name) =>
            name.Name is { } simple && _libraries.TryGetValue(simple, out var bytes) ? LoadFromStream(new MemoryStream(bytes)) : null;

        private static string AssemblyName(byte[] bytes)
        {
            using var reader = new System.Reflection.PortableExecutable.PEReader(ImmutableArray.Create(bytes));
            var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader);
            return metadata.GetString(metadata.GetAssemblyDefinition().Name);
        }
    }
}
