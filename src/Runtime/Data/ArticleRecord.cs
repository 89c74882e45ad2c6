namespace Byline.Data;

/// <summary>
/// One article's record, cut into its parts: a header of where each part starts, then the article's own values
/// (meta), its sections, related headlines, mentions, quotes and claims. Each part can be read without the others.
/// </summary>
internal sealed class ArticleRecord
{
    private readonly string _data;
    private readonly int[] _starts = new int[6];

    public ArticleRecord(string data)
    {
        _data = data;
        var header = new DataReader(data);
        for (var part = 1; part < _starts.Length; part++) _starts[part] = header.Int();
        for (var part = 0; part < _starts.Length; part++) _starts[part] += header.Position;
    }

    public DataReader Meta() => At(0);

    public DataReader Sections() => At(1);

    public DataReader Related() => At(2);

    public DataReader Mentions() => At(3);

    public DataReader Quotes() => At(4);

    public DataReader Claims() => At(5);

    private DataReader At(int part) => new(_data, _starts[part]);
}
