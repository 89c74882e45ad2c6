using System;
using System.Globalization;

// The generator compiles this file too (Byline.Generator.csproj), in a namespace of its own so that a test seeing the
// internals of both assemblies sees two distinct types.
#if BYLINE_GENERATOR
namespace Byline.Generator.Libraries;
#else
namespace Byline.Data;
#endif

/// <summary>
/// Reads the compact records the generator writes for each article and person (docs/large-collections.md, "How the
/// data is stored"). Every value is self-delimiting: an integer is zigzag-encoded in base 32, most significant digit
/// first, every digit but the last a character from '0' on and the last from 'P' on; a string is its UTF-16 length
/// and its characters; <c>~</c> is null; a slice of the article's text is <c>!</c>, its start and its length.
/// Nothing here looks at article text: it only copies out what extraction decided at build time. The generator compiles
/// this file too, to read the index a content library carries; the values only the runtime reads are in DataReader.Values.cs.
/// </summary>
internal sealed partial class DataReader
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

    /// <summary>A one-letter tag that says which form a value takes.</summary>
    public char Tag() => _data[_position++];

    public bool Null()
    {
        if (_data[_position] != '~') return false;
        _position++;
        return true;
    }

    public InvalidOperationException Corrupt(string expected) =>
        new($"Byline: the generated data has no {expected} at offset {_position}. Rebuild the project; if it persists, report it with the article.");
}
