using Byline.Generator.Model;

namespace Byline.Generator.Emission;

/// <summary>
/// Writes the <c>People</c> class: one member per person across the corpus, each a look-up in the corpus. Members call
/// a private <c>person(index)</c> rather than the corpus by its full name: the compiler binds a simple name in about a third
/// of the time, and thousands of members pay it (measured). No member starts with a lower-case letter, so none collides.
/// </summary>
internal static class PeopleEmitter
{
    public static string Emit(CorpusIndex index, MergedCorpus merged, EmitOptions options)
    {
        var count = merged.IsMerge ? merged.People.Count : index.People.Count;
        var writer = new SourceWriter().Header(merged.IsMerge
            ? $"{count} people across this project's {index.Articles.Count} articles and the content libraries it merges."
            : $"{count} people across {index.Articles.Count} articles.");
        if (options.Namespace is not null) writer.Open($"namespace {options.Namespace}");
        var corpus = options.ArticlesType + "." +
            (merged.IsMerge ? CorpusNaming.MergedMember : CorpusNaming.CorpusMember);
        writer.Line("/// <summary>Every person the project's articles name, under one canonical name across all articles.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"Byline\", \"" + ThisAssembly.Version + "\")]");
        writer.Open($"{options.Accessibility} static partial class {options.PeopleClass}");
        writer.Line($"private static global::Byline.Person person(int index) => {corpus}.Person(index);").Line();
        for (var i = 0; i < count; i++)
        {
            if (merged.IsMerge) Docs.Person(writer, merged.People[i]);
            else Docs.Person(writer, index.People[i]);
            var member = merged.IsMerge ? merged.People[i].Member : index.People[i].Member;
            writer.Line($"public static global::Byline.Person {member} => person({Literal.Int(i)});").Line();
        }
        writer.Line($"/// <summary>All {count} people, ordered by name.</summary>");
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<global::Byline.Person> All => {corpus}.People;");
        writer.Close();
        if (options.Namespace is not null) writer.Close();
        return writer.ToString();
    }
}
