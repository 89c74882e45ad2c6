using System.Linq;
using Byline.Generator.Model;

namespace Byline.Generator.Emission;

/// <summary>
/// Writes one article's file: a lazily built property on the Articles class. Nothing is built until the
/// property is first read, and the article's text is stored once: other texts are slices of it where they can be.
/// </summary>
internal static class ArticleEmitter
{
    public static string HintName(BoundArticle article) => $"{article.Options.ArticlesClass}.{article.Names.Member.TrimStart('@')}.g.cs";

    public static string Emit(BoundArticle bound)
    {
        var (model, names, options) = (bound.Model, bound.Names, bound.Options);
        var field = "s_" + names.Member.TrimStart('@');
        var writer = new SourceWriter().Header($"Article {Literal.XmlDoc(model.Path)}");
        if (options.Namespace is not null) writer.Open($"namespace {options.Namespace}");
        writer.Open($"{options.Accessibility} static partial class {options.ArticlesClass}");
        writer.Line($"private static global::Byline.Article? {field};").Line();
        Docs.Article(writer, model);
        writer.Line($"public static global::Byline.Article {names.Member} => {field} ?? global::System.Threading.LazyInitializer.EnsureInitialized(ref {field}, Create{names.Member.TrimStart('@')})!;").Line();
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"Byline\", \"" + ThisAssembly.Version + "\")]");
        writer.Open($"private static global::Byline.Article Create{names.Member.TrimStart('@')}()");
        var values = new ValueWriter(writer, model.Text, options, bound.Options.Namespace is null ? $"global::{options.PeopleClass}" : $"global::{options.Namespace}.{options.PeopleClass}", names.PersonMembers);
        values.DeclareText();
        WriteConstruction(writer, values, model, names);
        writer.Close();
        writer.Close();
        if (options.Namespace is not null) writer.Close();
        return writer.ToString();
    }

    private static void WriteConstruction(SourceWriter writer, ValueWriter values, ArticleModel model, IndexedArticle names)
    {
        writer.Line("return new global::Byline.Article(").Indent();
        writer.Line($"id: {Literal.String(names.Id)},");
        writer.Line($"sourcePath: {Literal.String(model.Path)},");
        writer.Line("text: text,");
        writer.Line($"title: {values.Text(model.Title)},");
        writer.Line($"authors: {ValueWriter.Strings(model.Authors)},");
        writer.Line($"outlet: {Literal.String(model.Outlet)},");
        writer.Line($"published: {ValueWriter.Date(model.Published)},");
        writer.Line($"updated: {ValueWriter.Date(model.Updated)},");
        writer.Line($"dateline: {Literal.String(model.Dateline)},");
        writer.Line($"caption: {values.Text(model.Caption)},");
        writer.Line($"credit: {values.Text(model.Credit)},");
        values.Sections(model.Sections);
        writer.Line($"relatedHeadlines: {values.Texts(model.RelatedHeadlines)},");
        values.Mentions(model.People);
        values.Quotes(model.Quotes);
        values.Claims(model.Claims);
        writer.Outdent().Line(");");
    }
}

/// <summary>Version stamped into [GeneratedCode].</summary>
internal static class ThisAssembly
{
    public const string Version = "0.1.0";
}
