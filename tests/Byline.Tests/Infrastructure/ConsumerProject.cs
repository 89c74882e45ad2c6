using System.IO;

namespace Byline.Tests.Infrastructure;

/// <summary>A throwaway project that uses Byline as a user's project does: generator as analyzer, the package's props and targets.</summary>
internal static class ConsumerProject
{
    /// <summary>Writes Newsroom.csproj (root namespace Newsroom), an empty Articles/ folder and Program.cs.</summary>
    public static void Write(string directory, string program)
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
              <Import Project="{root}/src/Runtime/buildTransitive/Byline.targets" />
            </Project>
            """);
        Directory.CreateDirectory(Path.Combine(directory, "Articles"));
        File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
    }
}
