using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Byline.Tests.Infrastructure;
using Xunit;

namespace Byline.Tests.Generator;

/// <summary>
/// The package a user adds: packed to a local folder, restored from there (and only there, for Byline) into a fresh
/// project that has nothing but the seed article, built and run.
/// </summary>
[Collection(DotnetProcessCollection.Name)]
public class PackageTests
{
    private const string Version = "0.0.0-packagetest";

    [Fact]
    public void The_packed_package_restores_builds_and_reads_the_seed_article()
    {
        var work = Directory.CreateTempSubdirectory("byline-package-");
        try
        {
            var feed = Path.Combine(work.FullName, "feed");
            var (packCode, packOutput) = DotnetProcess.Run(Repository.Root, null, "pack", "src/Runtime", "-c", "Release", "-o", feed, $"-p:Version={Version}");
            Assert.True(packCode == 0, packOutput);
            var package = Path.Combine(feed, $"Byline.{Version}.nupkg");
            AssertLayout(package);

            var project = Directory.CreateDirectory(Path.Combine(work.FullName, "Reader")).FullName;
            WriteConsumer(project, feed);
            var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(work.FullName, "nuget-cache") };
            var (code, output) = DotnetProcess.Run(project, environment, "run");
            Assert.True(code == 0, output);
            Assert.Contains("Stoltenberg 'confident' US will remain a committed NATO ally after presidential election", output, StringComparison.Ordinal);
            Assert.Contains("Jens Stoltenberg: NATO membership makes Sweden safer and makes NATO stronger,", output, StringComparison.Ordinal);
            Assert.Contains("quotes: 16", output, StringComparison.Ordinal);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The generator under analyzers/dotnet/cs (alone: System.Text.Json comes from the compiler's host), the runtime
    /// under lib/netstandard2.0, the corrections file's schema, and nothing a user does not need.
    /// </summary>
    private static void AssertLayout(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("package/", StringComparison.Ordinal) && !n.StartsWith("_rels/", StringComparison.Ordinal) && n != "[Content_Types].xml").OrderBy(n => n, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[]
        {
            "Byline.nuspec",
            "README.md",
            "analyzers/dotnet/cs/Byline.Generator.dll",
            "build/Byline.props",
            "build/Byline.targets",
            "buildTransitive/Byline.props",
            "buildTransitive/Byline.targets",
            "byline.schema.json",
            "lib/netstandard2.0/Byline.dll",
            "lib/netstandard2.0/Byline.xml",
        }, entries);
    }

    private static void WriteConsumer(string project, string feed)
    {
        File.WriteAllText(Path.Combine(project, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local"><package pattern="Byline" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(project, "Reader.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Byline" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        Directory.CreateDirectory(Path.Combine(project, "Articles"));
        File.Copy(Repository.SeedArticle, Path.Combine(project, "Articles", Path.GetFileName(Repository.SeedArticle)));
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            var article = Reader.Articles.All[0];
            System.Console.WriteLine(article.Title);
            foreach (var quote in article.Quotes)
            {
                if (quote.Placement == Byline.QuotePlacement.Body) System.Console.WriteLine($"{quote.Speaker?.Name}: {quote.Text}");
            }
            System.Console.WriteLine($"quotes: {System.Linq.Enumerable.Count(article.Quotes, q => q.Placement == Byline.QuotePlacement.Body)}");
            """);
    }
}
