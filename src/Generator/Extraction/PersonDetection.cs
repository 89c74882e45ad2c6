using System;
using System.Collections.Generic;
using System.Linq;

namespace Byline.Generator.Extraction;

/// <summary>
/// How sure Byline is that a name the rules took for a person is one: a learned model over what the name finder saw
/// (<see cref="PersonEntry.Signals"/>: titles, given names, speech, the name's shape, lists), trained by the training
/// command on openly licensed text annotated with people (tests/Byline.Training, <c>people</c>) and carried as
/// <c>Data/people-model.txt</c>. It scores two candidates, the name as a person and "no person", with the weights and
/// temperature of a <see cref="SpeakerModel"/>; the person's probability is the confidence. The rules still decide.
/// </summary>
internal static class PersonDetection
{
    public const string Bias = "bias";

    /// <summary>The one feature of the other candidate: the name is no person.</summary>
    public const string NotPerson = "not-a-person";

    /// <summary>The signals of a person no name-finder decision made (one the project's corrections add).</summary>
    public static readonly IReadOnlyList<string> Unseen = new[] { Bias, "unseen" };

    private static readonly IReadOnlyList<string> s_notPerson = new[] { NotPerson };

    private static readonly Lazy<SpeakerModel> s_shipped = new(() => SpeakerModel.Parse(Lexicon.Lines("people-model")));

    public static SpeakerModel Shipped => s_shipped.Value;

    /// <summary>The two candidates the model ranks: the name as a person, and no person.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Candidates(IReadOnlyList<string> signals) => new[] { signals, s_notPerson };

    /// <summary>The signal of a name the project's byline.json gives as a person's.</summary>
    public const string Known = "known";

    /// <summary>The probability that the name is a person, in thousandths; 1 for a name the project says is a person's.</summary>
    public static double Confidence(IReadOnlyList<string> signals, SpeakerModel? model = null) =>
        signals.Contains(Known) ? 1 : SpeakerModel.Round((model ?? Shipped).Probabilities(Candidates(signals))[0]);
}
