using System.Linq;
using Byline.Generator.Model;

namespace Byline.Generator.Emission;

/// <summary>XML docs for generated members, so hovering an article or a person in the IDE shows what it is.</summary>
internal static class Docs
{
    public static void Article(SourceWriter writer, ArticleModel model)
    {
        writer.Line($"/// <summary>{Literal.XmlDoc(model.Title.Text)}</summary>");
        writer.Line("/// <remarks>");
        if (model.Authors.Count > 0) writer.Line($"/// By {Literal.XmlDoc(string.Join(", ", model.Authors))}.<br/>");
        if (model.Published is { } date) writer.Line($"/// Published {date.Year:D4}-{date.Month:D2}-{date.Day:D2}.<br/>");
        var first = model.Sections.SelectMany(s => s.Paragraphs).FirstOrDefault();
        if (first is not null) writer.Line($"/// {Literal.XmlDoc(FirstSentence(first.Text))}<br/>");
        writer.Line($"/// {model.Quotes.Count} quotes, {model.People.Count} people, {model.Claims.Count} claims. Source: <c>{Literal.XmlDoc(model.Path)}</c>.");
        writer.Line("/// </remarks>");
    }

    public static void Person(SourceWriter writer, IndexedPerson person)
    {
        var role = person.Role is null ? "" : $" ({Literal.XmlDoc(person.Role)})";
        writer.Line($"/// <summary>{Literal.XmlDoc(person.Name)}{role}</summary>");
        writer.Line($"/// <remarks>Quoted {person.QuoteCount} times in {person.ArticleIndexes.Count} article(s).</remarks>");
    }

    public static void Person(SourceWriter writer, MergedPerson person)
    {
        var role = person.Role is null ? "" : $" ({Literal.XmlDoc(person.Role)})";
        writer.Line($"/// <summary>{Literal.XmlDoc(person.Name)}{role}</summary>");
        writer.Line($"/// <remarks>Named in {person.ArticleCount} article(s) of {person.LibraryCount} merged project(s).</remarks>");
    }

    private static string FirstSentence(string paragraph)
    {
        var end = paragraph.IndexOf(". ", System.StringComparison.Ordinal);
        return end > 0 && end < 240 ? paragraph.Substring(0, end + 1) : paragraph;
    }
}
