using System;
using System.IO;
using Byline.Tests.Infrastructure;
using Xunit;

namespace Byline.Tests.Generator;

/// <summary>A real project, built with <c>dotnet build</c> as a user builds theirs: generator as analyzer, articles under Articles/.</summary>
[Collection(DotnetProcessCollection.Name)]
public class ConsumerProjectTests
{
    [Fact]
    public void A_project_with_articles_builds_and_reads_them_at_run_time()
    {
        using var project = ConsumerProject.Create("byline-consumer-", """
            using Newsroom;
            System.Console.WriteLine(Articles.All.Count);
            System.Console.WriteLine(Articles.HarbourTownVotesRebuildItsSea.Title);
            System.Console.WriteLine(People.HelenCarter.Quotes.Count);
            System.Console.WriteLine(string.Join(",", typeof(Articles).Assembly.GetManifestResourceNames()));
            """);
        File.WriteAllText(Path.Combine(project.Directory, "Articles", "harbour.txt"), TestArticles.Harbour);

        var (code, output) = DotnetProcess.Run(project.Directory, null, "run");
        Assert.True(code == 0, output);
        // Named by the compiler after its file, as no other article has that file name.
        Assert.Contains("1\nHarbour town votes to rebuild its sea wall\n2\nharbour.txt\n", output, StringComparison.Ordinal);
        // The text reached the assembly as a resource, not as generated code the compiler must read on every build.
        var generated = Directory.GetFiles(Path.Combine(project.Directory, "obj"), "Articles.Harbour*.g.cs", SearchOption.AllDirectories);
        Assert.NotEmpty(generated);
        Assert.All(generated, file => Assert.DoesNotContain("Engineers told the council", File.ReadAllText(file), StringComparison.Ordinal));
    }

    /// <summary>
    /// File names reach the generator through the analyzer config, where '#' and ';' open comments; the embedded text's
    /// name must still match, for any name a file system allows, and a file listed twice is embedded once.
    /// </summary>
    [Fact]
    public void Articles_with_odd_file_names_read_back_their_embedded_text()
    {
        using var project = ConsumerProject.Create("byline-names-", """
            foreach (var article in Newsroom.Articles.All) System.Console.WriteLine($"{article.SourcePath} | {article.Title} | {article.Quotes[0].Speaker?.Name}");
            """);
        var names = new[] { "a#b;c.txt", "a~23b;c.txt", "50% rise.txt", "100%25.txt", "\u00C9lys\u00E9e report.txt", "[brackets] {braces}.txt", "x=y 'quoted'.txt", "one, two.txt", "twice.txt" };
        // One file listed a second time under another spelling of its path must still be embedded once.
        File.WriteAllText(Path.Combine(project.Directory, "Directory.Build.props"), "<Project><ItemGroup><AdditionalFiles Include=\"./Articles/twice.txt\" /></ItemGroup></Project>");
        foreach (var name in names)
        {
            File.WriteAllText(Path.Combine(project.Directory, "Articles", name), $"Council reads {name}\n\n\"We will see,\" Mayor Helen Carter said.\n");
        }

        var (code, output) = DotnetProcess.Run(project.Directory, null, "run");
        Assert.True(code == 0, output);
        foreach (var name in names) Assert.Contains($"Articles/{name} | Council reads {name} | Helen Carter", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// Two articles with one file name in two folders cannot both be named after their file: each is named by its path,
    /// and every article's text still reads back, odd names included.
    /// </summary>
    [Fact]
    public void Articles_that_share_a_file_name_in_two_folders_are_embedded_under_their_paths()
    {
        using var project = ConsumerProject.Create("byline-folders-", """
            foreach (var article in Newsroom.Articles.All) System.Console.WriteLine($"{article.SourcePath} | {article.Title} | {article.Quotes[0].Speaker?.Name}");
            System.Console.WriteLine(string.Join(",", System.Linq.Enumerable.Order(typeof(Newsroom.Articles).Assembly.GetManifestResourceNames())));
            """);
        var paths = new[] { "2016/vote.txt", "2017/vote.txt", "2017/a#b;c.txt" };
        foreach (var path in paths)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(project.Directory, "Articles", path))!);
            File.WriteAllText(Path.Combine(project.Directory, "Articles", path), $"Council reads {path}\n\n\"We will see,\" Mayor Helen Carter said.\n");
        }

        var (code, output) = DotnetProcess.Run(project.Directory, null, "run");
        Assert.True(code == 0, output);
        foreach (var path in paths) Assert.Contains($"Articles/{path} | Council reads {path} | Helen Carter", output, StringComparison.Ordinal);
        Assert.Contains("Byline/Articles/2016/vote.txt,Byline/Articles/2017/a~23b~3Bc.txt,Byline/Articles/2017/vote.txt\n", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// The documented switches, set in the project file as a user sets them: Articles/ not taken, other folders added by
    /// hand, texts in generated code instead of resources. The package's items are read before the project's body, so
    /// this proves they still see its properties.
    /// </summary>
    [Fact]
    public void The_articles_folder_and_embedding_switches_set_in_the_project_file_apply()
    {
        using var project = ConsumerProject.Create("byline-switches-", """
            foreach (var article in Newsroom.Articles.All) System.Console.WriteLine($"{article.SourcePath} | {article.Title} | {article.Text.Length}");
            System.Console.WriteLine($"resources: {typeof(Newsroom.Articles).Assembly.GetManifestResourceNames().Length}");
            """, """
            <PropertyGroup>
              <BylineIncludeArticlesFolder>false</BylineIncludeArticlesFolder>
              <BylineEmbedArticles>false</BylineEmbedArticles>
            </PropertyGroup>
            <ItemGroup>
              <AdditionalFiles Include="Wire/**/*.txt" />
            </ItemGroup>
            """);
        File.WriteAllText(Path.Combine(project.Directory, "Articles", "draft.txt"), "A draft nobody filed\n\nNot an article of this project.\n");
        Directory.CreateDirectory(Path.Combine(project.Directory, "Wire"));
        File.WriteAllText(Path.Combine(project.Directory, "Wire", "harbour.txt"), TestArticles.Harbour);

        var (code, output) = DotnetProcess.Run(project.Directory, null, "run");
        Assert.True(code == 0, output);
        Assert.Contains($"Wire/harbour.txt | Harbour town votes to rebuild its sea wall | {TestArticles.Harbour.Length}\nresources: 0\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("draft", output, StringComparison.Ordinal);
    }

    /// <summary>A resource of the project's own with an article's file name for its name: the articles are named by their paths.</summary>
    [Fact]
    public void An_article_named_like_one_of_the_projects_own_resources_is_embedded_under_its_path()
    {
        using var project = ConsumerProject.Create("byline-own-resource-", """
            System.Console.WriteLine(Newsroom.Articles.All[0].Title);
            System.Console.WriteLine(string.Join(",", System.Linq.Enumerable.Order(typeof(Newsroom.Articles).Assembly.GetManifestResourceNames())));
            """, """
            <ItemGroup>
              <EmbeddedResource Include="notes.md" LogicalName="harbour.txt" />
            </ItemGroup>
            """);
        File.WriteAllText(Path.Combine(project.Directory, "notes.md"), "Our own resource.\n");
        File.WriteAllText(Path.Combine(project.Directory, "Articles", "harbour.txt"), TestArticles.Harbour);

        var (code, output) = DotnetProcess.Run(project.Directory, null, "run");
        Assert.True(code == 0, output);
        Assert.Contains("Harbour town votes to rebuild its sea wall\nByline/Articles/harbour.txt,harbour.txt\n", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// What docs/configuration.md tells users to write: per-file metadata by <c>Update</c> in the project file. The
    /// package includes Articles/ where the SDK includes its default items, before the project's body, or the Update
    /// would find nothing to update.
    /// </summary>
    [Fact]
    public void Per_file_metadata_set_by_update_in_the_project_file_applies_to_articles_under_articles()
    {
        using var project = ConsumerProject.Create("byline-update-", """
            foreach (var article in Newsroom.Articles.All) System.Console.WriteLine($"{article.Id} | {article.SourcePath}");
            System.Console.WriteLine(string.Join(",", typeof(Newsroom.Articles).Assembly.GetManifestResourceNames()));
            """, """
            <ItemGroup>
              <AdditionalFiles Update="Articles/harbour.txt" BylineId="sea-wall-vote" />
              <AdditionalFiles Update="Articles/notes.txt" BylineExclude="true" />
            </ItemGroup>
            """);
        File.WriteAllText(Path.Combine(project.Directory, "Articles", "harbour.txt"), TestArticles.Harbour);
        File.WriteAllText(Path.Combine(project.Directory, "Articles", "notes.txt"), "Notes to self\n\nCall the mayor's office back.\n");

        var (code, output) = DotnetProcess.Run(project.Directory, null, "run");
        Assert.True(code == 0, output);
        Assert.Contains("sea-wall-vote | Articles/harbour.txt\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("notes", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Editorconfig_changes_the_severity_of_a_diagnostic_in_an_article()
    {
        using var project = ConsumerProject.Create("byline-severity-", "System.Console.WriteLine(Newsroom.Articles.All.Count);");
        File.WriteAllText(Path.Combine(project.Directory, "Articles", "unsure.txt"), "Market day returns\n\n\"It feels like old times.\"\n");

        var (_, quiet) = DotnetProcess.Run(project.Directory, null, "build", "--no-incremental");
        Assert.DoesNotContain("warning BYL0004", quiet, StringComparison.Ordinal);

        // Section-based options ([*.txt]) reach only C# files; an .editorconfig marked is_global applies to the articles.
        File.WriteAllText(Path.Combine(project.Directory, ".editorconfig"), "is_global = true\ndotnet_diagnostic.BYL0004.severity = warning\n");
        var (code, loud) = DotnetProcess.Run(project.Directory, null, "build", "--no-incremental");
        Assert.True(code == 0, loud);
        Assert.Contains("unsure.txt(3,1): warning BYL0004", loud, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byline_json_beside_the_project_is_applied_and_its_stale_entries_are_warnings_at_their_line()
    {
        using var project = ConsumerProject.Create("byline-corrections-", """
            System.Console.WriteLine(Newsroom.People.HelenCarter.Role);
            System.Console.WriteLine(Newsroom.Articles.All[0].Quotes[1].Attribution);
            """);
        File.WriteAllText(Path.Combine(project.Directory, "Articles", "harbour.txt"), TestArticles.Harbour);
        File.WriteAllText(Path.Combine(project.Directory, "byline.json"), """
            {
              "people": [ { "name": "Helen Carter", "role": "Mayor of Kingsport" } ],
              "quotes": [
                { "article": "harbour", "text": "The wall has protected", "speaker": "Helen Carter" },
                { "article": "harbour", "text": "Words nobody said", "speaker": null }
              ]
            }
            """);

        var (code, output) = DotnetProcess.Run(project.Directory, null, "run");
        Assert.True(code == 0, output);
        Assert.Contains("Mayor of Kingsport\nCorrected\n", output, StringComparison.Ordinal);
        var (_, build) = DotnetProcess.Run(project.Directory, null, "build", "--no-incremental");
        Assert.Contains("byline.json(5,5): warning BYL0015", build, StringComparison.Ordinal);
    }
}
