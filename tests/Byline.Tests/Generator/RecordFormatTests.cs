using Byline.Data;
using Byline.Generator.Emission;
using Byline.Generator.Model;
using Xunit;

namespace Byline.Tests.Generator;

/// <summary>The generator's DataWriter and the runtime's DataReader agree on every value, at the edges of each form.</summary>
public class RecordFormatTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(-300)]
    [InlineData(511)]
    [InlineData(512)]
    [InlineData(65_535)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void An_integer_reads_back_as_written(int value)
    {
        var reader = new DataReader(new DataWriter().Int(value).Int(7).ToString());
        Assert.Equal(value, reader.Int());
        Assert.Equal(7, reader.Int());
        Assert.True(reader.AtEnd);
    }

    [Fact]
    public void Small_integers_take_one_character_and_minus_one_is_small()
    {
        Assert.Equal(1, new DataWriter().Int(7).ToString().Length);
        Assert.Equal(1, new DataWriter().Int(-1).ToString().Length);
        Assert.Equal(2, new DataWriter().Int(255).ToString().Length);
    }

    [Fact]
    public void Strings_nulls_slices_and_dates_read_back_as_written()
    {
        const string raw = "Mayor Helen Carter said: \"~!P0\"";
        var data = new DataWriter()
            .String("~!P0 and \u2019quotes\u2019").String(null).String("")
            .Text(new TextRef("Helen Carter", 6, 1)).Text(new TextRef("not in the text", -1, 1)).Text(null)
            .Date(new DateStamp(2024, 3, 12, 14, 15, -300)).Double(4.5e9).Double(null)
            .ToString();
        var reader = new DataReader(data);
        Assert.Equal("~!P0 and \u2019quotes\u2019", reader.String());
        Assert.Null(reader.String());
        Assert.Equal("", reader.String());
        var text = new ArticleText(raw);
        Assert.Equal("Helen Carter", reader.Piece().Resolve(text));
        Assert.Equal("not in the text", reader.Piece().Resolve(text));
        Assert.Null(reader.Piece().Resolve(text));
        Assert.Equal(new System.DateTimeOffset(2024, 3, 12, 14, 15, 0, System.TimeSpan.FromMinutes(-300)), reader.Date());
        Assert.Equal(4.5e9, reader.Double());
        Assert.Null(reader.Double());
        Assert.True(reader.AtEnd);
    }
}
