using System;
using System.ComponentModel;

namespace Byline;

/// <summary>
/// Marks an assembly as a Byline content library: a project whose articles another project can merge. The generator
/// writes it into every project whose generated classes are public and that holds articles; a project that references
/// content libraries reads it from their metadata at build time and merges their articles and people with its own
/// (docs/content-libraries.md). Users do not write it.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ContentLibraryAttribute : Attribute
{
    /// <summary>Marks the assembly. Called by generated code.</summary>
    /// <param name="articles">The generated <c>Articles</c> class, whose <c>Corpus</c> holds the library's articles and people.</param>
    /// <param name="index">The library's article ids and people, as the generator writes them for other projects to merge.</param>
    public ContentLibraryAttribute(Type articles, string index)
    {
        Articles = articles;
        Index = index;
    }

    /// <summary>The generated <c>Articles</c> class.</summary>
    public Type Articles { get; }

    /// <summary>The library's article ids and people, as the generator writes them for other projects to merge.</summary>
    public string Index { get; }
}
