using System;
using System.IO;
using Byline.Tests.Infrastructure;
using Xunit;

namespace Byline.Tests.Generator;

/// <summary>
/// The layout recommended for large collections (samples/Byline.ContentLibrary): articles in class libraries of their
/// own, so that a code edit in the app never compiles the articles again, merged by the app into one corpus.
/// </summary>
[Collection(DotnetProcessCollection.Name)]
public class ContentLibraryTests
{
    private static readonly string s_sample = Path.Combine(Repository.Root, "samples", "Byline.ContentLibrary");

    [Fact]
    public void A_code_edit_in_the_app_skips_the_content_library_compile_step()
    {
        var app = Path.Combine(s_sample, "Newsroom.App");
        var (code, output) = DotnetProcess.Run(app, null, "build");
        Assert.True(code == 0, output);
        var library = Path.Combine(s_sample, "Newsroom.Content", "obj", "Debug", "net10.0", "Newsroom.Content.dll");
        var archive = Path.Combine(s_sample, "Newsroom.Archive", "obj", "Debug", "net10.0", "Newsroom.Archive.dll");
        var archiveBefore = File.GetLastWriteTimeUtc(archive);
        var appAssembly = Path.Combine(app, "obj", "Debug", "net10.0", "Newsroom.App.dll");
        var (libraryBefore, appBefore) = (File.GetLastWriteTimeUtc(library), File.GetLastWriteTimeUtc(appAssembly));

        // A code edit as MSBuild sees one: the app's source is newer than its assembly.
        File.SetLastWriteTimeUtc(Path.Combine(app, "Program.cs"), DateTime.UtcNow);
        (code, output) = DotnetProcess.Run(app, null, "build", "-v:n");
        Assert.True(code == 0, output);

        Assert.NotEqual(appBefore, File.GetLastWriteTimeUtc(appAssembly));
        Assert.Equal(libraryBefore, File.GetLastWriteTimeUtc(library));
        Assert.Equal(archiveBefore, File.GetLastWriteTimeUtc(archive));
        Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// A library's index holds only ids and people, and its records stay out of its reference assembly, so an article edit
    /// that changes neither leaves the library's API as it was: MSBuild compiles the library and not the app.
    /// </summary>
    [Fact]
    public void An_article_edit_that_names_no_one_new_compiles_the_library_and_not_the_app()
    {
        var app = Path.Combine(s_sample, "Newsroom.App");
        var (code, output) = DotnetProcess.Run(app, null, "build");
        Assert.True(code == 0, output);
        var library = Path.Combine(s_sample, "Newsroom.Content", "obj", "Debug", "net10.0", "Newsroom.Content.dll");
        var appAssembly = Path.Combine(app, "obj", "Debug", "net10.0", "Newsroom.App.dll");
        var (libraryBefore, appBefore) = (File.GetLastWriteTimeUtc(library), File.GetLastWriteTimeUtc(appAssembly));
        var article = Path.Combine(s_sample, "Newsroom.Content", "Articles", "harbour-vote.txt");
        var text = File.ReadAllText(article);
        try
        {
            File.AppendAllText(article, "\nThe council meets again next month.\n");
            (code, output) = DotnetProcess.Run(app, null, "build");
            Assert.True(code == 0, output);
            Assert.NotEqual(libraryBefore, File.GetLastWriteTimeUtc(library));
            Assert.Equal(appBefore, File.GetLastWriteTimeUtc(appAssembly));
            (code, output) = DotnetProcess.Run(app, null, "run", "--no-build");
            Assert.Contains("5 articles in 2 content libraries", output, StringComparison.Ordinal);
        }
        finally
        {
            File.WriteAllText(article, text);
        }
    }

    [Fact]
    public void The_app_reads_the_articles_of_both_content_libraries_and_one_person_across_them()
    {
        var (code, output) = DotnetProcess.Run(Path.Combine(s_sample, "Newsroom.App"), null, "run");
        Assert.True(code == 0, output);
        Assert.Contains("5 articles in 2 content libraries", output, StringComparison.Ordinal);
        Assert.Contains("Helen Carter (Mayor) is quoted in 4 articles of 2 libraries:", output, StringComparison.Ordinal);
        // Quotes from the archive library (where she is also "Mayor Carter") and from this year's library.
        Assert.Contains("harbour-survey, line 7: \u201CWe now have the numbers to make the case.\u201D", output, StringComparison.Ordinal);
        Assert.Contains("harbour-funding, line 11: \u201CWe promised the town a wall, not a plan for a wall,\u201D", output, StringComparison.Ordinal);
        Assert.Contains("Helen Carter said the first quote of harbour-storm: True", output, StringComparison.Ordinal);
    }
}
