using System.Text.RegularExpressions;
using Byline.Generator.Extraction;
using Xunit;

namespace Byline.Tests.Extraction;

/// <summary>An expression is interpreted until it has been used often, then compiled, and matches alike in both forms.</summary>
public class TieredRegexTests
{
    private const string Sentence = "The wall has stood for 120 Years and cost $4m.";

    [Fact]
    public void An_expression_is_interpreted_until_used_often_then_compiled()
    {
        var regex = new TieredRegex(@"(?<n>\d+) (?<u>years?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        Assert.False(regex.IsCompiled);
        for (var use = 1; use < TieredRegex.UsesBeforeCompiling; use++) regex.IsMatch(Sentence);
        Assert.False(regex.IsCompiled);

        regex.IsMatch(Sentence);

        Assert.True(regex.IsCompiled);
    }

    [Fact]
    public void Asking_for_compilation_up_front_still_waits_for_the_uses()
    {
        var regex = new TieredRegex(@"\d+", RegexOptions.Compiled);
        regex.Match(Sentence);
        Assert.False(regex.IsCompiled);
    }

    [Fact]
    public void Both_forms_find_the_same_matches_and_number_the_groups_alike()
    {
        var regex = new TieredRegex(@"(?<n>\d+) (?<u>years?)|\$(?<n>\d+)(?<u>m)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        var groups = (regex.GroupNumberFromName("n"), regex.GroupNumberFromName("u"));
        var interpreted = Matches(regex);

        while (!regex.IsCompiled) regex.IsMatch(Sentence);

        Assert.Equal(interpreted, Matches(regex));
        Assert.Equal(groups, (regex.GroupNumberFromName("n"), regex.GroupNumberFromName("u")));
        Assert.Equal(new[] { "120 Years", "$4m" }, interpreted);
    }

    private static string[] Matches(TieredRegex regex)
    {
        var found = new System.Collections.Generic.List<string>();
        for (var match = regex.Match(Sentence); match.Success; match = match.NextMatch()) found.Add(match.Value);
        return found.ToArray();
    }
}
