using System;
using System.Diagnostics;
using System.IO;
using Byline.Tests.Infrastructure;
using Xunit;

namespace Byline.Tests.Generator;

/// <summary>A real project, built with <c>dotnet build</c> as a user builds theirs: generator as analyzer, articles under Articles/.</summary>
public class ConsumerProjectTests
{
    [Fact]
    public void A_project_with_articles_builds_and_reads_them_at_run_time()
    {
        var directory = Directory.CreateTempSubdirectory("byline-consumer-");
        try
        {
            var root = Repository.Root;
            File.WriteAllText(Path.Combine(directory.FullName, "Newsroom.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <RootNamespace>Newsroom</RootNamespace>
                  </PropertyGroup>
                  <Import Project="{root}/src/Runtime/buildTransitive/Byline.props" />
                  <ItemGroup>
                    <ProjectReference Include="{root}/src/Runtime/Byline.csproj" />
                    <ProjectReference Include="{root}/src/Generator/Byline.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                  </ItemGroup>
                  <Import Project="{root}/src/Runtime/buildTransitive/Byline.targets" />
                </Project>
                """);
            Directory.CreateDirectory(Path.Combine(directory.FullName, "Articles"));
            File.WriteAllText(Path.Combine(directory.FullName, "Articles", "harbour.txt"), TestArticles.Harbour);
            File.WriteAllText(Path.Combine(directory.FullName, "Program.cs"), """
                using Newsroom;
                System.Console.WriteLine(Articles.All.Count);
                System.Console.WriteLine(Articles.HarbourTownVotesRebuildItsSea.Title);
                System.Console.WriteLine(People.HelenCarter.Quotes.Count);
                """);

            var (code, output) = Dotnet(directory.FullName, "run", "--nologo");
            Assert.True(code == 0, output);
            Assert.Contains("1\nHarbour town votes to rebuild its sea wall\n2", output.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static (int Code, string Output) Dotnet(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }
}
