using Byline.Generator.Model;

namespace Byline.Generator.Emission;

/// <summary>
/// One article's record, in the order the runtime's <c>Byline.Data.ArticleDecoder</c> reads it. The text comes first:
/// the name and length of its embedded resource (R), or the text itself (I).
/// </summary>
internal static class ArticleData
{
    public static string Write(ArticleModel model, IndexedArticle names)
    {
        var data = new DataWriter();
        if (model.Resource is not null) data.Tag('R').String(model.Resource).Int(model.Text.Length);
        else data.Tag('I').String(model.Text);
        var raw = model.Text;
        data.String(names.Id).String(model.Path).Text(model.Title, raw).Strings(model.Authors).String(model.Outlet)
            .Date(model.Published).Date(model.Updated).String(model.Dateline).Text(model.Caption, raw).Text(model.Credit, raw);
        Sections(data, model.Sections, raw);
        data.Int(model.RelatedHeadlines.Count);
        foreach (var headline in model.RelatedHeadlines) data.Text(headline, raw);
        Mentions(data, model.People, names.PersonIndexes);
        Quotes(data, model.Quotes, names.PersonIndexes, raw);
        Claims(data, model.Claims, names.PersonIndexes, raw);
        return data.ToString();
    }

    private static void Sections(DataWriter data, EquatableArray<SectionModel> sections, string raw)
    {
        data.Int(sections.Count);
        foreach (var section in sections)
        {
            data.Text(section.Heading, raw).Int(section.Heading?.Line ?? 0).Int(section.Paragraphs.Count);
            foreach (var paragraph in section.Paragraphs) data.Text(paragraph, raw).Int(paragraph.Line);
        }
    }

    private static void Mentions(DataWriter data, EquatableArray<PersonModel> people, EquatableArray<int> corpusIndexes)
    {
        data.Int(people.Count);
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            data.Int(CorpusIndex(i, corpusIndexes)).String(person.Name).String(person.Role).Int(person.Line).Int(person.Column);
        }
    }

    private static void Quotes(DataWriter data, EquatableArray<QuoteModel> quotes, EquatableArray<int> corpusIndexes, string raw)
    {
        data.Int(quotes.Count);
        foreach (var quote in quotes)
        {
            data.Text(quote.Text, raw).Int(CorpusIndex(quote.SpeakerIndex, corpusIndexes)).Int(quote.Text.Line).Int(quote.Column).String(quote.Cue)
                .Int(RuntimeEnums.Ordinal(RuntimeEnums.Attribution, quote.Attribution))
                .Int(RuntimeEnums.Ordinal(RuntimeEnums.QuotePlacement, quote.Placement));
        }
    }

    private static void Claims(DataWriter data, EquatableArray<ClaimModel> claims, EquatableArray<int> corpusIndexes, string raw)
    {
        data.Int(claims.Count);
        foreach (var claim in claims)
        {
            data.Text(claim.Text, raw).Int(RuntimeEnums.Ordinal(RuntimeEnums.ClaimKind, claim.Kind)).Int(CorpusIndex(claim.SourceIndex, corpusIndexes))
                .String(claim.SourceName).Int(claim.Figures.Count);
            foreach (var f in claim.Figures)
            {
                data.String(f.Text).Double(f.Value).Int(RuntimeEnums.Ordinal(RuntimeEnums.FigureKind, f.Kind)).String(f.Unit).Double(f.Base).String(f.Qualifier);
            }
            data.Int(claim.Text.Line).Int(claim.QuoteIndex);
        }
    }

    /// <summary>The corpus index of the article's person <paramref name="index"/>, or -1 for none.</summary>
    private static int CorpusIndex(int index, EquatableArray<int> corpusIndexes) =>
        index >= 0 && index < corpusIndexes.Count ? corpusIndexes[index] : -1;
}
