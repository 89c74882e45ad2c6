namespace Byline.Generator;

/// <summary>Names of the pipeline's steps, so tests can check what ran and what was cached.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string Read = nameof(Read);
    public const string Extract = nameof(Extract);
    public const string Corrections = nameof(Corrections);
    public const string Correct = nameof(Correct);
    public const string Summaries = nameof(Summaries);
    public const string Index = nameof(Index);
    public const string Bind = nameof(Bind);
    public const string Libraries = nameof(Libraries);
    public const string Merge = nameof(Merge);
}
