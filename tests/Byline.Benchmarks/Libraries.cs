using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Byline.Benchmarks;

/// <summary>
/// A corpus split across content libraries, built as a user builds it: L libraries of N articles each and an app that
/// merges them, with <c>dotnet build -m</c>, next to the same L × N articles in one project and N articles in one project,
/// in one run. Measures the cold build, a one-article edit that names no one new (the library compiles, the app does not),
/// a one-article edit that names a new person (the app merges again), and the share of the app's build that the merge takes.
/// </summary>
internal static partial class Libraries
{
    public static void Run(int perLibrary, int libraries, int rounds)
    {
        var root = SharedCorpus.Repository;
        var environment = new Dictionary<string, string> { ["UseSharedCompilation"] = "true" };
        BuildLoop.Dotnet(Path.Combine(root, "src", "Runtime"), environment, "build", "-c", "Release");
        BuildLoop.Dotnet(Path.Combine(root, "src", "Generator"), environment, "build", "-c", "Release");
        var work = Directory.CreateTempSubdirectory("byline-libraries-").FullName;
        try
        {
            var texts = SharedCorpus.Synthetic(perLibrary * libraries);
            var megabytes = texts.Sum(t => Encoding.UTF8.GetByteCount(t.Text)) / 1e6;
            Console.WriteLine($"content libraries: {libraries} x {perLibrary} articles ({megabytes:F1} MB), {rounds} rounds, dotnet build -m, compiler server on; medians in seconds");
            var items = BuildProjects.BylineItems(root);
            var single = BuildProjects.Write(work, "Single", BuildProjects.Console("Single", items), "");
            BuildProjects.WriteArticles(Path.Combine(single, "Articles"), texts.Take(perLibrary).ToList());
            var whole = BuildProjects.Write(work, "Whole", BuildProjects.Console("Whole", items), "");
            BuildProjects.WriteArticles(Path.Combine(whole, "Articles"), texts);
            var references = new StringBuilder("<ItemGroup>");
            var libraryDirs = new List<string>();
            for (var l = 0; l < libraries; l++)
            {
                var name = $"Lib{l:D2}";
                var dir = BuildProjects.Write(work, name, BuildProjects.Library(items, name), null);
                BuildProjects.WriteArticles(Path.Combine(dir, "Articles"), texts.Skip(l * perLibrary).Take(perLibrary).ToList());
                libraryDirs.Add(dir);
                references.Append($"<ProjectReference Include=\"../{name}/{name}.csproj\" />");
            }
            var app = BuildProjects.Write(work, "App", BuildProjects.Console("App", items + references.Append("</ItemGroup>")), null);
            File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine($\"{App.Articles.All.Count} articles, {App.People.All.Count} people\");\n");
            var plainApp = PlainLayout(work, libraries);
            foreach (var project in new[] { single, whole, app, plainApp }) BuildLoop.Dotnet(project, environment, "restore");

            // Two phases, each with a compiler server of its own: the server keeps the generator state of ten projects at
            // most, and the comparison projects must not take places that the libraries would have on a user's machine.
            var times = new Dictionary<string, List<double>>();
            BuildLoop.Add(times, "single, cold", BuildLoop.Build(single, environment));
            BuildLoop.Add(times, "whole, cold", BuildLoop.Build(whole, environment));
            for (var round = 0; round < rounds; round++)
            {
                var index = (round * 7919) % perLibrary;
                Edit(single, index, $"\nA sentence added in round {round}.\n");
                BuildLoop.Add(times, "single, one-article edit", BuildLoop.Build(single, environment));
                Edit(single, index + 1, NewPerson(round));
                BuildLoop.Add(times, "single, new-person edit", BuildLoop.Build(single, environment));
            }
            BuildLoop.Dotnet(root, environment, "build-server", "shutdown");

            BuildLoop.Add(times, "split, cold", Build(app, environment));
            BuildLoop.Add(times, "plain, cold", Build(plainApp, environment));
            Console.WriteLine(BuildLoop.Dotnet(app, environment, "run", "--no-build", "-c", "Release").Trim());
            var shares = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                var index = (round * 7919) % perLibrary;
                Edit(libraryDirs[round % libraries], index, $"\nA sentence added in round {round}.\n");
                BuildLoop.Add(times, "split, one-article edit", Build(app, environment));
                File.WriteAllText(Path.Combine(work, $"Plain{round % libraries:D2}", "Text.cs"), PlainSource(round));
                BuildLoop.Add(times, "plain, one-file edit", Build(plainApp, environment));
                Edit(libraryDirs[round % libraries], index + 1, NewPerson(round));
                var (seconds, generator) = BuildReporting(app, environment);
                BuildLoop.Add(times, "split, new-person edit", seconds);
                shares.Add(generator / seconds);
            }
            Report(times, shares);
        }
        finally
        {
            BuildLoop.Dotnet(root, environment, "build-server", "shutdown");
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>
    /// The layout's own floor: L class libraries without Byline or articles, one small source file each, and an app that
    /// references them. Editing a method body in one of them is what MSBuild charges for L + 1 projects when one changes.
    /// </summary>
    private static string PlainLayout(string work, int libraries)
    {
        var references = new StringBuilder("<ItemGroup>");
        for (var l = 0; l < libraries; l++)
        {
            var name = $"Plain{l:D2}";
            var dir = BuildProjects.Write(work, name, BuildProjects.Library("", name), null);
            File.WriteAllText(Path.Combine(dir, "Text.cs"), PlainSource(-1));
            references.Append($"<ProjectReference Include=\"../{name}/{name}.csproj\" />");
        }
        var app = BuildProjects.Write(work, "PlainApp", BuildProjects.Console("PlainApp", references.Append("</ItemGroup>").ToString()), null);
        File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(\"plain\");\n");
        return app;
    }

    private static string PlainSource(int round) =>
        $"public static class Text {{ public static string Value() => \"edited in round {round.ToString(CultureInfo.InvariantCulture)}\"; }}\n";

    private static string NewPerson(int round) =>
        $"\n\"We will rebuild the wall,\" said harbour master Marguerite Quennell{(char)('a' + round)}.\n";

    private static void Edit(string project, int index, string text)
    {
        var file = Directory.GetFiles(Path.Combine(project, "Articles"), "*.txt").OrderBy(f => f, StringComparer.Ordinal).ElementAt(index);
        File.AppendAllText(file, text);
    }

    private static double Build(string app, Dictionary<string, string> environment)
    {
        var watch = Stopwatch.StartNew();
        BuildLoop.Dotnet(app, environment, "build", "-m", "-c", "Release", "-v", "q", "-nologo");
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>The build with the compiler's analyzer report: its time, and the time the generator took in the app's compile.</summary>
    private static (double Seconds, double Generator) BuildReporting(string app, Dictionary<string, string> environment)
    {
        var watch = Stopwatch.StartNew();
        var output = BuildLoop.Dotnet(app, environment, "build", "-m", "-c", "Release", "-v", "d", "-nologo", "-p:ReportAnalyzer=true");
        var seconds = watch.Elapsed.TotalSeconds;
        // Each compile reports "<seconds> <percent> Byline.Generator.BylineGenerator"; the app's is the last, as it builds after its libraries.
        var reports = GeneratorTime().Matches(output);
        return (seconds, reports.Count == 0 ? double.NaN : double.Parse(reports[^1].Groups[1].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^\s*(\d+\.\d+)\s+\d+\s+Byline\.Generator\.BylineGenerator\s*$", RegexOptions.Multiline)]
    private static partial Regex GeneratorTime();

    private static void Report(Dictionary<string, List<double>> times, List<double> shares)
    {
        double M(string name) => BuildLoop.Median(times[name]);
        var rows = new (string Build, string Key, string AgainstKey, string Target)[]
        {
            ("one project of N, cold", "single, cold", "", ""),
            ("one project of L x N, cold", "whole, cold", "", ""),
            ("L libraries of N and an app, cold", "split, cold", "whole, cold", ""),
            ("L empty libraries and an app, cold", "plain, cold", "", ""),
            ("one project of N, one-article edit", "single, one-article edit", "", ""),
            ("L libraries, one-article edit", "split, one-article edit", "single, one-article edit", "at most 1.5"),
            ("L empty libraries, one-file edit", "plain, one-file edit", "single, one-article edit", ""),
            ("L libraries, one-article edit (vs floor)", "split, one-article edit", "plain, one-file edit", ""),
            ("one project of N, new-person edit", "single, new-person edit", "", ""),
            ("L libraries, new-person edit", "split, new-person edit", "single, new-person edit", ""),
        };
        Console.WriteLine($"| {"build",-38} | {"seconds",7} | {"ratio",-36} | target |");
        Console.WriteLine($"| {new string('-', 38)} | {new string('-', 7)} | {new string('-', 36)} | ------ |");
        foreach (var row in rows)
        {
            var ratio = row.AgainstKey.Length == 0 ? "" : $"{M(row.Key) / M(row.AgainstKey):F2}x {row.AgainstKey}";
            Console.WriteLine($"| {row.Build,-38} | {M(row.Key),7:F2} | {ratio,-36} | {row.Target} |");
        }
        Console.WriteLine($"the app's generator (merging the libraries) in a new-person edit: {string.Join(", ", shares.Select(s => s.ToString("P1", CultureInfo.InvariantCulture)))} of the build");
    }
}
