using System.Collections.Generic;
using System.Diagnostics;
using Xunit;

namespace Byline.Tests.Infrastructure;

/// <summary>Runs the dotnet CLI as a user would. Tests that do are serialised: two restores of one project must not race.</summary>
internal static class DotnetProcess
{
    public static (int Code, string Output) Run(string directory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, (stdout + stderr.Result).Replace("\r", "", System.StringComparison.Ordinal));
    }
}

[CollectionDefinition(Name)]
public sealed class DotnetProcessCollection
{
    public const string Name = "dotnet processes";
}
