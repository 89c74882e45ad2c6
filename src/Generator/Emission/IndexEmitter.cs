using System.Collections.Generic;
using Byline.Generator.Libraries;
using Byline.Generator.Model;

namespace Byline.Generator.Emission;

/// <summary>
/// Writes the corpus index: the hidden <c>Corpus</c> the generated members read, <c>Articles.All</c> in a stable order,
/// <c>Articles.Find(id)</c>, and the records of the ids and people. The helpers of the nested Data class start with a
/// lower-case letter, which no article member does, so they never collide with one.
/// </summary>
internal static class IndexEmitter
{
    public static string Emit(CorpusIndex index, MergedCorpus merged, EmitOptions options)
    {
        var writer = new SourceWriter().Header($"The index of all {index.Articles.Count} articles.");
        if (options.Public && index.Articles.Count > 0)
        {
            // The mark of a content library, and its index, for the projects that reference it to merge (docs/content-libraries.md).
            writer.Line($"[assembly: global::Byline.ContentLibrary(typeof({options.ArticlesType}), {Literal.String(LibraryIndex.Write(index))})]").Line();
        }
        if (options.Namespace is not null) writer.Open($"namespace {options.Namespace}");
        writer.Line("/// <summary>Every article of the project, extracted at build time. Each is decoded the first time it is read.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"Byline\", \"" + ThisAssembly.Version + "\")]");
        writer.Open($"{options.Accessibility} static partial class {options.ArticlesClass}");
        writer.Line("/// <summary>The project's articles and people as the generator stored them. Read the generated members instead.</summary>");
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Line($"public static readonly global::Byline.Corpus {CorpusNaming.CorpusMember} = new global::Byline.Corpus(typeof({options.ArticlesClass}).Assembly, " +
            $"{Literal.Int(index.Articles.Count)}, {CorpusNaming.DataClass}.record, {CorpusNaming.DataClass}.ids, {CorpusNaming.DataClass}.people);").Line();
        var shown = CorpusNaming.CorpusMember;
        if (merged.IsMerge)
        {
            shown = CorpusNaming.MergedMember;
            writer.Line("/// <summary>This project's articles merged with the content libraries it references. Read the generated members instead.</summary>");
            writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.Line($"public static readonly global::Byline.Corpus {CorpusNaming.MergedMember} = new global::Byline.Corpus(new global::Byline.Corpus[] {{ " +
                $"{string.Join(", ", merged.Parts)} }}, {CorpusNaming.DataClass}.merged);").Line();
            writer.Line($"/// <summary>All articles of this project and of the {merged.Parts.Count - (index.Articles.Count > 0 ? 1 : 0)} content libraries it references: this project's first, " +
                "then each library's by assembly name, each ordered by source path.</summary>");
        }
        else writer.Line($"/// <summary>All {index.Articles.Count} articles, ordered by source path.</summary>");
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<global::Byline.Article> All => {shown}.Articles;").Line();
        writer.Line("/// <summary>The article with this <see cref=\"global::Byline.Article.Id\"/>, or <see langword=\"null\"/>.</summary>");
        writer.Line($"public static global::Byline.Article? Find(string id) => {shown}.Find(id);").Line();
        WriteData(writer, index, merged, options);
        writer.Close();
        if (options.Namespace is not null) writer.Close();
        return writer.ToString();
    }

    private static void WriteData(SourceWriter writer, CorpusIndex index, MergedCorpus merged, EmitOptions options)
    {
        writer.Open($"private static partial class {CorpusNaming.DataClass}");
        if (options.Utf8Literals) writer.Line("public static string utf8(global::System.ReadOnlySpan<byte> bytes) => global::System.Text.Encoding.UTF8.GetString(bytes);").Line();
        var ids = new List<string>();
        foreach (var article in index.Articles) ids.Add(article.Id);
        writer.Line($"public static string ids() => {DataWriter.Literal(new DataWriter().Strings(ids.ToEquatableArray()).ToString(), options)};").Line();
        writer.Line($"public static string people() => {DataWriter.Literal(PeopleData(index), options)};").Line();
        if (merged.IsMerge) writer.Line($"public static string merged() => {DataWriter.Literal(MergedPeopleData(merged), options)};").Line();
        WriteRecordSwitch(writer, index.Articles);
        writer.Close();
    }

    /// <summary>
    /// <c>record(index)</c>: the record of the article at that index. The compiler's cost of one switch grows with the
    /// square of its arms (4.5–7 s for 10,000, measured), so past <see cref="RecordChunk"/> articles the switch goes by
    /// chunk first, and each chunk's switch is small: the cost grows with the count of articles, not its square.
    /// </summary>
    private static void WriteRecordSwitch(SourceWriter writer, EquatableArray<IndexedArticle> articles)
    {
        if (articles.Count <= RecordChunk)
        {
            WriteSwitch(writer, "public static string record(int index) => index switch", articles, 0, articles.Count);
            return;
        }
        var chunks = (articles.Count + RecordChunk - 1) / RecordChunk;
        writer.Open($"public static string record(int index) => (index >> {Literal.Int(RecordChunkBits)}) switch");
        for (var chunk = 0; chunk < chunks; chunk++) writer.Line($"{Literal.Int(chunk)} => record{Literal.Int(chunk)}(index),");
        writer.Line(OutOfRange);
        writer.Close(";").Line();
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            var start = chunk * RecordChunk;
            WriteSwitch(writer, $"private static string record{Literal.Int(chunk)}(int index) => index switch", articles, start, System.Math.Min(RecordChunk, articles.Count - start));
        }
    }

    private static void WriteSwitch(SourceWriter writer, string head, EquatableArray<IndexedArticle> articles, int start, int count)
    {
        writer.Open(head);
        for (var i = start; i < start + count; i++) writer.Line($"{Literal.Int(articles[i].Index)} => {articles[i].Member},");
        writer.Line(OutOfRange);
        writer.Close(";");
    }

    private const int RecordChunkBits = 6;
    private const int RecordChunk = 1 << RecordChunkBits;
    private const string OutOfRange = "_ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),";

    /// <summary>Every person: name, aliases, role, roles and the indexes of their articles, in the order of <c>People.All</c>.</summary>
    private static string PeopleData(CorpusIndex index)
    {
        var data = new DataWriter().Int(index.People.Count);
        foreach (var person in index.People) data.String(person.Name).Strings(person.Aliases).String(person.Role).Strings(person.Roles).Ints(person.ArticleIndexes);
        return data.ToString();
    }

    /// <summary>Every merged person: name, aliases, role, roles and the people they join (pairs of part and person index).</summary>
    private static string MergedPeopleData(MergedCorpus merged)
    {
        var data = new DataWriter().Int(merged.People.Count);
        foreach (var person in merged.People) data.String(person.Name).Strings(person.Aliases).String(person.Role).Strings(person.Roles).Ints(person.Parts);
        return data.ToString();
    }
}
