namespace Byline.Generator.Model;

/// <summary>
/// One article file as extraction needs it: its text and the MSBuild metadata that names it. Built by a cheap step that
/// reads the options provider, which the compiler hands over as a new object on every build; extraction depends on this
/// record alone, so an unchanged file is not extracted again even in a new build.
/// </summary>
/// <param name="FilePath">Where diagnostics point.</param>
/// <param name="Path">The project-relative path the generated code shows.</param>
/// <param name="ExplicitId">The BylineId metadata, if set.</param>
/// <param name="Text">The decoded text, or null when the file could not be read.</param>
/// <param name="Resource">The embedded resource the build targets name for the file, usable only if <paramref name="Utf8"/>.</param>
/// <param name="Utf8">Whether the compiler decoded the file as UTF-8, as the runtime decodes the resource.</param>
internal sealed record ArticleInput(string FilePath, string Path, string? ExplicitId, string? Text, string? Resource, bool Utf8);
