using System.Linq;
using Byline.Generator.Extraction;
using Xunit;

namespace Byline.Tests.Extraction;

public class PeopleTests
{
    private static Byline.Generator.Model.ArticleModel Extract(string body) => ArticleExtractor.Extract("t.txt", "t.txt", "Test headline for people\n\n" + body);

    /// <summary>The name of the one person the body names.</summary>
    private static string OnlyPerson(string body) => Assert.Single(Extract(body).People).Name;

    /// <summary>That the body names one person, <paramref name="name"/>, who speaks its one quote.</summary>
    private static void OnlySpeaker(string body, string name)
    {
        var model = Extract(body);
        Assert.Equal(name, Assert.Single(model.People).Name);
        Assert.Equal(0, Assert.Single(model.Quotes).SpeakerIndex);
    }

    [Theory]
    // A name no list knows is a person's when "his", "himself" or "herself" follows its verb, or "and his" someone of theirs.
    [InlineData("Oriel Vantusk missed his third straight game with a knee sprain.", "Oriel Vantusk")]
    [InlineData("Oriel Vantusk has made himself the favourite for the seat.", "Oriel Vantusk")]
    [InlineData("In 1971, the sailor Oriel Vantusk and her family were cast adrift in the Pacific.", "Oriel Vantusk")]
    public void A_name_a_personal_pronoun_refers_back_to_is_a_person(string body, string name) => Assert.Equal(name, OnlyPerson(body));

    [Theory]
    // Not after a determiner, a possessive or a number, nor with a preposition or "and" before a pronoun of someone else.
    [InlineData("Officials say the mayor shows disregard for the Harbour Charter with his actions on the wall.")]
    [InlineData("The town praised the work after Storm Dagmar and his ability to raise funds.")]
    [InlineData("Meanwhile the fund's Third Point aimed his sights at the chemical firm.")]
    [InlineData("The lawyer who ran three Harbour Marathons before his knee gave out now coaches.")]
    public void A_thing_a_pronoun_follows_is_no_person(string body) => Assert.Empty(Extract(body).People);

    [Theory]
    // A first and last name no list knows, after a list member named in full as a person, is a person.
    [InlineData("The club said on Monday that the squad includes Thomas Robinson, Oriel Vantusk and Daniel Green for the trip.", "Oriel Vantusk")]
    [InlineData("The club said on Monday that the squad includes Thomas Robinson and Oriel Vantusk for the trip.", "Oriel Vantusk")]
    [InlineData("The club said on Monday that the squad includes Thomas Robinson, Oriel Vantusk, and Daniel Green for the trip.", "Oriel Vantusk")]
    // A surname shaped like a nationality ("Ranieri", "Tonioli") is a surname after a given name.
    [InlineData("The club said on Monday that the squad includes Thomas Robinson, Oriel Ranieri and Daniel Green for the trip.", "Oriel Ranieri")]
    // And before one, when "and" joins it to a full name with a known given name that ends the list.
    [InlineData("He went on to play under Oriel Vantusk and Thomas Robinson at the club.", "Oriel Vantusk")]
    [InlineData("Tributes came from musicians as diverse as Bono, Oriel Vantusk and Thomas Robinson.", "Oriel Vantusk")]
    public void A_name_in_a_list_after_a_person_is_a_person(string body, string name) =>
        Assert.Contains(name, Extract(body).People.Select(p => p.Name));

    [Theory]
    // Not first in the list, not after a member only the list made a person (a list may go on from people to bands), not
    // after a town ("from Cole Harbour, Nova Scotia, came"), nor after a short form; nor a name with a common word.
    [InlineData("The club said on Monday that the squad includes Oriel Vantusk, Thomas Robinson and Daniel Green.", "Oriel Vantusk")]
    [InlineData("It was behind Eminem, Justin Timberlake, Oriel Vantusk and Daft Punk in the chart this week.", "Daft Punk")]
    [InlineData("A student from Daniel Harbour, Oriel Vantusk, came in to help on Monday.", "Oriel Vantusk")]
    [InlineData("Thomas Robinson spoke. The club said on Monday that Robinson and Oriel Vantusk would travel.", "Oriel Vantusk")]
    [InlineData("Thomas Robinson spoke. The club said that the squad includes Thomas Robinson and Golden Vantusk, a golden horse.", "Golden Vantusk")]
    // A nationality first is no given name: "Italian Vogue" after a person is a magazine.
    [InlineData("The cover went to Thomas Robinson and Italian Vantusk, the magazine said on Monday.", "Italian Vantusk")]
    // Before a person: not after a determiner, nor with a title in the plural, nor before a name with a common word.
    [InlineData("He bought the Oriel Vantusk and Thomas Robinson records in one go.", "Oriel Vantusk")]
    [InlineData("He served under Presidents Vantusk and Thomas Robinson in the 1980s.", "Presidents Vantusk")]
    [InlineData("He went on to play under Oriel Vantusk and Thomas Robinson Foundation in the town.", "Oriel Vantusk")]
    public void A_name_in_a_list_with_no_person_before_it_is_not_made_a_person(string body, string name) =>
        Assert.DoesNotContain(name, Extract(body).People.Select(p => p.Name));

    [Theory]
    // "I" and its verb after a title are no one's name; a name that starts "I'" and a capital is ("Lisa I'Anson").
    [InlineData("\u201CIf the plan goes ahead, the mayor I'll be asking to resign,\u201D Maria Olsen said.", "Maria Olsen")]
    [InlineData("Officials say the new councillor I\u2019ve never met has resigned. Maria Olsen said so on Monday.", "Maria Olsen")]
    [InlineData("The presenter Lisa I'Anson said the show would return.", "Lisa I'Anson")]
    public void A_pronoun_and_its_verb_is_no_name(string body, string name) => Assert.Equal(name, OnlyPerson(body));

    [Fact]
    public void A_word_the_article_writes_in_lower_case_is_not_part_of_a_name()
    {
        const string withSpeech = "His speech was long. Chancellor Maria Olsen Speech drew crowds, officials said.";
        const string withoutSpeech = "Chancellor Maria Olsen Speech drew crowds, officials said.";
        Assert.Equal("Maria Olsen", Assert.Single(Extract(withSpeech).People).Name);
        // Another article's lower-case words are not this one's, even read right after it on the same thread.
        var alone = Extract(withoutSpeech).People.Select(p => p.Name).ToList();
        Extract(withSpeech);
        Assert.Equal(alone, Extract(withoutSpeech).People.Select(p => p.Name).ToList());
        Assert.DoesNotContain("Maria Olsen", alone);
    }

    [Theory]
    // The small words of an organisation's name may stand in the role; a title before "of" still ends it.
    [InlineData("Rashad Robinson, Color of Change's executive director, said the group would press on.", "Rashad Robinson", "Color of Change's executive director")]
    [InlineData("Kamal Kanth, Commerce and Industry Minister, said exports rose.", "Kamal Kanth", "Commerce and Industry Minister")]
    [InlineData("John Kerr, Secretary of State, said the talks went well.", "John Kerr", "Secretary")]
    [InlineData("Keron Blair, executive director of AROS, called for more school investment.", "Keron Blair", "executive director")]
    [InlineData("Vann Newkirk, a writer for The Atlantic, disagreed.", "Vann Newkirk", "writer")]
    // An apposition's title may go on with where the person is from or works ("from", "in", "with"); it ends at its sentence.
    [InlineData("Naureen Jahangir, a supporter from Hemet, California, is among those who will not back the mayor.", "Naureen Jahangir", "supporter")]
    [InlineData("\"We are worried,\" said Mark Dalton, a music analyst with Jupiter Research.", "Mark Dalton", "music analyst")]
    [InlineData("\"It is a new test,\" said Lucia Caudet, a Commission spokesperson. The proposal still needs approval from other commissioners.", "Lucia Caudet", "Commission spokesperson")]
    // The word that opens the sentence and a determiner are not part of a role before the name.
    [InlineData("But Labour former minister Jack Cunningham said the plan would fail.", "Jack Cunningham", "Labour former minister")]
    [InlineData("As House Speaker Paul Ryan said, the vote will wait.", "Paul Ryan", "House Speaker")]
    [InlineData("For Democratic front-runner Hillary Rodham Clinton, the night went well, aides said.", "Hillary Rodham Clinton", "Democratic front-runner")]
    [InlineData("The actor Mark Rylance said the play would return.", "Mark Rylance", "actor")]
    // An institution's name is part of the role, whatever its words, with its legal form ("Co.") and without the sentence's opener.
    [InlineData("Walt Disney Co. executive Kevin Mayer said demand was high.", "Kevin Mayer", "Walt Disney Co. executive")]
    [InlineData("The Acme Co. executive Kevin Mayer said demand was high.", "Kevin Mayer", "Acme Co. executive")]
    [InlineData("\"It is close,\" said Monmouth University political scientist Patrick Murray.", "Patrick Murray", "Monmouth University political scientist")]
    [InlineData("National Audit Office chief John Bourn said the scheme was a waste.", "John Bourn", "National Audit Office chief")]
    // So is a place's name that ends like one ("City", "County", "Island").
    [InlineData("\"We came up short,\" Oklahoma City coach Billy Donovan said.", "Billy Donovan", "Oklahoma City coach")]
    [InlineData("Former prosecutor and New York City Mayor Rudy Giuliani said the plan would fail.", "Rudy Giuliani", "New York City Mayor")]
    [InlineData("Polk County GOP Chairman Will Rogers said the plan would fail.", "Will Rogers", "Polk County GOP Chairman")]
    public void Lower_case_role_words_before_a_title_noun_make_an_apposition(string body, string name, string role) =>
        AssertOnePerson(body, name, role);

    [Fact]
    public void Each_name_of_a_paragraph_has_its_own_apposition()
    {
        // The roles read after names are kept for the names asked of again: by the paragraph and where each name ends.
        var people = Extract("Oriel Vantusk, the mayor, met Dana Quillfeather, a senior adviser, and Nils Ostrander, Commerce and Industry Minister, on Monday.").People;
        Assert.Equal(
            new (string, string?)[] { ("Oriel Vantusk", "mayor"), ("Dana Quillfeather", "senior adviser"), ("Nils Ostrander", "Commerce and Industry Minister") },
            people.Select(p => (p.Name, p.Role)).ToArray());
    }

    [Theory]
    // A middle initial or a generational suffix more or less names the same person; not beside another of the family, nor
    // with another suffix.
    [InlineData("Donna J. Vantusk spoke in Ohio on Monday. Later, Donna Vantusk met the mayor of Dayton.", "Donna J. Vantusk")]
    [InlineData("Marcus Quillfeather Jr. spoke in Ohio on Monday. Later, Marcus T. Quillfeather met the mayor of Dayton.", "Marcus Quillfeather Jr.")]
    [InlineData("George W. Quillfeather and his wife, Laura Quillfeather, came. The first President George Quillfeather did not come.", "George W. Quillfeather|Laura Quillfeather|George Quillfeather")]
    [InlineData("Charles Vantusk Jr. spoke in Ohio on Monday. Later, Charles Vantusk III met the mayor of Dayton.", "Charles Vantusk Jr.|Charles Vantusk III")]
    public void A_middle_initial_more_or_less_names_the_same_person(string body, string names) =>
        Assert.Equal(names.Split('|'), Extract(body).People.Select(p => p.Name));

    [Theory]
    // A slip of the keyboard names the same person: a letter swapped, added, dropped or changed in a surname, alone or
    // after the same given name, or an "s" for a possessive's apostrophe after a full name.
    [InlineData("Jose Quillfeather, head of research, spoke. The tax could fuel a black market, Mr Quillfeahter said.", "Jose Quillfeather")]
    [InlineData("Angela Vantusk spoke in Ohio on Monday. Later, Angela Vanntusk met the mayor of Dayton.", "Angela Vantusk")]
    [InlineData("Wayne Vantusk played on Sunday. Wayne Vantusks goal won the game for the club.", "Wayne Vantusk")]
    // Not after another given name.
    [InlineData("Angela Vantusk spoke in Ohio on Monday. Later, Andrea Vanntusk met the mayor of Dayton.", "Angela Vantusk|Andrea Vanntusk")]
    public void A_misspelt_name_names_the_same_person(string body, string names) =>
        Assert.Equal(names.Split('|'), Extract(body).People.Select(p => p.Name));

    [Theory]
    [InlineData("Barrionuevo", "Barrioneuvo", true)] // swapped
    [InlineData("Kittinger", "Kitttinger", true)] // added
    [InlineData("Giuliani", "Giulini", true)] // dropped
    [InlineData("Schneiderman", "Schneidermen", true)] // changed
    [InlineData("Sharpton", "SHARPTON", false)] // the same, but for case
    [InlineData("Smith", "Smythe", false)]
    [InlineData("Barrionuevo", "Barionueva", false)] // two apart
    public void Words_one_edit_apart(string a, string b, bool apart)
    {
        Assert.Equal(apart, NameFinder.OneEditApart(a, b));
        Assert.Equal(apart, NameFinder.OneEditApart(b, a));
    }

    [Theory]
    // Nor is a surname alone with an "s" more (the family), or a word that is a given name, a misspelling of a surname.
    [InlineData("Bill Vantusk spoke in Ohio on Monday. The Vantusks left early, said Quillfeather, who was there.")]
    [InlineData("Bobby Allison spoke in Ohio on Monday. \"It was a fine day,\" said Alison, a student.")]
    public void A_family_or_a_given_name_is_no_misspelling_of_a_surname(string body) =>
        Assert.Empty(Extract(body).People[0].Aliases);

    [Theory]
    // Letters after a name for an office or an honour are no part of it, and the name still speaks.
    [InlineData("The chairman of the Bar Council, Guy Vantusk QC warned there was a \"real risk\" of harm.", "Guy Vantusk")]
    [InlineData("Former welfare minister Frank Quillfeather MP said the plan was \"a load of nonsense\".", "Frank Quillfeather")]
    public void Post_nominal_letters_are_no_part_of_a_name(string body, string name)
    {
        var article = Extract(body);
        Assert.Equal(name, Assert.Single(article.People).Name);
        Assert.Equal(0, Assert.Single(article.Quotes).SpeakerIndex);
    }

    [Theory]
    // A speech verb after a comma with its own subject after it ("say officials") is not the verb of the name before the
    // comma, when "the" stands before that name; a name set off by commas still speaks through the verb after it.
    [InlineData("He is the third to catch the disease dubbed the Black Death, say officials.", null)]
    [InlineData("An Israeli blogger, Tal Vantusk, reported this week that she had a video.", "Tal Vantusk")]
    public void A_name_before_an_inverted_speech_verb_is_not_its_subject(string body, string? name) =>
        Assert.Equal(name is null ? new string[0] : new[] { name }, Extract(body).People.Select(p => p.Name));

    [Theory]
    // A known given name is no person on its own where capitalised words go on after the name: the title of a work, a
    // firm, a day named after someone.
    [InlineData("I thought Love Will Tear Us Apart should have won the prize.", null)]
    [InlineData("The tour, called Jeb Can Fix It, stopped in Concord.", null)]
    [InlineData("He was runner-up for the International James Dyson Award this year.", null)]
    [InlineData("The debate was held on the eve of Martin Luther King Day in Charleston.", null)]
    // It still is where the name ends the run, or only an honour's letters follow it.
    [InlineData("The claims are made in a book published this week by Philippe Sands QC on Monday.", "Philippe Sands")]
    [InlineData("The claims are made in a book published this week by Philippe Sands on Monday.", "Philippe Sands")]
    public void A_given_name_inside_a_longer_run_needs_more_than_itself(string body, string? name) =>
        Assert.Equal(name is null ? new string[0] : new[] { name }, Extract(body).People.Select(p => p.Name));

    [Theory]
    // A title won stands before its holder's name as any title does; before a country, it names a team.
    [InlineData("He beat world indoor champion Savante Quillfeather of the USA in the long jump.", "Savante Quillfeather")]
    [InlineData("Spain will play defending champion Croatia on Wednesday.", null)]
    // Nor is a brand whose parts a capital joins ("official MagSafe").
    [InlineData("Figures bear out that the removal of official MagSafe has caused no increase in repairs.", null)]
    public void A_champion_is_a_person_and_a_country_or_a_brand_after_a_title_is_not(string body, string? name) =>
        Assert.Equal(name is null ? new string[0] : new[] { name }, Extract(body).People.Select(p => p.Name));

    [Theory]
    // An occupation no list holds, known by its form, stands before a name no list knows as a title does, and is the role.
    [InlineData("In 2005, the immunologist Oriel Vantusk showed that the cells respond.", "Oriel Vantusk", "immunologist")]
    [InlineData("In 2005, biochemist Oriel Vantusk showed that the cells respond.", "Oriel Vantusk", "biochemist")]
    [InlineData("Former speechwriter Oriel Vantusk published a column on Monday.", "Oriel Vantusk", "Former speechwriter")]
    public void An_occupation_known_by_its_form_is_a_title_before_a_name(string body, string name, string role) =>
        AssertOnePerson(body, name, role);

    [Theory]
    // Given names the list holds: "Jakob" after a noun no list knows, "Letitia" met once, whom "she" stands for.
    [InlineData("Locksley and his postdoc Jakob von Moltke were homing in on the cells.", "Jakob von Moltke")]
    [InlineData("On Monday the council met Letitia Vantusk in the town hall.", "Letitia Vantusk")]
    public void A_listed_given_name_makes_a_person(string body, string name) => Assert.Equal(name, OnlyPerson(body));

    [Theory]
    // A known given name set off by commas after someone's kin is that person, named once, and speaks as "she".
    [InlineData("Bernie Sanders spoke in Ohio. On CNN Tuesday, his wife, Jane, called for an open primary. \"Shutting people out is not smart,\" she said.", "Jane")]
    [InlineData("Donald Trump spoke in Ohio. On Monday, Trump's wife, Melania, spoke to the delegates. \"He is kind,\" she said.", "Melania")]
    public void A_given_name_set_off_after_a_kin_noun_is_a_person(string body, string name)
    {
        var model = Extract(body);
        Assert.Equal(name, model.People[Assert.Single(model.Quotes).SpeakerIndex].Name);
    }

    [Theory]
    // Not a word that is no given name ("his team, Liverpool,"), nor one that no comma closes ("his wife Jane Smith").
    [InlineData("Bernie Sanders spoke in Ohio. On Tuesday his team, Harbour, called for an open primary.")]
    [InlineData("Bernie Sanders spoke in Ohio. On Tuesday, his wife, Jane and the children called for an open primary.")]
    public void A_word_after_a_kin_noun_that_is_no_set_off_given_name_is_no_one(string body) =>
        Assert.Equal(new[] { "Bernie Sanders" }, Extract(body).People.Select(p => p.Name));

    [Fact]
    public void Words_that_close_a_quote_are_not_the_subject_of_the_verb_after_it()
    {
        // "… trade concerns and Hong Kong,” said Jeffrey Halley": the verb's subject is the name after it.
        var model = Extract("\"Attention will remain focused on trade concerns and Harbour Point,\" said Oriel Vantusk, a market analyst.");
        Assert.Equal(new[] { "Oriel Vantusk" }, model.People.Select(p => p.Name));
    }

    [Theory]
    // Two words joined by a capital name a brand ("WeWork", "SeaWorld", "EgyptAir"), which is no lone person; a surname's
    // prefix ("McDonald", "DeSantis") and a handle with a given name in it ("PlutoPete") do not.
    [InlineData("WeWork", true)]
    [InlineData("SeaWorld", true)]
    [InlineData("EgyptAir", true)]
    [InlineData("PizzaExpress", true)]
    [InlineData("McDonald", false)]
    [InlineData("DeSantis", false)]
    [InlineData("LeBron", false)]
    [InlineData("PlutoPete", false)]
    [InlineData("Parry", false)]
    public void A_word_joined_by_a_capital_is_a_brand_unless_a_name_shows_in_it(string word, bool brand) =>
        Assert.Equal(brand, NameFinder.IsJoinedBrand(word));

    [Fact]
    public void A_lone_brand_that_speaks_is_no_person_while_a_lone_surname_is()
    {
        Assert.Empty(Extract("WeWork said on Monday that jobs would go.\n\n\"We are focused,\" WeWork said. \"It is hard,\" WeWork added.").People);
        Assert.Equal(new[] { "McTavish" }, Extract("McTavish said on Monday that jobs would go.\n\n\"We are focused,\" McTavish said. \"It is hard,\" McTavish added.").People.Select(p => p.Name));
    }

    [Theory]
    // A person's surname before another word names a thing of theirs ("the Warhol Polaroids"), not someone new; not a
    // family name written first ("Wong Yeung-tat" beside "Raymond Wong"), nor a given name ("Jordan Henderson" beside
    // "Michael Jordan").
    [InlineData("Andy Vantusk took them. The exhibits include Vantusk Polaroid shots, and Polaroid cameras.", new[] { "Andy Vantusk" })]
    [InlineData("Raymond Wong spoke for the party. Wong Yeung-tat spoke against it.", new[] { "Raymond Wong", "Wong Yeung-tat" })]
    [InlineData("Michael Jordan watched the game. Jordan Henderson scored twice.", new[] { "Michael Jordan", "Jordan Henderson" })]
    public void A_person_s_surname_before_another_word_names_no_one_new(string body, string[] people) =>
        Assert.Equal(people, Extract(body).People.Select(p => p.Name));

    [Fact]
    public void A_headline_adds_no_occupation_to_a_full_name_the_body_gives()
    {
        // "'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'" over "David Emery".
        var model = ArticleExtractor.Extract("t.txt", "t.txt",
            "Harbour Fact-Checker Oriel Vantusk: 'Are There Any Calm Voters?'\n\nHarbour fact checker and staff writer Oriel Vantusk posted to Twitter on Monday.\n\nVantusk said the vote was close.");
        Assert.Equal(new[] { "Oriel Vantusk" }, model.People.Select(p => p.Name));
    }

    [Fact]
    public void A_listed_given_name_tells_the_gender_a_pronoun_agrees_with()
    {
        var model = Extract("Tom Locksley met Letitia Vantusk in May. Later, Locksley left.\n\n\"It was a good year,\" she said.");
        Assert.Equal("Letitia Vantusk", model.People[Assert.Single(model.Quotes).SpeakerIndex].Name);
    }

    [Theory]
    // Not a title at a word's end that makes no occupation ("contractor", "wheelchair", "loudspeaker").
    [InlineData("The department misled the public about student loan contractor Harbour Lending on Monday.")]
    [InlineData("The wheelchair Harbour Glide was shown at the fair on Monday.")]
    public void A_word_that_ends_in_a_title_is_no_occupation(string body) => Assert.Empty(Extract(body).People);

    [Fact]
    public void An_abbreviated_title_alone_gives_no_role()
    {
        // "Sen." tells the office a description finds her by ("the senator said"), not her role: another article may give one.
        var person = Assert.Single(Extract("Sen. Mark Dalton said the plan would fail.").People);
        Assert.Null(person.Role);
    }

    /// <summary>The article names one person, by this name and with this role.</summary>
    private static void AssertOnePerson(string body, string name, string role)
    {
        var person = Assert.Single(Extract(body).People);
        Assert.Equal(name, person.Name);
        Assert.Equal(role, person.Role);
    }

    [Theory]
    [InlineData("PolitiFact said the claim was false. PolitiFact said the figure was wrong.")]
    [InlineData("Sen. Susan CollinsSen. Mark Warner and others signed the letter.")]
    public void A_capital_deep_inside_a_word_names_a_brand_or_two_run_together_words(string body) =>
        Assert.DoesNotContain(Extract(body).People, p => p.Name.Contains("PolitiFact") || p.Name.Contains("CollinsSen"));

    [Fact]
    public void A_name_run_into_the_next_ones_honorific_is_read_apart()
    {
        var people = Extract("Endorsements came from Sen. Ted CruzRep. Will Hurd and Gov. Greg Abbott on Monday.").People.Select(p => p.Name).ToList();
        Assert.Equal(new[] { "Ted Cruz", "Will Hurd", "Greg Abbott" }, people);
    }

    [Theory]
    [InlineData("Sen. Ted CruzRep. Will Hurd", new[] { "Sen.", "Ted", "Cruz", "Rep.", "Will", "Hurd" })]
    [InlineData("Mitch McConnellLt Gov", new[] { "Mitch", "McConnell", "Lt", "Gov" })]
    [InlineData("KellyAnne Conway and MacArthur", new[] { "KellyAnne", "Conway", "and", "MacArthur" })]
    public void The_tokenizer_splits_a_word_at_an_honorific_run_into_it(string text, string[] words)
    {
        var tokens = Tokenizer.Split(text);
        Assert.Equal(words, tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.Equal(t.Text, text.Substring(t.Start, t.End - t.Start)));
    }

    [Theory]
    [InlineData("Adviser KellyAnne Conway said the campaign was ready.", "KellyAnne Conway")]
    [InlineData("Editor Jim VandeHei said the site would grow.", "Jim VandeHei")]
    [InlineData("Frank VanderSloot said he would give more.", "Frank VanderSloot")]
    [InlineData("Senator Mitch McConnell said the vote would wait.", "Mitch McConnell")]
    public void A_capital_after_a_short_prefix_stays_in_a_name(string body, string name) => Assert.Equal(name, OnlyPerson(body));

    [Fact]
    public void A_name_that_speaks_after_a_clause_on_who_is_a_person()
    {
        // "Rucker" is no given name we know: the clause on "who" and the speech verb after it make the name a person's.
        const string body = "Rucker Culpepper, who runs the campaign's outreach to veterans' families, said, \"We will win them back.\"";
        OnlySpeaker(body, "Rucker Culpepper");
        // A clause on "who" alone is not enough: bands and teams take "who" too.
        Assert.Empty(Extract("Franz Ferdinand, who played two encores, left the stage at midnight.").People);
    }

    [Theory]
    // "Whose" opens such a clause too, right after the name or after an apposition.
    [InlineData("Rucker Culpepper, whose family runs the outreach to veterans, said, \"We will win them back.\"")]
    [InlineData("Rucker Culpepper, an Egyptian-born private healthcare mogul, whose wealth is put at £45m, said, \"We will win them back.\"")]
    public void A_name_that_speaks_after_a_clause_on_whose_is_a_person(string body)
    {
        OnlySpeaker(body, "Rucker Culpepper");
    }

    [Theory]
    [InlineData("Now Peter Berg wants a recount.", "Peter Berg")]
    [InlineData("Unlike Peter Berg, the council wants no recount.", "Peter Berg")]
    [InlineData("Because Peter Berg lost, the council wants a recount.", "Peter Berg")]
    [InlineData("Certainly Peter Berg wants a recount.", "Peter Berg")]
    [InlineData("Peter Sanders lost. The group backed Sanders before it worked with Sanders again. Given Sanders' record, the council wants a recount.", "Peter Sanders")]
    public void A_word_that_opens_a_sentence_is_not_part_of_the_name_after_it(string body, string name) =>
        Assert.Equal(name, OnlyPerson(body));

    [Theory]
    [InlineData("Helen May told the committee the plans may fail.", "Helen May")]
    [InlineData("Helen August said the vote may come in March.", "Helen August")]
    public void A_month_after_a_given_name_is_a_surname(string body, string name)
    {
        // The article writes "may" in lower case, which makes it a common word, and May is a month; after a given name it is a surname.
        Assert.Equal(name, OnlyPerson(body));
    }

    [Theory]
    [InlineData("The Bill passed on Monday. \"We kept our word,\" said Bill Morgan.", "Bill Morgan")]
    [InlineData("The Bill passed on Monday. \"We kept our word,\" said Mayor Bill de Vries.", "Bill de Vries")]
    public void A_given_name_that_is_also_a_common_noun_begins_a_name(string body, string name)
    {
        OnlySpeaker(body, name);
    }

    [Fact]
    public void Junior_is_a_given_name_that_a_pronoun_goes_on_with()
    {
        // "Junior" opens names in the corpus (Junior Smart, Junior Gaspard, Junior Messi Enguene); a junior doctor is still no one.
        var model = Extract("Junior Morgan knows a lot about the harbour. He is now 36 and has rebuilt two boats.\n\n\u201CThe wall saved my house,\u201D he says.\n\nJunior doctors at the clinic were not asked.");
        Assert.Equal(new[] { "Junior Morgan" }, model.People.Select(p => p.Name));
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(0, quote.SpeakerIndex);
    }

    [Fact]
    public void A_position_in_a_team_is_a_title_before_a_name()
    {
        // "Keeper Tony Bullock echoed …", "Barca midfielder Deco", "Ireland fly-half Ronan O'Gara": a player's position titles
        // their name, so a pronoun after it goes on with them and the position is their role.
        var model = Extract("Harbour FC players backed their manager after the 3-0 win. \"We want the boss to stay,\" said Jim Hale. Keeper Tony Moss echoed Hale's words. " +
            "\"I think all the boys are behind him,\" he added.\n\nHarbour midfielder Eduardo Silva, 26, said he would stay.");
        Assert.Equal(new[] { "Jim Hale", "Tony Moss" }, model.Quotes.Select(q => model.People[q.SpeakerIndex].Name));
        Assert.Equal("midfielder", model.People.Single(p => p.Name == "Eduardo Silva").Role);
    }

    [Fact]
    public void A_surname_with_its_article_in_lower_case_refers_back_to_its_bearer()
    {
        // "el-Haite told the Guardian" after "Environment Minister, Hakima el-Haite,": the lower-case surname on its own is
        // hers; a group whose name holds such a word ("Ansar al-Sharia") is no one for that.
        var model = Extract("Morocco's Environment Minister, Hakima el-Haite, believes solar power will change the region. " +
            "The plan was triggered by more immediate concerns, she said.\n\n\u201CWe are not an oil producer,\u201D el-Haite told the Guardian.\n\n" +
            "The government outlawed the group behind the attack, Ansar al-Sharia, a militant organization.");
        Assert.Equal(new[] { "Hakima el-Haite" }, model.People.Select(p => p.Name));
        Assert.Equal(0, Assert.Single(model.Quotes).SpeakerIndex);
    }

    [Fact]
    public void White_is_a_surname_and_the_White_House_still_no_person()
    {
        OnlySpeaker("SEC Chair Mary Jo White spoke at the White House on Monday. \"We are ready,\" White said.", "Mary Jo White");
    }

    [Theory]
    // A month before a surname is a date ("In June, Peters said"), and a faith qualifies the noun after it.
    [InlineData("The vote was held in June. In June Peters said \"We won.\"")]
    [InlineData("The Christian Brothers said \"We won.\"")]
    [InlineData("Christian Evangelical said \"We won.\"")]
    public void A_month_or_a_faith_before_a_capitalised_word_begins_no_name(string body) =>
        Assert.Empty(Extract(body).People);

    [Theory]
    // A lone word the article also writes before a word no name ends in ("Energy", "Group") is that organisation's short
    // name, though it speaks twice.
    [InlineData("The mine was sold by the coal giant Tarnow Energy in 2007.\n\nTarnow gave the buyer its debts.\n\nIn a statement, Tarnow said: \"The sale was a success.\"")]
    [InlineData("Staff at Brevik Group were told on Monday.\n\nBrevik said the plant would close. \"It is a sad day,\" Brevik said.")]
    public void A_lone_word_that_begins_an_organisations_name_is_not_a_person(string body) =>
        Assert.Empty(Extract(body).People);

    [Theory]
    // A lone word that opens its sentence or clause before "have", "are" or "were" is a team or a firm, though it speaks twice.
    [InlineData("The row went on for a week. Tarnowa have fined their striker two weeks' wages.\n\nTarnowa said the fine was fair. \"It is a sad day,\" Tarnowa said.")]
    [InlineData("The club made an offer, but Tarnowa were not interested.\n\nTarnowa said the fine was fair. \"It is a sad day,\" Tarnowa said.")]
    public void A_lone_word_that_takes_a_plural_verb_is_not_a_person(string body) =>
        Assert.Empty(Extract(body).People);

    [Fact]
    public void Two_people_take_a_plural_verb_and_stay_people()
    {
        // "Clinton and Vantrel are" is two people; "if Vantrel were" a wish.
        var model = Extract("Vantrel said the count was slow.\n\nClinton and Vantrel are tied. If Vantrel were to win, \"It is a good day,\" Vantrel said.");
        Assert.Contains(model.People, p => p.Name == "Vantrel");
    }

    [Fact]
    public void A_surname_that_begins_an_organisations_name_is_still_the_persons_short_form()
    {
        var model = Extract("Tomas Berg said on Monday that the clinic would open.\n\nThe money came from the Berg Foundation.\n\n\"It is a good day,\" Berg said.");
        var person = Assert.Single(model.People);
        Assert.Equal("Tomas Berg", person.Name);
        Assert.Equal(0, Assert.Single(model.Quotes, q => q.Placement == "Body").SpeakerIndex);
    }

    [Theory]
    // A headline capitalises every word: the words before a name there are not part of it, though the name ends them.
    [InlineData("Obama Just Pulled Out The Race Card On Tomas Berg In A Major Way")]
    [InlineData("A Meaningful Exchange Actually Happened Between Tomas Berg And Rand Paul")]
    public void Headline_words_before_a_name_are_no_alias(string headline)
    {
        var model = ArticleExtractor.Extract("t.txt", "t.txt", headline + "\n\nTomas Berg said on Monday that the vote would pass.");
        var berg = Assert.Single(model.People, p => p.Name == "Tomas Berg");
        Assert.Empty(berg.Aliases);
    }

    [Theory]
    // Words before a title inside a run describe the person: the name is what follows the title, a surname alone after a
    // short or gendered honorific, or a given name we know and a surname that is also a title.
    [InlineData("The vote was close.\n\nTexas Sen. Berg said the bill would pass, and Berg voted for it.", "Berg")]
    [InlineData("The vote was close.\n\nTory Treasurer Lord Berg said the bill would pass.", "Berg")]
    [InlineData("The vote was close.\n\nThe hearing was closed but New York Congressman Pete King spoke to reporters.", "Pete King")]
    public void Words_before_a_title_inside_a_run_are_not_the_name(string body, string name) =>
        Assert.Equal(name, Assert.Single(Extract(body).People).Name);

    [Theory]
    // After a capitalised title and "of", a run's first words are what the title is of: the holder's name begins at a given
    // name, or is the run's last words when role words ("House", "State") stand before it and the surname stands alone
    // elsewhere; the title of the thing is the role.
    [InlineData("The rate was raised.\n\nSecretary of the Treasury Jacob Lew said the rate would rise.", "Jacob Lew", "Secretary of the Treasury")]
    [InlineData("The plan began in 1994 with Speaker of the House Dax Pellow. Later, Pellow dropped it.", "Dax Pellow", "Speaker of the House")]
    [InlineData("The treaty was signed.\n\nFormer U.S. Secretary of State Maren Holt called it a start.", "Maren Holt", "Former U.S. Secretary of State")]
    [InlineData("The study was small.\n\nDirector of National Intelligence James Tolle said it was sound.", "James Tolle", "Director of National Intelligence")]
    [InlineData("The talks ended.\n\nSecretary of State Tolle flew home. Tolle said little.", "Tolle", "Secretary of State")]
    public void A_title_of_something_before_a_run_leaves_the_holders_name(string body, string name, string role) =>
        AssertOnePerson(body, name, role);

    [Theory]
    // The departments a secretary heads are part of the role, and "Under-Secretary" is a title, not a given name.
    [InlineData("The rate was raised.\n\nTreasury Secretary Jacob Lew said the rate would rise.", "Jacob Lew", "Treasury Secretary")]
    [InlineData("The vote was held.\n\nAgriculture Secretary Tom Vilsack said the caucus was close.", "Tom Vilsack", "Agriculture Secretary")]
    [InlineData("The summit ended.\n\nBut US Treasury Under-Secretary John Taylor said the US could not agree.", "John Taylor", "US Treasury Under-Secretary")]
    public void A_department_and_a_hyphenated_title_before_a_name_are_its_role(string body, string name, string role) =>
        AssertOnePerson(body, name, role);

    [Theory]
    // Without a given name, the last word of a run after a title of something is no one's name unless role words stand
    // before it and the article uses it alone ("Secretary of State Kerry").
    [InlineData("The sale was agreed, said Anna Berg, Head of Platform Solutions for Ascom. Solutions are in demand.", "Solutions")]
    [InlineData("The result was odd, said Robin Dunn, Professor of Evolutionary Psychology at Oxford. Psychology has no answer.", "Psychology")]
    [InlineData("The budget was cut by the Leader of Sioux Falls. Falls residents were angry.", "Falls")]
    public void A_title_of_something_before_a_run_without_a_given_name_makes_no_person_of_its_last_word(string body, string word) =>
        Assert.DoesNotContain(Extract(body).People, p => p.Name == word);

    [Theory]
    // A word that opens sentences, or that the article also writes in lower case, before a name the article has given is
    // not part of it.
    [InlineData(Race + "\"You got a choice,\" he said. \"Either Quist or Berg will be mayor.\"", new[] { "Maria Quist", "Tom Berg" })]
    [InlineData(Race + "Voters said: Neither Quist nor Berg has a plan.", new[] { "Maria Quist", "Tom Berg" })]
    public void A_common_word_before_a_name_the_article_has_given_is_not_part_of_it(string body, string[] names) =>
        Assert.Equal(names, Extract(body).People.Select(p => p.Name));

    private const string Race = "Maria Quist and Tom Berg are running for mayor of the town this autumn, and the race is close. Polls say Quist leads Berg.\n\n";

    [Fact]
    public void A_full_name_that_characterises_in_quoted_words_is_a_person()
    {
        // "Dax" is no given name the lists know: the verb that judges in the run's own quoted words makes it a speaker.
        var people = Extract("The rally was loud.\n\nLast summer Dax Pellow called a screaming Santilli a \"fascist\" on air.").People;
        Assert.Equal("Dax Pellow", Assert.Single(people).Name);
    }

    [Fact]
    public void A_name_given_after_a_kind_of_organisation_is_no_person_elsewhere_in_the_article()
    {
        var people = Extract("Callers hang up after a minute, said Cara Diemont of IT firm Korvel Data, which ran the survey.\n\n"
            + "In what Korvel Data calls an \"alarming development\", training time fell.").People;
        Assert.Equal(new[] { "Cara Diemont" }, people.Select(p => p.Name));
    }

    [Fact]
    public void A_title_inside_an_institutions_name_makes_no_person()
    {
        var people = Extract("Dame Elena Butler-Sloss, the president of the Family Justice Division, said the judge was humane.").People;
        Assert.DoesNotContain(people, p => p.Name.Contains("Division"));
    }

    [Fact]
    public void An_ing_word_before_a_name_in_a_headline_is_not_part_of_it()
    {
        var model = ArticleExtractor.Extract("t.txt", "t.txt", "Republicans Are Following Berg to Nowhere\n\nThe vote was close. \"We won,\" Berg said.\n\nBerg said the party would grow.");
        Assert.Equal("Berg", Assert.Single(model.People).Name);
    }

    [Fact]
    public void A_word_we_do_not_know_before_a_name_in_title_case_may_be_its_given_name()
    {
        var model = ArticleExtractor.Extract("t.txt", "t.txt", "Missing Passengers\n\nVale Talaat said he was worried.\n\nFacebook/Mostafa Vale Talaat.\n\nTalaat said he would wait.");
        Assert.Equal("Mostafa Vale Talaat", Assert.Single(model.People).Name);
    }

    [Fact]
    public void A_clause_after_a_name_is_no_role()
    {
        Assert.Null(Apposition.Role("Tomas Berg, who was then mayor, said so.", "Tomas Berg".Length));
        Assert.Null(Apposition.Role("Harbour Lights, whose owner, Tomas Berg, said so.", "Harbour Lights".Length));
        Assert.Null(Apposition.Role("Tomas Berg, recently named director, said so.", "Tomas Berg".Length));
        Assert.Null(Apposition.Role("Tomas Berg, once again chairman, said so.", "Tomas Berg".Length));
    }

    [Theory]
    [InlineData("Tomas Berg, political science professor at Tarnow University, said so.", "political science professor")]
    [InlineData("Tomas Berg, a longtime campaign adviser, said so.", "longtime campaign adviser")]
    [InlineData("Tomas Berg, the company's senior investment analyst, said so.", "senior investment analyst")]
    // The first of two roles joined by "and" is a role ("a consultant and the host of a radio show").
    [InlineData("Tomas Berg, a Republican campaign consultant and the host of a radio show, said so.", "Republican campaign consultant")]
    [InlineData("Tomas Berg, the former governor and party treasurer, said so.", "former governor")]
    // "another" is an article: "another top aide" is a top aide.
    [InlineData("Tomas Berg, another top NSC aide, testified before the committee.", "top NSC aide")]
    // The role ends where "on" opens its field, as it does before "of" or "at".
    [InlineData("Tomas Berg, an expert on trade at the Peterson Institute, said so.", "expert")]
    [InlineData("Tomas Berg, senior advisor on mobile media at Ericsson, said so.", "senior advisor")]
    // And where "to" or "behind" opens whom the role serves or what its holder made.
    [InlineData("Tomas Berg, a former senior adviser to the mayor, said so.", "former senior adviser")]
    [InlineData("Tomas Berg, the blogger behind the Harbour Notes site, said so.", "blogger")]
    public void Words_that_describe_a_field_are_part_of_a_role(string text, string role) =>
        Assert.Equal(role, Apposition.Role(text, "Tomas Berg".Length));

    [Theory]
    // A noun a person's by its ending says what they do, though no list has it as a title.
    [InlineData("Tomas Berg, a neuroscientist at Tarnow University, said so.", "neuroscientist")]
    [InlineData("Tomas Berg, the former bond trader who was convicted of fraud, was released.", "former bond trader")]
    [InlineData("Tomas Berg, a fisherman, found the bottle.", "fisherman")]
    // An age before the noun is no part of the role.
    [InlineData("Tomas Berg, a 58-year-old fisherman, found the bottle.", "fisherman")]
    [InlineData("Tomas Berg, a 25-year-old doctor from Tarnow, made a good impression.", "doctor")]
    public void A_noun_for_what_a_person_does_is_a_role(string text, string role) =>
        Assert.Equal(role, Apposition.Role(text, "Tomas Berg".Length));

    [Theory]
    // "man" and "woman" say who someone is, not what they do: a person with no role.
    [InlineData("Halvard Quennell, the Tarnow woman who stopped the minister, was there again.")]
    [InlineData("Halvard Quennell, the country's wealthiest man, has built a house.")]
    public void A_man_or_woman_after_a_name_is_a_person_with_no_role(string body)
    {
        var person = Assert.Single(Extract(body).People);
        Assert.Equal(("Halvard Quennell", null), (person.Name, person.Role));
    }

    [Theory]
    // Whose kin they are is no role; a capitalised word with such an ending is no noun for a person.
    [InlineData("Tomas Berg, the father of the bride, said so.")]
    [InlineData("Tomas Berg, née Fetter, said so.")]
    public void Kin_or_a_name_after_a_name_is_no_role(string text) => Assert.Null(Apposition.Role(text, "Tomas Berg".Length));

    [Theory]
    // Neither name is one a list knows: what the apposition says they do makes them people.
    [InlineData("The bottle was found in the catch of Konrad Quennell, a fisherman, who had been out at sea.", "Konrad Quennell")]
    [InlineData("Halvard Quennell, a neuroscientist at Tarnow University, praised the work.", "Halvard Quennell")]
    [InlineData("Halvard Quennell, a 25-year-old doctor from Tarnow, made a good impression.", "Halvard Quennell")]
    // A rank without its full stop is a title before the name.
    [InlineData("Lt Col Halvard Quennell, a Ukraine specialist, testified on Tuesday.", "Halvard Quennell")]
    public void A_name_described_by_what_its_bearer_does_is_a_person(string body, string name) => Assert.Equal(name, OnlyPerson(body));

    [Fact]
    public void A_lone_word_that_opens_a_sentence_and_a_title_describes_is_a_person()
    {
        // No list knows "Zeina": the apposition's title makes her a person, and the pronoun's quote hers.
        var model = Extract("The shelling goes on. Zeina, a twenty-something student, fears becoming used to it. \"Now I can sleep through anything,\" she said.");
        var person = Assert.Single(model.People);
        Assert.Equal(("Zeina", "twenty-something student"), (person.Name, person.Role));
        Assert.Equal(0, Assert.Single(model.Quotes).SpeakerIndex);
    }

    [Theory]
    // A place after a preposition, a noun a person's by its ending only, an adverb, and a role a name follows.
    [InlineData("Ms Vantrel spoke for the state party. Tom Quennell of Oklahoma, an ally of the leadership, agreed.", "Oklahoma")]
    [InlineData("Sales rose. Tarnowa, a global solutions provider, announced the deal on Monday.", "Tarnowa")]
    [InlineData("The court heard the case. Significantly, the judge said he could not rule.", "Significantly")]
    [InlineData("The vote was close. Tarnowa, the Democratic candidate, Andy Quennell, won by a few votes.", "Tarnowa")]
    public void A_lone_word_before_an_apposition_that_is_not_its_own_is_no_person(string body, string word) =>
        Assert.DoesNotContain(Extract(body).People, p => p.Name == word);

    [Theory]
    // No list knows either name: what the sentence says its bearer is makes it a person's.
    [InlineData("Halvard Quennell is a Democratic consultant who worked for the mayor.", "Halvard Quennell")]
    [InlineData("Halvard Quennell is a professor emeritus at Tarnow University.", "Halvard Quennell")]
    [InlineData("The prize went elsewhere. Halvard Quennell has been a former Army captain since 2012.", "Halvard Quennell")]
    public void A_full_name_the_sentence_calls_a_title_is_a_person(string body, string name) => Assert.Equal(name, OnlyPerson(body));

    [Theory]
    // Kin, an adjective's phrase and a thing are no title.
    [InlineData("Harbour Quennell is the father of two of the players.")]
    [InlineData("Harbour Quennell is a remarkably tender and stirring story.")]
    [InlineData("Harbour Quennell is a company based in Tarnow.")]
    public void A_full_name_the_sentence_calls_no_title_is_no_person_by_that(string body) => Assert.Empty(Extract(body).People);

    [Fact]
    public void A_middle_initial_in_a_line_in_title_case_is_no_surname()
    {
        // "Jonathan P." is no one: the captions in title case name the men the body names in full.
        var model = Extract("Police stopped a car on Tuesday.\n\n1 of 3\n\nTom Vantrel Submitted photo\n\nJonathan P. Quennell Submitted photo\n\n"
            + "Victor N. Osei Submitted photo\n\nThe car was driven by Jonathan P. Quennell, 29, of Hope, with Victor N. Osei, 57, and Tom Vantrel, 40.");
        Assert.Equal(new[] { "Jonathan P. Quennell", "Tom Vantrel", "Victor N. Osei" }, model.People.Select(p => p.Name).OrderBy(n => n));
    }

    [Fact]
    public void Robin_is_a_given_name_of_either_gender()
    {
        // "Lord Quennell" is a man; "Robin", common for both, does not keep his full name apart from him, and "he" is his.
        var model = Extract("Lord Quennell said the report was too thin.\n\nJack Vantrel said that Robin Quennell was wrong. \"It was fair,\" Robin Quennell said. \"I stand by it,\" he added.");
        Assert.Contains(model.People, p => p.Name == "Robin Quennell");
        Assert.DoesNotContain(model.People, p => p.Name == "Quennell");
        Assert.Equal(new[] { "Robin Quennell", "Robin Quennell" }, model.Quotes.Select(q => model.People[q.SpeakerIndex].Name));
    }

    [Fact]
    public void A_firm_described_by_a_noun_with_a_persons_ending_is_no_person()
    {
        // "publisher" names firms as often as people; a name opening with an adjective in "-ic" is a firm's.
        Assert.Empty(Extract("Atlantic Quennell, the biggest games publisher, cut its prices this week.").People);
    }

    [Fact]
    public void A_role_that_serves_someone_makes_a_person_of_a_name_that_opens_a_paragraph()
    {
        // Neither "Halvard" nor "Quennell" is in a list, and the name opens its paragraph: the role after it, though
        // "behind" follows the title noun, is what makes it a person's, whom the pronoun then names.
        var model = Extract("Halvard Quennell, the blogger behind the Harbour Notes site, retired at 43. He says the first step is to take stock.\n\n" +
            "\"You need to know two things,\" he told the paper.");
        var person = Assert.Single(model.People);
        Assert.Equal(("Halvard Quennell", "blogger"), (person.Name, person.Role));
        Assert.Equal(0, Assert.Single(model.Quotes).SpeakerIndex);
    }

    [Fact]
    public void A_name_with_a_role_after_it_speaks_though_its_given_name_is_unknown()
    {
        // "Halvard" is no given name we know: the role after the name makes it a person's, and the quote after the
        // sentence is hers.
        var model = Extract("Halvard Quennell, political science professor at Tarnow University, described the plan as hasty.\n\n" +
            "\"It will not survive the winter,\" she said.");
        Assert.Equal("Halvard Quennell", Assert.Single(model.People).Name);
        Assert.Equal("political science professor", model.People[0].Role);
        Assert.Equal(0, Assert.Single(model.Quotes).SpeakerIndex);
    }

    [Theory]
    [InlineData("Queen Elizabeth II opened the session.", "Elizabeth II")]
    [InlineData("The writer Vann R. Newkirk II disagreed, officials said.", "Vann R. Newkirk II")]
    public void A_regnal_or_generational_numeral_ends_a_name(string body, string name)
    {
        Assert.Contains(Extract(body).People, p => p.Name == name);
    }

    [Fact]
    public void Short_forms_join_the_fullest_name()
    {
        var model = Extract("Chancellor Maria Olsen spoke in Oslo on Monday. Later, Olsen left for Brussels.");
        var person = Assert.Single(model.People);
        Assert.Equal("Maria Olsen", person.Name);
        Assert.Equal("Chancellor", person.Role);
    }

    [Theory]
    [InlineData("\"The market is strong,\" Fed Chair Janet L. Yellen said last month.", "Janet L. Yellen")]
    [InlineData("Terrie Rizzo, the Democratic chair of the county, said the party was ready.", "Terrie Rizzo")]
    public void Chair_is_a_title_before_or_after_a_name(string body, string name)
    {
        var person = Assert.Single(Extract(body).People);
        Assert.Equal(name, person.Name);
        Assert.EndsWith("hair", person.Role);
    }

    [Fact]
    public void A_titled_surname_is_a_person_even_without_a_first_name()
    {
        Assert.Equal("Ravel", OnlyPerson("President Ravel will visit next week, officials said."));
    }

    [Fact]
    public void Places_organisations_days_and_months_are_not_people()
    {
        var model = Extract("NATO met in Brussels on Monday. The White House and South Carolina officials spoke in March. The European Union agreed.");
        Assert.Empty(model.People);
    }

    [Theory]
    // The place a title is of, or a speaker comes from, is before the verb but is not its subject.
    [InlineData("Sara Lind, the nominee for Governor of Vermont, answered questions. Lind toured Vermont.", "Sara Lind")]
    [InlineData("Sara Lind spoke. The Senator from Vermont says she will run. Lind toured Vermont.", "Sara Lind")]
    // A title on its own names no one, but a surname that is also a title still refers to the person named before.
    [InlineData("Sara Lind, Oxfam's Chief Executive, said wealth was rising.", "Sara Lind")]
    [InlineData("Sara Lind, an adviser to the Treasury, said the plan would pass. Lind left the Treasury in May.", "Sara Lind")]
    // After a verb that has its subject, a lone word begins what was said; a full name there is still a person.
    [InlineData("Sara Lind said Iowa is close. Lind said Iowa would vote.", "Sara Lind")]
    [InlineData("A spokeswoman said Andi Peters would stay on.", "Andi Peters")]
    // Words that stand for people in general are no one's name.
    [InlineData("Everyone says the plan is fine. Sara Lind agreed. Everyone says so.", "Sara Lind")]
    public void A_lone_word_that_only_looks_like_a_speaker_is_not_a_person(string body, string name) =>
        Assert.Equal(name, OnlyPerson(body));

    [Theory]
    // Capitalised words after a preposition are its object, not the subject of the verb after them.
    [InlineData("Sara Lind, who spoke at the debate in Wexham Abbots, said the plan would pass.", "Sara Lind")]
    // A title's field is no such object ("Minister of Education …"), and a title in the words makes the name after it a subject.
    [InlineData("The plan will pass, Minister of Education Jeh Okafor said on Monday.", "Jeh Okafor")]
    [InlineData("The plan drew fire, with Ghanaian Foreign Minister Kwabo Mensa warning of a crisis.", "Kwabo Mensa")]
    public void Words_after_a_preposition_are_not_the_subject_of_the_speech_verb_after_them(string body, string name) =>
        Assert.Equal(name, OnlyPerson(body));

    [Fact]
    public void A_surname_that_is_also_a_title_refers_to_the_person_named_before()
    {
        var model = Extract("Larry King hosted the show. \"It was fun,\" King said.");
        var person = Assert.Single(model.People);
        Assert.Equal("Larry King", person.Name);
        Assert.Contains("King", person.Aliases);
        Assert.Equal(0, Assert.Single(model.Quotes).SpeakerIndex);
    }

    [Theory]
    [InlineData("The Chicago Tribune said the vote was close, the Charlotte Observer reported.")]
    [InlineData("The story was first reported by The Fresno Bee, Miami Herald and Kansas City Star, which said the mayor lied.")]
    [InlineData("Delta Airlines said flights would resume, according to the San Francisco Chronicle.")]
    [InlineData("Munich Re, the world's biggest reinsurer, said: \"This is primarily a human tragedy.\"")]
    [InlineData("The company that runs the awards, Dick Clark Productions, denies that anything has been agreed.")]
    [InlineData("The firm owns the Denver Post, San Jose Mercury News and more than 90 other papers.")]
    [InlineData("Sierra Nevada Corp. and Ceres Robotics Inc. are developing mid-sized landers.")]
    [InlineData("Walt Disney Co. said demand was high. Walt Disney Co. said the glitch was fixed.")]
    [InlineData("The Congressional Budget Office said the deficit would grow. Congressional Budget Office analysts agreed.")]
    [InlineData("Visitor numbers doubled as Downton Abbey came to be screened. \"Downton Abbey is iconic,\" the producer said. Downton Abbey said nothing.")]
    public void Newspapers_airlines_and_reinsurers_named_after_places_or_given_names_are_not_people(string body) =>
        Assert.Empty(Extract(body).People);

    [Theory]
    // A sportsman's or a countryman's word before a name is no part of it.
    [InlineData("He had to hold off the challenge of Welshman Jimmy Watkins over the final 200m.", "Jimmy Watkins")]
    [InlineData("The race would be between himself, Dutchman Arnoud Okken and the champion.", "Arnoud Okken")]
    // So is a musician's or a producer's word.
    [InlineData("Drummer Larry Mullen Jr echoed those sentiments on Monday.", "Larry Mullen Jr")]
    [InlineData("The show featured rapper Snoop Dogg and a choir.", "Snoop Dogg")]
    public void A_countrymans_word_before_a_name_is_a_title(string body, string name) => Assert.Equal(name, Assert.Single(Extract(body).People).Name);

    [Fact]
    public void Reverend_is_an_honorific_not_a_given_name()
    {
        var person = Assert.Single(Extract("The Archbishop of Cardiff, the Most Reverend Peter Smith, told the BBC the church was right.").People);
        Assert.Equal("Peter Smith", person.Name);
    }

    [Theory]
    // A palace, a cathedral or an abbey speaks for those in it, a laboratory for those who work there.
    [InlineData("Buckingham Palace said the couple was delighted. Buckingham Palace added that the date was set.")]
    [InlineData("Leicester Cathedral said the tomb would open. Leicester Cathedral added that tickets were sold out.")]
    // So does a laboratory named after a place or a person.
    [InlineData("The element was made at the Lawrence Livermore Lab in California. Lawrence Livermore Lab said more would follow.")]
    public void Buildings_that_speak_are_not_people(string body) =>
        Assert.Empty(Extract(body).People);

    [Theory]
    // The word a product line ends in is no surname, though the article says "the Pro" later on.
    [InlineData("Apple's new MacBook Pro is fast. Reviewers liked the new Pro.")]
    [InlineData("The president boarded Marine One on Monday. Marine One took off at noon.")]
    public void Products_and_aircraft_are_not_people(string body) =>
        Assert.Empty(Extract(body).People);

    [Fact]
    public void A_nickname_in_quotation_marks_is_left_out_of_the_name()
    {
        var model = Extract("Juan \"Chico\" Valdes of Oakland carried a photo. \"I cried the whole parade,\" he said.");
        var person = Assert.Single(model.People);
        Assert.Equal("Juan Valdes", person.Name);
        Assert.Equal(0, Assert.Single(model.Quotes).SpeakerIndex);
    }

    [Fact]
    public void Spellings_with_and_without_accents_are_one_person()
    {
        var person = Assert.Single(Extract("Simon Ličen teaches in Vermont. Simon Licen said the course was full.").People);
        Assert.Equal("Simon Ličen", person.Name);
        Assert.Contains("Simon Licen", person.Aliases);
    }

    [Fact]
    public void A_role_after_the_name_is_taken_from_the_apposition()
    {
        var model = Extract("Tomas Berg, the company's chief executive, said sales rose.");
        Assert.Equal("chief executive", Assert.Single(model.People).Role);
    }

    [Fact]
    public void Words_the_article_writes_in_lower_case_are_cut_from_a_name()
    {
        Assert.Equal("Lena Hart", OnlyPerson("Mayor Lena Hart gave a speech on Monday. A video of the Lena Hart Speech was shared widely."));
    }

    [Fact]
    public void An_organisation_before_a_name_is_not_part_of_it()
    {
        Assert.Equal("Omar Kell", OnlyPerson("The director of the Harbour Trust Omar Kell told reporters the plan was sound."));
    }

    [Fact]
    public void Two_people_who_share_a_surname_stay_apart_when_their_genders_differ()
    {
        var model = Extract("Mr. Varga spoke first. Later his wife, Anna Varga, joined him. Mr. Varga thanked the crowd.");
        Assert.Equal(new[] { "Anna Varga", "Varga" }, model.People.Select(p => p.Name).OrderBy(n => n));
    }

    [Fact]
    public void An_initial_stays_inside_a_name()
    {
        Assert.Equal("Marc H. Delmas", OnlyPerson("Marc H. Delmas, the chief executive of the league, said the vote was fair."));
    }

    [Fact]
    public void A_full_name_the_article_later_shortens_to_its_surname_is_a_person()
    {
        Assert.Equal("Tavo Quenneville", OnlyPerson("The goal came from Tavo Quenneville in the second half. Quenneville later thanked the fans."));
    }

    [Theory]
    // Right after a quote, any speech verb in the past tense has its subject after it; a lone word there is a person when
    // an apposition describes them as one, with a title or a person noun's ending ("lecturer", "technician").
    [InlineData("\u201CI live nearby but luckily I was not there,\u201D recalled Munir, a university lecturer.", "Munir")]
    [InlineData("\u201CThe tool works,\u201D said Rucker, an IT technician.", "Rucker")]
    // The description may go on with where they are from or work.
    [InlineData("\u201CYou get used to it,\u201D said Rucker, an IT technician from a village on the coast.", "Rucker")]
    [InlineData("\u201CThe tool works,\u201D said Rucker, a lecturer at the university.", "Rucker")]
    // Nouns for what happened to a person or where they stand, with no ending that tells it ("addict", "refugee", "veteran").
    [InlineData("\u201CThe drug burns your insides,\u201D said Rucker, a former heroin addict.", "Rucker")]
    [InlineData("\u201CAnywhere there is peace, I can stay,\u201D says Rucker, another Darfur refugee.", "Rucker")]
    [InlineData("\u201CWe were never told,\u201D said Rucker, a combat veteran.", "Rucker")]
    [InlineData("\u201CInstitutions are raising the white flag,\u201D remarked Carlo Mazzaggio.", "Carlo Mazzaggio")]
    public void A_name_after_a_quote_and_its_speech_verb_is_a_person(string body, string name)
    {
        OnlySpeaker(body, name);
    }

    [Theory]
    // A name right after a speech verb that sets its subject after it is that verb's subject, with no quote.
    [InlineData("The tide, warned Halvard Quennell, will turn against the plan.")]
    [InlineData("The merger would leave local papers weaker still, noted Halvard Quennell.")]
    public void A_name_after_a_verb_that_sets_its_subject_after_it_is_a_person(string body) => Assert.Equal("Halvard Quennell", OnlyPerson(body));

    [Theory]
    // Not one described as no person, nor one after a verb that does not follow the quote.
    [InlineData("\u201CThe tool works,\u201D said Rucker, a news agency.")]
    [InlineData("\u201CThe tool works,\u201D said Rucker, a news agency in the capital.")]
    [InlineData("The board recalled Westbank, a subsidiary, after the \u201Cfailure\u201D of the plan.")]
    public void A_lone_word_after_a_speech_verb_described_as_no_person_is_no_person(string body) => Assert.Empty(Extract(body).People);

    [Theory]
    // A lone word between a quote and its speech verb is the speaker, though named once; not an acronym, a place or a firm.
    [InlineData("Officials met on Monday. \u201CWe are tired of being told it is offensive!\u201D Draxler said.", "Draxler")]
    [InlineData("Officials met on Monday. \u201CSo the problem is not fixed?\u201D Draxler asked before the vote.", "Draxler")]
    // Also where a page left the comma out.
    [InlineData("Officials met on Monday. \u201CWe are tired of being told it is offensive\u201D Draxler said after the vote.", "Draxler")]
    public void A_lone_word_between_a_quote_and_its_speech_verb_is_a_person(string body, string name) => OnlySpeaker(body, name);

    [Fact]
    public void A_lone_word_that_speaks_after_a_quote_closed_by_a_full_stop_is_a_person()
    {
        // "… the timing.” Gov. Pat McCrory said …" opens a sentence of its own, so the quote is not the verb's; its subject is still someone.
        Assert.Equal("Draxler", OnlyPerson("Officials met on Monday. \u201CWe are tired of being told it is offensive.\u201D Draxler said the vote would wait."));
    }

    [Theory]
    [InlineData("Officials met on Monday. \u201CWe are disappointed,\u201D NIESR said.")]
    [InlineData("Officials met on Monday. \u201CWe will respond,\u201D Moscow said.")]
    [InlineData("Officials met on Monday. \u201CWe will respond,\u201D Microsoft said.")]
    // A country speaks as its government ("Austria says"): one no list of places holds is still no person.
    [InlineData("Officials met on Monday. \u201CWe will not pay,\u201D Cameroon said.")]
    [InlineData("Officials met on Monday. \u201CThe house will become a police station,\u201D Austria said. Austria said so again.")]
    public void A_lone_acronym_place_or_firm_between_a_quote_and_its_speech_verb_is_no_person(string body) => Assert.Empty(Extract(body).People);

    [Fact]
    public void A_lone_surname_that_speaks_twice_is_a_person_but_a_listener_is_not()
    {
        Assert.Equal("Draxler", OnlyPerson("Draxler said the deal was done. Officials told Reuters the vote would wait. Draxler said so again on Friday."));
    }

    [Theory]
    // A sentence that opens with an -ing word and a name: the word is not the name's.
    [InlineData("Alexander Vindman testified on Tuesday about the call. Questioning Vindman, the counsel asked about the memo. Vindman said he was shocked.", "Alexander Vindman")]
    [InlineData("Everything Trump says is news. Donald Trump said so himself at the rally on Monday night.", "Donald Trump")]
    public void A_sentence_opening_ing_word_is_not_part_of_the_name_after_it(string text, string person)
    {
        Assert.Equal(person, OnlyPerson(text));
    }

    [Theory]
    // A park a preposition of place leads to is no person; "Park" as a surname is one.
    [InlineData("The club is raising money for a new stadium in Stanley Park, which will open in 2007.", null)]
    [InlineData("They bought flowers and set off for Dolores Park, a popular spot in the city.", null)]
    [InlineData("The actress Grace Park said she would return for the second season.", "Grace Park")]
    public void A_park_after_a_preposition_of_place_is_no_person(string text, string? person)
    {
        Assert.Equal(person, Extract(text).People.SingleOrDefault()?.Name);
    }

    [Theory]
    // A short surname before a romanised given name of two syllables is a person's name; not a modifier ("Khan-led") nor
    // a double-barrelled word.
    [InlineData("The pro-democracy camp won the seat, with votes going to Kwok Ka-ki over the incumbent.", "Kwok Ka-ki")]
    [InlineData("The island's president, who faces a vote in January, met Tsai Ing-wen in the capital.", "Tsai Ing-wen")]
    [InlineData("The vote split the Tarvo Khan-led coalition on Monday.", null)]
    [InlineData("The findings of the Tarvo Osei-Hart review came out on Monday.", null)]
    public void A_romanised_given_name_after_a_short_surname_is_a_person(string text, string? person)
    {
        Assert.Equal(person, Extract(text).People.SingleOrDefault()?.Name);
    }

    [Theory]
    // A full name that a player's verb and a count follow is a player's, though no list knows the given name.
    [InlineData("The Thunder lost again. Tarvek Noel had 15.", "Tarvek Noel")]
    [InlineData("Minnesota beat Buffalo. Joonas Korpisalo stopped 30 shots for the Sabres.", "Joonas Korpisalo")]
    [InlineData("The Blue Raiders lost at home. Tarvek Harbison rushed for 112 yards.", "Tarvek Harbison")]
    public void A_full_name_with_a_players_line_is_a_person(string text, string person)
    {
        Assert.Equal(person, OnlyPerson(text));
    }

    [Theory]
    // Not an institution, nor a verb that waits for its participle.
    [InlineData("The Supreme Court made 5 rulings on Monday.")]
    [InlineData("Energy Control had received 150 samples by May.")]
    public void A_body_with_a_count_is_no_player(string text) => Assert.Empty(Extract(text).People);

    [Fact]
    public void A_lone_word_after_a_title_in_the_plural_is_a_firm_of_them()
    {
        Assert.Empty(Extract("Phone sales hit a record, according to research from technology analysts Garnet. The figure surpassed predictions, Garnet said. Sales may slow next year, said Garnet.").People);
        // "which stars Nanjiani": the plural title is a verb there.
        Assert.Equal("Kumail Nanjiani", OnlyPerson("The film is written by Kumail Nanjiani. The film, which stars Nanjiani as himself, is funny."));
    }

    [Theory]
    // "Will" that opens a question asks it; in a statement it is a given name.
    [InlineData("Senator Elena Warren led the field. Will Warren continue to face the heat, or will her rivals take the hits?", "Elena Warren")]
    [InlineData("The awards went to newcomers. Will Youngs won the best single prize for his song.", "Will Youngs")]
    // Nor is any verb that opens a question part of the name after it, in a quote too.
    [InlineData("Senator Elena Warren led the field. \u201CDoes Warren\u2019s plan add up?\u201D one reader asked.", "Elena Warren")]
    [InlineData("Senator Elena Warren led the field. Has Warren done enough to win?", "Elena Warren")]
    public void A_verb_that_opens_a_question_is_no_given_name(string text, string person)
    {
        Assert.Equal(person, OnlyPerson(text));
    }

    [Fact]
    public void A_verb_that_opens_a_question_makes_no_name_of_a_firm()
    {
        // "McDonald" names the firm alone elsewhere; "Does" before it made a full name of it.
        Assert.Empty(Extract("McDonald\u2019s sold fewer burgers this year. \u201CDoes McDonald\u2019s beef contain worms?\u201D one reader asked. " +
            "McDonald\u2019s said it did not.").People);
    }

    [Theory]
    // A word that is no given name, glued before a name the article also writes without it, is not the name's.
    [InlineData("Marta Kowalczyk spoke first at the hall. The crowd cheered for Crooked Marta Kowalczyk, the rival said.", "Marta Kowalczyk")]
    [InlineData("The uber-white Vermonter Dana Pruitt is no threat, he wrote. Dana Pruitt said the race was open.", "Dana Pruitt")]
    [InlineData("A former Miss Comet spoke. Dana Pruitt said she was hurt. The rival shamed former Miss Comet Dana Pruitt online.", "Dana Pruitt")]
    public void A_word_glued_before_a_name_the_article_writes_without_it_is_not_the_names(string text, string person)
    {
        Assert.Equal(person, OnlyPerson(text));
    }

    [Fact]
    public void An_unknown_given_name_before_a_known_one_stays_when_the_article_never_drops_it()
    {
        Assert.Equal("Shani Rhys James", OnlyPerson("The prize went to Shani Rhys James for a portrait of her mother. James said she was delighted."));
    }

    [Theory]
    // An Arabic surname with its article joined by a hyphen is part of the name, and the surname alone refers back to it.
    [InlineData("\"We are ready,\" said Rashid al-Bayad, the project director. Al-Bayad said work would start soon.", "Rashid al-Bayad")]
    [InlineData("President Bashar al-Assad spoke on Monday. Mr. Assad said the talks would go on.", "Bashar al-Assad")]
    // One particle or two between the given name and the surname ("van der", "de la").
    [InlineData("\"We are ready,\" said Maria van der Hoeven, the agency's director.", "Maria van der Hoeven")]
    [InlineData("\"We are ready,\" said Juan de la Serna, a farmer. De la Serna said work would start soon.", "Juan de la Serna")]
    public void A_surname_with_its_article_or_particles_is_part_of_the_name(string text, string person)
    {
        Assert.Equal(person, OnlyPerson(text));
    }

    [Fact]
    public void Names_in_a_title_case_subheading_are_only_plain_first_and_last_names()
    {
        Assert.Equal("Carla Mendes", OnlyPerson("The vote was close and the count went on late into the night.\n\nWhy Carla Mendes Wins The Vote Count\n\nThe count showed a clear result for the challenger in the end."));
    }

    [Fact]
    public void A_word_the_article_uses_as_a_thing_is_no_person_even_when_it_speaks()
    {
        // "the Kestrels" ends its phrase; "Harlow, which" and "Harlow said its" are how an article writes of a company.
        var model = Extract("It was a fine day for the Kestrels, who beat the Ospreys 3-1. Kestrels said the result was deserved. Kestrels said the Ospreys lost to the Kestrels.\n\n" +
            "Harlow, which makes ferries, said its orders rose. Harlow said demand was strong. Harlow said prices would hold.");
        Assert.Empty(model.People);
    }

    [Theory]
    // A lone name right after a kind of organisation is that organisation's, however often it speaks.
    [InlineData("Civil rights group Kestrel said the policy was unfair. Kestrel said it would appeal. \"We will win,\" said Kestrel.")]
    [InlineData("The rock band Osprey won twice. Osprey said the prize was \"a real surprise for us\". Osprey said they would tour.")]
    public void A_lone_name_after_a_kind_of_organisation_is_no_person(string body) => Assert.Empty(Extract(body).People);

    [Theory]
    // The organisation right before the verb speaks, not the person the sentence named first; unless a preposition governs it.
    [InlineData("Singer Clara Osei described the prize as \"quite an honour\" while Osprey said their win was \"a real surprise\". The band Osprey said so twice.", null)]
    [InlineData("The band Osprey won. Clara Osei of the rock band Osprey said they were \"wiping the slate clean\". Osprey said so twice.", "Clara Osei")]
    public void An_organisation_before_a_speech_verb_speaks_for_no_one_named(string body, string? speaker)
    {
        var model = Extract(body);
        var last = model.Quotes[model.Quotes.Count - 1];
        Assert.Equal(speaker, last.SpeakerIndex < 0 ? null : model.People[last.SpeakerIndex].Name);
    }

    [Fact]
    public void A_person_written_once_after_the_in_a_slip_stays_a_person()
    {
        Assert.Equal("Renner", OnlyPerson("Renner said the vote was close. Renner said she would wait. Emails show the Renner was tired."));
    }

    [Fact]
    public void A_compound_that_ends_in_a_participle_qualifies_the_name_after_it()
    {
        Assert.Equal("Matt Orlen", OnlyPerson("Texas-based strategist Matt Orlen said the race was tight. The NBA-leading Kestrels said nothing."));
    }

    [Fact]
    public void Hyphenated_given_names_stay_names()
    {
        var model = Extract("Kim Jong-un met President Moon Jae-in on Friday. Kim said talks went well.");
        Assert.Equal(new[] { "Kim Jong-un", "Moon Jae-in" }, model.People.Select(p => p.Name).OrderBy(n => n));
    }

    [Fact]
    public void A_short_word_that_ends_a_sentence_keeps_no_full_stop_and_ends_the_name()
    {
        Assert.Equal("Tim Yeo", OnlyPerson("The plan was backed by Tim Yeo. Labour MPs said they would oppose it."));
    }

    [Fact]
    public void Initials_and_titles_keep_their_full_stop()
    {
        var tokens = Tokenizer.Split("Mary J. Blige met Dr. Ruiz and Sen. Paul on St. Mark's Day, said Ali.");
        Assert.Equal(new[] { "Mary", "J.", "Blige", "met", "Dr.", "Ruiz", "and", "Sen.", "Paul", "on", "St.", "Mark", "Day", "said", "Ali" }, tokens.Select(t => t.Text));
    }

    [Theory]
    // After a title, a given name and a word that is otherwise a newspaper or a country make a name when the name speaks.
    [InlineData("\"There is no bad publicity,\" said Atlantic City Mayor Don Guardian in a telephone interview.", "Don Guardian")]
    [InlineData("\"Give the president credit,\" said Representative Steve Israel, a Democrat from New York.", "Steve Israel")]
    public void A_titled_given_name_keeps_a_surname_that_is_otherwise_a_thing_when_it_speaks(string body, string name) => Assert.Equal(name, OnlyPerson(body));

    [Theory]
    // Two initials or more with their full stops are a person's given names, whatever surname follows.
    [InlineData("What would the Q.T. Quennell question tell you?", "Q.T. Quennell")]
    [InlineData("The play was written by J.M. Quennell in 1904.", "J.M. Quennell")]
    public void Initials_before_a_surname_make_a_name(string body, string name) => Assert.Equal(name, OnlyPerson(body));

    [Fact]
    public void Initials_of_a_place_make_no_name() => Assert.Empty(Extract("The U.S. Senate met on Monday, and the D.C. Council did not.").People);

    [Theory]
    // After an honorific or a rank, with its full stop, they make a name wherever they stand.
    [InlineData("Gen. George Washington also comes to mind as a leader.", "George Washington")]
    [InlineData("No thanks to Gov. Nathan Deal, who wanted the refugees out.", "Nathan Deal")]
    public void An_honorific_before_a_given_name_keeps_a_surname_that_is_otherwise_a_thing(string body, string name) => Assert.Equal(name, OnlyPerson(body));

    [Fact]
    // Not a place named after someone: the run that ends in "Hospital" names the hospital, whoever it is named after.
    public void A_hospital_named_after_someone_is_no_person() => Assert.Empty(Extract("The Queen Elizabeth Hospital said it was full on Monday.").People);

    [Theory]
    // A capitalised run right after a word for a work is the work's title (issue 19: titles of works look like names).
    [InlineData("There are seventy stories without ends. In the novel Dark Matters I think what interested me was the structure.")]
    // A word or two that describe the work may stand between the possessive and the noun ("her graphic novel").
    [InlineData("She was there to launch her graphic novel Angel Catbird at the fair on Friday.")]
    public void A_title_after_a_word_for_a_work_is_no_person(string body) => Assert.Empty(Extract(body).People);

    [Fact]
    public void A_name_after_a_lower_case_word_and_a_work_with_no_determiner_is_still_a_person()
    {
        // "played a song Angel Davis wrote": the words before the noun must reach back to an article or a possessive.
        Assert.Equal(new[] { "Angel Davis" }, Extract("Fans cheered when the band played a song Angel Davis wrote in prison.").People.Select(p => p.Name));
    }

    [Theory]
    // A title in the plural speaks for several people, and "Please" asks the reader: neither is a name, though it speaks.
    [InlineData("Campaigners say the tests are old. Campaigners say that makers use tricks.")]
    [InlineData("Sorry you didn't like this comment. Please provide a reason below. Please explain why.")]
    public void A_plural_title_or_a_request_that_speaks_is_no_person(string body) => Assert.Empty(Extract(body).People);

    [Theory]
    // A quoted run with more words than the name is the title of a show or a brand, or a nickname with its honorific.
    [InlineData("He started a channel in 2009. He wears a suit in videos he calls \"Consumer Advocate TV,\" pointing to bottles of cola and telling viewers that sugar is \"destroying America.\"")]
    [InlineData("He attacked the government's red tape on Monday, dubbing the minister \"Sir Wastealot\".")]
    public void A_quoted_run_longer_than_its_name_is_no_person(string body) => Assert.Empty(Extract(body).People);

    [Fact]
    public void A_known_given_name_in_a_quoted_title_is_still_the_host()
    {
        var people = Extract("Rubio spoke on the show. \"There is no way,\" Rubio said on ABC's \"This Week With George Stephanopoulos.\"").People;
        Assert.Contains(people, x => x.Name == "George Stephanopoulos");
    }

    [Theory]
    // A photographer's credit left in the body, in brackets with the agency after a slash or after a copyright sign, names
    // no one the article is about.
    [InlineData("Crowds filled the square on Tuesday. (Manu Fernandez/AP)")]
    [InlineData("Crowds filled the square on Tuesday. (Ellen M. Banner / The Seattle Times)")]
    [InlineData("Crowds filled the square on Tuesday. \u00A9 Reuters / David Mercado")]
    public void A_name_in_a_photo_credit_is_no_person(string body) => Assert.Empty(Extract(body).People);

    [Theory]
    // A run that ends in the noun of a building, a body or an event names that, not a person, though it speaks or is
    // shortened later ("Statehouse"); the person in the sentence is still found.
    [InlineData("Joel Schlabach, a teacher at eastern Ohio\u2019s Richmond High School, said politicians had failed teachers.", "Joel Schlabach")]
    [InlineData("Several thousand teachers surrounded the Indiana Statehouse on Tuesday. Inside the Statehouse, lawmakers met, said Keith Gambill.", "Keith Gambill")]
    [InlineData("Andrew Bud said so. According to Continental Research, 29% of the people it questioned were technophobes, Bud said.", "Andrew Bud")]
    [InlineData("The band played on Jimmy Kimmel Live on Monday, said Keith Gambill.", "Keith Gambill")]
    public void A_name_that_ends_in_an_institution_noun_is_no_person(string body, string person) => Assert.Equal(person, OnlyPerson(body));

    [Theory]
    // A name shortened to a last word the article writes as a thing's ("pushed back the Taliban,") is no person's; a
    // family name after a possessive kind of organisation ("the group's Haqqani network") still is one.
    [InlineData("Troops fought the Pakistani Taliban on Monday and pushed back the Taliban, said Keith Gambill.", new[] { "Keith Gambill" })]
    [InlineData("The released men included Anas Haqqani, who helps lead the insurgent group's Haqqani network.", new[] { "Anas Haqqani" })]
    public void A_name_shortened_to_a_thing_is_no_person(string body, string[] people) => Assert.Equal(people, Extract(body).People.Select(p => p.Name));

    [Theory]
    // Nor one whose last word the article writes alone only where a place stands ("in Oakland"); the same word alone
    // anywhere else still refers back to a person ("Oakland said").
    [InlineData("We met Tavo Oakland on Monday. Most of the bars in Oakland close at two, said Keith Gambill.", new[] { "Keith Gambill" })]
    [InlineData("Michael Owen has no plans to quit Real Madrid. He has settled in Madrid, said Keith Gambill.", new[] { "Michael Owen", "Keith Gambill" })]
    [InlineData("We met Tavo Oakland on Monday. Most of the bars close at two, Oakland said.", new[] { "Tavo Oakland" })]
    public void A_name_whose_last_word_stands_alone_only_as_a_place_is_no_person(string body, string[] people) =>
        Assert.Equal(people, Extract(body).People.Select(p => p.Name));

    [Theory]
    // A given name and a word the article writes in lower case, after a determiner (or a possessive name) and an adjective,
    // name a thing; kin or a title before them ("his wife", "the actress") still names a person.
    [InlineData("The laptop keeps a keyboard based on the standalone Magic Keyboard, said Keith Gambill.", "Magic Keyboard", "Keith Gambill")]
    // A name in the possessive stands for the determiner.
    [InlineData("The new keyboard is backlit, unlike Apple\u2019s standalone Magic Keyboard, said Keith Gambill.", "Magic Keyboard", "Keith Gambill")]
    [InlineData("Keith Gambill came with his wife Grace Rose, who grew a rose for the fair.", "Rose", "Grace Rose")]
    [InlineData("Keith Gambill came with the actress Ann Bell, who rang a bell at the fair.", "Bell", "Ann Bell")]
    public void A_given_name_and_a_common_word_after_a_determiner_name_a_thing(string body, string not, string person) =>
        AssertPersonButNot(body, person, not);

    [Theory]
    // A quotation capitalises its first word, a verb as well as a given name: a run that opens one is not a full name
    // because its last word stands alone elsewhere ("Dump Trump" is a chant); a name with more to say for it still is one.
    [InlineData("Crowds outside chanted \u201CDump Varga.\u201D Varga said he had heard them, and Varga left.", "Dump Varga", "Varga")]
    [InlineData("Fans will scream, \u201CMake Varga just go away.\u201D Varga said he would stay, and Varga did.", "Make Varga", "Varga")]
    [InlineData("\u201CKeith Gambill called me,\u201D she said. Gambill said he had.", "Gambill", "Keith Gambill")]
    public void A_run_that_opens_a_quotation_is_not_a_name_for_its_last_word_alone(string body, string not, string person) =>
        AssertPersonButNot(body, person, not);

    /// <summary>The body's people include <paramref name="person"/> and not <paramref name="not"/>.</summary>
    private static void AssertPersonButNot(string body, string person, string not)
    {
        var people = Extract(body).People.Select(p => p.Name).ToList();
        Assert.DoesNotContain(not, people);
        Assert.Contains(person, people);
    }

    [Fact]
    // A number word never opens a person's name: "Zero Hedge" is a website, though it "said" things.
    public void A_name_that_opens_with_a_number_word_is_no_person() =>
        Assert.Equal("Keith Gambill", OnlyPerson("In a comparison done on Zero Hedge, the numbers differed.\n\n"
            + "\"On this basis,\" Zero Hedge said, \"true unemployment is higher.\"\n\nThe figures were checked, said Keith Gambill."));

    [Theory]
    // The last word of a body's name before its officer's ("Islamic Relations Alia Salem"), and a news site that "has
    // learned" things, are no part of a person's name.
    [InlineData("The director of the Council on American - Islamic Relations Alia Salem said he wished to study.", "Alia Salem")]
    [InlineData("Wikinews has learned that the site was attacked. Wikinews asked the church, said Keith Gambill. Wikinews said so.", "Keith Gambill")]
    public void A_body_or_a_news_site_is_no_part_of_a_name(string body, string person) => Assert.Equal(person, OnlyPerson(body));

    [Theory]
    // A network and a place whose name ends in a plural noun of its kind are no person, though a given name opens them.
    [InlineData("\"We have won the rights,\" said Sky Networks' Sophie Turner Laing. \"Sky is the natural place to see it.\"", "Sophie Turner Laing")]
    [InlineData("The family moved to Beverly Hills in 1990, said Keith Gambill.", "Keith Gambill")]
    [InlineData("The shop in Jackson Heights closed in May, said Keith Gambill.", "Keith Gambill")]
    public void A_network_or_a_place_named_in_the_plural_is_no_person(string body, string person) => Assert.Equal(person, OnlyPerson(body));

    [Theory]
    // A mosque, a creek or a court named with a title before its kind is no person.
    [InlineData("Visitors to the Imam Mosque should dress modestly, said Keith Gambill.", new[] { "Keith Gambill" })]
    [InlineData("Suburbs such as Queen Creek are growing fast, said Keith Gambill.", new[] { "Keith Gambill" })]
    [InlineData("Judge Lena Hart and the Second Circuit say no, said Keith Gambill.", new[] { "Lena Hart", "Keith Gambill" })]
    public void A_mosque_a_creek_or_a_court_named_with_its_kind_is_no_person(string body, string[] people) =>
        Assert.Equal(people.OrderBy(n => n, System.StringComparer.Ordinal), Extract(body).People.Select(p => p.Name).OrderBy(n => n, System.StringComparer.Ordinal));

    [Fact]
    // "Earth" names the planet, though it stands alone and seems to speak ("other than Earth boasting").
    public void The_earth_is_no_person() =>
        Assert.Equal("Rosaly Lopes", OnlyPerson("On Earth, water rains down. Titan is the only object other than Earth boasting stable liquids, said Rosaly Lopes. "
            + "On Earth it is different, said Rosaly Lopes."));

    [Fact]
    // A named storm is no person, though its name is a given name and stands alone later.
    public void A_named_storm_is_no_person() =>
        Assert.Equal("Keith Gambill", OnlyPerson("The damage was less than Hurricane Mitch caused in 1998, when Mitch killed thousands, said Keith Gambill."));

    [Theory]
    // "Lower", "Inner", "Greater", "Midtown" name part of a place, and no person's name opens with them.
    [InlineData("Crowds filled Lower Manhattan on Friday, and Manhattan was quiet by night, said Keith Gambill.")]
    [InlineData("The plague case was in Inner Mongolia, and Mongolia closed its border, said Keith Gambill.")]
    public void A_place_with_its_part_is_no_person(string body) => Assert.Equal("Keith Gambill", OnlyPerson(body));

    [Theory]
    // An occupation is a title: it opens a sentence before a full name and names the one it comes before.
    [InlineData("Politician Chuka Umunna said the contracts should be the exception to the rule.", "Chuka Umunna")]
    [InlineData("The awards were hosted by hip-hop artist Xzibit and watched by 6,000 people.", "Xzibit")]
    [InlineData("Victoria Wood slated comedian Sacha Baron Cohen for his humour.", "Sacha Baron Cohen")]
    public void An_occupation_is_a_title(string body, string name) => Assert.Contains(name, Extract(body).People.Select(p => p.Name));

    [Fact]
    // "Hey" greets the one named after it and is no part of the name.
    public void A_greeting_is_no_part_of_a_name() =>
        Assert.DoesNotContain(Extract("Frank Messina is a poet. When people come up to me and say, 'Hey Frank, my name is John,' I say, 'Hey John, my name is Frank.'").People, p => p.Name.StartsWith("Hey", System.StringComparison.Ordinal));

    [Theory]
    // A given name the writer put in brackets before a surname is part of the name.
    [InlineData("\"Coach (Frank) Vogel came in here and said it,\" James said.\n\nVogel said he was pleased.", "Frank Vogel")]
    [InlineData("The senator, [Phil] Gramm, wrote the bill.\n\nGramm said it would pass.", "Phil Gramm")]
    public void A_bracketed_given_name_belongs_to_the_surname_after_it(string body, string name) =>
        Assert.Contains(Extract(body).People, p => p.Name == name && p.Aliases.Contains(name.Split(' ')[1]));

    [Fact]
    // "technical coordinator at Cepes": the word after a post and "at" is where the post is held, an organisation, though
    // it later speaks on its own.
    public void Where_a_post_is_held_is_no_person() =>
        Assert.Equal("Carlos Saldarriaga", OnlyPerson("\"We help the farmers,\" said Carlos Saldarriaga, technical coordinator at Cepes.\n\n"
            + "Cepes said prices rose in the spring.\n\nCepes said the project would grow."));

    [Theory]
    // A newspaper named for a thing is no person, though it speaks ("the Toronto Star reported", "Edmonton Sun said").
    [InlineData("The Toronto Star said the report was found on a street, said Paul Dewar.")]
    [InlineData("Peter Zimonjic wrote it, and the Edmonton Sun said the report was found on a street, said Paul Dewar.")]
    public void A_newspaper_named_for_a_thing_is_no_person(string body) =>
        Assert.DoesNotContain(Extract(body).People, p => p.Name.EndsWith("Star", System.StringComparison.Ordinal) || p.Name.EndsWith("Sun", System.StringComparison.Ordinal));

    [Fact]
    // The run before a club's role and a name ("Aston Villa boss David O'Leary") is the club, wherever else it stands.
    public void A_club_before_its_boss_is_no_person() =>
        Assert.Equal(new[] { "David O'Leary", "Doug Ellis" }, Extract("Aston Villa boss David O'Leary signed a new deal.\n\nVilla chairman Doug Ellis was happy.\n\n"
            + "\"Someone has to put Aston Villa back where they belong,\" O'Leary said.").People.Select(p => p.Name));

    [Theory]
    // Wire copy closes with its staff's credit; the reporters and editors it names are not people the article is about.
    [InlineData("Crowds filled the square on Tuesday.\n\n(Reporting by Valerie Volcovici; Additional reporting by Lawrence Hurley; Editing by Will Dunham.)")]
    [InlineData("Crowds filled the square on Tuesday.\n\nReporting by Rodrigo Campos; additional reporting by Stephanie Kelly and Saqib Iqbal Ahmed; Editing by Nick Zieminski")]
    [InlineData("Crowds filled the square on Tuesday.\n\n--additional reporting by Linh Tat.")]
    // Or names them first: "contributed to this report", "contributed reporting", and an editor's credit.
    [InlineData("Crowds filled the square on Tuesday.\n\nAssociated Press writers Alan Vantrel, Laurie Quennell and Jill Osei contributed to this report.")]
    [InlineData("Crowds filled the square on Tuesday.\n\nKeith Vantrel contributed reporting from Hong Kong.")]
    [InlineData("Crowds filled the square on Tuesday.\n\nEdited by: Louis Vantrel")]
    // Or says where each reporter wrote from.
    [InlineData("Crowds filled the square on Tuesday.\n\nJudith Vantrel reported from Midway Atoll, and Mark Osei from Honolulu.")]
    [InlineData("Crowds filled the square on Tuesday.\n\nAssociated Press writer Jill Osei contributed from Albuquerque.")]
    public void A_name_in_a_staff_credit_is_no_person(string body) => Assert.Empty(Extract(body).People);

    [Fact]
    public void A_person_who_reported_something_from_a_place_is_still_a_person() =>
        Assert.Equal("Judith Vantrel", OnlyPerson("Crowds filled the square.\n\nJudith Vantrel reported from the scene that the police had left, and the crowd cheered."));

    [Fact]
    public void A_paragraph_about_reporting_by_someone_still_names_them()
    {
        Assert.Equal("Carl Bernstein", OnlyPerson("Reporting by the paper's Carl Bernstein exposed the break-in, the committee said."));
    }

    [Fact]
    public void A_name_in_brackets_that_is_no_credit_is_still_a_person()
    {
        Assert.Equal("Manu Fernandez", OnlyPerson("Crowds filled the square (Manu Fernandez, a local teacher, counted 400) on Tuesday."));
    }

    [Theory]
    // An article's authors are named in its credit lines, which are not its news; the people it reports on stay.
    [InlineData("Jane Rowe is a reporter for the Harbour Gazette. Write to her at jane@example.com.")]
    [InlineData("Reporting by Jane Rowe; editing by Tom Hale.")]
    public void The_articles_own_author_named_in_a_credit_line_is_no_person_of_it(string credit)
    {
        var model = ArticleExtractor.Extract("t.txt", "t.txt", "Harbour wall to be rebuilt\n\nBy Jane Rowe\n\nMayor Helen Carter said the wall would be rebuilt.\n\n" + credit + "\n");
        Assert.Equal(new[] { "Jane Rowe" }, model.Authors);
        Assert.DoesNotContain(model.People, p => p.Name == "Jane Rowe");
        Assert.Contains(model.People, p => p.Name == "Helen Carter");
    }

    [Theory]
    // Without a title, a known given name and a word that otherwise names a thing ("Election Day") are a person's name when
    // the pair speaks or a relative clause, an age or an apposition describes it.
    [InlineData("\"This platform says you are no longer welcome,\" said Kristen Day, executive director of Democrats for Life.", "Kristen Day")]
    [InlineData("Rents are rising fast. Michael Day, 30, who lives with his parents in Bristol, says he is stuck.", "Michael Day")]
    [InlineData("Telecoms ombudsman Elizabeth France said the calls were fair.", "Elizabeth France")]
    public void A_given_name_keeps_a_surname_that_is_otherwise_a_thing_when_it_speaks_or_is_described(string body, string name) => Assert.Equal(name, OnlyPerson(body));

    [Theory]
    // Not a number that begins a list after a place, nor a weekday after a name that a speech verb follows.
    [InlineData("The whales died on Stewart Island, 10 rare pygmy whales on the beach and more to the south.")]
    [InlineData("Turnout fell after Victoria Day, officials noted in the report.")]
    public void A_given_name_and_a_thing_that_is_not_described_name_no_one(string body) => Assert.Empty(Extract(body).People);

    [Fact]
    public void A_weekday_after_a_given_name_that_speaks_is_no_surname()
    {
        Assert.Equal("Jordan", Assert.Single(Extract("\"The count was slow,\" said Jordan Monday. \"It will be faster,\" Jordan said.").People).Name);
    }

    [Theory]
    // An age may open the apposition between a name and its speech verb: the name speaks, so it is a person.
    [InlineData("Marley Anderson, 21, a junior from Las Vegas, said she turned out at her first caucus.", "Marley Anderson")]
    [InlineData("Voters were tired. Orrin Vantrel, 44, said the count was slow.", "Orrin Vantrel")]
    // So may where the person is from, with its state after a comma and its full stop.
    [InlineData("Voters were tired. Orrin Vantrel, of Springfield, Va., said he had fought \"for the nation.\"", "Orrin Vantrel")]
    [InlineData("Voters were tired. Orrin Vantrel, 29, of Huntsville, Ala., says his concern is the count.", "Orrin Vantrel")]
    [InlineData("Voters were tired. Orrin Vantrel, of Dunmore, said the count was slow.", "Orrin Vantrel")]
    // So may "another", as "a" does.
    [InlineData("Voters were tired. Orrin Vantrel, another deportee, said he had paid an agent.", "Orrin Vantrel")]
    public void A_name_whose_apposition_gives_an_age_or_a_place_and_speaks_is_a_person(string body, string name) => Assert.Equal(name, OnlyPerson(body));

    [Theory]
    // What the person was doing, set off by commas between a full name and its speech verb: the name speaks.
    [InlineData("Voters were tired. But Orrin Vantrel, defending Closer, said the ruling was a \"disproportionate response\".", "Orrin Vantrel")]
    [InlineData("Voters were tired. Orrin Vantrel, wearing a T-shirt covered in buttons, said the count was slow.", "Orrin Vantrel")]
    [InlineData("Voters were tired. Orrin Vantrel, speaking to the BBC, also admits the count was slow.", "Orrin Vantrel")]
    public void A_full_name_set_off_by_what_they_were_doing_before_a_speech_verb_is_a_person(string body, string name) => Assert.Equal(name, OnlyPerson(body));

    [Theory]
    // After "a" or "an", a title and one word describe a thing: "a General Motors exhibition"; the title still names a person alone.
    [InlineData("A neon sign lit the way to a General Vantrel exhibition that heralded the world of tomorrow.", null)]
    [InlineData("A neon sign lit the way, General Vantrel said at the exhibition.", "Vantrel")]
    [InlineData("Placed under the care of a Dr. Vantrel, he was encouraged to exercise in moderation.", "Vantrel")]
    public void A_title_and_one_word_after_an_indefinite_article_is_no_person(string body, string? name) =>
        Assert.Equal(name is null ? new string[0] : new[] { name }, Extract(body).People.Select(p => p.Name));

    [Theory]
    // Not a preposition in "-ing", nor a phrase that no speech verb ends.
    [InlineData("Voters were tired. Orrin Vantrel, including its branches, said the count was slow.")]
    [InlineData("Voters were tired. Orrin Vantrel, defending the title, lost the final.")]
    public void A_full_name_set_off_by_an_ing_word_without_a_speech_verb_after_it_is_no_person(string body) => Assert.Empty(Extract(body).People);

    [Theory]
    // An adverb may stand between a full name and its speech verb, after a relative clause or an apposition too.
    [InlineData("Voters were tired. Orrin Vantrel once said, \"It happened so many times.\"", "Orrin Vantrel")]
    [InlineData("Voters were tired. Orrin Vantrel, who coined the word, once said, \"It happened so many times.\"", "Orrin Vantrel")]
    [InlineData("Voters were tired. Orrin Vantrel, a retired teacher, later told reporters the count was slow.", "Orrin Vantrel")]
    public void A_full_name_and_an_adverb_before_a_speech_verb_is_a_person(string body, string name) => Assert.Equal(name, OnlyPerson(body));

    [Theory]
    // "had" or "would" may stand before the verb, with an adverb after it too.
    [InlineData("Voters were tired. Orrin Vantrel had said: \"It happened so many times.\"", "Orrin Vantrel")]
    [InlineData("Voters were tired. Orrin Vantrel would later tell reporters the count was slow.", "Orrin Vantrel")]
    public void A_full_name_and_had_or_would_before_a_speech_verb_is_a_person(string body, string name) => Assert.Equal(name, OnlyPerson(body));

    [Theory]
    // "has said" is the tense of a firm's statement as often as a person's, and "was told" makes the name the listener.
    [InlineData("Voters were tired. Harbour Vantrel has said that the count was slow.")]
    [InlineData("Voters were tired. Harbour Vantrel was told the count was slow.")]
    public void A_full_name_before_has_said_or_was_told_is_no_person_by_that_alone(string body) => Assert.Empty(Extract(body).People);

    [Theory]
    // A party and state in brackets may stand between a titled name and its speech verb, even when the surname is
    // otherwise never a name; an organisation's short form in brackets is no party.
    [InlineData("Rep. Steve Israel (D-N.Y.) said the members agreed.", "Steve Israel")]
    [InlineData("Rep. Steve Israel (D) said the members agreed.", "Steve Israel")]
    public void A_party_in_brackets_before_a_speech_verb_keeps_a_titled_name_whole(string body, string name) => Assert.Equal(name, OnlyPerson(body));

    [Theory]
    // After a capitalised title inside a longer run, a full name is the person's even when its given name is unknown; not
    // when the article writes that word in lower case too.
    [InlineData("The Council on American-Islamic Relations National Executive Director Nihad Awad says the rhetoric \"has crossed the line.\"", "Nihad Awad")]
    [InlineData("A federal bankruptcy court in Houston led by Texas Judge Letitia Clark heard the case.", "Letitia Clark")]
    public void A_full_name_after_a_capitalised_title_in_a_run_is_a_person(string body, string name) => Assert.Equal(name, OnlyPerson(body));

    [Theory]
    // Title-case phrases with a title noun in them name no one when their words are common ones; a party and state in
    // brackets after a name is no second person, whatever verb follows it.
    [InlineData("Read the next article, How to Adopt an Online Leader Success Mindset. Success is rare, and success takes work.")]
    public void Title_case_common_words_after_a_title_are_no_name(string body) => Assert.Empty(Extract(body).People);

    [Fact]
    public void A_party_and_state_in_brackets_is_no_person() =>
        Assert.Equal(new[] { "Gregory Meeks", "Steve Israel" },
            Extract("Rep. Gregory Meeks (D-N.Y.) said the members agreed. Rep. Steve Israel (D-N.Y) said they would \"stay coordinated.\"").People.Select(p => p.Name).ToArray());

    [Theory]
    // Dotted capitals before a surname are a person's initials, with a title before them or none.
    [InlineData("\"Twitter has ramped up its response,\" said J.M. Berger, a fellow at the university.", "J.M. Berger")]
    [InlineData("George H.W. Bush called the policy \"voodoo economics\" at the time.", "George H.W. Bush")]
    [InlineData("Rep. G.K. Butterfield said the members agreed.", "G.K. Butterfield")]
    public void Dotted_initials_begin_a_name(string body, string name) => Assert.Equal(name, OnlyPerson(body));

    [Theory]
    // Dotted capitals that abbreviate a country, a body or a place are no initials: the words after them name no one.
    [InlineData("The U.S. Senate voted on Tuesday and the U.N. Security Council met.")]
    [InlineData("He wrote to P.O. Box 12 and the D.C. Council said nothing.")]
    public void Dotted_abbreviations_begin_no_name(string body) => Assert.Empty(Extract(body).People);

    [Theory]
    // A month's abbreviation that is a given name begins a name before a surname; a month in full does not.
    [InlineData("Former governor Jan Brewer said it was fine.", "Jan Brewer")]
    [InlineData("Police Federation chairman Jan Berry said officers should act.", "Jan Berry")]
    public void A_given_name_that_abbreviates_a_month_begins_a_name(string body, string name) => Assert.Equal(name, OnlyPerson(body));

    [Theory]
    // A full name with an age between commas after it is a person's, whatever the verb; a number that counts what follows
    // it is no age.
    [InlineData("Voters were tired. Orrin Vantrel, 33, the centre's programme coordinator, came to the city in 2011.", "Orrin Vantrel")]
    [InlineData("Voters were tired. Orrin Vantrel, 13, of Springfield sold water on Broad Street.", "Orrin Vantrel")]
    public void A_full_name_with_an_age_after_it_is_a_person(string body, string name) => Assert.Equal(name, OnlyPerson(body));

    [Fact]
    public void A_number_after_a_name_that_counts_what_follows_is_no_age() =>
        Assert.Empty(Extract("Opposite the Museum of Modern Art, 20 summer analysts waited for the bank to open.").People);

    [Fact]
    public void An_organisations_short_form_in_brackets_is_no_party() => Assert.Empty(Extract("Video game giant Electronic Arts (EA) says it wants to grow.").People);

    [Theory]
    // Not a lone word, which is as often a country or a publication, nor a publication's name.
    [InlineData("Westbank then said it would appeal. A week on, Westbank then said so again.")]
    [InlineData("Business Insider also commented on the deal, as Business Insider does.")]
    public void A_lone_word_or_a_publication_before_an_adverb_and_a_speech_verb_is_no_person(string body) => Assert.Empty(Extract(body).People);

    [Theory]
    // The state after its town, between commas before the verb, is where the speaker is from, even when the article
    // names the state again; a lone name after a place that opens the sentence still speaks.
    [InlineData("Peter Vantrel, a delegate from Houston, Texas, said the turmoil was bad.\n\nTexas delegates cheered.", "Peter Vantrel")]
    [InlineData("A woman in Worcester, Massachusetts, told him she was worried.\n\nPeter Vantrel went to Massachusetts.", "Peter Vantrel")]
    [InlineData("The vote was close. In Lisbon, Vantrel, 76, said the count was slow.\n\nVantrel said it was fine.", "Vantrel")]
    public void A_state_after_its_town_is_a_place_not_a_speaker(string body, string name) => Assert.Equal(name, OnlyPerson(body));

    [Fact]
    public void A_nickname_and_the_surname_refer_to_the_person_whose_name_quotes_that_nickname()
    {
        var article = Extract("Rep. Robert C. \"Bobby\" Scott threw open his yard. Later, Bobby Scott thanked the crowd and Scott left.");
        var person = Assert.Single(article.People);
        Assert.Equal("Robert C. Scott", person.Name);
        Assert.Contains("Bobby Scott", person.Aliases);
    }

    [Fact]
    public void Titles_and_abbreviations_of_four_letters_keep_their_full_stop()
    {
        var tokens = Tokenizer.Split("Navy Capt. Jeff Davis met Prof. Ann Lee and Supt. Tom Ruiz in Sept. 2016, said Rich.");
        Assert.Equal(new[] { "Navy", "Capt.", "Jeff", "Davis", "met", "Prof.", "Ann", "Lee", "and", "Supt.", "Tom", "Ruiz", "in", "Sept.", "2016", "said", "Rich" }, tokens.Select(t => t.Text));
        // A company's "Corp." is still a word that is never a name, with its full stop.
        Assert.DoesNotContain(Extract("NASA chose Sierra Nevada Corp. and Ceres Robotics to build the landers.").People, p => p.Name.Contains("Corp", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Well_known_companies_and_teams_are_not_people()
    {
        var model = Extract("Samsung said sales fell. Samsung said prices would rise. The Celtics won. Celtics said the win mattered, Celtics added.");
        Assert.Empty(model.People);
    }

    [Theory]
    [InlineData("Senator Ana Ruiz told the Lena Cole Show on Monday that the Harbour Software Alliance said the bill was weak.")]
    // Bureaus, institutions, directorates, shelters, systems and firms of brothers, as news names them.
    [InlineData("Ana Ruiz spoke. The Hollis Census Bureau said the count was late, and Carlin Institution said so too.")]
    [InlineData("Ana Ruiz spoke. Santa Ana Animal Shelter said it was full. Marlow Brothers said they would help.")]
    [InlineData("Ana Ruiz spoke. Lib Dems said the vote was close. Photovoltaic Power Systems said prices fell.")]
    // Centres, foundations, institutes and universities named after a person name no person.
    [InlineData("Ana Ruiz spoke. The Simon Kessler Foundation said the grant was late. The George W. Harlan Presidential Center said so too.")]
    [InlineData("\"Prices will rise,\" said Prudential Equity Group insurance analyst Ana Ruiz.")]
    // A company's divisions and a newspaper named after a town.
    [InlineData("Ana Ruiz, of the firm's Retail Solutions Division, says stores will change. The Marlow Park Press said the plan was sound.")]
    public void A_run_that_ends_in_the_head_noun_of_an_institution_names_no_person(string text)
    {
        Assert.Equal("Ana Ruiz", OnlyPerson(text));
    }

    [Theory]
    // Capitalised words that "&" joins to the run name a firm or a brand.
    [InlineData("Stefan Orlo, chief economist at Harbour Corporate & Investment Banking, said the figures were decent.")]
    [InlineData("Amazon is offering the Velta Door & Window sensor for $30, Stefan Orlo said. Door & Window is a capable option.")]
    // Words that end in a title name an office ("Chief Financial Officer", "Speaker"), not the one who holds it.
    [InlineData("In his appearance before the committee, the company's Chief Financial Officer, Stefan Orlo, will explain the results.")]
    [InlineData("The Senate mourned the former House of Representatives Speaker , and Stefan Orlo spoke. The late Speaker of the House was 80.")]
    public void Words_joined_by_an_ampersand_or_ending_in_a_title_name_no_person(string text) => Assert.Equal("Stefan Orlo", OnlyPerson(text));

    [Theory]
    // A run that opens with a known given name is still a person's, beside "&" or a title for a surname.
    [InlineData("Stolen dog: Hilary Duff & Friends scour the city.", "Hilary Duff")]
    [InlineData("The singer Carole King performed at the gala.", "Carole King")]
    public void A_known_given_name_keeps_a_person_beside_an_ampersand_or_a_title(string text, string person) => Assert.Equal(person, OnlyPerson(text));

    [Fact]
    public void A_surname_alone_refers_to_a_name_with_a_generational_suffix()
    {
        var model = Extract("Vice President Joseph R. Biden Jr. spoke first. Mr. Biden said the plan was fair.");
        var person = Assert.Single(model.People);
        Assert.Equal("Joseph R. Biden Jr.", person.Name);
        Assert.Contains("Biden", person.Aliases);
    }

    [Fact]
    public void A_title_inside_a_run_ends_the_description_before_a_full_name()
    {
        var model = Extract("Oversight Chairman Jason Orlen said on Monday that Texas Sen. Maria Kell would vote no.");
        Assert.Equal(new[] { "Jason Orlen", "Maria Kell" }, model.People.Select(p => p.Name).OrderBy(n => n));
        Assert.EndsWith("Chairman", model.People.Single(p => p.Name == "Jason Orlen").Role);
    }

    [Fact]
    public void A_title_word_inside_a_name_of_a_law_makes_no_person()
    {
        Assert.Equal("Ana Ruiz", OnlyPerson("The Every Student Succeeds Act, as the bill is called, passed on Monday. Mayor Ana Ruiz said it would help."));
    }

    [Fact]
    public void Dotted_initials_after_a_title_begin_the_name_but_an_acronym_alone_is_no_name()
    {
        Assert.Equal("G.K. Orlen", OnlyPerson("\"This is a sad day,\" said Rep. G.K. Orlen of the state's first district. He spoke to the chief U.S. adviser."));
    }

    [Theory]
    [InlineData("\"I think the film will win,\" said Mr French.", "French")]
    [InlineData("\"He is one of us,\" Mr. English said of the senator.", "English")]
    public void A_word_that_is_never_a_name_is_a_surname_after_a_courtesy_title(string body, string name)
    {
        Assert.Equal(name, OnlyPerson(body));
    }

    [Theory]
    // After any title, such a word is the surname of the person the article has named in full with it; else it is the
    // title's qualifier ("the French President").
    [InlineData("Chris French, head of the unit, spoke. \"Such memories involve many systems,\" said Professor French.", "Chris French")]
    [InlineData("Chris French, head of the unit, spoke. \"Such memories involve many systems,\" Dr French said.", "Chris French")]
    [InlineData("Chris French, head of the unit, spoke. \"Such memories involve many systems,\" said the French President.", null)]
    [InlineData("Chris French, head of the unit, spoke. French officials said the plan was \"rushed\".", null)]
    public void A_word_that_is_never_a_name_after_a_title_is_the_surname_of_the_person_named_with_it(string body, string? speaker)
    {
        var model = Extract(body);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal(speaker, quote.SpeakerIndex >= 0 ? model.People[quote.SpeakerIndex].Name : null);
    }

    [Fact]
    // Only after a title: the month alone is no mention of Theresa May.
    public void A_word_that_is_never_a_name_without_a_title_is_no_mention_of_the_person_named_with_it() =>
        Assert.Empty(Assert.Single(Extract("Theresa May, the shadow secretary, spoke on Monday. The vote will be held in May, officials said.").People).Aliases);

    [Theory]
    [InlineData("\"We will look at it,\" Mr President said.")]
    [InlineData("Miss Moscow 2018 was picked from 49 finalists.")]
    public void A_title_after_a_courtesy_title_or_a_contest_after_Miss_is_no_person(string body)
    {
        Assert.Empty(Extract(body).People);
    }

    [Theory]
    [InlineData("Quorin Vale, his brother, said: \"We are delighted.\"")]
    [InlineData("Quorin Vale, an agricultural scientist and former head of the national seed bank, warns that exports may displace other crops.")]
    public void A_full_name_is_a_person_when_its_speech_verb_follows_an_apposition(string body)
    {
        Assert.Equal("Quorin Vale", OnlyPerson(body));
    }

    [Theory]
    // A bare form after a comma ends a list of adjectives, a participle hangs on a clause, and a lone word may be a company.
    [InlineData("Hunky Dory, a mix of wordy, elaborate songwriting, came next.")]
    [InlineData("Greyfield Systems, the team behind the study, noting the small traces, played the findings down.")]
    [InlineData("Ascom, a global provider of alarm systems, announced a new product. Ascom shares rose.")]
    public void Only_a_full_name_with_a_verb_in_a_subjects_tense_speaks_after_an_apposition(string body)
    {
        Assert.Empty(Extract(body).People);
    }

    [Theory]
    [InlineData("Singer-guitarists Tom Vale and Ana Ruiz will tour together.", "Tom Vale")]
    [InlineData("The vote was close. Billionaire Tom Vale said he would appeal.", "Tom Vale")]
    // Not before two given names, nor before a suffix, nor inside a sentence, where the word may be a given name we do not know.
    [InlineData("Chidike Rhys James said the show opens today.", "Chidike Rhys James")]
    [InlineData("Chidike Thomas Jr. wrote the story.", "Chidike Thomas Jr.")]
    [InlineData("The crowd cheered as Chidike Tom Vale said he would stay.", "Chidike Tom Vale")]
    public void A_capitalised_word_that_opens_a_sentence_before_a_full_name_is_not_part_of_it(string body, string name)
    {
        Assert.Equal(name, Extract(body).People[0].Name);
    }

    [Theory]
    // A title noun that opens the sentence titles the full name after it, which then needs no verb of speech.
    [InlineData("Actor Orlo Vantusk used milk instead of ice for the stunt.", "Orlo Vantusk")]
    [InlineData("Journalist Orlo Vantusk writes in the paper about the match.", "Orlo Vantusk")]
    // Not a title that also heads an institution's or a work's name ("Star Wars Jedi: Fallen Order").
    [InlineData("Star Wars Jedi: Fallen Order review. Orlo Vantusk said it was good.", "Orlo Vantusk")]
    public void A_title_noun_that_opens_a_sentence_titles_the_full_name_after_it(string body, string name) => Assert.Equal(name, OnlyPerson(body));

    [Fact]
    public void A_title_in_quote_marks_does_not_open_a_sentence()
    {
        Assert.Empty(Extract("Now we know when: \"Super Mario Run\" will launch on phones on Thursday.").People);
    }

    [Theory]
    [InlineData("The critic Philip French said the film was long.", "Philip French")]
    [InlineData("Theresa May said the talks would go on.", "Theresa May")]
    [InlineData("Marty West, an education professor, called it \"an incredibly significant development.\"", "Marty West")]
    public void A_month_demonym_or_compass_point_that_is_a_common_surname_ends_a_name_after_a_given_name(string body, string name)
    {
        Assert.Equal(name, OnlyPerson(body));
    }
    [Theory]
    // A title that a determiner opens, set off before a name whose given name no list knows, makes the name a person's.
    [InlineData("The leader of Vostana, Radek Kvarno, condemned the attack on Wednesday.", "Radek Kvarno", "leader of Vostana")]
    [InlineData("The secretary general of OBRA (Ostrian Bishops' Assembly), Nunzo Gallarti, has called the ruling unfair.", "Nunzo Gallarti", "secretary general of OBRA")]
    [InlineData("Her campaign manager, Tobin Quarle, has resigned.", "Tobin Quarle", "campaign manager")]
    [InlineData("The claimants’ lawyer, Marvek Dune, has asked for more time.", "Marvek Dune", "lawyer")]
    [InlineData("The two met the former mayor of Brell, Jorv Gnadda.", "Jorv Gnadda", "former mayor of Brell")]
    // Kin, and a title another named person's possessive opens, make a person but no role of their own.
    [InlineData("Her sister, Marvek Dune, has asked for more time.", "Marvek Dune", null)]
    [InlineData("The staff heard from Kalder's attorney, Sonvi Zagreb, on Monday.", "Sonvi Zagreb", null)]
    [InlineData("The staff heard from Ed Kalders’ attorney, Sonvi Zagreb, on Monday.", "Sonvi Zagreb", null)]
    public void A_name_set_off_after_a_title_is_a_person_though_no_list_knows_it(string body, string name, string? role)
    {
        var person = Extract(body).People.Single(p => p.Name == name);
        Assert.Equal(role, person.Role);
    }

    [Theory]
    // No noun for a person before the comma: a group, a newsletter.
    [InlineData("The group, Tarrow Vane, has asked for more time.")]
    [InlineData("Sign up for her newsletter, Corvan Hollis.")]
    // Not set off: the comma closes no apposition after the name.
    [InlineData("The leader of the party, Tarrow Vane and others have asked for more time.")]
    public void A_name_set_off_after_no_title_is_no_person(string body) => Assert.Empty(Extract(body).People);

    [Fact]
    public void A_title_set_off_before_a_name_gives_way_to_the_title_written_before_it()
    {
        var person = Assert.Single(Extract("Its president, Toma Kristen, spoke first. Later, World Bank President Toma Kristen said more.").People);
        Assert.Equal("World Bank President", person.Role);
    }
    [Fact]
    public void A_full_name_whose_verb_is_joined_to_a_speech_verb_by_and_is_a_person() =>
        OnlySpeaker("The pianist stormed off stage. Kristof Zamerin returned moments later and declared: \"The damage is enormous.\"", "Kristof Zamerin");

    [Theory]
    // Not through a preposition after the name, nor to a participle an earlier auxiliary governs.
    [InlineData("She has since won the BBC Sport Personality of the Year and written a book.")]
    [InlineData("She won the Golden Racket Medal and wrote a book.")]
    public void Words_joined_to_a_speech_verb_by_and_name_no_one_unless_they_are_its_subject(string body) => Assert.Empty(Extract(body).People);
    [Theory]
    [InlineData("The accounting firm Brant Thorley said the figures were sound.")]
    [InlineData("Mobile company Sierra Wavelink said it would work with the carriers.")]
    [InlineData("The rights group Progress Ohana said it would sue.")]
    public void A_run_right_after_a_kind_of_organisation_is_its_name(string body) => Assert.Empty(Extract(body).People);

    [Theory]
    // A title after the kind of organisation begins a person's name; a possessive makes the organisation theirs.
    [InlineData("The outages were disruptive, company CEO Andrew Vessel said.", "Andrew Vessel")]
    [InlineData("It is part of the network President Vadim Pulin formed a few years ago.", "Vadim Pulin")]
    [InlineData("He named the network's Jake Tapping as a critic.", "Jake Tapping")]
    public void A_name_after_a_kind_of_organisation_and_a_title_is_a_person(string body, string name) =>
        Assert.Contains(name, Extract(body).People.Select(p => p.Name));
    [Fact]
    public void A_lone_word_before_a_comma_and_an_inverted_speech_verb_is_no_speaker()
    {
        var people = Extract("Many here fast during Ramadan, said Nadim Awar, president of the centre. Near the end of Ramadan, said the imam, the days grow long. Ramadan is a month of fasting.").People;
        Assert.Equal(new[] { "Nadim Awar" }, people.Select(p => p.Name));
    }
    [Theory]
    [InlineData("Christian Estrani, a former mayor of the city, said the truck was armed.", "Christian Estrani")]
    [InlineData("\"We won,\" said Christian Slaten.", "Christian Slaten")]
    public void A_given_name_shaped_like_a_faith_begins_a_name_of_two_words(string body, string name) => Assert.Equal(name, OnlyPerson(body));
    [Theory]
    [InlineData("The film gives the lead to Rose-Lynn Harvel at last.", "Rose-Lynn Harvel")]
    [InlineData("The film was made by Jean-Pierre Jeunot in Paris.", "Jean-Pierre Jeunot")]
    public void Two_given_names_joined_by_a_hyphen_are_a_given_name(string body, string name) => Assert.Equal(name, OnlyPerson(body));

    [Fact]
    public void A_hyphenated_word_whose_parts_are_not_both_given_names_is_no_given_name() =>
        Assert.Empty(Extract("The talks in Baden-Baden Hall ended early.").People);
}
