using Byline.Generator.Extraction;
using Xunit;

namespace Byline.Tests.Extraction;

public class BylineParserTests
{
    [Theory]
    [InlineData("By Ana LimaJoao Reis", new[] { "Ana Lima", "Joao Reis" })]
    [InlineData("By Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("By Jane Doe, John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("By Rosa ParkerStaff Writer", new[] { "Rosa Parker" })]
    [InlineData("By KAREN LEE WU and OMAR HADID", new[] { "Karen Lee Wu", "Omar Hadid" })]
    [InlineData("By Abby Goodman", new[] { "Abby Goodman" })]
    [InlineData("By Sean McDonald", new[] { "Sean McDonald" })]
    [InlineData("By Lena Ford | Reuters", new[] { "Lena Ford" })]
    [InlineData("By Reuters", new string[0])]
    [InlineData("Ana Lima - Apr 16, 2015 8:02 pm UTC", new[] { "Ana Lima" })]
    [InlineData("by Joel Park January 18, 2017 11:00 PM PST", new[] { "Joel Park" })]
    [InlineData("Rosa Parker, @rosap", new[] { "Rosa Parker" })]
    [InlineData("By Omar Hadid, a senior editor who covers energy.", new[] { "Omar Hadid" })]
    [InlineData("// By Lena Ford \u2022 Nov 11, 2020", new[] { "Lena Ford" })]
    [InlineData("By KAREN WU JAN. 13, 2017", new[] { "Karen Wu" })]
    [InlineData("Greta Mills, Ocean Policy Institute ORG", new[] { "Greta Mills" })]
    [InlineData("By Dr. Jane Doe and Prof. John Roe", new[] { "Jane Doe", "John Roe" })]
    public void Authors_are_separate_full_names(string line, string[] expected)
    {
        Assert.Equal(expected, BylineParser.Parse(line).Authors);
    }

    [Fact]
    public void The_agency_is_kept_as_the_outlet()
    {
        Assert.Equal("Reuters", BylineParser.Parse("By Lena Ford | Reuters").Outlet);
    }

    [Theory]
    [InlineData("Greta Mills, Senior Reporter", true)]
    [InlineData("Greta Mills | BBC News", true)]
    [InlineData("The Museum Of Flight", false)]
    [InlineData("Police said the road would reopen on Monday.", false)]
    public void A_byline_without_By_is_taken_only_when_the_layout_makes_it_clear(string line, bool expected)
    {
        Assert.Equal(expected, BylineParser.IsBylineLine(line, marked: false));
    }
}
