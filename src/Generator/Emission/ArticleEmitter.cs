using Byline.Generator.Model;

namespace Byline.Generator.Emission;

/// <summary>
/// Writes one article's file: its member on the Articles class, which reads the article from the corpus, and its record,
/// one literal the runtime decodes on first access. Nothing else per article reaches the compiler, so a build pays for
/// little more than the text it carries (docs/large-collections.md, "How the data is stored").
/// </summary>
internal static class ArticleEmitter
{
    public static string HintName(BoundArticle article) => $"{article.Options.ArticlesClass}.{article.Names.Member.TrimStart('@')}.g.cs";

    public static string Emit(BoundArticle bound)
    {
        var (model, names, options) = (bound.Model, bound.Names, bound.Options);
        var writer = new SourceWriter().Header($"Article {Literal.XmlDoc(model.Path)}");
        if (options.Namespace is not null) writer.Open($"namespace {options.Namespace}");
        writer.Open($"{options.Accessibility} static partial class {options.ArticlesClass}");
        Docs.Article(writer, model);
        writer.Line($"public static global::Byline.Article {names.Member} => {CorpusNaming.CorpusMember}.Article({Literal.Int(names.Index)});").Line();
        writer.Open($"private static partial class {CorpusNaming.DataClass}");
        writer.Line($"public static string {names.Member} => {DataWriter.Literal(ArticleData.Write(model, names), options)};");
        writer.Close();
        writer.Close();
        if (options.Namespace is not null) writer.Close();
        return writer.ToString();
    }
}

/// <summary>Version stamped into [GeneratedCode].</summary>
internal static class ThisAssembly
{
    public const string Version = "0.2.0";
}
