using System.Collections.Generic;
using Byline.Generator.Model;

namespace Byline.Generator.Emission;

/// <summary>Writes the <c>People</c> class: one member per person across the corpus, each built on first read.</summary>
internal static class PeopleEmitter
{
    public static string Emit(CorpusIndex index, EmitOptions options)
    {
        var writer = new SourceWriter().Header($"{index.People.Count} people across {index.Articles.Count} articles.");
        if (options.Namespace is not null) writer.Open($"namespace {options.Namespace}");
        var articles = options.Namespace is null ? $"global::{options.ArticlesClass}" : $"global::{options.Namespace}.{options.ArticlesClass}";
        writer.Line("/// <summary>Every person the project's articles name, under one canonical name across all articles.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"Byline\", \"" + ThisAssembly.Version + "\")]");
        writer.Open($"{options.Accessibility} static partial class {options.PeopleClass}");
        var members = new List<string>();
        foreach (var person in index.People)
        {
            var name = person.Member.TrimStart('@');
            members.Add(person.Member);
            writer.Line($"private static global::Byline.Person? s_{name};").Line();
            Docs.Person(writer, person);
            writer.Line($"public static global::Byline.Person {person.Member} => s_{name} ?? global::System.Threading.LazyInitializer.EnsureInitialized(ref s_{name}, () => new global::Byline.Person(").Indent();
            writer.Line($"{Literal.String(person.Name)},");
            writer.Line($"{ValueWriter.Strings(person.Aliases)},");
            writer.Line($"{Literal.String(person.Role)},");
            writer.Line($"{ValueWriter.Strings(person.Roles)},");
            writer.Line($"() => new global::Byline.Article[] {{ {string.Join(", ", Qualified(articles, person.ArticleMembers))} }}))!;").Outdent().Line();
        }
        writer.Line("private static global::Byline.Person[]? s_all;").Line();
        writer.Line($"/// <summary>All {index.People.Count} people, ordered by name.</summary>");
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<global::Byline.Person> All => s_all ??= new global::Byline.Person[] {{ {string.Join(", ", members)} }};");
        writer.Close();
        if (options.Namespace is not null) writer.Close();
        return writer.ToString();
    }

    private static IEnumerable<string> Qualified(string articles, EquatableArray<string> members)
    {
        foreach (var member in members) yield return $"{articles}.{member}";
    }
}
