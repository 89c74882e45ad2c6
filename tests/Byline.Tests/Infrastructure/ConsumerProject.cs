using System.IO;

namespace Byline.Tests.Infrastructure;

/// <summary>A throwaway project that uses Byline as a user's project does: generator as analyzer, the package's props and targets.</summary>
internal static class ConsumerProject
{
    /// <summary>The project written into a new temporary folder, deleted when disposed.</summary>
    /// <param name="items">MSBuild properties and items written in the project file's body, between the package's props and targets, where a user writes theirs.</param>
    public static TemporaryProject Create(string prefix, string program, string items = "")
    {
        var project = new TemporaryProject(Directory.CreateTempSubdirectory(prefix).FullName);
        Write(project.Directory, program, items);
        return project;
    }

    /// <summary>Writes Newsroom.csproj (root namespace Newsroom), an empty Articles/ folder and Program.cs.</summary>
    public static void Write(string directory, string program, string items = "")
    {
        var root = Repository.Root;
        File.WriteAllText(Path.Combine(directory, "Newsroom.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>Newsroom</RootNamespace>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
              <Import Project="{root}/src/Runtime/buildTransitive/Byline.props" />
              <ItemGroup>
                <ProjectReference Include="{root}/src/Runtime/Byline.csproj" />
                <ProjectReference Include="{root}/src/Generator/Byline.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
              {items}
              <Import Project="{root}/src/Runtime/buildTransitive/Byline.targets" />
            </Project>
            """);
        Directory.CreateDirectory(Path.Combine(directory, "Articles"));
        File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
    }
}

/// <summary>A consumer project in a temporary folder of its own.</summary>
internal sealed class TemporaryProject : System.IDisposable
{
    public TemporaryProject(string directory) => Directory = directory;

    public string Directory { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
