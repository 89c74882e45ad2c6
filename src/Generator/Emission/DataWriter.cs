using System.Globalization;
using System.Text;
using Byline.Generator.Model;

namespace Byline.Generator.Emission;

/// <summary>
/// Writes the compact records that the runtime's <c>Byline.Data.DataReader</c> reads: an integer ends with <c>,</c>; a
/// string is its UTF-16 length, <c>:</c> and its characters; <c>~</c> is null; a slice of the article's text is
/// <c>@</c>, its start and its length. The compiler stores such a record as one literal, almost for free, where a tree
/// of constructor calls would cost it time on every build (docs/model.md, "How the data is stored").
/// </summary>
internal sealed class DataWriter
{
    private readonly StringBuilder _builder = new();

    public DataWriter Int(int value)
    {
        _builder.Append(value.ToString(CultureInfo.InvariantCulture)).Append(',');
        return this;
    }

    public DataWriter String(string? value)
    {
        if (value is null) _builder.Append('~');
        else _builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        return this;
    }

    /// <summary>Extracted text: a slice of the raw text when it holds the text exactly there, else a string of its own.</summary>
    public DataWriter Text(TextRef? value, string raw)
    {
        if (value is null) return String(null);
        var start = value.Start;
        if (start >= 0 && start + value.Text.Length <= raw.Length && string.CompareOrdinal(raw, start, value.Text, 0, value.Text.Length) == 0)
        {
            _builder.Append('@');
            return Int(start).Int(value.Text.Length);
        }
        return String(value.Text);
    }

    public DataWriter Strings(EquatableArray<string> values)
    {
        Int(values.Count);
        foreach (var value in values) String(value);
        return this;
    }

    public DataWriter Ints(EquatableArray<int> values)
    {
        Int(values.Count);
        foreach (var value in values) Int(value);
        return this;
    }

    public DataWriter Double(double? value) => String(value?.ToString("R", CultureInfo.InvariantCulture));

    public DataWriter Date(DateStamp? date) =>
        date is null ? String(null) : Int(date.Year).Int(date.Month).Int(date.Day).Int(date.Hour).Int(date.Minute).Int(date.OffsetMinutes);

    public DataWriter Tag(char tag)
    {
        _builder.Append(tag);
        return this;
    }

    public override string ToString() => _builder.ToString();
}
