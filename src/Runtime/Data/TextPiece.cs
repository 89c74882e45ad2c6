namespace Byline.Data;

/// <summary>A piece of an article's text as its record gives it: a slice of the article's text, a string of its own, or null.</summary>
internal readonly struct TextPiece
{
    public static readonly TextPiece Null = new(0, -1);

    private readonly string? _value;
    private readonly int _start;
    private readonly int _length;

    public TextPiece(string value)
    {
        _value = value;
        _start = 0;
        _length = value.Length;
    }

    public TextPiece(int start, int length)
    {
        _value = null;
        _start = start;
        _length = length;
    }

    /// <summary>The text, cut from <paramref name="text"/> when it is a slice; null for <see cref="Null"/>.</summary>
    public string? Resolve(ArticleText text) => _value ?? (_length < 0 ? null : text.Value.Substring(_start, _length));
}
