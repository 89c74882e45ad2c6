using System.Linq;
using Byline.Generator.Extraction;
using Xunit;

namespace Byline.Tests.Extraction;

public class PeopleTests
{
    private static Byline.Generator.Model.ArticleModel Extract(string body) => ArticleExtractor.Extract("t.txt", "t.txt", "Test headline for people\n\n" + body);

    [Fact]
    public void Short_forms_join_the_fullest_name()
    {
        var model = Extract("Chancellor Maria Olsen spoke in Oslo on Monday. Later, Olsen left for Brussels.");
        var person = Assert.Single(model.People);
        Assert.Equal("Maria Olsen", person.Name);
        Assert.Equal("Chancellor", person.Role);
    }

    [Fact]
    public void A_titled_surname_is_a_person_even_without_a_first_name()
    {
        var model = Extract("President Ravel will visit next week, officials said.");
        Assert.Equal("Ravel", Assert.Single(model.People).Name);
    }

    [Fact]
    public void Places_organisations_days_and_months_are_not_people()
    {
        var model = Extract("NATO met in Brussels on Monday. The White House and South Carolina officials spoke in March. The European Union agreed.");
        Assert.Empty(model.People);
    }

    [Fact]
    public void A_role_after_the_name_is_taken_from_the_apposition()
    {
        var model = Extract("Tomas Berg, the company's chief executive, said sales rose.");
        Assert.Equal("chief executive", Assert.Single(model.People).Role);
    }
}
