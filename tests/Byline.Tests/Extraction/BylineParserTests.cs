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
    // A date before the byline, with or without "by".
    [InlineData("Monday November 18, 2019 7:45 am PST by Tomas Reyhill", new[] { "Tomas Reyhill" })]
    [InlineData("September 10, 2018 | by Greta Mills", new[] { "Greta Mills" })]
    [InlineData("5:45 AM PST 11/19/2019 by Greta Mills", new[] { "Greta Mills" })]
    [InlineData("February 1, 2019 | BY: Greta Mills, MS, RDN", new[] { "Greta Mills" })]
    [InlineData("By Greta MillsUpdated Mar 3, 2024", new[] { "Greta Mills" })]
    // Section links after the date and name: not names.
    [InlineData("21/06/2014 Greta Mills All, Books, Kit Reviews, News", new[] { "Greta Mills" })]
    [InlineData("Filed Under:Harbour Wall, storms, Eastford", new string[0])]
    // Blogs: "Posted by" and "Written by", the date after "on", credentials after the name.
    [InlineData("Posted by Lena Fordham on November 19, 2019, 6:21 AM EST", new[] { "Lena Fordham" })]
    [InlineData("Written by Greta Mills, MS, RD on November 14, 2019", new[] { "Greta Mills" })]
    // The name twice, as text and as the author link; an agency or an outlet in capitals glued to the names.
    [InlineData("By Omar Hadid Omar Hadid", new[] { "Omar Hadid" })]
    [InlineData("Omar Hadid Associated Press", new[] { "Omar Hadid" })]
    [InlineData("Karen Lee and Omar Hadid USA TODAY", new[] { "Karen Lee", "Omar Hadid" })]
    // A desk is no author ("Practical Horseman Editorial Staff"); a person's name before "Staff" still is.
    [InlineData("By Harbour Rider Editorial Staff", new string[0])]
    [InlineData("By Harbour Rider Staff", new string[0])]
    [InlineData("By Rosa Parker Editorial Director", new[] { "Rosa Parker" })]
    public void Authors_are_separate_full_names(string line, string[] expected)
    {
        Assert.Equal(expected, BylineParser.Parse(line).Authors);
    }

    [Fact]
    public void The_agency_is_kept_as_the_outlet()
    {
        Assert.Equal("Reuters", BylineParser.Parse("By Lena Ford | Reuters").Outlet);
        Assert.Equal("Associated Press", BylineParser.Parse("Omar Hadid Associated Press").Outlet);
    }

    [Theory]
    // After "By", one name is an author when it is a given name we know or a date follows it.
    [InlineData("September 10, 2018 | by Catherine", new[] { "Catherine" })]
    [InlineData("by Quennell September 15, 2014", new[] { "Quennell" })]
    [InlineData("By Admin", new string[0])]
    [InlineData("By Quennell 3 comments", new string[0])]
    [InlineData("By Staff | May 3, 2019", new string[0])]
    [InlineData("Quennell", new string[0])]
    public void A_single_name_is_an_author_only_after_By_and_where_the_page_confirms_it(string line, string[] expected)
    {
        Assert.Equal(expected, BylineParser.Parse(line).Authors);
    }

    [Theory]
    [InlineData("Greta Mills, Senior Reporter", true)]
    [InlineData("Greta Mills | BBC News", true)]
    [InlineData("The Museum Of Flight", false)]
    [InlineData("Police said the road would reopen on Monday.", false)]
    // A label the page runs into the name: a role, an outlet in capitals, a link.
    [InlineData("Bruce Quennell Senior Contributor", true)]
    [InlineData("Greta MillsView More Articles", true)]
    [InlineData("November 20, 2019 Greta Mills", true)]
    [InlineData("Real Estate Video", false)]
    [InlineData("Practical Horseman Editorial Staff", false)]
    // A number and a word after a name are a result, not a byline's date or time.
    [InlineData("Greta Mills 100 backstroke", false)]
    [InlineData("Greta Mills 3 hours ago", true)]
    public void A_byline_without_By_is_taken_only_when_the_layout_makes_it_clear(string line, bool expected)
    {
        Assert.Equal(expected, BylineParser.IsBylineLine(line, marked: false));
    }
}
