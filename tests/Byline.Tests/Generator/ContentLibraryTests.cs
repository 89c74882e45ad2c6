using System;
using System.IO;
using Byline.Tests.Infrastructure;
using Xunit;

namespace Byline.Tests.Generator;

/// <summary>
/// The layout recommended for large collections (samples/Byline.ContentLibrary): articles in a class library of their
/// own, so that a code edit in the app never compiles the articles again.
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
        var appAssembly = Path.Combine(app, "obj", "Debug", "net10.0", "Newsroom.App.dll");
        var (libraryBefore, appBefore) = (File.GetLastWriteTimeUtc(library), File.GetLastWriteTimeUtc(appAssembly));

        // A code edit as MSBuild sees one: the app's source is newer than its assembly.
        File.SetLastWriteTimeUtc(Path.Combine(app, "Program.cs"), DateTime.UtcNow);
        (code, output) = DotnetProcess.Run(app, null, "build", "-v:n");
        Assert.True(code == 0, output);

        Assert.NotEqual(appBefore, File.GetLastWriteTimeUtc(appAssembly));
        Assert.Equal(libraryBefore, File.GetLastWriteTimeUtc(library));
        Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_app_reads_articles_and_people_from_the_content_library()
    {
        var (code, output) = DotnetProcess.Run(Path.Combine(s_sample, "Newsroom.App"), null, "run");
        Assert.True(code == 0, output);
        Assert.Contains("3 articles in the content library", output, StringComparison.Ordinal);
        Assert.Contains("Helen Carter (Mayor) is quoted in 2 articles:", output, StringComparison.Ordinal);
        Assert.Contains("harbour-funding, line 11: \u201CWe promised the town a wall, not a plan for a wall,\u201D", output, StringComparison.Ordinal);
    }
}
