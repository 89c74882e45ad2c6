namespace Byline.Generator.Extraction;

/// <summary>A quote's speaker, the verb that cues it and the rule that found it.</summary>
internal class QuoteAttribution
{
    public static readonly QuoteAttribution None = new(null, null, AttributionRule.None);

    public QuoteAttribution(PersonEntry? speaker, string? cue, string rule)
    {
        Speaker = speaker;
        Cue = cue;
        Rule = rule;
    }

    public PersonEntry? Speaker { get; }

    public string? Cue { get; }

    public string Rule { get; }

    /// <summary>Whether the text itself names who spoke (a verb and a subject), as opposed to an inference.</summary>
    public bool IsExplicit => Rule is AttributionRule.SpeechVerb or AttributionRule.AccordingTo or AttributionRule.Dash or AttributionRule.Pronoun or AttributionRule.Subject;

    public bool Found => Rule != AttributionRule.None || Cue is not null;
}

/// <summary>The names of the runtime's <c>Byline.Attribution</c> members, as the model carries them.</summary>
internal static class AttributionRule
{
    public const string None = nameof(None);
    public const string SpeechVerb = nameof(SpeechVerb);
    public const string AccordingTo = nameof(AccordingTo);
    public const string Dash = nameof(Dash);
    public const string Pronoun = nameof(Pronoun);
    public const string Continuation = nameof(Continuation);
    public const string SameSentence = nameof(SameSentence);
    public const string Subject = nameof(Subject);
}
