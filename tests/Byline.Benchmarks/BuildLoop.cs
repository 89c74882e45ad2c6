using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Byline.Generator.Emission;

namespace Byline.Benchmarks;

/// <summary>
/// The user's build loop, measured as a user meets it: <c>dotnet build</c> of real projects in one run, a project of N
/// articles next to an empty project and the text floor (the same texts as plain UTF-8 literals and nothing else), cold,
/// after a code-only edit and after a one-article edit, and the content-library layout. Prints medians and ratios.
/// </summary>
internal static class BuildLoop
{
    /// <param name="baseline">Another checkout of Byline (an earlier commit) whose generator and runtime are measured in the same run.</param>
    public static void Run(int articles, int rounds, bool server, string? baseline = null)
    {
        var root = SharedCorpus.Repository;
        var environment = new Dictionary<string, string> { ["UseSharedCompilation"] = server ? "true" : "false" };
        foreach (var checkout in new[] { root, baseline }.OfType<string>()) Dotnet(checkout, environment, "build", Path.Combine(checkout, "src", "Runtime"), "-c", "Release");
        var work = Directory.CreateTempSubdirectory("byline-build-loop-").FullName;
        try
        {
            var texts = SharedCorpus.Synthetic(articles);
            var projects = new BuildProjects(root, work, texts, baseline);
            var megabytes = texts.Sum(t => Encoding.UTF8.GetByteCount(t.Text)) / 1e6;
            Console.WriteLine($"build loop: {articles} articles ({megabytes:F1} MB), {rounds} rounds, compiler server {(server ? "on (the .NET default)" : "off")}; medians in seconds");
            foreach (var project in projects.All) Dotnet(project, environment, "restore");

            var times = new Dictionary<string, List<double>>();
            void Time(string name, string project) => Add(times, name, Build(project, environment));
            var builds = new[] { ("empty", projects.Empty), ("floor", projects.Floor), ("byline", projects.Byline), ("library", projects.App), ("plain library", projects.PlainApp), ("baseline", projects.Baseline) }
                .Where(b => b.Item2 is not null).Select(b => (b.Item1, b.Item2!)).ToArray();
            foreach (var (name, project) in builds) Time($"{name}, cold", project);
            for (var round = 0; round < rounds; round++)
            {
                foreach (var (name, project) in builds)
                {
                    projects.EditCode(project, round);
                    Time($"{name}, code edit", project);
                }
                projects.EditArticle(round);
                Time("byline, one-article edit", projects.Byline);
                if (projects.Baseline is not null) Time("baseline, one-article edit", projects.Baseline);
            }
            Report(times, baseline);
        }
        finally
        {
            if (server) Dotnet(root, environment, "build-server", "shutdown");
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Report(Dictionary<string, List<double>> times, string? baseline)
    {
        double M(string name) => Median(times[name]);
        var rows = new (string Build, string Key, string Against, string AgainstKey, string Target)[]
        {
            ("empty project, cold", "empty, cold", "", "", ""),
            ("text floor, cold", "floor, cold", "empty, cold", "empty, cold", ""),
            ("Byline, cold", "byline, cold", "empty, cold", "empty, cold", ""),
            ("empty project, code edit", "empty, code edit", "", "", ""),
            ("text floor, code edit", "floor, code edit", "empty, code edit", "empty, code edit", ""),
            ("Byline, code edit", "byline, code edit", "empty, code edit", "empty, code edit", "at most 2.0"),
            ("Byline, one-article edit", "byline, one-article edit", "text floor, code edit", "floor, code edit", "at most 2.0"),
            ("content library app, code edit", "library, code edit", "empty, code edit", "empty, code edit", "at most 1.3"),
            ("app of an empty library, code edit", "plain library, code edit", "empty, code edit", "empty, code edit", ""),
            // What the articles add to the layout's own cost, which moves with the machine's load as much as the target's ratio.
            ("content library app, code edit", "library, code edit", "app of an empty library", "plain library, code edit", ""),
        };
        if (baseline is not null)
        {
            Console.WriteLine($"baseline: {baseline}");
            rows = rows.Concat(new[]
            {
                ("baseline Byline, cold", "baseline, cold", "empty, cold", "empty, cold", ""),
                ("baseline Byline, code edit", "baseline, code edit", "empty, code edit", "empty, code edit", ""),
                ("baseline Byline, one-article edit", "baseline, one-article edit", "text floor, code edit", "floor, code edit", ""),
            }).ToArray();
        }
        Console.WriteLine($"| {"build",-32} | {"seconds",7} | {"ratio",-36} | target |");
        Console.WriteLine($"| {new string('-', 32)} | {new string('-', 7)} | {new string('-', 36)} | ------ |");
        foreach (var row in rows)
        {
            var ratio = row.Against.Length == 0 ? "" : $"{M(row.Key) / M(row.AgainstKey):F2}x {row.Against}";
            Console.WriteLine($"| {row.Build,-32} | {M(row.Key),7:F2} | {ratio,-36} | {row.Target} |");
        }
    }

    internal static double Build(string project, Dictionary<string, string> environment)
    {
        var watch = Stopwatch.StartNew();
        // As a user types it: the build restores first, a no-op once restored, and every project pays it alike.
        Dotnet(project, environment, "build", "-c", "Release", "-v", "q", "-nologo");
        return watch.Elapsed.TotalSeconds;
    }

    internal static string Dotnet(string directory, Dictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed in {directory}:\n{output}{error.Result}");
        return output;
    }

    internal static void Add(Dictionary<string, List<double>> times, string name, double seconds)
    {
        if (!times.TryGetValue(name, out var list)) times[name] = list = new List<double>();
        list.Add(seconds);
    }

    internal static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

/// <summary>The projects of one build-loop run, written to a work folder: Byline as a package user has it (DLLs, props, targets).</summary>
internal sealed class BuildProjects
{
    private readonly IReadOnlyList<(string Path, string Text)> _texts;

    public BuildProjects(string root, string work, IReadOnlyList<(string Path, string Text)> texts, string? baseline)
    {
        _texts = texts;
        Empty = Write(work, "Empty", Console("Empty"), "");
        Floor = Write(work, "Floor", Console("Floor"), "");
        File.WriteAllText(Path.Combine(Floor, "Texts.cs"), FloorTexts(texts));
        Byline = Write(work, "Byline", Console("Byline", BylineItems(root)), "");
        WriteArticles(Path.Combine(Byline, "Articles"), texts);
        var content = Write(work, "Content", Library(BylineItems(root)), null);
        WriteArticles(Path.Combine(content, "Articles"), texts);
        App = Write(work, "App", Console("App", "<ItemGroup><ProjectReference Include=\"../Content/Content.csproj\" /></ItemGroup>"), "");
        // The layout's own floor: an app that references a class library with no articles and no Byline.
        Write(work, "Plain", Library(""), null);
        PlainApp = Write(work, "PlainApp", Console("PlainApp", "<ItemGroup><ProjectReference Include=\"../Plain/Plain.csproj\" /></ItemGroup>"), "");
        if (baseline is null) return;
        Baseline = Write(work, "Baseline", Console("Baseline", BylineItems(baseline)), "");
        WriteArticles(Path.Combine(Baseline, "Articles"), texts);
    }

    public string Empty { get; }

    public string Floor { get; }

    public string Byline { get; }

    public string App { get; }

    public string PlainApp { get; }

    /// <summary>The same articles built with the baseline checkout's Byline, when one is given.</summary>
    public string? Baseline { get; }

    public IEnumerable<string> All => new[] { Empty, Floor, Byline, App, PlainApp, Baseline }.OfType<string>();

    /// <summary>A code-only edit: Program.cs says something else.</summary>
    public void EditCode(string project, int round) =>
        File.WriteAllText(Path.Combine(project, "Program.cs"), $"System.Console.WriteLine(\"code edit {round.ToString(CultureInfo.InvariantCulture)} at {DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture)}\");\n");

    /// <summary>A one-article edit: a sentence added to the end of one article, a different one each round.</summary>
    public void EditArticle(int round)
    {
        var index = (round * 7919) % _texts.Count;
        foreach (var project in new[] { Byline, Baseline }.OfType<string>())
        {
            File.AppendAllText(Path.Combine(project, "Articles", Path.GetFileName(_texts[index].Path)), $"\nA sentence added in round {round.ToString(CultureInfo.InvariantCulture)}.\n");
        }
    }

    internal static string Write(string work, string name, string project, string? program)
    {
        var directory = Directory.CreateDirectory(Path.Combine(work, name)).FullName;
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), project);
        if (program is not null) File.WriteAllText(Path.Combine(directory, "Program.cs"), "System.Console.WriteLine(\"start\");\n");
        return directory;
    }

    internal static string Console(string name, string items = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <RootNamespace>{name}</RootNamespace>
            <NoWarn>$(NoWarn);BYL0001;BYL0002;BYL0003;BYL0004;BYL0005;BYL0006;BYL0012;BYL0013</NoWarn>
          </PropertyGroup>
          {items}
        </Project>
        """;

    internal static string Library(string items, string name = "Library") => Console(name, items).Replace("<OutputType>Exe</OutputType>", "<OutputType>Library</OutputType>", StringComparison.Ordinal);

    /// <summary>Byline as the package brings it: the runtime as a reference, the generator as an analyzer, the props and targets.</summary>
    internal static string BylineItems(string root) => $"""
        <Import Project="{root}/src/Runtime/buildTransitive/Byline.props" />
          <ItemGroup>
            <Reference Include="{root}/src/Runtime/bin/Release/netstandard2.0/Byline.dll" />
            <Analyzer Include="{root}/src/Generator/bin/Release/netstandard2.0/Byline.Generator.dll" />
          </ItemGroup>
          <Import Project="{root}/src/Runtime/buildTransitive/Byline.targets" />
        """;

    internal static void WriteArticles(string directory, IReadOnlyList<(string Path, string Text)> texts)
    {
        Directory.CreateDirectory(directory);
        foreach (var (path, text) in texts) File.WriteAllText(Path.Combine(directory, Path.GetFileName(path)), text, new UTF8Encoding(false));
    }

    /// <summary>The text floor: every text as a UTF-8 literal property, the cheapest way to put the text in code.</summary>
    private static string FloorTexts(IReadOnlyList<(string Path, string Text)> texts)
    {
        var builder = new StringBuilder("internal static class Texts\n{\n");
        for (var i = 0; i < texts.Count; i++)
        {
            builder.Append("    public static System.ReadOnlySpan<byte> T").Append(i.ToString(CultureInfo.InvariantCulture)).Append(" => ")
                .Append(Literal.Utf8(texts[i].Text)).Append(";\n");
        }
        return builder.Append("}\n").ToString();
    }
}
