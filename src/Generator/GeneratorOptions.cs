using System;
using Byline.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Byline.Generator;

/// <summary>Reads the MSBuild properties and compilation facts that shape the generated code, once per change.</summary>
internal static class GeneratorOptions
{
    public static EmitOptions Read(AnalyzerConfigOptionsProvider provider, bool utf8Literals)
    {
        var options = provider.GlobalOptions;
        var ns = Property(options, "BylineNamespace") ?? Property(options, "RootNamespace");
        if (ns is not null && !IsQualifiedName(ns)) ns = null;
        var articles = Identifier(Property(options, "BylineArticlesClass"), "Articles");
        var people = Identifier(Property(options, "BylinePeopleClass"), "People");
        var visibility = Property(options, "BylineVisibility");
        var isPublic = !string.Equals(visibility, "internal", StringComparison.OrdinalIgnoreCase);
        return new EmitOptions(ns ?? EmitOptions.Default.Namespace, articles, people, isPublic, utf8Literals);
    }

    public static string? ProjectDirectory(AnalyzerConfigOptionsProvider provider) => Property(provider.GlobalOptions, "ProjectDir");

    /// <summary>
    /// The name of the resource the package's build targets embed the article file as (Byline.targets): its file name when
    /// they say no two articles share one (BylineResourceNames=file, the compiler's own name for a resource given none),
    /// else the name they give the file in BylineResource; null when nothing embeds it.
    /// </summary>
    public static string? ResourceName(AnalyzerConfigOptionsProvider provider, AnalyzerConfigOptions fileOptions, string path) =>
        Metadata(fileOptions, "BylineResource")
        ?? (string.Equals(Property(provider.GlobalOptions, "BylineResourceNames"), "file", StringComparison.Ordinal) ? System.IO.Path.GetFileName(path) : null);

    /// <summary>UTF-8 literals need C# 11 and an <c>Encoding.GetString(ReadOnlySpan&lt;byte&gt;)</c> to decode them.</summary>
    public static bool SupportsUtf8Literals(Compilation compilation)
    {
        if (compilation is not CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp11 }) return false;
        var encoding = compilation.GetTypeByMetadataName("System.Text.Encoding");
        if (encoding is null) return false;
        foreach (var member in encoding.GetMembers("GetString"))
        {
            if (member is IMethodSymbol { Parameters.Length: 1 } method && method.Parameters[0].Type is INamedTypeSymbol { Name: "ReadOnlySpan" }) return true;
        }
        return false;
    }

    public static string? Property(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public static string? Metadata(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_metadata.AdditionalFiles." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string Identifier(string? value, string fallback) =>
        value is not null && SyntaxFacts.IsValidIdentifier(value) ? value : fallback;

    private static bool IsQualifiedName(string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None) return false;
        }
        return true;
    }
}
