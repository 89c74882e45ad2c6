using System.Collections.Generic;
using System.Linq;
using Byline.Tests.Infrastructure;
using Xunit;

namespace Byline.Tests.Generator;

/// <summary>The MSBuild options the package makes visible to the generator, per project and per file.</summary>
public class OptionsTests
{
    [Fact]
    public void Namespace_class_names_and_visibility_follow_the_properties()
    {
        var properties = new Dictionary<string, string>
        {
            ["RootNamespace"] = "Ignored",
            ["BylineNamespace"] = "Newsroom.Data",
            ["BylineArticlesClass"] = "Stories",
            ["BylinePeopleClass"] = "Sources",
            ["BylineVisibility"] = "internal",
        };
        var driver = GeneratorHarness.Driver(new[] { GeneratorHarness.Article("harbour.txt", TestArticles.Harbour) }, properties);
        var (_, output, _) = GeneratorHarness.Run(driver, GeneratorHarness.Compilation());
        var stories = output.GetTypeByMetadataName("Newsroom.Data.Stories");
        Assert.NotNull(stories);
        Assert.Equal(Microsoft.CodeAnalysis.Accessibility.Internal, stories!.DeclaredAccessibility);
        Assert.NotNull(output.GetTypeByMetadataName("Newsroom.Data.Sources"));
    }

    [Fact]
    public void A_file_can_set_its_id_or_be_left_out()
    {
        var harbour = GeneratorHarness.Article("harbour.txt", TestArticles.Harbour);
        var second = GeneratorHarness.Article("second.txt", TestArticles.Second);
        var options = new TestOptionsProvider(new Dictionary<string, string> { ["RootNamespace"] = "Consumer" });
        options.FileMetadata[harbour.Path] = new Dictionary<string, string> { ["BylineId"] = "Sea Wall Vote" };
        options.FileMetadata[second.Path] = new Dictionary<string, string> { ["BylineExclude"] = "true" };
        var driver = GeneratorHarness.Driver(new[] { harbour, second }, options: options);
        var (_, output, _) = GeneratorHarness.Run(driver, GeneratorHarness.Compilation());
        var article = Assert.Single(GeneratorHarness.AllArticles(GeneratorHarness.Load(output)));
        Assert.Equal("sea-wall-vote", article.Id);
    }
}
