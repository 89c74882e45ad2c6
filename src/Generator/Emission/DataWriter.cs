using System.Globalization;
using System.Text;
using Byline.Generator.Model;

namespace Byline.Generator.Emission;

/// <summary>
/// Writes the compact records that the runtime's <c>Byline.Data.DataReader</c> reads. An integer is zigzag-encoded
/// (so -1 stays small) and written in base 32, most significant digit first: every digit but the last is a character
/// from '0' (0x30) on, the last one from 'P' (0x50) on, so an integer needs no separator and one under 16 takes one
/// character. A string is its UTF-16 length and its characters; <c>~</c> is null; a slice of the article's text is
/// <c>!</c>, its start and its length. The compiler stores such a record as one literal, almost for free, where a tree
/// of constructor calls would cost it time on every build (docs/large-collections.md, "How the data is stored").
/// </summary>
internal sealed class DataWriter
{
    private readonly StringBuilder _builder = new();

    public const char ContinuingDigit = '0';
    public const char LastDigit = 'P';
    public const char Null = '~';
    public const char Slice = '!';

    public DataWriter Int(int value)
    {
        var zigzag = (uint)((value << 1) ^ (value >> 31));
        var shift = 0;
        while (shift < 30 && zigzag >> (shift + 5) != 0) shift += 5;
        for (; shift > 0; shift -= 5) _builder.Append((char)(ContinuingDigit + ((zigzag >> shift) & 31)));
        _builder.Append((char)(LastDigit + (zigzag & 31)));
        return this;
    }

    public DataWriter String(string? value)
    {
        if (value is null) _builder.Append(Null);
        else Int(value.Length)._builder.Append(value);
        return this;
    }

    /// <summary>
    /// Extracted text: a slice of the article's text where extraction found it there exactly (ArticleDraft.RawRef gives
    /// it a start), else a string of its own.
    /// </summary>
    public DataWriter Text(TextRef? value)
    {
        if (value is null) return String(null);
        if (value.Start < 0) return String(value.Text);
        _builder.Append(Slice);
        return Int(value.Start).Int(value.Text.Length);
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

    public int Length => _builder.Length;

    public DataWriter Append(DataWriter other)
    {
        _builder.Append(other._builder);
        return this;
    }

    public override string ToString() => _builder.ToString();

    /// <summary>A record as a literal: UTF-8 where the compilation allows it (no 16 MB string-heap limit), else UTF-16.</summary>
    public static string Literal(string record, EmitOptions options) =>
        options.Utf8Literals && record.Length > 0 && Emission.Literal.IsValidUtf16(record)
            ? $"utf8({Emission.Literal.Utf8(record)})"
            : Emission.Literal.String(record);
}
