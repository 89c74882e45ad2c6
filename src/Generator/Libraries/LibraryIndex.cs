using System;
using System.Collections.Generic;
using System.Linq;
using Byline.Generator.Emission;
using Byline.Generator.Model;

namespace Byline.Generator.Libraries;

/// <summary>
/// The index a content library carries in its assembly attribute, for the projects that merge it: the format's version,
/// every article id, and every person's name, aliases, roles and how many articles name them. It holds nothing that an
/// edit to an article's body changes (no quote counts, no offsets), so such an edit leaves the library's reference
/// assembly as it was and MSBuild does not compile the projects that merge it again.
/// </summary>
internal static class LibraryIndex
{
    /// <summary>The version of this format; a library written in another is reported and left out of the merge.</summary>
    public const int Format = 1;

    public static string Write(CorpusIndex index)
    {
        var content = Content(index);
        var data = new DataWriter().Int(Format).Strings(content.Ids).Int(content.People.Count);
        foreach (var person in content.People) data.String(person.Name).Strings(person.Aliases).Strings(person.Roles).Ints(person.RoleCounts).Int(person.ArticleCount);
        return data.ToString();
    }

    /// <summary>The project's own index, as another project would read it.</summary>
    public static LibraryContent Content(CorpusIndex index) => new(
        index.Articles.Select(a => a.Id).ToEquatableArray(),
        index.People.Select(p => new LibraryPerson(p.Name, p.Aliases, p.Roles, p.RoleCounts, p.ArticleIndexes.Count)).ToEquatableArray());

    /// <summary>The content of an index, or null when it is in another format or damaged.</summary>
    public static LibraryContent? Read(string index)
    {
        try
        {
            var reader = new DataReader(index);
            if (reader.AtEnd || reader.Int() != Format) return null;
            var ids = reader.Strings();
            var people = new LibraryPerson[reader.Int()];
            for (var i = 0; i < people.Length; i++)
            {
                people[i] = new LibraryPerson(reader.RequiredString(), reader.Strings().ToEquatableArray(), reader.Strings().ToEquatableArray(),
                    reader.Ints().ToEquatableArray(), reader.Int());
            }
            return reader.AtEnd ? new LibraryContent(ids.ToEquatableArray(), people.ToEquatableArray()) : null;
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or InvalidOperationException or OverflowException)
        {
            return null;
        }
    }
}
