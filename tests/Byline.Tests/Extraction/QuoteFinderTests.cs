using System.Linq;
using Byline.Generator.Extraction;
using Xunit;

namespace Byline.Tests.Extraction;

public class QuoteFinderTests
{
    [Theory]
    [InlineData("She said: \"We will win.\"", new[] { "We will win." })]
    [InlineData("The mayor is \u201Cconfident\u201D the vote will pass.", new[] { "confident" })]
    [InlineData("\u00ABNous gagnerons\u00BB, a-t-il dit.", new[] { "Nous gagnerons" })]
    [InlineData("\"It's the players' night,\" he said, \"and don't forget the '90s.\"", new[] { "It's the players' night,", "and don't forget the '90s." })]
    [InlineData("\"He told me 'never again',\" she said.", new[] { "He told me 'never again'," })]
    [InlineData("The players' union didn't comment.", new string[0])]
    public void Spans_between_double_marks_are_quotes(string paragraph, string[] expected)
    {
        Assert.Equal(expected, QuoteFinder.Find(new[] { paragraph }).Select(q => q.Text));
    }

    [Theory]
    // A tag a scraped page left in its text quotes its attributes' values; they are no one's words. The words it holds may
    // quote someone, and angle brackets around words with no attribute are a title, not a tag.
    [InlineData("<post pic=\"\" author=\"mayorhart\" timestamp=\"1448038800\">I never said \"we will close the bridge\" at all.</post>", new[] { "we will close the bridge" })]
    [InlineData("<post post-author=\" we rate it mostly true\" post-date=\"we rate it mostly true.\">The mayor called it \"a fine bridge for the town.\"", new[] { "a fine bridge for the town." })]
    [InlineData("Visitors watched <Tales of \"the long winter\" and spring> at the theatre.", new[] { "the long winter" })]
    public void Quoted_values_inside_a_tag_are_no_quotes(string paragraph, string[] expected)
    {
        Assert.Equal(expected, QuoteFinder.Find(new[] { paragraph }).Select(q => q.Text));
    }

    [Theory]
    [InlineData("State Del. Marcia \"Cia\" Price shouted to the crowd.", new string[0])]
    [InlineData("John \u201CTig\u201D Tiegen, a former soldier, spoke.", new string[0])]
    [InlineData("Rep. Robert C. \"Bobby\" Scott threw open his yard.", new string[0])]
    // Not between a given name and a surname: speech, or a word set apart.
    [InlineData("The crowd shouted \"Cia\" Price tags were high.", new[] { "Cia" })]
    [InlineData("Marcia \"Cia\" was her name.", new[] { "Cia" })]
    public void A_capitalised_word_quoted_inside_a_name_is_a_nickname(string paragraph, string[] expected)
    {
        Assert.Equal(expected, QuoteFinder.Find(new[] { paragraph }).Select(q => q.Text));
    }

    [Theory]
    // A pronoun on its own in quotation marks is the word mentioned, not speech; a pronoun with other words is speech.
    [InlineData("Why vote for him, unless simply because \"she\" is a \"he\"? A loud-mouthed \"he.\"", new string[0])]
    [InlineData("The novel \"We\" came out in 1924.", new string[0])]
    [InlineData("She said \"we will\" and left.", new[] { "we will" })]
    public void A_pronoun_on_its_own_is_no_quote(string paragraph, string[] expected)
    {
        Assert.Equal(expected, QuoteFinder.Find(new[] { paragraph }).Select(q => q.Text));
    }

    [Theory]
    // Words in title case are a title of a work, unless someone is called so: a verb of calling and its object before them.
    [InlineData("Reports said Vidal called the 1996 pageant winner \"Miss Piggy\" at the time.", new[] { "Miss Piggy" })]
    [InlineData("A Times article hailed Vidal as \"The Comeback Kid\" for his success.", new[] { "The Comeback Kid" })]
    [InlineData("Carvalho cited his references to her as \"Miss Housekeeping\" last week.", new[] { "Miss Housekeeping" })]
    [InlineData("Reports said Vidal called the winner \"Miss Piggy\" and \"Miss Housekeeping\" at the time.", new[] { "Miss Piggy", "Miss Housekeeping" })]
    // Not the title a verb of calling names right after it, nor one an article or preposition stands before, nor one after another quote.
    [InlineData("She starred in a film called \"Wild Rose\" last year.", new string[0])]
    [InlineData("The two presidents introduced the \"War On Drugs\" in the 1970s.", new string[0])]
    [InlineData("The attack was launched by a user labelled \"Anonymous\", on the website \"Insurgency Wiki\", a forum.", new[] { "Anonymous" })]
    public void A_title_someone_is_called_is_a_quote(string paragraph, string[] expected)
    {
        Assert.Equal(expected, QuoteFinder.Find(new[] { paragraph }).Select(q => q.Text));
    }

    [Theory]
    [InlineData("\u201CI would rather live with what he calls \u201Cchaos\u201D than with him,\u201D she wrote.", new[] { "I would rather live with what he calls \u201Cchaos\u201D than with him," })]
    [InlineData("\"It would not be called \"research\", would it?\" he asked.", new[] { "It would not be called \"research\", would it?" })]
    // A mark that opens a sentence inside a quote starts the next quote of a writer who never closed the last one.
    [InlineData("\"We start today. \"The plan is ready,\" she said. \"Go.\"", new[] { "We start today. \"The plan is ready,", "Go." })]
    // With no second closing mark to come, a mark inside a quote is a stray one, not a quote within it.
    [InlineData("\u201CThe club calls it \u201Cfair play\u201D she said.", new[] { "The club calls it \u201Cfair play" })]
    public void A_quote_inside_a_quote_is_part_of_it(string paragraph, string[] expected)
    {
        Assert.Equal(expected, QuoteFinder.Find(new[] { paragraph }).Select(q => q.Text));
    }

    [Fact]
    public void A_quote_over_two_paragraphs_is_one_quote()
    {
        var quotes = QuoteFinder.Find(new[] { "\"The first part goes on.", "\"And the second part ends here,\" she said." });
        var quote = Assert.Single(quotes);
        Assert.Equal("The first part goes on. And the second part ends here,", quote.Text);
        Assert.Equal(0, quote.Paragraph);
        Assert.Equal(1, quote.EndParagraph);
    }

    [Theory]
    [InlineData("\u201CThe roof can save power.", "It offsets the air conditioning,\u201D said Ana Ruiz. \u201CEven at noon.\u201D", "The roof can save power. It offsets the air conditioning,", "Even at noon.")]
    [InlineData("She said: \"The roof can save power.", "It offsets the air conditioning,\" she said. \"Even at noon.\"", "The roof can save power. It offsets the air conditioning,", "Even at noon.")]
    public void A_quote_goes_on_into_a_paragraph_whose_first_mark_closes_it(string first, string second, string joined, string after)
    {
        var quotes = QuoteFinder.Find(new[] { first, second });
        Assert.Equal(new[] { joined, after }, quotes.Select(q => q.Text));
        Assert.Equal((0, 1), (quotes[0].Paragraph, quotes[0].EndParagraph));
        Assert.False(quotes[0].Unclosed);
    }

    [Fact]
    public void An_unclosed_mark_runs_to_the_end_of_its_paragraph_and_is_flagged()
    {
        var quotes = QuoteFinder.Find(new[] { "He said \"this never closes.", "Next paragraph is plain." });
        var quote = Assert.Single(quotes);
        Assert.True(quote.Unclosed);
        Assert.Equal("this never closes.", quote.Text);
    }

    [Theory]
    [InlineData("He watches \"Morning Roundup\" every day.")]
    [InlineData("She starred in \"The Long Road Home\" last year.")]
    [InlineData("The post linked \"pic.example.com/x1\" and \"1474387200\".")]
    // "&" and brackets in a title, "The" and one word, and a book's title of up to ten words.
    [InlineData("She was a guest on \u201CBreakfast & Friends\u201D on Monday.")]
    [InlineData("The band closed with \u201CHarbour Lights (Reprise)\u201D at midnight.")]
    [InlineData("He was a contestant on \u201CThe Contender,\u201D a reality show.")]
    [InlineData("Her book, \u201CTides: How Coastal Towns Learned to Live With the Sea,\u201D came out in May.")]
    public void Titles_of_works_and_embed_noise_are_not_quotes(string paragraph)
    {
        Assert.Empty(QuoteFinder.Find(new[] { paragraph }));
    }

    [Theory]
    // One capitalised word right after an article or a preposition names a work, a label or a term.
    [InlineData("Lena, who phoned in from the Chicago set of \u201CFargo,\u201D had a similar experience.", new string[0])]
    [InlineData("Every site that has a \"Like\" button tells the network you came.", new string[0])]
    [InlineData("He said so on an episode of \u201CDWTS.\u201D", new string[0])]
    [InlineData("The car goes faster when the driver shifts to \u201CS\u201D and brakes late.", new string[0])]
    [InlineData("The studio owns classic fare, including \u201CMary Poppins\u201D and \u201CBambi.\u201D", new string[0])]
    // After a verb it is speech; so is a cry, with its mark; and a word in lower case is a partial quote.
    [InlineData("Asked if he would run again, he said \u201CAbsolutely.\u201D", new[] { "Absolutely." })]
    [InlineData("He was greeted with chants of \"Bobby!\" at the rally.", new[] { "Bobby!" })]
    [InlineData("The mayor called it an example of \u201Creckless\u201D spending.", new[] { "reckless" })]
    public void One_capitalised_word_after_an_article_or_preposition_names_a_thing(string paragraph, string[] expected)
    {
        Assert.Equal(expected, QuoteFinder.Find(new[] { paragraph }).Select(q => q.Text));
    }

    [Theory]
    // Speech in title case: lower-case "the" with one word, a long quote that opens with a pronoun's contraction, a question.
    [InlineData("He said he loved \u201Cthe Hispanics\u201D at the rally.", "the Hispanics")]
    [InlineData("\u201CThat\u2019s Jeb Bush And Marco Rubio Again,\u201D he said.", "That\u2019s Jeb Bush And Marco Rubio Again,")]
    [InlineData("\u201CWho Will Pay For The New Wall?\u201D she asked.", "Who Will Pay For The New Wall?")]
    public void Title_case_speech_is_a_quote(string paragraph, string expected)
    {
        Assert.Equal(expected, Assert.Single(QuoteFinder.Find(new[] { paragraph })).Text);
    }

    [Fact]
    public void Two_apostrophes_stand_for_a_double_mark_in_old_wire_copy()
    {
        var model = ArticleExtractor.Extract("t.txt", "t.txt", "Wire headline\n\n''This is not reform,'' said Hal Brink, an economist. ''It is tinkering.''\n");
        var quotes = model.Quotes.Select(q => q.Text.Text).ToList();
        Assert.Equal(new[] { "This is not reform,", "It is tinkering." }, quotes);
        Assert.Equal("\"This is not reform,\" said Hal Brink, an economist. \"It is tinkering.\"", model.Sections[0].Paragraphs[0].Text);
    }
    [Fact]
    public void Two_curly_single_marks_stand_for_a_double_mark_and_three_do_not()
    {
        var model = ArticleExtractor.Extract("t.txt", "t.txt", "Wire headline\n\n\u201CThis is not reform,\u2019\u2019 Hal Brink, an economist, told reporters. \u2018\u2018It is tinkering.\u2019\u2019\n\nThe players\u2019\u2019\u2019 union met.\n");
        var quotes = model.Quotes.Select(q => q.Text.Text).ToList();
        Assert.Equal(new[] { "This is not reform,", "It is tinkering." }, quotes);
        Assert.Equal("Hal Brink", model.People[model.Quotes[0].SpeakerIndex].Name);
        Assert.Equal("\u201CThis is not reform,\u201D Hal Brink, an economist, told reporters. \u201CIt is tinkering.\u201D", model.Sections[0].Paragraphs[0].Text);
        Assert.Equal("The players\u2019\u2019\u2019 union met.", model.Sections[0].Paragraphs[1].Text);
    }
}
