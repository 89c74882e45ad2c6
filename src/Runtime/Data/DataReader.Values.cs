using System;
using System.Globalization;

namespace Byline.Data;

/// <summary>The values of an article's record that only the runtime reads: pieces of its text, numbers and dates.</summary>
internal sealed partial class DataReader
{
    /// <summary>A piece of extracted text, resolved against the article's text only when it is first read.</summary>
    public TextPiece Piece()
    {
        if (_data[_position] != '!') return String() is { } value ? new TextPiece(value) : TextPiece.Null;
        _position++;
        var start = Int();
        return new TextPiece(start, Int());
    }

    public double? Double() => String() is { } text ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    public DateTimeOffset? Date()
    {
        if (Null()) return null;
        var (year, month, day, hour, minute) = (Int(), Int(), Int(), Int(), Int());
        return new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromMinutes(Int()));
    }
}
