using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Byline.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Byline.Generator;

/// <summary>
/// Finds the content libraries a compilation references, from metadata only: an assembly that references Byline and
/// carries <c>[assembly: Byline.ContentLibrary(typeof(Articles), index)]</c>. No file is read. Runs for every compilation,
/// so it looks at an assembly's attributes only when the assembly references Byline; the symbols of references are shared
/// between compilations, so the result is the same strings, and what follows is cached while no library changed.
/// </summary>
internal static class LibrarySource
{
    private const string RuntimeAssembly = "Byline";
    private const string AttributeName = "Byline.ContentLibraryAttribute";

    public static ReferencedLibraries Read(Compilation compilation, CancellationToken cancellationToken)
    {
        List<LibraryReference>? libraries = null;
        foreach (var reference in compilation.References)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly || !ReferencesByline(assembly)) continue;
            foreach (var attribute in assembly.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() != AttributeName || attribute.ConstructorArguments.Length != 2) continue;
                // An index that is missing or null is one this version cannot read: the merge reports it (BYL0018).
                if (attribute.ConstructorArguments[0].Value is INamedTypeSymbol articles && articles.DeclaredAccessibility == Accessibility.Public)
                {
                    var index = attribute.ConstructorArguments[1].Value as string ?? "";
                    (libraries ??= new()).Add(new LibraryReference(assembly.Identity.Name, articles.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), index));
                }
            }
        }
        if (libraries is null) return ReferencedLibraries.None;
        libraries.Sort((x, y) => string.CompareOrdinal(x.Assembly, y.Assembly));
        return new ReferencedLibraries(compilation.AssemblyName ?? "this project", libraries.ToEquatableArray());
    }

    private static bool ReferencesByline(IAssemblySymbol assembly) =>
        assembly.Modules.Any(module => module.ReferencedAssemblies.Any(a => string.Equals(a.Name, RuntimeAssembly, StringComparison.Ordinal)));
}
