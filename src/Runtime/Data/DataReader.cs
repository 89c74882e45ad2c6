using System;
using System.Globalization;

namespace Byline.Data;

/// <summary>
/// Reads the compact records the generator writes for each article and person (docs/large-collections.md, "How the
/// data is stored"). Every value is self-delimiting: an integer is zigzag-encoded in base 32, most significant digit
/// first, every digit but the last a character from '0' on and the last from 'P' on; a string is its UTF-16 length
/// and its characters; <c>~</c> is null; a slice of the article's text is <c>!</c>, its start and its length.
/// Nothing here looks at article text: it only copies out what extraction decided at build time.
/// </summary>
internal sealed class DataReader
{
    private readonly string _data;
    private int _position;

    public DataReader(string data, int position = 0)
    {
        _data = data;
        _position = position;
    }

    public bool AtEnd => _position >= _data.Length;

    public int Position => _position;

    private const char ContinuingDigit = '0';
    private const char LastDigit = 'P';

    public int Int()
    {
        uint zigzag = 0;
        char c;
        while ((c = _data[_position++]) < LastDigit) zigzag = (zigzag << 5) | (uint)(c - ContinuingDigit);
        zigzag = (zigzag << 5) | (uint)(c - LastDigit);
        return (int)(zigzag >> 1) ^ -(int)(zigzag & 1);
    }

    public string? String()
    {
        if (Null()) return null;
        var length = Int();
        var value = _data.Substring(_position, length);
        _position += length;
        return value;
    }

    public string RequiredString() => String() ?? throw Corrupt("a string");

    /// <summary>A piece of extracted text, resolved against the article's text only when it is first read.</summary>
    public TextPiece Piece()
    {
        if (_data[_position] != '!') return String() is { } value ? new TextPiece(value) : TextPiece.Null;
        _position++;
        var start = Int();
        return new TextPiece(start, Int());
    }

    public string[] Strings()
    {
        var count = Int();
        if (count == 0) return Array.Empty<string>();
        var values = new string[count];
        for (var i = 0; i < count; i++) values[i] = RequiredString();
        return values;
    }

    public int[] Ints()
    {
        var count = Int();
        if (count == 0) return Array.Empty<int>();
        var values = new int[count];
        for (var i = 0; i < count; i++) values[i] = Int();
        return values;
    }

    public double? Double() => String() is { } text ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    public DateTimeOffset? Date()
    {
        if (Null()) return null;
        var (year, month, day, hour, minute) = (Int(), Int(), Int(), Int(), Int());
        return new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromMinutes(Int()));
    }

    /// <summary>A one-letter tag that says which form a value takes.</summary>
    public char Tag() => _data[_position++];

    private bool Null()
    {
        if (_data[_position] != '~') return false;
        _position++;
        return true;
    }

    public InvalidOperationException Corrupt(string expected) =>
        new($"Byline: the generated data has no {expected} at offset {_position}. Rebuild the project; if it persists, report it with the article.");
}
