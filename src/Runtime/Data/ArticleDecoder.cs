using System.Collections.Generic;

namespace Byline.Data;

/// <summary>Builds one <see cref="Article"/> from its generated record, in the order the generator's ArticleData writes it.</summary>
internal static class ArticleDecoder
{
    public static Article Decode(Corpus corpus, string data)
    {
        var reader = new DataReader(data);
        var text = TextOf(corpus, reader);
        return new Article(
            id: reader.RequiredString(),
            sourcePath: reader.RequiredString(),
            text: text,
            title: reader.RequiredText(text),
            authors: reader.Strings(),
            outlet: reader.String(),
            published: reader.Date(),
            updated: reader.Date(),
            dateline: reader.String(),
            caption: reader.Text(text),
            credit: reader.Text(text),
            sections: Sections(reader, text),
            relatedHeadlines: Texts(reader, text),
            mentions: Mentions(corpus, reader),
            quotes: Quotes(corpus, reader, text),
            claims: Claims(corpus, reader, text));
    }

    /// <summary>The article's text: embedded in the assembly as a resource (R), or written into the record (I).</summary>
    private static string TextOf(Corpus corpus, DataReader reader)
    {
        var tag = reader.Tag();
        if (tag == 'I') return reader.RequiredString();
        if (tag != 'R') throw reader.Corrupt("text source");
        var name = reader.RequiredString();
        return corpus.ReadResource(name, reader.Int());
    }

    private static Section[] Sections(DataReader reader, string text)
    {
        var sections = new Section[reader.Int()];
        for (var s = 0; s < sections.Length; s++)
        {
            var heading = reader.Text(text);
            var headingLine = reader.Int();
            var paragraphs = new Paragraph[reader.Int()];
            for (var p = 0; p < paragraphs.Length; p++) paragraphs[p] = new Paragraph(reader.RequiredText(text), reader.Int());
            sections[s] = new Section(heading, headingLine, paragraphs);
        }
        return sections;
    }

    private static string[] Texts(DataReader reader, string text)
    {
        var texts = new string[reader.Int()];
        for (var i = 0; i < texts.Length; i++) texts[i] = reader.RequiredText(text);
        return texts;
    }

    private static Mention[] Mentions(Corpus corpus, DataReader reader)
    {
        var mentions = new Mention[reader.Int()];
        for (var i = 0; i < mentions.Length; i++)
        {
            mentions[i] = new Mention(corpus, reader.Int(), reader.RequiredString(), reader.String(), reader.Int(), reader.Int());
        }
        return mentions;
    }

    private static Quote[] Quotes(Corpus corpus, DataReader reader, string text)
    {
        var quotes = new Quote[reader.Int()];
        for (var i = 0; i < quotes.Length; i++)
        {
            quotes[i] = new Quote(
                corpus, reader.RequiredText(text), speaker: reader.Int(), line: reader.Int(), column: reader.Int(), cue: reader.String(),
                (Attribution)reader.Int(), (QuotePlacement)reader.Int());
        }
        return quotes;
    }

    private static Claim[] Claims(Corpus corpus, DataReader reader, string text)
    {
        var claims = new Claim[reader.Int()];
        for (var i = 0; i < claims.Length; i++)
        {
            claims[i] = new Claim(
                corpus, reader.RequiredText(text), (ClaimKind)reader.Int(), source: reader.Int(), sourceName: reader.String(),
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
