using System;
using System.Linq;
using Byline.Generator;
using Byline.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Byline.Tests.Generator;

public class CachingTests
{
    private static readonly string[] s_steps = { TrackingNames.Read, TrackingNames.Extract, TrackingNames.Summaries, TrackingNames.Index, TrackingNames.Bind, TrackingNames.Options };

    [Fact]
    public void A_second_run_with_nothing_changed_reuses_every_step()
    {
        var articles = new[] { GeneratorHarness.Article("harbour.txt", TestArticles.Harbour), GeneratorHarness.Article("second.txt", TestArticles.Second) };
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(articles).RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.Clone());

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        foreach (var name in s_steps)
        {
            Assert.True(steps.ContainsKey(name), $"step {name} was not tracked");
            Assert.All(steps[name].SelectMany(s => s.Outputs), o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name} output was {o.Reason}"));
        }
    }

    /// <summary>
    /// The compiler server, asked to keep generator state between builds, hands each new build new file and options
    /// objects with the same content; extraction must not run again for them.
    /// </summary>
    [Fact]
    public void A_new_build_with_new_but_equal_files_and_options_extracts_nothing_again()
    {
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(Articles()).RunGenerators(compilation);

        var properties = new System.Collections.Generic.Dictionary<string, string> { ["RootNamespace"] = "Consumer" };
        driver = driver.ReplaceAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(Articles()))
            .WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(properties))
            .RunGenerators(compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class Edited { }")));

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        foreach (var name in new[] { TrackingNames.Extract, TrackingNames.Index, TrackingNames.Bind })
        {
            Assert.All(steps[name].SelectMany(s => s.Outputs), o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name} output was {o.Reason}"));
        }

        static InMemoryArticle[] Articles() => new[] { GeneratorHarness.Article("harbour.txt", TestArticles.Harbour), GeneratorHarness.Article("second.txt", TestArticles.Second) };
    }

    [Fact]
    public void Editing_one_article_extracts_only_that_article_again()
    {
        var harbour = GeneratorHarness.Article("harbour.txt", TestArticles.Harbour);
        var second = GeneratorHarness.Article("second.txt", TestArticles.Second);
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(new[] { harbour, second }).RunGenerators(compilation);

        var edited = GeneratorHarness.Article("second.txt", TestArticles.Second.Replace("Friday", "Thursday", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(second, edited).RunGenerators(compilation);

        var extract = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Extract];
        var reasons = extract.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        // The edit changes no title, id or person: the corpus index is unchanged, so the other article is not re-emitted.
        var index = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Index];
        Assert.All(index.SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    [Fact]
    public void No_step_output_holds_a_compilation_symbol_or_syntax_node()
    {
        var driver = GeneratorHarness.Driver(new[] { GeneratorHarness.Article("harbour.txt", TestArticles.Harbour) }).RunGenerators(GeneratorHarness.Compilation());
        foreach (var step in driver.GetRunResult().Results.Single().TrackedSteps.Where(s => s_steps.Contains(s.Key)))
        {
            foreach (var output in step.Value.SelectMany(s => s.Outputs))
            {
                ModelWalker.AssertNoRoslynObjects(output.Value, step.Key);
            }
        }
    }
}
