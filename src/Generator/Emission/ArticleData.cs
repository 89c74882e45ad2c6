using Byline.Generator.Model;

namespace Byline.Generator.Emission;

/// <summary>
/// One article's record, as the runtime's <c>Byline.Data.ArticleRecord</c> reads it: a header of where each part
/// starts, then the parts, each decoded only when first read. The article's own values come first, opened by its text:
/// the name and length of its embedded resource (R), or the text itself (I).
/// </summary>
internal static class ArticleData
{
    public static string Write(ArticleModel model, IndexedArticle names)
    {
        var meta = new DataWriter();
        if (model.Resource is not null) meta.Tag('R').String(model.Resource).Int(model.Text.Length);
        else meta.Tag('I').String(model.Text);
        meta.String(names.Id).String(model.Path).Text(model.Title).Strings(model.Authors).String(model.Outlet)
            .Date(model.Published).Date(model.Updated).String(model.Dateline).Text(model.Caption).Text(model.Credit);
        var sections = new DataWriter();
        Sections(sections, model.Sections);
        var related = new DataWriter().Int(model.RelatedHeadlines.Count);
        foreach (var headline in model.RelatedHeadlines) related.Text(headline);
        var mentions = new DataWriter();
        Mentions(mentions, model.People, names.PersonIndexes);
        var quotes = new DataWriter();
        Quotes(quotes, model.Quotes, names.PersonIndexes);
        var claims = new DataWriter();
        Claims(claims, model.Claims, names.PersonIndexes);
        return Join(meta, sections, related, mentions, quotes, claims);
    }

    /// <summary>
    /// How many UTF-16 characters of string heap the records may take: half of what the compiler allows a program
    /// (CS8103, about 16 MB), so that the project's own strings and an estimate's error never reach the limit.
    /// </summary>
    public const long Utf16Budget = 4_000_000;

    /// <summary>About how long the article's record is, before the corpus gives it its id and people's indexes.</summary>
    public static int EstimatedLength(ArticleModel model) =>
        Write(model, new IndexedArticle(0, model.Path, model.Id, "", "", EquatableArray<int>.Empty)).Length;

    /// <summary>Whether records of these lengths fit <see cref="Utf16Budget"/> as UTF-16 literals.</summary>
    public static bool FitUtf16(System.Collections.Immutable.ImmutableArray<int> lengths)
    {
        long total = 0;
        foreach (var length in lengths) total += length;
        return total <= Utf16Budget;
    }

    /// <summary>The header (where each part after the first starts, counted from the header's end), then the parts.</summary>
    private static string Join(params DataWriter[] parts)
    {
        var header = new DataWriter();
        var start = 0;
        for (var part = 1; part < parts.Length; part++) header.Int(start += parts[part - 1].Length);
        foreach (var part in parts) header.Append(part);
        return header.ToString();
    }

    private static void Sections(DataWriter data, EquatableArray<SectionModel> sections)
    {
        data.Int(sections.Count);
        foreach (var section in sections)
        {
            data.Text(section.Heading).Int(section.Heading?.Line ?? 0).Int(section.Paragraphs.Count);
            foreach (var paragraph in section.Paragraphs) data.Text(paragraph).Int(paragraph.Line);
        }
    }

    private static void Mentions(DataWriter data, EquatableArray<PersonModel> people, EquatableArray<int> corpusIndexes)
    {
        data.Int(people.Count);
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            data.Int(CorpusIndex(i, corpusIndexes)).String(person.Name).String(person.Role).Int(person.Line).Int(person.Column).Int(Thousandths(person.Confidence));
        }
    }

    private static void Quotes(DataWriter data, EquatableArray<QuoteModel> quotes, EquatableArray<int> corpusIndexes)
    {
        data.Int(quotes.Count);
        foreach (var quote in quotes)
        {
            data.Text(quote.Text).Int(CorpusIndex(quote.SpeakerIndex, corpusIndexes)).Int(quote.Text.Line).Int(quote.Column).String(quote.Cue)
                .Int(RuntimeEnums.Ordinal(RuntimeEnums.Attribution, quote.Attribution))
                .Int(RuntimeEnums.Ordinal(RuntimeEnums.QuotePlacement, quote.Placement))
                .Int(Thousandths(quote.Confidence));
        }
    }

    private static void Claims(DataWriter data, EquatableArray<ClaimModel> claims, EquatableArray<int> corpusIndexes)
    {
        data.Int(claims.Count);
        foreach (var claim in claims)
        {
            data.Text(claim.Text).Int(RuntimeEnums.Ordinal(RuntimeEnums.ClaimKind, claim.Kind)).Int(CorpusIndex(claim.SourceIndex, corpusIndexes))
                .String(claim.SourceName).Int(claim.Figures.Count);
            foreach (var f in claim.Figures)
            {
                data.String(f.Text).Double(f.Value).Int(RuntimeEnums.Ordinal(RuntimeEnums.FigureKind, f.Kind)).String(f.Unit).Double(f.Base).String(f.Qualifier);
            }
            data.Int(claim.Text.Line).Int(claim.QuoteIndex);
        }
    }

    private static int Thousandths(double confidence) => (int)System.Math.Round(confidence * 1000);

    /// <summary>The corpus index of the article's person <paramref name="index"/>, or -1 for none.</summary>
    private static int CorpusIndex(int index, EquatableArray<int> corpusIndexes) =>
        index >= 0 && index < corpusIndexes.Count ? corpusIndexes[index] : -1;
}
