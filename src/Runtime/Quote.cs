namespace Byline;

/// <summary>A direct quotation: words someone said or wrote, inside quotation marks in the article.</summary>
public sealed class Quote
{
    private readonly Data.TextPiece _piece;
    private readonly int _speaker;
    private string? _text;

    internal Quote(Article article, Data.TextPiece text, int speaker, int line, int column, string? cue, Attribution attribution, QuotePlacement placement, double confidence)
    {
        Article = article;
        _piece = text;
        _speaker = speaker;
        Line = line;
        Column = column;
        Cue = cue;
        Attribution = attribution;
        Placement = placement;
        Confidence = confidence;
    }

    /// <summary>What stands between the marks, punctuation included; a quote over several paragraphs joins them with one space.</summary>
    public string Text => _text ??= _piece.Resolve(Article.Source)!;

    /// <summary>Who said it, or <see langword="null"/> when it is an organisation, a document or cannot be told.</summary>
    public Person? Speaker => _speaker >= 0 ? Article.Corpus.Person(_speaker) : null;

    /// <summary>The 1-based line of the file where the quote opens.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the opening mark on <see cref="Line"/>.</summary>
    public int Column { get; }

    /// <summary>The speech verb that attributes the quote ("said", "added"), as written, if there is one.</summary>
    public string? Cue { get; }

    /// <summary>How the speaker was found, so a wrong attribution can be understood and corrected.</summary>
    public Attribution Attribution { get; }

    /// <summary>
    /// How sure Byline is of <see cref="Speaker"/> (or that there is none), from 0 to 1: the probability a speaker model
    /// trained on annotated news gives the rules' choice among every person the article names and no one. Below about
    /// 0.5, review the quote; <see cref="Attribution"/> says which rule chose.
    /// </summary>
    public double Confidence { get; }

    /// <summary>Where in the article the quote stands: body, title, subheading or caption.</summary>
    public QuotePlacement Placement { get; }

    /// <summary>The article the quote is from.</summary>
    public Article Article { get; }

    /// <summary>The quote in quotation marks, with its speaker.</summary>
    public override string ToString() => Speaker is null ? $"\u201C{Text}\u201D" : $"\u201C{Text}\u201D \u2014 {Speaker.Name}";
}

/// <summary>The rule that found a quote's speaker.</summary>
public enum Attribution
{
    /// <summary>No speaker was found, or the quote is no person's ("…," the letter reads; "…," it added).</summary>
    None,

    /// <summary>A speech verb next to the quote names the speaker ("…," Stoltenberg said; "…," said MSNBC host Chris Matthews).</summary>
    SpeechVerb,

    /// <summary>"according to" names the speaker.</summary>
    AccordingTo,

    /// <summary>A dash after the quote names the speaker ("…" — Stoltenberg).</summary>
    Dash,

    /// <summary>A pronoun with a speech verb ("he added"), resolved to the person last named.</summary>
    Pronoun,

    /// <summary>
    /// A paragraph that is only a quote continues the previous quote's speaker, or belongs to the person the paragraph
    /// before it introduces ("Sanders made the following comment:").
    /// </summary>
    Continuation,

    /// <summary>Another quote in the same sentence or paragraph names the speaker.</summary>
    SameSentence,

    /// <summary>
    /// A partial quote with no speech verb, given to the person its sentence opens with (Moss called the plan "rushed"),
    /// or to the subject of a verb of judgement before it ("…, Clinton called half of his supporters "deplorables"").
    /// </summary>
    Subject,

    /// <summary>The project's corrections file (byline.json) names the speaker, or says there is none.</summary>
    Corrected,
}

/// <summary>The part of the article a quote stands in.</summary>
public enum QuotePlacement
{
    /// <summary>A body paragraph.</summary>
    Body,

    /// <summary>The headline.</summary>
    Title,

    /// <summary>A subheading.</summary>
    Subheading,

    /// <summary>A photo caption.</summary>
    Caption,
}
