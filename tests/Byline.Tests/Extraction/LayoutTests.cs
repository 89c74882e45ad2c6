using System.Linq;
using Byline.Generator.Extraction;
using Xunit;

namespace Byline.Tests.Extraction;

public class LayoutTests
{
    private static Byline.Generator.Model.ArticleModel Extract(string text) => ArticleExtractor.Extract("t.txt", "t.txt", text);

    [Theory]
    [InlineData("Image caption Volunteers fill sandbags in Eastford", "Volunteers fill sandbags in Eastford", "")]
    [InlineData("media caption Volunteers fill sandbags", "Volunteers fill sandbags", "")]
    [InlineData("Volunteers fill sandbags in Eastford \u00A9 Lee Grant/Reuters", "Volunteers fill sandbags in Eastford", "Lee Grant/Reuters")]
    [InlineData("Volunteers fill sandbags Photograph: Lee Grant", "Volunteers fill sandbags", "Lee Grant")]
    [InlineData("Volunteers fill sandbags in Eastford. REUTERS/Lee Grant", "Volunteers fill sandbags in Eastford.", "REUTERS/Lee Grant")]
    // A credit line of its own, a photographer and the agency, with or without spaces and a full stop.
    [InlineData("Halvard Quennell / Reuters.", "", "Halvard Quennell / Reuters")]
    [InlineData("Ines Duarte/Getty Images", "", "Ines Duarte/Getty Images")]
    // Or a publisher written in capitals.
    [InlineData("Halvard Quennell/AOL", "", "Halvard Quennell/AOL")]
    // Or glued to the caption's last full stop, as scraped pages leave it.
    [InlineData("Rep. Ines Duarte speaks at the Capitol on July 25, 2019.J. Halvard Quennell / AP file", "Rep. Ines Duarte speaks at the Capitol on July 25, 2019.", "J. Halvard Quennell / AP file")]
    [InlineData("Volunteers fill sandbags in Eastford.CreditCreditLee Grant/The Eastford Times", "Volunteers fill sandbags in Eastford.", "Lee Grant/The Eastford Times")]
    // An agency's name ends a credit that names the photographer and other agencies before it, joined by a slash, a bar, a
    // dash or "via", and opened by "Photo by", "Credit" or a bracket; the caption is what stands before.
    [InlineData("HALVARD QUENNELL/AFP/Getty Images", "", "HALVARD QUENNELL/AFP/Getty Images")]
    [InlineData("Ines B. Duarte via Getty Images.", "", "Ines B. Duarte via Getty Images.")]
    [InlineData("Halvard Quennell | Eastford Times | Getty Images", "", "Halvard Quennell | Eastford Times | Getty Images")]
    [InlineData("quennell/iStock/Getty Images", "", "quennell/iStock/Getty Images")]
    [InlineData("Volunteers fill sandbags in Eastford. (Photo by Lee Grant/Getty Images for Eastford Council)", "Volunteers fill sandbags in Eastford.", "Lee Grant/Getty Images for Eastford Council")]
    [InlineData("Volunteers fill sandbags on Thursday.Lee Grant / AFP - Getty Images", "Volunteers fill sandbags on Thursday.", "Lee Grant / AFP - Getty Images")]
    [InlineData("The council will vote again in May. Credit Lee Grant/Agence France-Presse — Getty Images", "The council will vote again in May.", "Lee Grant/Agence France-Presse — Getty Images")]
    [InlineData("Is the sea wall high enough? (Photo: Getty Images)", "Is the sea wall high enough?", "Getty Images")]
    [InlineData("(Image: quennell / Getty Images)", "", "quennell / Getty Images")]
    [InlineData("(Image: © Shutterstock)", "", "Shutterstock")]
    [InlineData("(Image credit: Halvard Quennell/Eastford Space Corp.)", "", "Halvard Quennell/Eastford Space Corp.")]
    [InlineData("The lander on the pad in Eastford. (Image credit: Eastford Space)", "The lander on the pad in Eastford.", "Eastford Space")]
    // A wire caption that says it is one, however long.
    [InlineData("FILE PHOTO: Volunteers fill sandbags on the bank of the river in Eastford, U.S., March 11, 2024. REUTERS/Lee Grant", "FILE PHOTO: Volunteers fill sandbags on the bank of the river in Eastford, U.S., March 11, 2024.", "REUTERS/Lee Grant")]
    // Names the caption ends with, after no sentence's end or bracket, are the caption's.
    [InlineData("Supporters of Ines Duarte / Getty Images", "Supporters of Ines Duarte", "Getty Images")]
    [InlineData("Volunteers fill sandbags in Eastford Lee Grant/Getty Images", "Volunteers fill sandbags in Eastford Lee Grant", "Getty Images")]
    public void A_caption_line_splits_at_its_label_or_credit_marker(string line, string caption, string credit)
    {
        Assert.True(Credits.TrySplit(line, out var readCaption, out var readCredit));
        Assert.Equal((caption, credit), (readCaption, readCredit));
    }

    [Fact]
    public void A_photographer_glued_to_a_caption_in_the_body_is_no_one_a_pronoun_stands_for()
    {
        var model = Extract("Man pleads guilty to threats\n\nTom Quennell, 55, faces ten years in prison when he is sentenced in the spring.\n\n"
            + "Rep. Ines Duarte speaks at the Capitol on July 25, 2019.J. Halvard Tosk / AP file\n\n"
            + "During the call, he called Duarte a \u201Cterrorist\u201D and said he would hurt her, the office said.\n");
        Assert.DoesNotContain(model.People, p => p.Name.Contains("Tosk"));
        Assert.DoesNotContain(model.Sections.SelectMany(s => s.Paragraphs), p => p.Text.Contains("Tosk"));
        Assert.Equal("Tom Quennell", model.People[Assert.Single(model.Quotes).SpeakerIndex].Name);
    }

    [Theory]
    [InlineData("Volunteers filled sandbags in Eastford on Tuesday morning.")]
    [InlineData("Imagery of the floods spread quickly across the valley.")]
    // A slash between names that is no agency's credit.
    [InlineData("Halvard Quennell / Ines Duarte")]
    [InlineData("Halvard Quennell / Ines Duarte / Tom Lee")]
    // A slash after a full stop that no name of two words stands before.
    [InlineData("The rate fell to 2.5 in 2019.It was a 24/7 job for the team.")]
    // A copyright sign that no holder follows marks nothing; a paragraph glued after a credit is the body's.
    [InlineData("This is no manifesto™© we just think it is worth sharing what we learned.")]
    [InlineData("© Provided by Eastford Times Inc Quennell/Reuters The council voted on Tuesday to rebuild the sea wall that the storm broke, "
        + "and said work would start in the spring. It will cost more than the town spends on roads in a year, and it will take two years to finish.")]
    public void A_line_without_a_label_or_marker_is_no_caption(string line) => Assert.False(Credits.TrySplit(line, out _, out _));

    [Fact]
    public void Photographers_a_bracket_credits_with_photo_by_are_no_one()
    {
        var model = Extract("Label sold in June\n\nThe label was sold in June, Halvard Quennell said on Monday. (Photos by Ines Duarte, left, and Tom Lee/Invision/AP)\n\n"
            + "Quennell said the deal was fair to everyone, and that he had spoken to the singer.\n");
        Assert.Equal(new[] { "Halvard Quennell" }, model.People.Select(p => p.Name));
    }

    [Fact]
    public void A_photographer_credited_on_a_line_of_their_own_is_the_credit_and_no_person()
    {
        var text = "Council backs the sea wall\n\nCouncillors voted on Tuesday to rebuild the sea wall, said Mayor Helen Carter.\n\n" +
            "Halvard Quennell / Reuters.\n\nWorkers inspect the harbour wall in Kingsport on Monday.\n\nWork begins in the spring.\n";
        var model = ArticleExtractor.Extract("/p/a.txt", "a.txt", text);
        Assert.Equal("Halvard Quennell / Reuters", model.Credit?.Text);
        Assert.DoesNotContain(model.People, p => p.Name == "Halvard Quennell");
        Assert.Contains(model.People, p => p.Name == "Helen Carter");
    }

    private const string Post = "Why the river keeps rising\n\nRiver levels across the valley rose again on Tuesday, officials said.\n\n" +
        "Volunteers filled sandbags through the night in Eastford and the towns below it.\n\n" +
        "The weather service expects more rain on Thursday, and the dam is close to its limit.\n\n";

    [Theory]
    // A "By" label on its own line at the top, and the names on the next.
    [InlineData("Why the river keeps rising\n\nBy\n\nHalvard Quennell\n\nRiver levels across the valley rose again on Tuesday, officials said.\n\nVolunteers filled sandbags.\n", 2)]
    // A label under the post: the body above it stays the body.
    [InlineData(Post + "Written on Feb 24 by\n\nHalvard Quennell\n\n" + Bio, 4)]
    [InlineData(Post + "Posted by\n\nHalvard Quennell\n\n" + Bio, 4)]
    public void A_by_label_on_its_own_line_names_the_authors_on_the_next(string text, int paragraphs)
    {
        var model = Extract(text);
        Assert.Equal("Halvard Quennell", Assert.Single(model.Authors));
        Assert.Equal(paragraphs, model.Sections.SelectMany(s => s.Paragraphs).Count());
    }

    private const string Bio = "Halvard Quennell is a freelance writer who has covered the valley's floods for ten years and lives in Eastford.\n";

    [Theory]
    [InlineData("Written by\n\nAdmin\n")]
    [InlineData("Posted by\n\nSaturday Sun\n")]
    public void A_by_label_before_a_line_that_names_no_person_names_no_author(string tail)
    {
        Assert.Empty(Extract(Post + tail).Authors);
    }

    [Theory]
    [InlineData("Maria Olsen's Oscar dress stolen from her hotel room", null)]
    [InlineData("Oscar dress stolen from a hotel room", "Maria Olsen")]
    public void A_name_under_the_headline_that_the_headline_names_is_its_subject_not_its_author(string title, string? author)
    {
        var model = Extract(title + "\n\nMaria Olsen\n\nThe dress, adorned in pearls, was taken from a room at the hotel on Wednesday, police said.\n\n" +
            "Officers were at the hotel on Thursday morning and are looking at security footage.\n");
        Assert.Equal(author, model.Authors.SingleOrDefault());
    }

    private const string Body = "The dress, adorned in pearls, was taken from a room at the hotel on Wednesday, police said.\n\n" +
        "Officers were at the hotel on Thursday morning and are looking at security footage.\n";

    [Theory]
    // A name before the date on one line, which a date line or a breadcrumb could be taken for.
    [InlineData("Greta Mills - Nov 19, 2019, 10:31 pm CST\n\n", "Greta Mills")]
    [InlineData("Greta Mills @gmills / 2 days\n\n", "Greta Mills")]
    // A bare name next to the date, above or below it, or above a handle; in capitals with an outlet.
    [InlineData("Halvard Quennell\n\nNovember 19th, 2019 at 8:40 AM\n\n", "Halvard Quennell")]
    [InlineData("Nov. 18th 2019 12:12 pm PT\n\nHalvard Quennell\n\n@hquennell\n\n", "Halvard Quennell")]
    [InlineData("HALVARD QUENNELL, FUTURISM\n\n18 NOV 2019\n\n", "Halvard Quennell")]
    // A date, then "by" and the name.
    [InlineData("Monday November 18, 2019 7:45 am PST by Halvard Quennell\n\n", "Halvard Quennell")]
    // Under share links, whose closing bracket with no stop before it ends no sentence.
    [InlineData("Click to share on Facebook (Opens in new window)\n\nClick to share on Reddit (Opens in new window)\n\nClick to print this page (Opens in new window)\n\n"
        + "By Halvard Quennell | Special to the Pioneer Press\n\n", "Halvard Quennell")]
    public void A_byline_is_found_where_sites_put_it_under_the_headline(string header, string author)
    {
        var model = Extract("Pearl dress stolen from a hotel room\n\n" + header + Body);
        Assert.Equal(author, Assert.Single(model.Authors));
        Assert.Equal(2, model.Sections.SelectMany(s => s.Paragraphs).Count());
    }

    [Fact]
    public void A_bare_name_under_the_standfirst_next_to_the_date_is_the_byline()
    {
        var model = Extract("Pearl dress stolen from a hotel room\n\nThe dress had been lent to the actress for one night only.\n\nHalvard Quennell\n\nNovember 19, 2019\n\n" + Body);
        Assert.Equal("Halvard Quennell", Assert.Single(model.Authors));
        Assert.Equal(2, model.Sections.SelectMany(s => s.Paragraphs).Count());
    }

    [Theory]
    [InlineData("\u2014 Halvard Quennell", new[] { "Halvard Quennell" })]
    [InlineData("Written by Halvard Quennell", new[] { "Halvard Quennell" })]
    [InlineData("By Halvard Quennell and Greta Mills", new[] { "Halvard Quennell", "Greta Mills" })]
    // Not bylines: a credit for more reporting, a photographer.
    [InlineData("Additional reporting by Halvard Quennell", new string[0])]
    [InlineData("Photographs by Halvard Quennell", new string[0])]
    public void A_byline_signed_at_the_foot_leaves_the_body(string foot, string[] authors)
    {
        var model = Extract("Pearl dress stolen from a hotel room\n\n" + Body + "\n" + foot + "\n");
        Assert.Equal(authors, model.Authors);
        Assert.Equal(authors.Length == 0 ? 3 : 2, model.Sections.SelectMany(s => s.Paragraphs).Count());
    }

    [Fact]
    public void A_name_in_capitals_under_the_last_paragraph_signs_it_and_the_lines_after_it_are_the_tail()
    {
        var model = Extract("Pearl dress stolen from a hotel room\n\n" + Body + "\nJANIE HAR\n\nNews\n\nJason Gough's forecast: A bit of a break, but for how long?\n\nSports\n\nUAlbany football's Eli Mencer overcomes own doubts\n");
        Assert.Equal(new[] { "Janie Har" }, model.Authors);
        Assert.Equal(2, model.Sections.SelectMany(s => s.Paragraphs).Count());
        Assert.Contains(model.RelatedHeadlines, h => h.Text.StartsWith("Jason Gough's forecast", System.StringComparison.Ordinal));
        Assert.Empty(model.People);
        // Not a heading in capitals that no given name opens.
        Assert.Empty(Extract("Pearl dress stolen from a hotel room\n\n" + Body + "\nUP NEXT\n\nThunder: Host the Lakers on Friday.\n").Authors);
    }

    [Fact]
    public void A_box_of_other_headlines_before_the_story_ends_where_a_dateline_opens_it()
    {
        TailAndBody("Pearl dress stolen from a hotel room\n\nClick to email this to a friend, the site says, and share it with all of your neighbours.\n\n"
            + "Most Popular\n\nFire damages Fort Orange Club in Albany\n\nBest of the Capital Region 2019: Pizza\n\nLONDON \u2014 " + Body, related: 2, paragraphs: 3);
    }

    private const string FloodLead = "River levels fall after week of floods\n\nRiver levels across the valley fell on Tuesday for the first time in a week, officials said.\n\n";

    /// <summary>The page's model, after checking how many related headlines and body paragraphs the layout found.</summary>
    private static Byline.Generator.Model.ArticleModel TailAndBody(string text, int related, int paragraphs)
    {
        var model = Extract(text);
        Assert.Equal(related, model.RelatedHeadlines.Count);
        Assert.Equal(paragraphs, model.Sections.SelectMany(s => s.Paragraphs).Count());
        return model;
    }

    [Fact]
    public void A_box_of_other_headlines_in_the_middle_of_the_story_ends_where_two_paragraphs_of_prose_follow()
    {
        var model = TailAndBody(FloodLead
            + "Related articles\n\nFlood warning: Storm to batter the coast as rivers rise\n\nPlague of mosquitos to follow the floods\n\n"
            + "A teaser of another story that the box shows under its headline, cut off before it ends its\n\n"
            + "\u201CThe worst is over,\u201D said Ines Duarte, the valley's flood officer, who has worked through the week.\n\n"
            + "Volunteers filled sandbags in Eastford, and the council said it would pay for the repairs to the sea wall.\n", related: 3, paragraphs: 3);
        Assert.Equal("Ines Duarte", model.People[Assert.Single(model.Quotes).SpeakerIndex].Name);
        // "Related" alone opens such a box too: its headlines name no one the story is about.
        model = TailAndBody(FloodLead
            + "Related\n\nHalvard Quennell Talks Floods, Sandbags and the River Board\n\n"
            + "Volunteers filled sandbags in Eastford on Monday, and the council said it would pay for the repairs.\n\n"
            + "The river is expected to stay high until the weekend, when the rain is forecast to ease across the valley.\n", related: 1, paragraphs: 3);
        Assert.Equal("Halvard Quennell Talks Floods, Sandbags and the River Board", model.RelatedHeadlines[0].Text);
        Assert.Empty(model.People);
    }

    [Fact]
    public void Headlines_with_a_teaser_each_after_the_story_stay_its_tail()
    {
        TailAndBody(FloodLead
            + "The river is still high, and the council said it would pay for the repairs to the sea wall.\n\nRead more\n\n"
            + "Flood warning: Storm to batter the coast\n\nForecasters said the storm would reach the coast on Friday night, with high winds.\n\n"
            + "Plague of mosquitos to follow the floods\n\nExperts said the wet weather would bring a plague of mosquitos to the valley.\n", related: 4, paragraphs: 2);
        // Nor a headline that ends in a question mark, before its teaser.
        TailAndBody(FloodLead
            + "The river is still high, and the council said it would pay for the repairs to the sea wall.\n\nYou might also like\n\n"
            + "Eastford mayor hails the new sea wall as a 'historic day' for the town\n\nWhat is stalling the repairs to the harbour wall?\n\n"
            + "The council has yet to agree who will pay for the repairs, and the engineers say the work cannot wait for the spring.\n\n"
            + "Valley council 'ready' for requests to lift the ban on building by the river after the floods, says its leader\n", related: 4, paragraphs: 2);
    }

    [Fact]
    public void A_line_that_repeats_the_headlines_words_is_no_byline()
    {
        // The headline's own words again, in another order, are a subheading, not a name next to the date.
        Assert.Empty(Extract("Pearl Quennell Dress Stolen\n\nThe dress had been lent to the actress for one night only.\n\nQuennell Pearl\n\nNovember 19, 2019\n\n" + Body).Authors);
    }

    [Fact]
    public void A_bare_name_far_from_any_date_is_no_byline()
    {
        Assert.Empty(Extract("Pearl dress stolen from a hotel room\n\nHalvard Quennell\n\nSection: Crime\n\n" + Body).Authors);
    }

    [Fact]
    public void Dates_captions_and_credits_are_kept_out_of_the_body()
    {
        var model = Extract("River levels fall after week of floods\n\nUpdated 2:15 pm EST, Tuesday, March 12, 2024\n\nPublished 11 March 2024\n\nVolunteers fill sandbags in Eastford (AP Photo/Lee Grant)\n\nRiver levels across the valley fell on Tuesday for the first time in a week, officials said.\n");
        Assert.Equal(new Byline.Generator.Model.DateStamp(2024, 3, 11, 0, 0, 0), model.Published);
        Assert.Equal(new Byline.Generator.Model.DateStamp(2024, 3, 12, 14, 15, -300), model.Updated);
        Assert.Equal("Volunteers fill sandbags in Eastford", model.Caption!.Text);
        Assert.Equal("AP Photo/Lee Grant", model.Credit!.Text);
        Assert.Single(model.Sections.SelectMany(s => s.Paragraphs));
    }

    [Theory]
    // The header line right above a credit that has no caption of its own captions the photo.
    [InlineData("Volunteers fill sandbags in Eastford\n\nLee Grant/Getty Images", "Volunteers fill sandbags in Eastford")]
    // Not a number or a label the page's widgets leave, nor the standfirst many lines above.
    [InlineData("12\n\nLee Grant/Getty Images", null)]
    [InlineData("Key Points\n\nLee Grant/Getty Images", null)]
    [InlineData("The valley's volunteers have filled sandbags for a week.\n\nBy Ines Duarte\n\nShare this story\n\nLee Grant/Getty Images", null)]
    public void A_credit_without_a_caption_takes_the_header_line_right_above_it_if_it_says_something(string header, string? caption)
    {
        var model = Extract("River levels fall after week of floods\n\n" + header + "\n\nRiver levels across the valley fell on Tuesday for the first time in a week, officials said.\n\nThe river is still high.\n");
        Assert.Equal("Lee Grant/Getty Images", model.Credit?.Text);
        Assert.Equal(caption, model.Caption?.Text);
    }

    [Fact]
    public void A_paragraph_glued_after_a_credit_stays_in_the_body()
    {
        const string glued = "\u00A9 Provided by Eastford Times Inc Quennell/Reuters The council voted on Tuesday to rebuild the sea wall that the storm broke, "
            + "and said work would start in the spring. It will cost more than the town spends on roads in a year, and it will take two years to finish.";
        var model = Extract("Council backs the sea wall\n\n" + glued + "\n\nThe harbour master welcomed the vote.\n");
        Assert.Contains(model.Sections.SelectMany(s => s.Paragraphs), p => p.Text == glued);
        Assert.Null(model.Credit);
    }

    [Fact]
    public void Crlf_and_nonbreaking_spaces_never_change_the_text_or_the_lines()
    {
        var text = "A headline here\r\n\r\nThe first\u00A0paragraph has  a break inside it, and it ends here.\r\n";
        var model = Extract(text);
        Assert.Equal(text, model.Text);
        var paragraph = model.Sections.SelectMany(s => s.Paragraphs).Single();
        Assert.Equal("The first paragraph has a break inside it, and it ends here.", paragraph.Text);
        Assert.Equal(3, paragraph.Line);
    }

    [Fact]
    public void Front_matter_overrides_title_and_authors()
    {
        var model = Extract("---\ntitle: Corrected headline\nauthors: Jane Doe, John Roe\nid: corrected\n---\nWrong headline\n\nBody text that is long enough to be a paragraph of the article.\n");
        Assert.Equal("Corrected headline", model.Title.Text);
        Assert.Equal(new[] { "Jane Doe", "John Roe" }, model.Authors);
        Assert.Equal("corrected", model.Id);
    }

    [Fact]
    public void An_unknown_front_matter_key_is_reported_on_its_line()
    {
        var model = Extract("---\ntitel: Typo\n---\nHeadline\n");
        var diagnostic = Assert.Single(model.Diagnostics);
        Assert.Equal("BYL0008", diagnostic.Id);
        Assert.Equal(2, diagnostic.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n")]
    public void An_empty_article_is_reported_and_keeps_its_text(string text)
    {
        var model = Extract(text);
        Assert.Equal("BYL0001", Assert.Single(model.Diagnostics).Id);
        Assert.Equal(text, model.Text);
    }

    [Fact]
    public void A_standfirst_above_the_byline_is_not_the_body()
    {
        var model = Extract("Harbour wall to be rebuilt\n\nThe town's council voted to pay for a new wall this week.\n\nBy Lena Ford - Mar 3, 2024\n\nCouncillors voted on Tuesday to rebuild the wall after the winter storms broke it in two places.\n");
        Assert.Equal(new[] { "Lena Ford" }, model.Authors);
        Assert.StartsWith("Councillors voted", model.Sections[0].Paragraphs[0].Text);
    }

    [Fact]
    public void A_page_that_opens_with_navigation_takes_the_headline_above_the_byline()
    {
        var model = Extract("Health Center\nTools\nNews\nFont Size\nBabies who eat oats early may avoid allergy\nBy Lena Ford\n\nBabies who were given oats early were less likely to develop an allergy, a new study says.\n");
        Assert.Equal("Babies who eat oats early may avoid allergy", model.Title.Text);
        Assert.Equal(new[] { "Lena Ford" }, model.Authors);
    }

    [Theory]
    // The blog's name, the headline, post navigation, then the date and byline.
    [InlineData("The Harbour Blog\nSea wall vote set for March\nPrevious Post\nNext Post\nSeptember 10, 2018 | by Lena Ford\n\n")]
    // Section links, the headline, a standfirst sentence, then a "By" label and the name.
    [InlineData("Opinion\nCommentary\nSea wall vote set for March\nThe council has put off the vote twice, and the winter storms will not wait for a third delay.\nBy\nLena Ford\n\n")]
    // A timestamp line under a short headline is never the headline ("18.11.2019" is a date).
    [InlineData("Sea wall vote set\nColumnists\n21:17 18.11.2019Get short URL\nby Lena Ford\n\n")]
    // Section links, the site's copyright notice and the long headline of another story, then the headline and byline.
    [InlineData("Games\nNews\nVideo\nReviews\n\u00A92019 Harbour Media, LLC. Harbour is among the registered trademarks of Harbour Media, Inc. and may only be used with permission.\nSign In\n" +
        "Daily Deals: More Harbour Deals Are Live, Including Boats, Nets, Ropes, Anchors and Buoys, and More\nSea wall vote set for March\nBy Lena Ford, Harbour Staff\n\n")]
    public void The_headline_is_found_past_navigation_dates_and_standfirsts(string header)
    {
        var model = Extract(header + "Councillors voted on Tuesday to rebuild the wall after the winter storms broke it in two places.\n");
        Assert.StartsWith("Sea wall vote set", model.Title.Text, System.StringComparison.Ordinal);
        Assert.Equal(new[] { "Lena Ford" }, model.Authors);
    }

    [Fact]
    public void A_posted_by_line_is_never_the_headline_and_one_slash_makes_no_breadcrumb()
    {
        var model = Extract("Harbour Quiz 3 / October pack\n\nOctober 5, 2018\n\nPosted by Lena Ford\n\nLeave a comment\n\n" +
            "The new pack has forty questions about the harbour, its boats and the people who built the sea wall.\n");
        Assert.Equal("Harbour Quiz 3 / October pack", model.Title.Text);
        Assert.Equal(new[] { "Lena Ford" }, model.Authors);
    }

    [Theory]
    [InlineData("21:17 18.11.2019", 2019, 11, 18, 21, 17)]
    [InlineData("5:45 AM PST 11/19/2019", 2019, 11, 19, 5, 45)]
    [InlineData("21/06/2014", 2014, 6, 21, 0, 0)]
    [InlineData("18.11.2019 21:17", 2019, 11, 18, 21, 17)]
    [InlineData("2020-01-09", 2020, 1, 9, 0, 0)]
    [InlineData("Published 9 Jan 1999, 7.05pm", 1999, 1, 9, 19, 5)]
    [InlineData("Jan. 9, 2020 at 11:08 a.m.", 2020, 1, 9, 11, 8)]
    public void Numeric_dates_read_day_first_with_dots_and_month_first_with_slashes_unless_the_first_is_past_12(string line, int year, int month, int day, int hour, int minute)
    {
        var date = PublicationDate.Parse(line)!;
        Assert.Equal((year, month, day, hour, minute), (date.Year, date.Month, date.Day, date.Hour, date.Minute));
    }

    [Theory]
    [InlineData("Updated 8:15 am", true)]
    [InlineData("Monday, 3 March 1986", true)]
    [InlineData("Posted by the harbour desk", false)]
    [InlineData("Chapter 12, 13 and 14", false)]
    public void A_date_line_is_a_stamp_with_a_year_or_a_labelled_time_and_little_else(string line, bool dateLine) =>
        Assert.Equal(dateLine, PublicationDate.IsDateLine(line));

    [Fact]
    public void A_lede_that_opens_with_a_titled_name_is_body_not_a_byline()
    {
        var model = Extract("Lawmaker urges action on harbour\nMember of the panel says the town must act.\n\nRep. Ann Lee, the top member of the harbour panel, called on the mayor to act before the storms.\n\n\"We cannot wait,\" Lee said.\n");
        Assert.Empty(model.Authors);
        Assert.Contains(model.Sections.SelectMany(s => s.Paragraphs), p => p.Text.StartsWith("Rep. Ann Lee", System.StringComparison.Ordinal));
    }
    [Theory]
    // A wire's or network's own dateline: the place in title case or none, the agency in brackets, with or without a dash,
    // sometimes run into the text. It is the article's dateline and outlet, not the opening of its first paragraph.
    [InlineData("Hong Kong (CNN Business) A muddled view of the trade talks weighs on investors.", "Hong Kong (CNN Business)", "CNN Business", "A muddled view")]
    [InlineData("(CNN)President Tom Quennell made an unscheduled trip to the hospital on Saturday.", "(CNN)", "CNN", "President Tom Quennell")]
    [InlineData("(Reuters) — The state attorney general is investigating the firm, two people said.", "(Reuters)", "Reuters", "The state attorney general")]
    [InlineData("KINGSPORT (Reuters) - The state attorney general is investigating the firm.", "KINGSPORT (Reuters)", "Reuters", "The state attorney general")]
    public void A_dateline_in_an_agency_s_style_is_read_off_the_first_paragraph(string paragraph, string dateline, string outlet, string opening)
    {
        var model = Extract("Investors wait on the trade talks\n\n" + paragraph + "\n\nThe markets were mixed on Tuesday, traders said.");
        Assert.Equal(dateline, model.Dateline);
        Assert.Equal(outlet, model.Outlet);
        Assert.StartsWith(opening, model.Sections[0].Paragraphs[0].Text);
    }

    [Fact]
    public void A_title_case_opening_without_an_agency_in_brackets_is_no_dateline()
    {
        // "Hong Kong (HSI) started in the red": brackets that hold no agency.
        var model = Extract("Investors wait on the trade talks\n\nHong Kong (HSI) Index started in the red on Tuesday.\n\nThe markets were mixed, traders said.");
        Assert.Null(model.Dateline);
        Assert.StartsWith("Hong Kong (HSI)", model.Sections[0].Paragraphs[0].Text);
    }
}
