using System.Collections.Generic;

namespace Byline.Data;

/// <summary>Builds the parts of an <see cref="Article"/> from its record, in the order the generator's ArticleData writes them.</summary>
internal static class ArticleDecoder
{
    /// <summary>The article's text: embedded in the assembly as a resource (R), or written into the record (I).</summary>
    public static ArticleText TextOf(Corpus corpus, DataReader reader)
    {
        var tag = reader.Tag();
        if (tag == 'I') return new ArticleText(reader.RequiredString());
        if (tag != 'R') throw reader.Corrupt("text source");
        var name = reader.RequiredString();
        return new ArticleText(corpus, name, reader.Int());
    }

    public static Section[] Sections(Article article, DataReader reader)
    {
        var sections = new Section[reader.Int()];
        for (var s = 0; s < sections.Length; s++)
        {
            var heading = reader.Piece();
            var headingLine = reader.Int();
            var paragraphs = new Paragraph[reader.Int()];
            for (var p = 0; p < paragraphs.Length; p++) paragraphs[p] = new Paragraph(article.Source, reader.Piece(), reader.Int());
            sections[s] = new Section(article.Source, heading, headingLine, paragraphs);
        }
        return sections;
    }

    public static string[] Texts(ArticleText source, DataReader reader)
    {
        var texts = new string[reader.Int()];
        for (var i = 0; i < texts.Length; i++) texts[i] = reader.Piece().Resolve(source) ?? throw reader.Corrupt("a text");
        return texts;
    }

    public static Mention[] Mentions(Corpus corpus, DataReader reader)
    {
        var mentions = new Mention[reader.Int()];
        for (var i = 0; i < mentions.Length; i++)
        {
            mentions[i] = new Mention(corpus, reader.Int(), reader.RequiredString(), reader.String(), reader.Int(), reader.Int(), reader.Int() / 1000.0);
        }
        return mentions;
    }

    public static Quote[] Quotes(Article article, DataReader reader)
    {
        var quotes = new Quote[reader.Int()];
        for (var i = 0; i < quotes.Length; i++)
        {
            quotes[i] = new Quote(
                article, reader.Piece(), speaker: reader.Int(), line: reader.Int(), column: reader.Int(), cue: reader.String(),
                (Attribution)reader.Int(), (QuotePlacement)reader.Int(), confidence: reader.Int() / 1000.0);
        }
        return quotes;
    }

    public static Claim[] Claims(Article article, DataReader reader)
    {
        var claims = new Claim[reader.Int()];
        for (var i = 0; i < claims.Length; i++)
        {
            claims[i] = new Claim(
                article, reader.Piece(), (ClaimKind)reader.Int(), source: reader.Int(), sourceName: reader.String(),
                Figures(reader), line: reader.Int(), quoteIndex: reader.Int());
        }
        return claims;
    }

    private static IReadOnlyList<Figure> Figures(DataReader reader)
    {
        var count = reader.Int();
        if (count == 0) return System.Array.Empty<Figure>();
        var figures = new Figure[count];
        for (var i = 0; i < count; i++)
        {
            figures[i] = new Figure(reader.RequiredString(), reader.Double(), (FigureKind)reader.Int(), reader.String(), reader.Double(), reader.String());
        }
        return figures;
    }
}
