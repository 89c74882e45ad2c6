using Byline.Generator.Model;

namespace Byline.Generator.Emission;

/// <summary>Writes the corpus index: <c>Articles.All</c> in a stable order and <c>Articles.Find(id)</c>.</summary>
internal static class IndexEmitter
{
    public static string Emit(CorpusIndex index, EmitOptions options)
    {
        var writer = new SourceWriter().Header($"The index of all {index.Articles.Count} articles.");
        if (options.Namespace is not null) writer.Open($"namespace {options.Namespace}");
        writer.Line("/// <summary>Every article of the project, extracted at build time. Each is built the first time it is read.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"Byline\", \"" + ThisAssembly.Version + "\")]");
        writer.Open($"{options.Accessibility} static partial class {options.ArticlesClass}");
        writer.Line($"/// <summary>All {index.Articles.Count} articles, ordered by source path.</summary>");
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<global::Byline.Article> All {{ get; }} = new global::Byline.ArticleList({index.Articles.Count}, Get);").Line();
        writer.Line("/// <summary>The article with this <see cref=\"global::Byline.Article.Id\"/>, or <see langword=\"null\"/>.</summary>");
        writer.Open("public static global::Byline.Article? Find(string id) => id switch");
        foreach (var article in index.Articles) writer.Line($"{Literal.String(article.Id)} => {article.Member},");
        writer.Line("_ => null,");
        writer.Close(";").Line();
        writer.Open("private static global::Byline.Article Get(int index) => index switch");
        for (var i = 0; i < index.Articles.Count; i++) writer.Line($"{i} => {index.Articles[i].Member},");
        writer.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),");
        writer.Close(";");
        writer.Close();
        if (options.Namespace is not null) writer.Close();
        return writer.ToString();
    }
}
