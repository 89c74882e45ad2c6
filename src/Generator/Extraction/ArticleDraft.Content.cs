using System.Collections.Generic;
using System.Linq;
using Byline.Generator.Model;

namespace Byline.Generator.Extraction;

internal sealed partial class ArticleDraft
{
    private NameFinder _names = null!;
    private List<QuoteSpan> _quotes = new();
    private List<QuoteAttribution> _speakers = new();
    private List<ClaimCandidate> _claims = new();
    private BodyView _body = null!;
    private readonly List<(QuoteSpan Span, string Placement, int Line, int Column)> _otherQuotes = new();
    private List<Block>? _headings;

    /// <summary>The subheadings in the order they stand, as the name finder reads them after the title.</summary>
    private List<Block> Headings => _headings ??= _layout.Headings.OrderBy(h => h.Line).ToList();

    /// <summary>The project's notPeople names this article named, removed before speakers were resolved.</summary>
    private List<string> Excluded { get; set; } = new();

    /// <summary>People are read over the body and the title (last, so body mentions come first); quotes and claims over the body.</summary>
    public void ReadPeopleQuotesAndClaims(IReadOnlyCollection<string>? notPeople = null, IReadOnlyCollection<string>? knownPeople = null)
    {
        var texts = _paragraphs.Select(p => p.Text).ToList();
        _body = new BodyView(texts);
        // People are named in the title and subheadings too; those come after the body so body mentions are first.
        var withTitle = new List<string>(texts) { _title.Text };
        withTitle.AddRange(Headings.Select(h => Words.CollapseSpaces(h.Text)));
        var tokens = new List<List<Token>>(_body.Tokens);
        for (var i = texts.Count; i < withTitle.Count; i++) tokens.Add(Tokenizer.Split(withTitle[i]));
        _names = NameFinder.Find(withTitle, tokens, titleParagraph: texts.Count, knownPeople);
        _names.CollectAliases(withTitle);
        if (notPeople is not null) Excluded = _names.Exclude(notPeople);
        // The article's own authors are named in its credit lines ("Reporting by …", "Jeff Foust is the editor of …", "Write to
        // Al Root at …"), which are no part of the news it reports.
        if (_authors.Count > 0) _names.Exclude(_authors);
        _quotes = QuoteFinder.Find(texts);
        _speakers = SpeakerResolver.Resolve(_body, _names, _quotes, out var antecedent);
        _claims = ClaimFinder.Find(_body, _names, _quotes, _speakers, antecedent);
        ReportQuotes();
        FindOtherQuotes();
    }

    private void ReportQuotes()
    {
        for (var q = 0; q < _quotes.Count; q++)
        {
            var quote = _quotes[q];
            var paragraph = _paragraphs[quote.Paragraph];
            var column = paragraph.ColumnOf(quote.Open);
            if (quote.Unclosed) _diagnostics.Add(ArticleExtractor.Diagnostic(DiagnosticIds.UnbalancedQuote, paragraph.Line, column, 1, Preview(quote.Text)));
            else if (_speakers[q].Speaker is null) _diagnostics.Add(ArticleExtractor.Diagnostic(DiagnosticIds.QuoteWithoutSpeaker, paragraph.Line, column, quote.Text.Length + 2, Preview(quote.Text)));
        }
    }

    /// <summary>Quotation marks in the title, subheadings and caption are kept apart from body quotes.</summary>
    private void FindOtherQuotes()
    {
        AddOther(_layout.Title, "Title");
        foreach (var heading in _layout.Headings) AddOther(heading, "Subheading");
        AddOther(_layout.Caption, "Caption");
    }

    private void AddOther(Block? block, string placement)
    {
        if (block is null) return;
        var paragraph = ParagraphText.From(_normalized, block, 0);
        foreach (var span in QuoteFinder.Find(new[] { paragraph.Text }))
        {
            if (!span.Unclosed) _otherQuotes.Add((span, placement, paragraph.Line, paragraph.ColumnOf(span.Open)));
        }
    }

    private static string Preview(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "\u2026";

    public ArticleModel ToModel()
    {
        var people = _names.People.ToList();
        var quotes = new List<QuoteModel>();
        for (var q = 0; q < _quotes.Count; q++)
        {
            var span = _quotes[q];
            var paragraph = _paragraphs[span.Paragraph];
            var attribution = _speakers[q];
            quotes.Add(new QuoteModel(QuoteRef(span.Text, paragraph, span.Open + 1), paragraph.ColumnOf(span.Open), people.IndexOf(attribution.Speaker!), attribution.Cue, attribution.Rule, "Body"));
        }
        foreach (var (span, placement, line, column) in _otherQuotes)
        {
            quotes.Add(new QuoteModel(new TextRef(span.Text, -1, line), column, -1, null, AttributionRule.None, placement));
        }
        var claims = _claims.Select(c => new ClaimModel(
            ClaimRef(c), c.Kind, c.Source is null ? -1 : people.IndexOf(c.Source), c.SourceName, c.Figures.ToEquatableArray(), c.QuoteIndex)).ToEquatableArray();
        return new ArticleModel(
            _filePath, _path, _id, _raw, _title, _authors.ToEquatableArray(), _outlet, _published, _updated, _dateline,
            CaptionRef(_layout.Caption, _layout.CaptionText), CaptionRef(_layout.Credit, _layout.CreditText),
            Sections(), _layout.RelatedHeadlines.Select(b => Ref(Words.CollapseSpaces(b.Text), b)).ToEquatableArray(),
            people.Select(Person).ToEquatableArray(), quotes.ToEquatableArray(), claims, _diagnostics.ToEquatableArray())
        {
            ExcludedNames = Excluded.ToEquatableArray(),
        };
    }

    private PersonModel Person(PersonEntry person)
    {
        var first = _names.Mentions.FirstOrDefault(m => m.Person == person);
        var (line, column) = first.Person is null ? (1, 1) : Position(first.Paragraph, first.Start);
        var aliases = person.Aliases.Where(a => a != person.Name).Distinct().ToEquatableArray();
        return new PersonModel(person.Name, aliases, person.Role, line, column) { Confidence = PersonDetection.Confidence(person.Signals), Office = person.Office };
    }

    /// <summary>Line and column of an offset in a body paragraph, or in the title and subheadings that follow them in the name finder's view.</summary>
    private (int Line, int Column) Position(int paragraph, int offset)
    {
        if (paragraph < _paragraphs.Count) return (_paragraphs[paragraph].Line, _paragraphs[paragraph].ColumnOf(offset));
        var extra = paragraph - _paragraphs.Count;
        var block = extra == 0 ? _layout.Title : Headings.ElementAtOrDefault(extra - 1);
        if (block is null) return (1, offset + 1);
        var text = ParagraphText.From(_normalized, block, 0);
        return (text.Line, text.ColumnOf(offset));
    }

    private TextRef QuoteRef(string text, ParagraphText paragraph, int index) => RawRef(text, paragraph.OffsetInArticle(index), paragraph.Line);

    private TextRef ClaimRef(ClaimCandidate claim)
    {
        var paragraph = _paragraphs[claim.Paragraph];
        return QuoteRef(claim.Sentence.Of(paragraph.Text), paragraph, claim.Sentence.Start);
    }
}
