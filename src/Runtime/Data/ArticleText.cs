namespace Byline.Data;

/// <summary>
/// The whole text of one article: embedded in the assembly as a resource and read the first time any piece of it is, or
/// written into its record. Reading an article's quotes or people needs none of it.
/// </summary>
internal sealed class ArticleText
{
    private readonly Corpus? _corpus;
    private readonly string? _resource;
    private readonly int _length;
    private string? _value;

    public ArticleText(string value) => _value = value;

    public ArticleText(Corpus corpus, string resource, int length)
    {
        _corpus = corpus;
        _resource = resource;
        _length = length;
    }

    // Two threads may both read it; they read the same text, and strings have no identity to keep.
    public string Value => _value ??= _corpus!.ReadResource(_resource!, _length);
}
