using System.Collections.Generic;
using Byline.Generator.Model;

namespace Byline.Generator.Emission;

/// <summary>Writes the values of one article's construction: texts as slices of the article text, arrays, people.</summary>
internal sealed class ValueWriter
{
    private readonly SourceWriter _writer;
    private readonly string _text;
    private readonly string _people;
    private readonly EquatableArray<string> _personMembers;
    private readonly bool _utf8;

    public ValueWriter(SourceWriter writer, string text, EmitOptions options, string peopleClass, EquatableArray<string> personMembers)
    {
        _writer = writer;
        _text = text;
        _people = peopleClass;
        _personMembers = personMembers;
        _utf8 = options.Utf8Literals && Emission.Literal.IsValidUtf16(text);
    }

    public void DeclareText()
    {
        if (_utf8) _writer.Line("static string U(global::System.ReadOnlySpan<byte> utf8) => global::System.Text.Encoding.UTF8.GetString(utf8);");
        _writer.Line($"var text = {LiteralOf(_text)};");
    }

    /// <summary>A literal in the form that has no 16 MB limit where the compilation allows it.</summary>
    private string LiteralOf(string value) =>
        _utf8 && value.Length > 0 ? $"U({Emission.Literal.Utf8(value)})" : Emission.Literal.String(value);

    public string Text(TextRef? value)
    {
        if (value is null) return "null";
        var start = value.Start;
        if (start >= 0 && start + value.Text.Length <= _text.Length && string.CompareOrdinal(_text, start, value.Text, 0, value.Text.Length) == 0)
        {
            return start == 0 && value.Text.Length == _text.Length ? "text" : $"text.Substring({start}, {value.Text.Length})";
        }
        return LiteralOf(value.Text);
    }

    public static string Strings(EquatableArray<string> values)
    {
        if (values.Count == 0) return "global::System.Array.Empty<string>()";
        var items = new List<string>();
        foreach (var value in values) items.Add(Emission.Literal.String(value));
        return "new string[] { " + string.Join(", ", items) + " }";
    }

    public string Texts(EquatableArray<TextRef> values)
    {
        if (values.Count == 0) return "global::System.Array.Empty<string>()";
        var items = new List<string>();
        foreach (var value in values) items.Add(Text(value));
        return "new string[] { " + string.Join(", ", items) + " }";
    }

    public static string Date(DateStamp? date) => date is null ? "null" :
        $"new global::System.DateTimeOffset({date.Year}, {date.Month}, {date.Day}, {date.Hour}, {date.Minute}, 0, global::System.TimeSpan.FromMinutes({date.OffsetMinutes}))";

    private string Person(int index) => index >= 0 && index < _personMembers.Count ? $"{_people}.{_personMembers[index]}" : "null";

    public void Sections(EquatableArray<SectionModel> sections)
    {
        _writer.Line("sections: new global::Byline.Section[]").Line("{").Indent();
        foreach (var section in sections)
        {
            var heading = section.Heading;
            _writer.Line($"new global::Byline.Section({Text(heading)}, {heading?.Line ?? 0}, new global::Byline.Paragraph[]").Line("{").Indent();
            foreach (var paragraph in section.Paragraphs) _writer.Line($"new global::Byline.Paragraph({Text(paragraph)}, {paragraph.Line}),");
            _writer.Outdent().Line("}),");
        }
        _writer.Outdent().Line("},");
    }

    public void Mentions(EquatableArray<PersonModel> people)
    {
        OpenArray("mentions", "Mention", people.Count, last: false);
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            _writer.Line($"new global::Byline.Mention({Person(i)}, {Emission.Literal.String(person.Name)}, {Emission.Literal.String(person.Role)}, {person.Line}, {person.Column}),");
        }
        CloseArray(people.Count, last: false);
    }

    public void Quotes(EquatableArray<QuoteModel> quotes)
    {
        OpenArray("quotes", "Quote", quotes.Count, last: false);
        foreach (var quote in quotes)
        {
            _writer.Line($"new global::Byline.Quote({Text(quote.Text)}, {Person(quote.SpeakerIndex)}, {quote.Text.Line}, {quote.Column}, {Emission.Literal.String(quote.Cue)}, global::Byline.Attribution.{quote.Attribution}, global::Byline.QuotePlacement.{quote.Placement}),");
        }
        CloseArray(quotes.Count, last: false);
    }

    public void Claims(EquatableArray<ClaimModel> claims)
    {
        OpenArray("claims", "Claim", claims.Count, last: true);
        foreach (var claim in claims)
        {
            _writer.Line($"new global::Byline.Claim({Text(claim.Text)}, global::Byline.ClaimKind.{claim.Kind}, {Person(claim.SourceIndex)}, {Emission.Literal.String(claim.SourceName)}, {Figures(claim.Figures)}, {claim.Text.Line}, {claim.QuoteIndex}),");
        }
        CloseArray(claims.Count, last: true);
    }

    private static string Figures(EquatableArray<FigureModel> figures)
    {
        if (figures.Count == 0) return "global::System.Array.Empty<global::Byline.Figure>()";
        var items = new List<string>();
        foreach (var f in figures)
        {
            items.Add($"new global::Byline.Figure({Emission.Literal.String(f.Text)}, {Emission.Literal.Double(f.Value)}, global::Byline.FigureKind.{f.Kind}, {Emission.Literal.String(f.Unit)}, {Emission.Literal.Double(f.Base)}, {Emission.Literal.String(f.Qualifier)})");
        }
        return "new global::Byline.Figure[] { " + string.Join(", ", items) + " }";
    }

    /// <summary>Opens a named array argument; an empty one is written whole, as Array.Empty.</summary>
    private void OpenArray(string name, string type, int count, bool last)
    {
        if (count == 0) _writer.Line($"{name}: global::System.Array.Empty<global::Byline.{type}>()" + (last ? "" : ","));
        else _writer.Line($"{name}: new global::Byline.{type}[]").Line("{").Indent();
    }

    private void CloseArray(int count, bool last)
    {
        if (count > 0) _writer.Outdent().Line(last ? "}" : "},");
    }
}
