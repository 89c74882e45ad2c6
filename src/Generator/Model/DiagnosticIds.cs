namespace Byline.Generator.Model;

/// <summary>The ids of Byline's diagnostics. The descriptors (titles, messages, severities) live in the generator's catalog.</summary>
internal static class DiagnosticIds
{
    public const string EmptyArticle = "BYL0001";
    public const string NoTitle = "BYL0002";
    public const string UnbalancedQuote = "BYL0003";
    public const string QuoteWithoutSpeaker = "BYL0004";
    public const string DuplicateIdentifier = "BYL0005";
    public const string UndecodableText = "BYL0006";
    public const string ArticleTooLarge = "BYL0007";
    public const string UnknownFrontMatterKey = "BYL0008";
    public const string InvalidFrontMatterValue = "BYL0009";
    public const string UnreadableArticle = "BYL0010";
    public const string ExtractionFailed = "BYL0011";
    public const string BinaryArticle = "BYL0012";
    public const string RepairedEncoding = "BYL0013";
    public const string InvalidCorrectionsJson = "BYL0014";
    public const string StaleCorrection = "BYL0015";
    public const string InvalidCorrection = "BYL0016";
    public const string DuplicateLibraryId = "BYL0017";
    public const string IncompatibleLibrary = "BYL0018";
    public const string AmbiguousLibrary = "BYL0019";
}
