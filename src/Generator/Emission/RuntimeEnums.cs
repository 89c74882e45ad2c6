using System;

namespace Byline.Generator.Emission;

/// <summary>
/// The members of the runtime's enums in declaration order: records store a value as its position here. The model
/// carries the names; a test checks these lists against the runtime's enums.
/// </summary>
internal static class RuntimeEnums
{
    public static readonly string[] Attribution = { "None", "SpeechVerb", "AccordingTo", "Dash", "Pronoun", "Continuation", "SameSentence", "Subject", "Corrected" };

    public static readonly string[] QuotePlacement = { "Body", "Title", "Subheading", "Caption" };

    public static readonly string[] ClaimKind = { "Statistic", "Reported" };

    public static readonly string[] FigureKind = { "Number", "Percentage", "Money", "Count", "Ratio", "Duration", "Age", "Multiple", "Date" };

    public static int Ordinal(string[] members, string name)
    {
        var ordinal = Array.IndexOf(members, name);
        return ordinal >= 0 ? ordinal : throw new ArgumentException($"'{name}' is no member of the runtime enum that starts with '{members[0]}'.", nameof(name));
    }
}
