using System.Linq;
using Byline.Generator.Extraction;
using Xunit;

namespace Byline.Tests.Extraction;

public class SpeakerTests
{
    private const string Lead = "Finance Minister Clara Osei met union leaders on Monday. ";

    private static string?[] Speakers(string text)
    {
        var model = ArticleExtractor.Extract("t.txt", "t.txt", "Test headline for speakers\n\n" + text);
        return model.Quotes.Where(q => q.Placement == "Body").Select(q => q.SpeakerIndex < 0 ? null : model.People[q.SpeakerIndex].Name).ToArray();
    }

    [Fact]
    public void A_description_stands_for_the_one_named_since_an_earlier_quote_not_for_its_speaker()
    {
        // The coach's quote comes first, then a sentence about the skipper, then "said the Sale full-back": the skipper,
        // whom the sentence before names, not the coach, whose quote the paragraph gave earlier.
        Assert.Equal(new[] { "Andy Robinson", "Jason Robinson" }, Speakers(
            "England coach Andy Robinson was bullish during the week, saying that his side \"are going there to get in their faces\". " +
            "Skipper Jason Robinson believes there is nothing wrong with the mood in the camp. \"There is no lack of confidence in the team,\" said the Sale full-back."));
    }

    [Theory]
    // A speech verb in a relative clause on a common noun, with a preposition's object after it, is no cue for the quote
    // after it: the sentence's verb is. One on a person, set off by a comma, is that person's.
    [InlineData("Halvard Quennell, a strategist, said the way the party treated women who complained about the cuts ''would be disqualifying'' now.", "said")]
    [InlineData("The ceremony drew celebrities like Oprah Winfrey and Halvard Quennell, who joked of the museum, ''I haven't seen it yet.''", "joked")]
    public void A_speech_verb_in_a_relative_clause_on_a_common_noun_is_no_cue(string text, string cue)
    {
        var model = ArticleExtractor.Extract("t.txt", "t.txt", "Test headline for speakers\n\n" + text);
        var quote = Assert.Single(model.Quotes, q => q.Placement == "Body");
        Assert.Equal(("Halvard Quennell", cue), (model.People[quote.SpeakerIndex].Name, quote.Cue));
    }

    [Theory]
    // The quote before was lent its speaker, though its verb ("reflected", "surmised") is in no list; a quote that opens a
    // later sentence of the paragraph goes on. Not when the words between name someone else.
    [InlineData("Orla Vantrel, a student, fears the shelling. \"At first I had nightmares,\" she reflected. \"Now I can sleep through anything.\"", "Orla Vantrel", "Orla Vantrel")]
    [InlineData("Roy Brannock, a retired teacher, said he would back a third party.\n\n\"People are afraid of wasting their votes,\" he surmised. \"On Facebook, I see the ads all the time.\"", "Roy Brannock", "Roy Brannock")]
    [InlineData("Orla Vantrel, a student, fears the shelling. \"At first I had nightmares,\" she reflected. The shelling began in May, she says. \"Now I can sleep through anything.\"", "Orla Vantrel", "Orla Vantrel")]
    [InlineData("Orla Vantrel, a student, fears the shelling. \"At first I had nightmares,\" she reflected to Peter Brannock. \"Now I can sleep through anything.\"", "Orla Vantrel", null)]
    public void A_quote_after_one_lent_its_speaker_goes_on_in_the_next_sentence(string text, string first, string? second) =>
        Assert.Equal(new[] { first, second }, Speakers(text));

    [Theory]
    // The subject of a passive verb that says or names, a few words before the quote, is what the words were said of: the
    // one named after "by" past the quote said them, or a speech verb earlier in the sentence has them, or no one named.
    [InlineData("Orla Vantrel was described as a \"consummate professional\" by her friend and fellow broadcaster Peter Brannock.", new[] { "Peter Brannock" })]
    [InlineData("\"They were brilliant,\" Peter Brannock said. They struggled at first, later being described as \"pretty damn average\" by scouts.", new[] { "Peter Brannock", null })]
    [InlineData("This might be why, Peter Brannock adds, the hours are maintained by bosses because \"it is best for them\".", new[] { "Peter Brannock" })]
    [InlineData("Orla Vantrel opened up about being described as a \"real woman\" in a blog.", new string?[] { null })]
    [InlineData("Orla Vantrel has been praised by police for \"very courageously\" tackling a burglar.", new string?[] { null })]
    // Not a verb in "-ing" after "are", nor a passive verb far from the quote, whose subject answers later.
    [InlineData("Peter Brannock is saying \"the count was fair\" to anyone who asks.", new[] { "Peter Brannock" })]
    [InlineData("When Peter Brannock was questioned about the dispute on the radio, his response focused on how she remained silent, as if she \"wasn't allowed to speak.\"", new[] { "Peter Brannock" })]
    public void The_subject_of_a_passive_speech_verb_before_the_quote_did_not_say_it(string text, string?[] speakers) =>
        Assert.Equal(speakers, Speakers(text));

    [Theory]
    // A player's position fits a captain too; the sentence before may open with a conjunction, a phrase and a lower-case title.
    [InlineData("Captain Orrin Vantrel believes the mood is good. \"There is no lack of confidence,\" said the Eastford full-back.")]
    [InlineData("And despite the recent results, skipper Orrin Vantrel believes the mood is good. \"There is no lack of confidence,\" said the Eastford full-back.")]
    [InlineData("But after the defeat, captain Orrin Vantrel believes the mood is good. \"There is no lack of confidence,\" the winger said.")]
    public void A_position_stands_for_the_player_the_sentence_before_opens_with(string text) =>
        Assert.Equal(new[] { "Orrin Vantrel" }, Speakers(text));

    [Theory]
    // A name right after a preposition or a participle near a sentence's start is its object, not the one a pronoun after stands for.
    [InlineData("The problem with Peter Vantrel's film, he believed, was the language. \"Hollywood does not like foreign films,\" he said.")]
    [InlineData("Despite having Peter Vantrel in the cast, he thought the film would lose. \"Hollywood does not like foreign films,\" he said.")]
    public void A_name_after_a_preposition_opening_the_sentence_before_is_not_whom_a_pronoun_stands_for(string sentence) =>
        Assert.Equal(new[] { "Halvard Quennell" }, Speakers("Halvard Quennell, the news editor of a trade magazine, spoke on Monday. \"It was a strong year,\" he said.\n\n" + sentence).Distinct());

    [Fact]
    public void An_office_stands_for_no_one_who_holds_another()
    {
        // "the minister" is not the chancellor the sentence before opens with.
        Assert.Equal(new string?[] { null }, Speakers("Chancellor Orrin Vantrel believes the mood is good. \"There is no lack of confidence,\" said the minister."));
    }

    [Fact]
    public void A_title_shared_with_co_leads_to_the_name_that_speaks()
    {
        // "study co-author Michael Malaska said": "co-author" is a title as "author" is, so the name after it speaks.
        Assert.Equal(new string?[] { "Michael Malaska" }, Speakers(
            "Scientists unveiled a map of Titan, said Rosaly Lopes.\n\n\"What is really fun is the ocean,\" JPL scientist and study co-author Michael Malaska said."));
    }

    [Fact]
    public void A_quote_signed_by_a_publication_after_a_dash_is_no_ones()
    {
        // A list of sources: each headline is signed by its paper, not spoken by the last person quoted.
        Assert.Equal(new string?[] { "Paul Dewar", null, null }, Speakers(
            "\"We need answers,\" said MP Paul Dewar.\n\n" +
            "\"Sensitive government document found on rainy Ottawa street\" \u2014 CBC.ca, August 15, 2008\n\n" +
            "\"Environment Canada security report found on street\" \u2014 Toronto Star, August 15, 2008"));
    }

    [Fact]
    public void A_quote_in_an_aside_between_dashes_is_the_name_before_it_not_the_one_after()
    {
        // "including Mitt Romney -- ''…'' -- and Fred Goldberg": the dash after the quote closes the aside and signs nothing.
        Assert.Equal(new string?[] { "Clara Osei", "Peter Vidal" }, Speakers(
            "Many have said so, including the former candidate Clara Osei -- \"It is disqualifying to refuse\" -- and Peter Vidal, a former commissioner. " +
            "\"The sooner the better,\" Mr. Vidal told CNBC."));
    }

    [Fact]
    public void A_lone_name_that_speaks_later_is_the_person_where_the_article_named_them_before()
    {
        // "Parry" becomes a person where he speaks ("Parry said"); the "He" before that stands for him, not for Gerrard.
        Assert.Equal(new string?[] { "Parry", "Parry" }, Speakers(
            "Liverpool insist the club will never sell Steven Gerrard.\n\n" +
            "But Parry, speaking exclusively to BBC Sport, also admits Gerrard will have the final say on his future. He told BBC Five Live: \"Steven is above money.\"\n\n" +
            "Parry said: \"I sincerely hope he will stay.\"\n\nParry claims he will be in no mood to listen."));
    }

    [Fact]
    public void A_quote_inside_a_sentence_with_its_own_subject_is_not_lent_a_later_speaker()
    {
        // The industry body called for the "pause year"; the man quoted in the next sentence speaks for another body.
        Assert.Equal(new string?[] { null, "David Frost" }, Speakers(
            "But the Confederation of British Industry (CBI) called for a \"pause year\" to assess the impact of the rise. " +
            "And David Frost, director of the British Chambers of Commerce, said: \"The level of increase has outstripped inflation.\""));
    }

    [Theory]
    // A colon introduces the quote, or the sentence names the one quoted later: the later quote still lends its speaker.
    [InlineData("Sir Digby Jones said stability was all important. His message to the chancellor was: \"Please don't give it away.\" Sir Digby added: \"I don't think he will.\"", "Digby Jones")]
    [InlineData("More plaudits came, with Jaime Vargas lauding the manner in which \"Spain dominated England\". Vargas then wrote: \"I have not forgotten Beckham.\"", "Jaime Vargas")]
    public void A_quote_after_a_colon_or_beside_the_later_speaker_is_lent_that_speaker(string text, string speaker)
    {
        Assert.All(Speakers(text), s => Assert.Equal(speaker, s));
    }

    [Theory]
    [InlineData(Lead + "\"We have a deal,\" Osei said.")]
    [InlineData(Lead + "\"We have a deal,\" said Osei.")]
    [InlineData(Lead + "Osei said: \"We have a deal.\"")]
    [InlineData(Lead + "Osei insisted that the talks were \"a deal in all but name\".")]
    [InlineData(Lead + "\"We have a deal\" \u2014 Clara Osei.")]
    [InlineData(Lead + "The talks produced \"a deal in all but name\", according to Osei.")]
    [InlineData(Lead + "\"We have a deal,\" the minister said.")]
    public void Each_attribution_pattern_finds_the_speaker(string text)
    {
        Assert.Equal("Clara Osei", Assert.Single(Speakers(text)));
    }

    [Theory]
    // "The minister" after a quote is no one who held the office before, or holds a lesser one: only the article's one
    // holder of it.
    [InlineData("Clara Osei, the former finance minister, met union leaders on Monday.\n\n\"We have a deal,\" the minister said.")]
    [InlineData("Clara Osei, the deputy prime minister, met union leaders on Monday.\n\n\"We have a deal,\" the minister said.")]
    [InlineData("Clara Osei, the former finance minister, met union leaders on Monday.\n\n\"We have a deal,\" said the minister.")]
    public void A_title_after_a_quote_is_not_a_former_or_lesser_holders(string text)
    {
        Assert.Null(Assert.Single(Speakers(text)));
    }

    [Theory]
    // A quote that ends on "that", "this", "no" or "all": a determiner inside the quote does not make the verb after it a noun.
    [InlineData("\"We will do all of that,\" said Clara Osei.")]
    [InlineData("\"Is it a deal? No,\" said Clara Osei. \"Not yet.\"")]
    [InlineData("\u201CWe have never seen anything like this,\u201D said Clara Osei, the finance minister.")]
    // A title of four letters keeps its full stop, so the name after it is still the verb's subject.
    [InlineData("\"We are already at war,\" said Pentagon spokesman Navy Capt. Clara Osei, who was asked about the plan.")]
    [InlineData("\"The numbers are wrong,\" said Prof. Clara Osei of the university.")]
    // Local titles before a name: an alderman or a sheriff is a title, not part of the name.
    [InlineData("\"People are angry,\" said Chicago Alderman Clara Osei, who wants the mayor to listen.")]
    [InlineData("\"It is late,\" said Sheriff Clara Osei.")]
    // A verb set off by a comma at the end of the quote's sentence, with its subject after it.
    [InlineData("The vote signals \"the beginning of the end\" for the union, said Clara Osei, the finance minister.")]
    // Past a participle and a phrase of time after the quote, which qualify its last words ("the little deal" announced in October).
    [InlineData("\"The president wants a bigger deal. Bigger than just the little deal\" announced in October, said Clara Osei, a trade scholar.")]
    // A possessive and a relation before the name: the name is still the subject.
    [InlineData("\"She had so many plans,\" her friend Clara Osei told the station.")]
    // "confide" reports speech.
    [InlineData("\"That was a total disaster,\" a crestfallen Clara Osei confided to the presenter.")]
    // So does "confess".
    [InlineData("\"Wealth can be a barrier to other people,\" confessed Clara Osei, a tech entrepreneur.")]
    // A title of three words before the name, and a long apposition after it that holds the verb back.
    [InlineData("\"The third is hard to find,\" study lead author Clara Osei, a planetary scientist at the Goddard Space Flight Center in Greenbelt, Maryland, said in a statement.")]
    public void The_person_an_attribution_after_the_quote_names_speaks_it(string text)
    {
        Assert.All(Speakers(text), s => Assert.Equal("Clara Osei", s));
    }

    private const string Campaign = "Hillary Clinton and Donald Trump campaigned in Ohio while Kelly Ayotte stayed home.\n\n";

    [Theory]
    // A name right before the title it qualifies is whose the speaker is: the speaker is named after the title.
    [InlineData(Campaign + "\"We are winning,\" said Trump spokeswoman Hope Hicks.", "Hope Hicks")]
    [InlineData(Campaign + "\"The money went back,\" said Ayotte campaign manager Jon Kohan.", "Jon Kohan")]
    [InlineData(Campaign + "\"It is new,\" says Hillary Clinton's campaign manager Robby Mook.", "Robby Mook")]
    // A surname after an article qualifies the noun after it: "a Clinton veteran" is not Clinton.
    [InlineData(Campaign + "\"She did not like that,\" said a 2008 Clinton veteran.", null)]
    // A possessive name of several words before a title is not the speaker either: the name after the title's comma is.
    [InlineData("The shop opened in Butare.\n\nThe shop is \"changing lives\" in the process, says Inzozi Nziza\u2019s manager, Louise Ingabire.", "Louise Ingabire")]
    // A name before a plain adverb is still the speaker.
    [InlineData(Campaign + "\"I am tired,\" said Clinton yesterday.", "Hillary Clinton")]
    public void A_name_that_qualifies_a_title_after_the_verb_is_not_the_speaker(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    private const string Primary = "John Kasich, Nikki Haley and Vladimir Putin were named in the debate on Monday.\n\n";

    [Theory]
    // A verb after "and" shares the subject the sentence opens with, not the object named just before it.
    [InlineData(Primary + "Kasich says he would sit Putin down and tell him \u201Cno more nonsense\u201D at once.", "John Kasich")]
    // Not when the name before "and" has a speech verb of its own: then both verbs are that name's.
    [InlineData(Primary + "Officials claimed Kasich was one of the leaders but his lawyer, Tom Sims, told the BBC it was a laughable suggestion and added: \"He was living on welfare.\"", "Tom Sims")]
    // A verb in a clause that "until", "when" or "because" opens after the quote is not an attribution of the quote.
    [InlineData(Primary + "Tom Sims said he was \u201Criding the fence\u201D until Haley said she was backing the senator.", "Tom Sims")]
    [InlineData(Primary + "Tom Sims said he felt \u201Cbetrayed\u201D when Haley told reporters about the deal.", "Tom Sims")]
    // The one who calls something so speaks the partial quote, whoever the sentence opens with.
    [InlineData(Primary + "Minutes after Kasich was picked, campaign chairman Tom Sims called him \u201Cthe most extreme pick\u201D in years.", "Tom Sims")]
    [InlineData(Primary + "In an incendiary press conference on Monday, Haley launched an attack against Kasich, calling him \u201Cthe most ignorant governor\u201D in history.", "Nikki Haley")]
    // A participle that opens the sentence has the subject of the clause after its comma.
    [InlineData(Primary + "Speaking at a town hall event in Salem, New Hampshire, Haley went after Kasich, calling him \u201Ca total stiff.\u201D", "Nikki Haley")]
    [InlineData(Primary + "\u201CGo back to Ohio,\u201D Haley barked, and a guard led Kasich out.", "Nikki Haley")]
    // Right after a quote and its subject, "notes", "writes" and "recalls" are verbs, and "shot back" is a retort.
    [InlineData(Primary + "\"Look at the statement he put out,\" Haley notes.", "Nikki Haley")]
    [InlineData(Primary + "\"My eyes well up,\" Nikki Haley writes in her memoir.", "Nikki Haley")]
    // Also after a surname whose particle is written in lower case.
    [InlineData("The philosopher Luis de Miranda and Louis van Gaal spoke.\n\n\"Since then, neon has seen every change,\" de Miranda writes.", "Luis de Miranda")]
    [InlineData("The philosopher Luis de Miranda and Louis van Gaal spoke.\n\n\"Look at the statement he put out,\" van Gaal notes.", "Louis van Gaal")]
    [InlineData(Primary + "\"Jeb wants to be a tough guy tonight,\" Haley shot back.", "Nikki Haley")]
    // So is "remembered", before its subject or after it.
    [InlineData(Primary + "\"An awful lot of analysts said no,\" remembered Nikki Haley, the state's former spokeswoman.", "Nikki Haley")]
    [InlineData(Primary + "\"Every pub where I was a regular closed within a year,\" Haley remembers.", "Nikki Haley")]
    [InlineData(Primary + "When Kasich said Cuba would sue, Haley fired back: \"They are going to lose.\"", "Nikki Haley")]
    // The sentence goes on after the quote and closes with its attribution, set off by a comma, however far away.
    [InlineData(Primary + "\"We are frustrated and horrified\" by the shooting at a nightclub in Orlando that drew worldwide attention and more local scrutiny, Haley said.", "Nikki Haley")]
    [InlineData(Primary + "\"Many would consider that an embarrassment for Kasich\" if he did not win by a wider margin, said Nikki Haley, a rival.", "Nikki Haley")]
    [InlineData(Primary + "Putin spoke first. \"The people of this country are not buying\" the case for a new vote, Kasich said.", "John Kasich")]
    // A participle right after the sentence's attribution hangs on it, not on the clause that opens the sentence.
    [InlineData(Primary + "Kasich and Putin will meet sometime next week, Haley said, adding, \"They need to sit down and have a good talk.\"", "Nikki Haley")]
    [InlineData(Primary + "Putin left as soon as the talks were finished, said Nikki Haley, adding: \"He was not in a mood to stay.\"", "Nikki Haley")]
    [InlineData(Primary + "\"I regard him as an old friend,\" Kasich told Haley, noting that he and Putin \"have talked for the last five or six years.\"", "John Kasich")]
    // The head of an apposition speaks, past a party and state in brackets after the name and an auxiliary before the verb.
    [InlineData(Primary + "But Sen. Nikki Haley (R-S.C.), noting the size of Kasich's following, said, \"Let me tell you, he has a list.\"", "Nikki Haley")]
    [InlineData(Primary + "The issue came up after Haley, asked about the journalists who died under Putin, had said, \"Our country does plenty of that.\"", "Nikki Haley")]
    public void The_subject_of_the_quotes_own_clause_speaks_it(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // An organisation or a group speaks: the quote has no speaker, not the person named near it.
    [InlineData(Campaign + "The group ran an advertisement on Monday. Meanwhile, it attacked Trump, saying he \u201Chas offended Hispanics and women.\u201D")]
    [InlineData("Keith Scott was shot on Tuesday. Scott's family has called on police to release the videos \u201Cas a matter of transparency\u201D and called for calm.")]
    [InlineData("Keith Scott was shot on Tuesday. Scott's colleague said: \u201CHe was calm.\u201D")]
    // An employee the article does not name, and "she" after her, are not the person named before.
    [InlineData("\u201CThe fee is unfair,\u201D said Karen Scott, campaigns officer at the union.\n\nOne disgruntled Acme employee, who wants to remain anonymous, said that the fee was costing her a lot. \u201CI have worked here for 15 years,\u201D she said in a letter.")]
    public void A_quote_an_organisation_or_a_family_speaks_has_no_speaker(string text)
    {
        Assert.Null(Speakers(text).Last());
    }

    private const string Race = "Senator Hillary Moss said the videos should be released \"without delay.\"\n\n";

    [Theory]
    [InlineData(Race + "Mayor Jennifer Ortiz said on Friday that she thinks the video should be released but said \"the timing matters.\"", "Jennifer Ortiz")]
    [InlineData(Race + "Donald Grant, her opponent, bemoaned the unrest and said he thought that drugs were \"a very big factor\" in it.", "Donald Grant")]
    // Another person the pronoun could stand for, named between, leaves it open; without a speech verb of theirs, the
    // sentence may open with the one spoken of.
    [InlineData(Race + "The host Robin Winter asked Moss about the claims, and she said \"they were all true.\"", "Hillary Moss")]
    [InlineData(Race + "Jane Hart \"caused the delay,\" she said.", "Hillary Moss")]
    public void A_pronoun_before_the_quote_stands_for_the_person_its_sentence_opens_with(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // "Arin" tells no gender; "Arin Vale said she …" does, so the "he" of the next quote passes her by.
    [InlineData("\"We will win the seat,\" said David Moss.\n\nArin Vale said she would vote for the plan. \"It is over,\" he said.", "David Moss")]
    // Without the pronoun after her verb, she may be the one "he" stands for.
    [InlineData("\"We will win the seat,\" said David Moss.\n\nArin Vale said the vote would pass. \"It is over,\" he said.", "Arin Vale")]
    public void A_pronoun_right_after_a_persons_speech_verb_tells_their_gender(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // "Arin" tells no gender; the "she" that stood for her does, so the "he" of a later quote passes her by.
    [InlineData(Stars + "\"It is lovely to be here,\" she told reporters.\n\nThe crowd screamed when he arrived. \"It is unlike anything I have seen,\" he told the BBC.", "David Moss")]
    // Without the "she", she may be the one "he" stands for.
    [InlineData(Stars + "The crowd screamed when he arrived. \"It is unlike anything I have seen,\" he told the BBC.", "Arin Vale")]
    public void A_pronoun_that_stood_for_a_speaker_tells_their_gender(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    private const string Stars = "The stars David Moss and Arin Vale hope for awards.\n\nVale arrived at the count late. ";

    private const string Stare = "\n\nTo Montclair State University political science professor Brigid Harrison, Vale\u2019s silent stare seemed to reflect sadness.\n\n\u201CIt looked like heartbreak,\u201D she said.";

    [Theory]
    // "Chris" tells no gender; two "he"s that only Chris Vale could stand for do, so "she" passes him by.
    [InlineData("Chris Vale spoke to the crowd on Monday as he stood behind the mayor. Later Vale waved, and he left." + Stare, "Brigid Harrison")]
    // One such pronoun may stand for someone the article does not name as a person, and tells nothing.
    [InlineData("Chris Vale spoke to the crowd on Monday as he stood behind the mayor." + Stare, "Chris Vale")]
    // Pronouns that disagree tell nothing either.
    [InlineData("Chris Vale spoke to the crowd on Monday as he stood behind the mayor. Later Vale waved, and he left. Vale met Anitta when she was an intern." + Stare, "Chris Vale")]
    public void Pronouns_that_only_one_person_could_stand_for_tell_their_gender(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    private const string Earlier = "\"We will win the seat,\" said David Moss.\n\n";

    [Theory]
    // The person named after an opening clause is its subject; a comparison names no subject.
    [InlineData(Earlier + "While John Hale pledged to work with both parties, Peter Berg insisted on change. \"Nothing will happen,\" he said.", "Peter Berg")]
    [InlineData("\"We will fight,\" said Peter Berg.\n\nLike John Hale, the former customer, Berg does not want to fight again. \"I am 76,\" he said.", "Peter Berg")]
    // With no one named after the clause, the one in it is the subject's.
    [InlineData(Earlier + "Although Peter Berg had outlined the book, he struggled to finish it. \"It is hard,\" he said.", "Peter Berg")]
    public void A_name_in_a_sentences_opening_clause_is_not_its_subject(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // So is one in a phrase a preposition of time or place opens, before the comma that ends it.
    [InlineData(Earlier + "At a rally for Peter Berg in Ames, John Hale spoke first.\n\nHe explained the delay by saying: \"It was because I got home late.\"", "John Hale")]
    // A partial quote with no verb of saying: the name in the phrase is not whose words they are.
    [InlineData("During Peter Berg's 1992 campaign, Jane Hart, a close aide, coined the term \"bimbo eruptions\" for the rumours.", null)]
    // Unless no one else opens the main clause, or the phrase gives whose view it is.
    [InlineData("In Peter Berg's view, the plan is \"a disaster\" for the town.", "Peter Berg")]
    [InlineData("To Jane Hart, Peter Berg is the \"kind-hearted\" man who saved the farm.", "Jane Hart")]
    public void A_name_in_an_opening_phrase_of_time_or_place_is_not_its_subject(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    [InlineData(Earlier + "Peter Berg spokesman John Hale met the press on Monday. \"We have no comment,\" he said.", "John Hale")]
    // With no one named after the word, the sentence opens with no one: the pronoun falls to the last speaker.
    [InlineData(Earlier + "Peter Berg backers looked to John Hale for a lead. \"We have no comment,\" he said.", "David Moss")]
    public void A_name_before_a_word_for_people_is_not_the_sentences_subject(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Fact]
    public void A_quote_with_no_attribution_continues_the_nearest_attributed_quote_before_it_in_its_paragraph()
    {
        var text = Earlier + "\"It is over,\" he said of the vote. \"We won,\" said Tom Berg. \"They lost.\"";
        Assert.Equal(new[] { "David Moss", "David Moss", "Tom Berg", "Tom Berg" }, Speakers(text));
    }

    [Theory]
    // Unless a sentence between them opens with someone else and closes with their speech verb.
    [InlineData("\"The situation is bad,\" said Carlos Silva. Mr Tom Berg, who grew up in Lisbon, agreed. \"I will think twice.\"", "Tom Berg")]
    [InlineData("\"We are losing our confidence,\" said Carlos Silva. Building the prototype was easy, Tom Berg says. \"We have every sort of technology.\"", "Tom Berg")]
    [InlineData("\"The situation is bad,\" said Carlos Silva. \"A lot of them invested,\" he said. Mr Tom Berg, who grew up in Lisbon, agreed. \"I will think twice.\"", "Tom Berg")]
    [InlineData("\"The situation is bad,\" said Carlos Silva. Tom Berg was in the room. \"I will think twice.\"", "Carlos Silva")]
    // Or one that opens with someone else and their speech verb, reporting what they said before the quote goes on.
    [InlineData("\"One idea is a show,\" said Mr Silva. Mr Tom Berg said the challenge was to keep people playing. \"There's an indication that it works.\"", "Tom Berg")]
    [InlineData("\"One idea is a show,\" said Mr Silva. Ultimately, though, Tom Berg believes people are starting to look up. \"If you had to build an attraction, what could be better?\"", "Tom Berg")]
    public void A_sentence_where_another_person_speaks_gives_them_the_next_quote(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    [InlineData(Earlier + "Peter Berg is more tactful. In his speech, he tells one joke about John Hale. The nominee, he said, watches \"every debate twice.\"", "Peter Berg")]
    // A sentence that names someone before its pronoun passes nothing on; the antecedent's objects are no rivals.
    [InlineData(Earlier + "Peter Berg is more tactful. On the long drive home with John Hale, he tells one joke. The nominee, he said, watches \"every debate twice.\"", "David Moss")]
    [InlineData(Earlier + "Peter Berg met John Hale. In his speech, he tells one joke. The nominee, he said, watches \"every debate twice.\"", "Peter Berg")]
    // So does one that names no one but holds the pronoun's possessive.
    [InlineData(Earlier + "Peter Berg won the prize on Tuesday.\n\nBerg's song beat tracks by John Hale in the vote. It is his 15th award. He told the audience: \"I'm just amazed.\"", "Peter Berg")]
    public void A_sentence_whose_subject_is_the_same_pronoun_passes_it_on_to_the_sentence_before(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    [InlineData(Earlier + "Peter Berg was defiant. \"It is over,\" he said.", "Peter Berg")]
    [InlineData(Earlier + "On Monday, Peter Berg was defiant. \"It is over,\" he said.", "Peter Berg")]
    // The subject, not the man it names after it.
    [InlineData(Earlier + "Peter Berg met John Hale. \"It is over,\" he said.", "Peter Berg")]
    // A possessive opener that owns a person leaves the pronoun to the last speaker.
    [InlineData(Earlier + "Peter Berg's lawyer was defiant. \"It is over,\" he said.", "David Moss")]
    [InlineData(Earlier + "Peter Berg's longtime personal lawyer was defiant. \"It is over,\" he said.", "David Moss")]
    [InlineData(Earlier + "Peter Berg's brother was defiant. \"It is over,\" he said.", "David Moss")]
    // A possessive that owns a thing, not a person, keeps its owner as the one the sentence is about.
    [InlineData(Earlier + "Peter Berg's statement was defiant. \"It is over,\" he said.", "Peter Berg")]
    // The sentence before may end the paragraph before.
    [InlineData(Earlier + "Peter Berg was defiant.\n\n\"It is over,\" he said.", "Peter Berg")]
    [InlineData(Earlier + "Peter Berg met John Hale.\n\n\"It is over,\" he said.", "Peter Berg")]
    // A man named before the pronoun in its own sentence leaves it open.
    [InlineData(Earlier + "Peter Berg was defiant. Of John Hale, \"he is wrong,\" he said.", "David Moss")]
    public void A_pronoun_that_opens_no_named_sentence_stands_for_the_subject_of_the_sentence_before(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    [InlineData("At a hearing last month of the budget committee, Sen. Maria Olsen pushed for more money. \"We need it now,\" she said.", "Maria Olsen")]
    // A comma that does not end an opening phrase: the name after it is no subject.
    [InlineData("The nominee also linked the leak to his old opponent, Maria Olsen. \"We need it now,\" she said.", "Anna Moss")]
    public void A_sentence_may_open_with_a_phrase_before_its_subject(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers("\"We will win the seat,\" said Anna Moss.\n\n" + text).Last());
    }

    [Theory]
    [InlineData("Across the state the plan will fail, said Maria Olsen. \"It is over,\" she said.")]
    [InlineData("And Peter Berg, said Maria Olsen, never forgives. \"It is over,\" she said.")]
    public void A_pronoun_stands_for_the_one_the_sentence_before_has_speak(string text)
    {
        // The last speaker is a woman too; the sentence before, with its speech verb, names the one meant.
        Assert.Equal("Maria Olsen", Speakers("\"We will win the seat,\" said Anna Moss.\n\n" + text).Last());
    }

    [Theory]
    // Someone of a person's who speaks there is no one named; named in apposition, they are whom the pronoun stands for.
    [InlineData("In a broadcast, President Castro's chief aide said it was necessary. \"The rule applies to the dollar,\" he said.", null)]
    [InlineData("Castro's lawyer said the case was weak. \"He did nothing wrong,\" he said.", null)]
    [InlineData("Castro's lawyer, Tomas Reis, said the case was weak. \"He did nothing wrong,\" he said.", "Tomas Reis")]
    public void A_pronoun_after_a_sentence_where_someone_of_a_persons_speaks_is_not_that_person(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers("Cuba's president Fidel Castro spoke on Monday.\n\n" + text).Last());
    }

    [Theory]
    // A speech verb set off by commas inside the sentence, before the name with an apposition after it, or after the name.
    [InlineData("That is one reason why people here are wary of the EU, says Ferdan Sawle, a politics lecturer at the University of Lille.\n\n\"In the north today the jobless rate is 12%. They don't see what Brussels is doing for them,\" he says.")]
    [InlineData("Trump, Ferdan Sawle said, has created a strange zone where rules bend.\n\n\"So afterwards, his supporters feel they were right. It's like a club,\" he said.")]
    // Two sentences before, when the sentence between names no one and quotes nothing.
    [InlineData("The region will vote in the end, said Ferdan Sawle, thanks to the new map. The count starts in May. \"It is over,\" he said.")]
    [InlineData("The region will vote in the end, Ferdan Sawle said. As a result, the count starts in May. \"It is over,\" he said.")]
    public void A_speech_verb_reported_just_before_names_whom_a_pronoun_stands_for(string text)
    {
        // The last speaker is a man too.
        Assert.Equal("Ferdan Sawle", Speakers("\"We will win the seat,\" said Hugo Moss.\n\n" + text).Last());
    }

    [Theory]
    // A description no quote of the paragraph lends a speaker to is the person the sentence before opens with.
    [InlineData("Former Chelsea captain Marcel Vidal says there is no comparison with that side. \"Mentally they are much stronger,\" the 36-year-old said.", "Marcel Vidal")]
    [InlineData("Tony Vidal was asked about migration on Wednesday. The prime minister told MPs: \"The abusers will be weeded out.\"", "Tony Vidal")]
    // An age fits anyone, whatever noun follows it: not a title the person's role would have to end with.
    [InlineData("Tottenham manager Marcel Vidal has signed a new contract. \"My intention has always been clear,\" the 55-year-old Frenchman told the club's website.", "Marcel Vidal")]
    [InlineData("Tottenham manager Marcel Vidal has signed a new contract. \"My intention has always been clear,\" the 55-year-old manager told the club's website.", "Marcel Vidal")]
    [InlineData("Tony Vidal was asked about migration on Wednesday.\n\n\"The abusers will be weeded out,\" said the prime minister.", "Tony Vidal")]
    // One whose speech verb closes the sentence before, or who is its source, goes on speaking, before the one it opens with.
    [InlineData("Clara Vidal could lose the seat if the vote is held in May, Marcel Osei said. \"It would be a crisis,\" the 71-year-old told reporters.", "Marcel Osei")]
    [InlineData("Clara Vidal could lose the seat if the vote is held in May, according to Marcel Osei. \"It would be a crisis,\" the 71-year-old told reporters.", "Marcel Osei")]
    // A sentence before that opens with a pronoun or a possessive one stands for whom it stands for, unless it names another.
    [InlineData("Clara Vidal said the plan was sound. Her comments were called \"outrageous\" by the union.\n\n\"The threat is real,\" the Salford MP told the committee.", "Clara Vidal")]
    [InlineData("Clara Vidal said the plan was sound. She has since said it was fun, something Marcel Osei could understand.\n\n\"The threat is real,\" the host said.", null)]
    // A sentence before that ends a quote stands for that quote's speaker.
    [InlineData("\"Can you reform the banks?\" Tony Vidal asked. \"It's easy to say, but I have doubts.\"\n\nThe prime minister said the system was \"corrupt.\"", "Tony Vidal")]
    [InlineData("Nine people were hurt by a blast that Mayor Tony Vidal described as \"an intentional act.\"\n\nAt a press conference, the mayor also said there was \"no evidence\" yet of terrorism.", "Tony Vidal")]
    // A title's lower-case words before its noun are part of it: the prime minister is not a welfare minister named later.
    [InlineData("Tony Vidal has dismissed reports he would quit.\n\n\"You don't do deals over jobs like this,\" the prime minister told the BBC. Former welfare minister Frank Osei said he should go.", "Tony Vidal")]
    // A sentence before that opens with a description of its own goes on about whom the one before it opens with.
    [InlineData("Double Olympic champion Marcel Vidal is set to run in France.\n\nBut the Moroccan, who has not raced over the course for years, will not decide until May. \"If I am to compete, it is only if I can win,\" said the 30-year-old.", "Marcel Vidal")]
    [InlineData("Double Olympic champion Marcel Vidal is set to run in France. The 30-year-old, running only his second race, won easily. \"I will decide at the last minute,\" said the Olympic champion.", "Marcel Vidal")]
    // A title won is a noun for its holder.
    [InlineData("Britain's Paula Vidal has also not ruled out running in March. \"It is a definite possibility,\" said the two-time champion.", "Paula Vidal")]
    // Not one whose role is another title, nor one the sentence before brings in without a name, nor a name after "a",
    // nor one who speaks for another.
    [InlineData("Gordon Vidal, the chancellor, spoke first on Monday. \"You don't do deals over jobs like this,\" the prime minister said.", null)]
    [InlineData("Clara Vidal and her husband were greeted by an organizer at the office. \"You are the best messengers,\" the organizer told them.", null)]
    [InlineData("A memorable Clara Vidal ad questioned the plan in 2008. \"It is 3 a.m.,\" the announcer said.", null)]
    [InlineData("Clara Vidal spoke to reporters on Monday. \"We have no comment,\" the spokesman said.", null)]
    // "the" after a verb that follows its subject opens the verb's object, not a subject set after it.
    [InlineData("Maud Vidal spoke to reporters on Monday. The palace said the couple \"welcome the judge's ruling\".", null)]
    [InlineData("Tony Vidal refused to name a date on Monday. The paper said the prime minister \"claimed ignorance\" of when the poll would be.", null)]
    [InlineData("Clara Vidal has condemned the plan. The groups who wrote to her say they are worried. They ask the former secretary of state to make it clear \"that you find such proposals unacceptable\".", null)]
    public void A_description_with_no_holder_stands_for_the_person_the_sentence_before_opens_with(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers("The council met on Monday to discuss the budget, and the session ran late.\n\n" + text).Last());
    }

    [Theory]
    // One a speech verb has speak anywhere in the sentence before is whom the pronoun stands for, though their given name
    // tells no gender, before the last speaker; not one who owns the speaker ("says Tarvo Osei's manager").
    [InlineData("Of course, safety remains a concern – Osei points out that a plane must fly a million hours. Drones, he said, are \"one or two orders of magnitude away\" from that.", "Tarvo Osei")]
    [InlineData("The shop is thriving, says Osei's manager, Ana Reyes.\n\n\"Ice cream is important,\" she says.", "Ana Reyes")]
    public void A_speaker_anywhere_in_the_sentence_before_is_whom_the_pronoun_stands_for(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers("Professor Tarvo Osei opened the shop in May.\n\n\"We will win the seat,\" said Hugo Moss.\n\n" + text).Last());
    }

    [Theory]
    // The quote right after one a description speaks goes on with the one the description stood for, as after a name; not
    // after a description the paragraph names no one for, nor when it has a speech verb of its own.
    [InlineData("Tom Vidal lost the dance-off on Monday.\n\n\"We lost the baby,\" Vidal said.\n\n\"You never know why these things happen,\" said the actor. \"It makes you more human.\"", "Tom Vidal")]
    [InlineData("The council met on Monday.\n\n\"You never know why these things happen,\" said the actor. \"It makes you more human.\"", null)]
    [InlineData("Tom Vidal lost the dance-off on Monday.\n\n\"We lost the baby,\" Vidal said.\n\n\"You never know why these things happen,\" said the actor. \"It makes you more human,\" a fan said.", null)]
    public void The_quote_after_a_description_goes_on_with_the_one_it_stood_for(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // The agent of a passive speech verb asked the words, past a relative clause that names someone else or an estimate.
    [InlineData("Tom Osei was asked by host Marcel Vidal whether the plan, which the council estimates would cost $170 billion a year, would risk \"adding another expensive program.\"")]
    [InlineData("Tom Osei was asked by host Marcel Vidal, who backs Ana Reyes, \"Now, you said you were tired of hearing about the emails, didn't you?\"")]
    public void The_agent_of_a_passive_speech_verb_asked_the_words(string text)
    {
        // The one asked answers after them: a pronoun with nothing nearer stands for him, not for the host.
        var speakers = Speakers(text + "\n\nThe senators met on Tuesday.\n\n\"The most important job is being a parent,\" he said.");
        Assert.Equal(new[] { "Marcel Vidal", "Tom Osei" }, speakers);
    }

    [Fact]
    public void A_sentence_that_opens_with_a_pronoun_goes_on_about_the_paragraphs_subject()
    {
        // Past another quote of hers, and past a man the paragraph names; not past another woman it names.
        var text = "Like most shoppers, Laura Moss is self-employed, and Tom Reyes pays her. Her income is typically £30,000 a year. " +
            "\"With the perks, it's enough to live on.\" She does, however, find it satisfying to go back. \"I know it must be because of my feedback.\"";
        Assert.Equal(new[] { "Laura Moss", "Laura Moss" }, Speakers(text));
        Assert.Equal(new string?[] { null }, Speakers("Laura Moss is self-employed, and Ana Reyes pays her. Her income is small. \"It is enough to live on.\""));
    }

    [Theory]
    // "points out" is the verb that reports, though "points" is as often a noun; "to point out" reports nothing.
    [InlineData("Its engineers work with the oil ministry, Tom Osei points out. \"These guys are trying to work.\"", "Tom Osei")]
    [InlineData("She tried to point out that the plan had failed. \"Impertinent\" was what he called her.", null)]
    public void Points_out_reports_speech(string text, string? speaker) => Assert.Equal(speaker, Speakers(text).Last());

    [Fact]
    public void Remarks_after_an_adjective_are_a_noun_not_the_speech_verb()
    {
        var text = "Jeb Vidal went after Tom Osei at the debate, refusing to recant earlier remarks, when he called the businessman \"unhinged.\"";
        Assert.Equal("Jeb Vidal", Assert.Single(Speakers(text)));
    }

    [Fact]
    public void The_agent_of_quoted_reported_the_words_of_the_one_quoted()
    {
        var text = "Tom Osei was quoted by reporter Marcel Vidal as saying \"the plan is dead.\"";
        Assert.Equal("Tom Osei", Assert.Single(Speakers(text)));
    }

    [Theory]
    // A description borrows the speaker of a later quote of its paragraph, unless that quote's attribution gives them
    // another title.
    [InlineData("The 55-year-old Frenchman told the club's website: \"My intention has always been clear.\" Chairman Peter Hill told reporters: \"We are delighted.\"", null)]
    [InlineData("The Ballymena-born actor said the theatre was in a \"very dilapidated condition\". Mr Vidal said the idea was to get \"wealthy Irish Americans\" in one room.", "Liam Vidal")]
    public void A_description_does_not_borrow_a_later_speaker_of_another_title(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers("Hollywood star Liam Vidal and Peter Hill met on Monday.\n\n" + text).First());
    }

    [Theory]
    // "Sen." stands for the office a description names; "the governor" is not a senator.
    [InlineData("Sen. Clara Osei spoke to reporters on Monday.\n\n\"We will win,\" the senator said.", "Clara Osei")]
    [InlineData("Gov. Clara Osei spoke to reporters on Monday.\n\n\"We will win,\" said the governor.", "Clara Osei")]
    [InlineData("Sen. Clara Osei spoke to reporters on Monday.\n\n\"We will win,\" the governor said.", null)]
    public void An_abbreviated_title_tells_the_office_a_description_names(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Fact]
    public void A_description_that_two_people_fit_is_the_one_named_last()
    {
        var text = "Sen. Clara Osei spoke first, on Monday.\n\n\"We will win,\" the Florida senator said.\n\n"
            + "Sen. Anna Hale spoke on Tuesday.\n\n\"We will not,\" the Vermont senator said.";
        Assert.Equal(new[] { "Clara Osei", "Anna Hale" }, Speakers(text));
    }

    [Theory]
    // The sentence before brings in someone new, in no subject's place: whoever speaks next.
    [InlineData(Earlier + "One of the first buyers was John Hale, 30, a businessman, who bought two. \"I bought them cheap,\" he said.", "John Hale")]
    [InlineData(Earlier + "The plan was welcomed by John Hale, who runs a charity.\n\n\"It is great to see,\" he said.", "John Hale")]
    [InlineData(Earlier + "One dissenting opinion came from John Hale, of the research firm Gartner. He said: \"I don't think it changes the world.\"", "John Hale")]
    // Not two new men, not one named as someone's owner, and not when the pronoun's own sentence names someone first.
    [InlineData(Earlier + "The plan was welcomed by John Hale and Peter Berg. \"It is over,\" he said.", "David Moss")]
    [InlineData(Earlier + "The plan was welcomed by John Hale's lawyer. \"It is over,\" he said.", "David Moss")]
    [InlineData(Earlier + "The crowd booed John Hale. Moss's biggest cheer came when he said \"zero\" votes.", "David Moss")]
    public void A_pronoun_after_a_sentence_that_brings_in_a_new_person_stands_for_them(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    [InlineData("Sen. Maria Olsen named young voters' anger as a reason for hope. \"The younger people are sick of it.\"", "Maria Olsen")]
    [InlineData("On Monday, Maria Olsen named young voters' anger as a reason for hope. \"The younger people are sick of it.\"", "Maria Olsen")]
    // Her aide's sentence, and a sentence whose subject is the writer, do not make her the speaker.
    [InlineData("Maria Olsen's aide named young voters' anger as a reason for hope. \"The younger people are sick of it.\"", null)]
    [InlineData("I told Maria Olsen that young voters were angry. \"The younger people are sick of it.\"", null)]
    public void A_quote_sentence_with_no_verb_belongs_to_the_subject_of_the_sentence_before(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(Lead + "\n\n" + text).Last());
    }

    [Theory]
    [InlineData("Candidate Maria Olsen toured the state on Monday.\n\nMaria Olsen's doctor is calling the candidate \"extremely fit.\"", null)]
    [InlineData("Candidate Maria Olsen toured the state on Monday.\n\nMaria Olsen's appeal for \"calm and patience\" won praise.", "Maria Olsen")]
    public void A_sentence_that_opens_with_someone_of_a_persons_is_not_theirs(string text, string? speaker)
    {
        // A possessive before a title names whose the speaker is; before anything else the words are the person's own.
        Assert.Equal(speaker, Speakers(text).Last());
    }

    private const string Column = "The columnist Phyllis Olsen wrote her last column for the paper this week, on the campaign and the border.\n\n";

    [Theory]
    [InlineData(Column + "A cashier who \"steals a handful of coins\" is punished, Olsen said.", "Phyllis Olsen")]
    [InlineData(Column + "\"It is over,\" another friend, David Berg told reporters.", "David Berg")]
    // A pronoun at the clause's end stands for the one the sentence before has speak, not for anyone named in its clause.
    [InlineData("\"We are in shock,\" said the imam, David Nefzi, after the attack.\n\n\"We teach nothing\" against anyone at the meetings, he said.", "David Nefzi")]
    [InlineData("\"We are in shock,\" said the imam, David Nefzi, after the attack.\n\nOmar Mateen \"prayed here twice\" this year, he said.", "David Nefzi")]
    public void A_clause_attributed_after_a_comma_belongs_to_the_person_named_there(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    [InlineData("\"Nobody in this town trusts Osei,\" Maria Olsen said, adding, \"The vote will fail.\"", "Maria Olsen")]
    [InlineData("\"Ask Osei,\" Maria Olsen told reporters, before adding, \"Ask her why the vote failed.\"", "Maria Olsen")]
    public void A_name_inside_an_earlier_quote_is_not_the_subject_of_a_participle(string text, string speaker)
    {
        // "…, adding, “…”" hangs on the clause before it; a name quoted in that clause is what was said, not who said it.
        Assert.Equal(speaker, Speakers(Lead + text).Last());
    }

    [Theory]
    [InlineData("\"The board believes that Osei's plan is risky,\" the statement said, \"and the costs could be damaging.\"")]
    [InlineData("\"Nobody believes Osei,\" said the 46-year-old. \"Now, she will go.\"")]
    public void A_name_inside_a_quote_is_never_its_speaker(string text)
    {
        // The person a quote speaks of is not the subject of the verb before or after it, nor of the verb the next quote continues.
        Assert.All(Speakers(Lead + "\n\n" + text), Assert.Null);
    }

    [Theory]
    [InlineData("Maria Olsen met the press. David Berg, a longtime Olsen adviser, said: \"The vote is lost.\"", "David Berg")]
    [InlineData("Maria Olsen met the press. David Berg, who ran Olsen's first campaign, said, \"The vote is lost.\"", "David Berg")]
    [InlineData("Maria Olsen met the press. David Berg -- the strategist who once advised Mr. Olsen's rivals -- told reporters, \"The vote is lost.\"", "David Berg")]
    [InlineData("Maria Olsen met the press. The strategist who ran the campaign of Maria Olsen, David Berg, admitted that the vote was \"all but lost\".", "David Berg")]
    public void A_verb_after_an_apposition_has_for_subject_the_person_it_describes(string text, string speaker)
    {
        // The apposition between commas or dashes may name someone else; the speaker is the person it is set beside.
        Assert.Equal(speaker, Assert.Single(Speakers(text)));
    }

    [Fact]
    public void A_pronoun_goes_back_through_every_sentence_it_opens_to_the_one_named()
    {
        // Five sentences in a row open with "she": she is the one named before them, not another woman who spoke last.
        var speakers = Speakers("Ana Ruiz teaches yoga at 90.\n\n\"It keeps us young,\" said Lena Hart, one of the class.\n\n"
            + "Ana Ruiz plays the piano. She is president of the club. She did a computer course. She tried to get online. She loves it.\n\n"
            + "She also has a view on weight: \"I just think people eat too much.\"");
        Assert.Equal(new[] { "Lena Hart", "Ana Ruiz" }, speakers);
    }

    [Theory]
    [InlineData("Others agreed.\n\n\"The city will never go back,\" said the Rev. Peter Wherry, of Mayfield Church.", "Peter Wherry")]
    [InlineData("Others agreed.\n\n\"He did all the things right,\" said MSNBC host Chris Matthews.", "Chris Matthews")]
    [InlineData("Others agreed.\n\n\"They are 100 percent wrong,\" said 9/11 widow Terry Strada.", "Terry Strada")]
    [InlineData("Others agreed.\n\n\"It is over,\" said longtime friend Anna Berg.", "Anna Berg")]
    // "of" inside a title goes on to the name.
    [InlineData("Others agreed.\n\n\"It is over,\" said former secretary of state Clara Osei, who praised the plan.", "Clara Osei")]
    [InlineData("Others agreed.\n\n\"It is over,\" said the minister of defence Anna Berg.", "Anna Berg")]
    // After any other word, the one named after "of" is another: "the wife of Tom Vale" speaks.
    [InlineData("Others agreed.\n\n\"It is over,\" said the wife of Tom Vale.", null)]
    public void The_words_after_an_inverted_verb_lead_to_its_subject(string text, string? speaker)
    {
        Assert.Equal(speaker, Assert.Single(Speakers(text)));
    }

    [Theory]
    [InlineData(Lead + "At a fundraiser in New York with donors and friends, Osei called half of the delegates \"deplorables.\"")]
    [InlineData(Lead + "With fifty days until the vote, Osei cynically dismissed the plan as \"a relic of the past.\"")]
    [InlineData(Lead + "With fifty days until the vote, Clara Osei, a senior minister, called the remarks \"a true wake-up call\" for the party.")]
    // A clause that "such as when" opens has its subject after it, for a verb joined by "and" too.
    [InlineData(Lead + "There were sharper jabs, such as when Osei knocked the union on pay and called its demands \"reckless.\"")]
    // Any verb: the name that opens the main clause after a long opening phrase is its subject.
    [InlineData(Lead + "At the budget debate in the capital on Wednesday night, Osei blamed the \"fog of war\" for the delay.")]
    [InlineData(Lead + "Looking tired after a long night of talks, Osei blamed the \"fog of war\" for the delay.")]
    // A phrase after the verb's object is no phrase of occasion after a subject: "and" joins the verb to the clause's own.
    [InlineData(Lead + "There were sharper jabs, such as when Osei knocked Tom Vale on pay and called his demands \"reckless.\"")]
    // "call" after a determiner and singular nouns is a noun: the verb before it judges.
    [InlineData(Lead + "The payout is one that Osei blasted on an investor conference call as \"morally wrong.\"")]
    // Past an auxiliary and its adverb, or a phrase of time or occasion after the name, inside a clause the sentence does not open with.
    [InlineData(Lead + "The rules drew fire: the former mayor of Tarn, Clara Osei, has also called the law \"unfair and stupid\".")]
    [InlineData(Lead + "The row grew as the party chair, Clara Osei, on Saturday called him \"a disappointment\" as a leader.")]
    [InlineData(Lead + "The break was complete when Osei in her launch speech called the union leaders \"wreckers\" and left.")]
    // The main clause after a subordinate one opens with the same person, or a pronoun for them; or the clause has not closed.
    [InlineData(Lead + "When Osei spoke on Monday, she called the union leaders \"wreckers\" to their faces.")]
    [InlineData(Lead + "A day after Osei called the union leaders \"wreckers\" on the radio, the talks broke down.")]
    [InlineData(Lead + "The former tax minister Clara Osei called the union leaders \"wreckers\" on the radio.")]
    [InlineData(Lead + "While Osei's past statements, including her promise to be \"neutral\" in the talks, caused concern, the union cheered.")]
    public void A_judgement_quoted_in_part_belongs_to_the_subject_of_its_verb(string text)
    {
        Assert.Equal("Clara Osei", Assert.Single(Speakers(text)));
    }

    [Theory]
    [InlineData(Lead + "At the rally on the coast that evening, the crowd called the plan \"a disaster.\"")]
    // "call" after a plural noun is a verb, and its subject no one named.
    [InlineData(Lead + "Data brokers thrive in what the researchers call the \"surveillance economy.\"")]
    // A word in "-ly" before the auxiliary is the subject, a noun, and the name before it is its owner, not who speaks.
    [InlineData(Lead + "The lawyers met. Osei's family has called on police to release the videos \"as a matter of trust\" at once.")]
    // A name between a determiner and the body that speaks for its owner says whose body it is: the body speaks.
    [InlineData(Lead + "Osei left early. A memo on the Osei campaign's website states that workers are covered only when they are \"in good standing,\" which few are.")]
    [InlineData(Lead + "Osei left early. Last week, the Osei campaign also called on the board to make an \"urgent review\" of the rules.")]
    // A name in the clause a subordinator opens is not the subject of the main clause after its comma.
    [InlineData(Lead + "When Osei died in 1990, her obituary called her the author of \"many fine books on tax.\"")]
    // A sentence that opens with a determiner and a noun has that for its subject; the name after its verb is the object.
    [InlineData(Lead + "The board saw Osei, then 44, as the one to speed the \"grandfather of all reforms\" into law.")]
    [InlineData(Lead + "A clerk emailed Osei the list of guests under the subject line \"tax day at the palace.\"")]
    public void A_judgement_with_no_named_subject_has_no_speaker(string text)
    {
        Assert.Null(Assert.Single(Speakers(text)));
    }

    [Theory]
    // The quote stands in a relative clause, or the name after the opening phrase is an apposition, not a subject.
    [InlineData(Lead + "Despite polls showing her well behind, Osei campaigned in the region that made her rival the \"comeback kid\" of 1992.")]
    [InlineData(Lead + "She was then suspended alongside the deputy minister, Clara Osei, over an alleged \"disloyal payment\" to a union.")]
    public void A_partial_quote_after_a_name_that_is_not_its_clause_s_subject_has_no_speaker(string text)
    {
        Assert.Null(Assert.Single(Speakers(text)));
    }

    [Theory]
    [InlineData("\"Our children are thriving,\" the letter reads.")]
    [InlineData("\"He has managed to erase much of his debt,\" it added.")]
    // Nor are several people, or a company, speaking as "they" or "we".
    [InlineData("\"We have no further comment,\" they said.")]
    [InlineData("\"The plan is sound,\" they say in the report.")]
    [InlineData("\"We never agreed to that,\" we said at the time.")]
    // A speech verb that is also a noun is the verb after a subject the article does not name: its -s form after an
    // article and a word or two, its bare form after a plural.
    [InlineData("\"The cold of space can be used,\" the scientists write in Nature.")]
    [InlineData("\"The cold of space can be used,\" the two researchers write.")]
    [InlineData("\"The cold of space can be used,\" they note in a paper.")]
    [InlineData("\"The region has oil and fishing,\" the government notes in an appeal.")]
    [InlineData("\"Plans to explore are under way,\" the report continues.")]
    // Nor is a source after "according to" that no name stands for.
    [InlineData("\"The evidence cannot prove the crime,\" according to a court document filed by state attorney Dave Aronberg.")]
    [InlineData("\"Ties are at their lowest point,\" according to a Pentagon readout.")]
    public void A_document_or_an_it_is_no_speaker_and_no_continuation(string quote)
    {
        var speakers = Speakers(Lead + "\"We have a deal,\" Osei said.\n\n" + quote);
        Assert.Equal(new[] { "Clara Osei", null }, speakers);
    }

    [Fact]
    public void Think_after_a_bracket_is_no_speech_verb()
    {
        // A bare "think" after a bracket asks the reader to think of the name after it: the sentence's speaker says the second quote too.
        var text = "The paradox, says Carl Anthony, a historian, is that she was \"one of the most powerful,\" not for her policy (think Eleanor Roosevelt) but for her \"personal influence on the president.\"";
        Assert.Equal(new[] { "Carl Anthony", "Carl Anthony" }, Speakers(text));
    }

    [Fact]
    public void A_speech_noun_after_a_singular_description_is_a_noun()
    {
        // "the congressional report said": "report" is the subject's noun, "said" the verb.
        var model = ArticleExtractor.Extract("t.txt", "t.txt", "Test headline for speakers\n\n\"The plan is sound,\" the congressional report said.");
        Assert.Equal("said", Assert.Single(model.Quotes).Cue);
    }

    [Theory]
    [InlineData("\"At no point did we block her,\" they said in a statement.")]
    [InlineData("\"The park could support 45,000 jobs,\" says the report.")]
    public void A_quote_paragraph_after_one_that_no_one_named_speaks_goes_on_with_no_one(string quote)
    {
        var speakers = Speakers(Lead + "\"We have a deal,\" Osei said.\n\n" + quote + "\n\n\"In fact, we do not have the right to stop her.\"");
        Assert.Equal(new[] { "Clara Osei", null, null }, speakers);
    }

    [Fact]
    public void A_quote_paragraph_after_one_that_ends_with_no_one_named_speaking_goes_on_with_no_one()
    {
        // Though someone named reported something earlier in that paragraph.
        var speakers = Speakers(Lead + "\"We have a deal,\" Osei said.\n\nThe press backed her, said Tom Berg. \"The plan is sound,\" the paper says.\n\n\"In fact, it is the best plan.\"");
        Assert.Equal(new string?[] { "Clara Osei", null, null }, speakers);
    }

    [Fact]
    public void A_paragraph_that_ends_with_a_colon_introduces_the_quote_after_it()
    {
        var speakers = Speakers(Lead + "\"We have a deal,\" Osei said.\n\nLast July, Senator Tom Berg made the following comment:\n\n\"The unemployment rate for young people is 33 percent.\"");
        Assert.Equal(new[] { "Clara Osei", "Tom Berg" }, speakers);
    }

    [Theory]
    [InlineData("\"She will be out there campaigning,\" Osei campaign spokesman Brian Fallon said on Monday.", "Brian Fallon")]
    [InlineData("\"We are pleased with the decision,\" Osei lawyer Marc Kasowitz said.", "Marc Kasowitz")]
    [InlineData("Clara Osei's campaign manager Robby Mook said as much, arguing that the union \"lashed out at our nurses.\"", "Robby Mook")]
    public void A_person_named_before_a_title_is_whose_the_title_is_not_the_speaker(string quote, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Speakers(Lead + quote)));
    }

    [Theory]
    [InlineData("\"We are excited about the tour,\" comments Osei in a statement.")]
    [InlineData("\"The rest of your life,\" notes Osei with a chuckle.")]
    public void The_s_form_of_a_speech_noun_right_after_a_quote_is_its_verb(string quote)
    {
        Assert.Equal("Clara Osei", Speakers(Lead + Earlier + quote).Last());
    }

    [Fact]
    public void A_capitalised_speech_noun_after_a_quote_heads_a_note_of_its_source()
    {
        Assert.Equal("David Moss", Speakers(Lead + Earlier + "\"It is over for now.\" [Remarks to the Union Club, 11/18/13.]").Last());
    }

    [Theory]
    [InlineData(Lead + "The minister also said that the union had \"lost its way\".", "Clara Osei")]
    // A deputy holds no office of the same name.
    [InlineData("Prime Minister Clara Osei met Deputy Prime Minister Tom Berg. The prime minister said the talks were \"a good start\".", "Clara Osei")]
    // No holder of all its words leaves the subject open.
    [InlineData("Florida Governor Tom Berg spoke first. The New Jersey governor said the talks were \"a good start\".", null)]
    public void The_and_a_title_before_a_speech_verb_is_the_person_of_that_role(string text, string? speaker)
    {
        Assert.Equal(speaker, Assert.Single(Speakers(text)));
    }

    [Fact]
    public void A_phrase_of_its_own_after_an_inverted_verb_is_not_its_subject()
    {
        Assert.Null(Assert.Single(Speakers(Lead + "\"It is over,\" said in a statement that Osei had signed.")));
    }

    [Fact]
    public void Forms_of_a_name_that_differ_only_in_their_apostrophe_are_one_person()
    {
        var model = ArticleExtractor.Extract("t.txt", "t.txt", "Test headline for speakers\n\nThe blast went off, according to Commissioner James O\u2019Neill.\n\n\u201CThe cause is unknown,\u201D said O'Neill.");
        var person = Assert.Single(model.People);
        Assert.Equal("James O\u2019Neill", person.Name);
        Assert.Equal(0, Assert.Single(model.Quotes).SpeakerIndex);
    }

    [Fact]
    public void A_pronoun_resolves_to_the_last_speaker_of_that_gender()
    {
        var text = "Peter Vance, the union's leader, spoke first.\n\n\"We want fair pay,\" Vance said.\n\n\"And we will strike if we must,\" he added.";
        Assert.Equal(new[] { "Peter Vance", "Peter Vance" }, Speakers(text));
    }

    [Theory]
    // A quote that opens its paragraph goes on from the paragraph before, not from a quote after words about someone else;
    // there the speaker of the quote that closes the paragraph before ("…,” said Vidal.") goes on.
    [InlineData(Rivals + "Vidal said the changes should be enough. \"No bill goes through without debate,\" he said.\n\n\"I have no desire to make further concessions.\" Mr Vidal's amendment will be debated on Tuesday. Speaking after the debate, John Soares said the bill was \"badly drawn-up\".", 1, "Peter Vidal")]
    [InlineData(Rivals + "Vidal admitted he had been impressed by John Soares. But he told the radio: \"Soares is the answer.\" Soares has spent the season on the bench. \"The game was amazing to watch,\" said Vidal.\n\n\"Their only mistakes were in the first half.\" Vidal, however, insisted the pressure had eased.", 2, "Peter Vidal")]
    public void A_quote_that_opens_its_paragraph_goes_on_from_the_paragraph_before(string text, int quote, string speaker)
    {
        Assert.Equal(speaker, Speakers(text)[quote]);
    }

    [Fact]
    public void A_quote_only_paragraph_continues_the_previous_speaker()
    {
        var text = Lead + "\"We have a deal,\" Osei said.\n\n\"It took six weeks of talks.\"";
        Assert.Equal(new[] { "Clara Osei", "Clara Osei" }, Speakers(text));
    }

    [Fact]
    public void A_split_quote_has_one_speaker_for_both_halves()
    {
        var text = Lead + "\"We have a deal,\" Osei said, \"and it is a good one.\"";
        Assert.Equal(new[] { "Clara Osei", "Clara Osei" }, Speakers(text));
    }

    [Fact]
    public void An_unnamed_source_is_no_speaker()
    {
        var text = "The plant closed in May.\n\n\"It was a shock,\" a worker said.";
        Assert.Equal(new string?[] { null }, Speakers(text));
    }

    [Theory]
    // "one", "someone", "others" … before the verb are no one named, and the quote after goes on with them, not with a
    // speaker the paragraph names later or earlier.
    [InlineData("Tom Berg spoke first.\n\n\"He is amazing,\" one user wrote on the forum. \"His advice is invaluable.\" Berg answered questions on the site \"Evolution.\"")]
    [InlineData("Tom Berg said he would stay on.\n\n\"Blink twice if you are in trouble!\" someone shouted.")]
    [InlineData("Tom Berg's plan is popular with some users. \"It would only be fair,\" others said. \"We will wait.\"")]
    [InlineData("Tom Berg ran the company. He was not one for \"collaborative decision-making,\" said one former executive who requested anonymity. \"When he decided, that was it.\"")]
    public void An_unnamed_source_goes_on_speaking(string text)
    {
        var speakers = Speakers(text);
        Assert.Null(speakers[0]);
        Assert.Null(speakers[speakers.Length > 1 ? 1 : 0]);
    }

    [Theory]
    // A quote inside a sentence that opens with "a" or "an" is its unnamed subject's, not the speaker of the quote before.
    [InlineData("\"This is unlikely,\" spokesman Tom Berg said. However, a rival spokeswoman was \"satisfied\" with the result.", null)]
    [InlineData("\"We need better roads,\" Tom Berg said. In June, a local group issued a \"dress code\" for tourists.", null)]
    // A definite subject, or the speaker again, leaves the quote to them.
    [InlineData("\"This is unlikely,\" spokesman Tom Berg said. However, he was \"satisfied\" with the result.", "Tom Berg")]
    [InlineData("\"We need better roads,\" Tom Berg said. The town, he said, has a \"dress code\" for tourists.", "Tom Berg")]
    public void A_sentence_that_opens_with_an_indefinite_subject_borrows_no_speaker(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Fact]
    public void An_abbreviated_title_after_the_quote_does_not_end_the_attribution()
    {
        var text = "Mr. Osei met union leaders on Monday.\n\n\"We have a deal,\" Mr. Osei said on Monday night.";
        Assert.Equal(new[] { "Osei" }, Speakers(text));
    }

    [Fact]
    public void A_quote_paragraph_after_reported_speech_belongs_to_the_reported_speaker()
    {
        var text = "\"The vote is fair,\" said Peter Vance.\n\nLinda Okafor said she disagreed with the count.\n\n\"We will ask for a recount.\"";
        Assert.Equal(new[] { "Peter Vance", "Linda Okafor" }, Speakers(text));
    }

    [Fact]
    public void A_title_and_organisation_between_verb_and_name_are_passed_over()
    {
        var text = "\"The summit went well,\" said European Council President Tomas Rydell.";
        Assert.Equal(new[] { "Tomas Rydell" }, Speakers(text));
    }

    [Theory]
    [InlineData("The talks will resume in spring, Clara Osei said. \"We are not finished.\"", "Clara Osei")]
    // The verb may come before its subject after a comma; a name that owns what follows is no subject.
    [InlineData("The talks will resume in spring, said Clara Osei. \"We are not finished.\"", "Clara Osei")]
    [InlineData("Clara Osei leads the talks. As they go on, said Osei, both sides need to be careful. \"We are not finished.\"", "Clara Osei")]
    [InlineData("It still means fasting for 18 hours, said Clara Osei, who moved here in 2015. \"We are not finished.\"", "Clara Osei")]
    [InlineData("One of the mediators, Clara Osei, said Tomas Rydell's plan will test the talks. \"We are not finished.\"", "Clara Osei")]
    public void A_quote_after_an_attribution_sentence_belongs_to_its_speaker(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Fact]
    public void A_horizontal_bar_after_the_quote_names_the_speaker()
    {
        var text = "Readers wrote in after the debate.\n\n\u201CIt was a fair fight.\u201D \u2015 Ivo Marsh";
        Assert.Equal(new[] { "Ivo Marsh" }, Speakers(text));
    }

    [Fact]
    public void A_name_after_a_dash_that_closes_the_paragraph_signs_its_every_quote()
    {
        // The first quote closes its own sentence, so the dash after the second is all that says who wrote both; a name
        // or a speech verb between the quotes would say otherwise.
        var text = "Readers wrote in after the debate.\n\n"
            + "\u201CHe lost the room.\u201D And that is all he has: \u201Cthe same old lines.\u201D \u2015 Lena Roth.\n\n"
            + "\u201CHe won.\u201D The host said it was \u201Cclose.\u201D \u2015 Omar Dale";
        var speakers = Speakers(text);
        Assert.Equal(new[] { "Lena Roth", "Lena Roth" }, speakers.Take(2));
        Assert.NotEqual("Omar Dale", speakers[2]);
        Assert.Equal("Omar Dale", speakers[3]);
    }

    [Fact]
    public void A_capital_letter_without_its_full_stop_inside_a_name_is_a_middle_initial()
    {
        var text = "Readers wrote in after the debate.\n\n\u201CHe is rude.\u201D \u2015 Mary J Okafor";
        Assert.Equal(new[] { "Mary J Okafor" }, Speakers(text));
    }

    [Theory]
    // After a passive verb that characterises or reports, the person named after "by" said the words; "by" after any other
    // quote is not an agent.
    [InlineData("The tactic has been called \"strategic ambiguity\" by Joshua Hendrick, a professor.", "Joshua Hendrick")]
    [InlineData("The drop was described as \"statistically significant\" by Professor Ivo Marsh.", "Ivo Marsh")]
    [InlineData("The levy, Ivo Marsh said, was hit \"harder than any other\" by Lena Roth's cuts.", "Ivo Marsh")]
    public void The_person_after_by_said_the_words_a_passive_verb_reports(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Speakers(text)));

    [Fact]
    public void A_characterising_verb_that_doubles_its_consonant_gives_the_words_to_its_subject()
    {
        // "slam" makes "slammed", which the regular inflections ("slamed") miss.
        var text = "The emails were sent in a way Director Ivo Marsh slammed as \"extremely careless\" in July.";
        Assert.Equal("Ivo Marsh", Assert.Single(Speakers(text)));
    }

    [Fact]
    public void An_aside_after_a_subordinate_clauses_subject_leaves_it_the_subject_of_a_characterising_verb()
    {
        var text = "Maria Quist and Tom Berg are running for mayor.\n\n"
            + "Tom Berg's attacks began last week when Mrs. Quist, in response to Tom Berg's jibe about her loss to Ivo Marsh in 2008, accused him of a \"penchant for spin.\"";
        Assert.Equal("Maria Quist", Assert.Single(Speakers(text)));
    }

    [Fact]
    public void A_noun_after_a_possessive_is_no_speech_verb()
    {
        // "remarks" is a noun in "Cole's remarks": the speaker is who called them a wake-up call.
        var text = "Ana Ruiz, an adviser to the campaign, called Mayor Tom Cole's remarks \"a wake-up call\" on Saturday.";
        Assert.Equal("Ana Ruiz", Assert.Single(Speakers(text)));
    }

    [Fact]
    public void A_participle_after_a_comma_has_the_subject_of_its_clause()
    {
        var text = "Mayor Ana Ruiz attacked Governor Tom Cole for his record, saying, \"He has failed the city.\"";
        Assert.Equal("Ana Ruiz", Assert.Single(Speakers(text)));
    }

    [Fact]
    public void A_participle_that_and_joins_to_one_after_a_comma_has_the_subject_of_its_clause()
    {
        // "defeating Tom Cole" is a gerund on the way, and Tom Cole its object.
        var text = "Ian Ruiz said the council met on Monday.\n\nRuiz himself, who was absent, has toned down his attacks, shifting his focus to defeating Tom Cole and admitting that his \"revolution\" will end.";
        Assert.Equal("Ian Ruiz", Assert.Single(Speakers(text)));
    }

    [Theory]
    [InlineData("Mayor Tom Cole spoke on Monday. He called the plan \"rushed and unfair.\"")]
    [InlineData("Mayor Tom Cole spoke on Monday. In a long speech about the budget of Governor Ana Ruiz, he called the plan \"rushed.\"")]
    public void A_pronoun_before_a_characterising_verb_is_resolved_as_a_speech_verbs_subject(string text)
    {
        Assert.Equal("Tom Cole", Assert.Single(Speakers(text)));
    }

    [Theory]
    // The sentence is about the owner; the person whose clause on "who" judges speaks.
    [InlineData("Mayor Tom Cole's plan drew fire from Governor Ana Ruiz, who called the scheme \"rushed and unfair\" on Monday.", "Ana Ruiz")]
    [InlineData("Mayor Tom Cole's plan for the \"new harbour\" drew crowds on Monday.", "Tom Cole")]
    public void A_possessive_opener_yields_to_the_person_who_characterises(string text, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Speakers(text)));
    }

    [Theory]
    [InlineData("The fact-checkers looked again at Mayor Tom Cole's claim that there have been \"thousands of break-ins\" this year.", "Tom Cole")]
    [InlineData("In a long speech on Monday the minister contradicted Mayor Tom Cole's comments, made in an interview a day before, that the fire was \"contained\" by noon.", "Tom Cole")]
    // Up to two describing words may stand between the possessive and the noun.
    [InlineData("The concerns of many leaders go beyond Mayor Tom Cole's controversial pledge to be \"neutral\" in the talks.", "Tom Cole")]
    // A verb right after the noun judges what was said: the quote is someone else's word for it.
    [InlineData("The fact-checkers found that Mayor Tom Cole's claim was \"mostly true\" after all.", null)]
    public void A_quote_in_what_a_persons_claim_or_comments_say_is_theirs(string text, string? speaker)
    {
        Assert.Equal(speaker, Assert.Single(Speakers(text)));
    }

    private const string Coordinated = " her support for the harbour plan that the council rejected during a long meeting at the town hall on the river last spring";

    [Theory]
    [InlineData("Mayor Ana Ruiz stressed" + Coordinated + " and said she has what the job needs: \"Steadiness, and strength.\"", "Ana Ruiz")]
    [InlineData("On Monday, Mayor Ana Ruiz repeated" + Coordinated + ", but insisted that the city shares \"almost all of its views.\"", "Ana Ruiz")]
    // "then", "later" or an adverb may stand between the conjunction and the verb.
    [InlineData("Mayor Ana Ruiz stressed" + Coordinated + ", and then tweeted that it was \"Disgraceful!\"", "Ana Ruiz")]
    [InlineData("Mayor Ana Ruiz stressed" + Coordinated + " and later said, \"It is not just the council.\"", "Ana Ruiz")]
    // A name that only qualifies a noun is not the subject; a relative clause between has a subject of its own.
    [InlineData("Mayor Ana Ruiz spoke on Monday. The Ruiz campaign repeated" + Coordinated + " and said the city needs \"a full review.\"", null)]
    [InlineData("Mayor Ana Ruiz wrote about a colleague who repeated" + Coordinated + " and told her, \"Nobody will read it.\"", null)]
    public void A_speech_verb_joined_by_and_far_from_any_name_has_the_subject_the_sentence_opens_with(string text, string? speaker)
    {
        Assert.Equal(speaker, Assert.Single(Speakers(text)));
    }

    [Theory]
    // A pronoun subject, at the sentence's start or after a short opening phrase, shares its verbs too: the name before "and"
    // is the first verb's object.
    [InlineData(Rivals + "Vidal left no doubt. Eight years ago, he backed Carvalho over Soares and said, \"Soares has never done anything for us.\"", "Peter Vidal")]
    [InlineData(Rivals + "Vidal attacked his rivals. He said that Carvalho is playing the \"party card\" and said that Soares is \"weak like a baby.\"", "Peter Vidal")]
    [InlineData(Rivals + "Vidal spoke next. During the call, he asked about the port, called Soares a \"fraud\" and said, \"Somebody ought to stop him.\"", "Peter Vidal")]
    public void A_speech_verb_joined_by_and_has_the_pronoun_the_sentence_opens_with(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Fact]
    public void A_capitalised_subject_the_article_names_as_no_person_leaves_the_quote_without_speaker()
    {
        // "Westbank" is a word the article writes as a firm's name ("Westbank, which"), never a person's, even right after a
        // quote: the quote is not the previous speaker's.
        var text = "\"We will win the seat,\" said Anna Moss.\n\n\"The vote was never in doubt,\" Westbank said. Westbank, which owns the paper, said no more.";
        Assert.Equal(new[] { "Anna Moss", null }, Speakers(text));
    }

    [Fact]
    public void A_quote_that_ends_its_sentence_is_not_attributed_by_the_next_sentence()
    {
        var text = "Mayor Ana Ruiz said the video should be released but said \"the question is the timing.\" Governor Tom Cole said it would be wrong to comment.";
        Assert.Equal("Ana Ruiz", Assert.Single(Speakers(text)));
    }

    [Fact]
    public void A_possessive_before_a_title_is_not_the_speaker_but_before_a_statement_it_is()
    {
        var lawyer = "Ana Ruiz lost the case on Monday.\n\n\"We will appeal,\" Ruiz's lawyer said.";
        Assert.Equal(new string?[] { null }, Speakers(lawyer));
        var statement = "Ana Ruiz lost the case on Monday.\n\nRuiz's statement added, \"We will appeal.\"";
        Assert.Equal("Ana Ruiz", Assert.Single(Speakers(statement)));
    }

    [Fact]
    public void A_long_apposition_between_the_name_and_its_verb_keeps_the_speaker()
    {
        var text = Lead + "\"We will win this,\" Michael Orlen, a senior fellow at the Harbour Institute and a former ambassador to the United Nations in New York, said on Monday.";
        Assert.Equal("Michael Orlen", Assert.Single(Speakers(text)));
    }

    [Theory]
    [InlineData("\"We have no comment,\" White House press secretary Josh Orlen said.")]
    // The field a title is of: "director of rugby".
    [InlineData("\"We wanted a second opinion,\" director of rugby Josh Orlen told the Gloucester Citizen.")]
    [InlineData("\"The big question is whether it goes far enough,\" director of telecoms research Josh Orlen said.")]
    [InlineData("\"The evidence is not strong enough,\" the country's deputy director of public prosecutions, Josh Orlen, said on Tuesday.")]
    public void Lower_case_words_of_a_title_lead_to_the_speaker(string quote)
    {
        Assert.Equal("Josh Orlen", Assert.Single(Speakers(Lead + quote)));
    }

    [Fact]
    public void A_name_with_an_age_before_its_verb_is_a_speaker()
    {
        var text = Lead + "\"We will march every day,\" Quina Delacroix, 25, said as the crowd moved on.";
        Assert.Equal("Quina Delacroix", Assert.Single(Speakers(text)));
    }

    [Fact]
    public void A_verb_after_the_quote_without_a_subject_leaves_the_sentence_before_it_to_say_who_spoke()
    {
        var text = "City Attorney Brad Orlen said in the letter that the advertisement \u201Cunmistakably and wrongfully\u201D suggests the city supports the campaign.";
        Assert.Equal("Brad Orlen", Assert.Single(Speakers(text)));
    }
    private const string Rivals = "Peter Vidal and Maria Carvalho spoke in Lisbon on Monday; John Soares was there too.\n\n";

    [Theory]
    // After the quote, a name that a preposition or "that" opens is an object or a clause's own subject, not who spoke.
    [InlineData(Rivals + "Vidal says he is \"effectively tied for second place\" with Maria Carvalho, in a finish that he said defied expectations.", "Peter Vidal")]
    [InlineData(Rivals + "\"He can assert it, but it seems extremely unlikely\" that Vidal can catch Carvalho, said John Soares, a campaign manager.", "John Soares")]
    // "and" and a name open a clause whose verb is the name's, about the quote after it.
    [InlineData(Rivals + "Vidal accused Soares of \"leading from behind\" and Maria Carvalho says she is \"losing the war\" at home.", "Peter Vidal")]
    // After a bracket that closes right after the quote, the words go on with the clause around the brackets.
    [InlineData(Rivals + "On Sunday, Pastor John Soares stood at his pulpit and, citing Exodus 18:21 (\"select out of all the people able men\"), endorsed Peter Vidal, urging his parishioners to vote for him.", "John Soares")]
    public void A_name_that_opens_a_phrase_after_the_quote_is_not_its_speaker(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).First());
    }

    [Theory]
    // Still the speaker: after "as", after "and" inside a title, and after a preposition that goes on with a title.
    [InlineData(Rivals + "Still, the race \"is a dead heat right now,\" as Vidal said on the radio on Monday.", "Peter Vidal")]
    [InlineData(Rivals + "\"We found water,\" lead researcher and agency planetary scientist Maria Carvalho said in a statement.", "Maria Carvalho")]
    [InlineData(Rivals + "\"I'm outraged at the hypocrisy,\" the play's organiser in Lisbon, Maria Carvalho, told the BBC.", "Maria Carvalho")]
    public void Words_of_the_attribution_before_the_name_keep_the_speaker(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).First());
    }

    [Theory]
    // A speech verb that opens the sentence or follows a comma may have its subject after it, up to the colon; after a
    // subject of its own, the name there is its object.
    [InlineData(Rivals + "In other words, explained moderator John Soares: \"What does that have to do with it?\"", "John Soares")]
    [InlineData(Rivals + "Said John Soares: \"We will win.\"", "John Soares")]
    [InlineData(Rivals + "In a furious response, Vidal said his comments had been distorted. He told Maria Carvalho: \"It is disappointing.\"", "Peter Vidal")]
    public void A_verb_before_its_subject_and_a_colon_introduces_the_subjects_quote(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Fact]
    public void A_quote_a_colon_introduces_keeps_its_speaker_over_a_verb_after_it()
    {
        // The quote runs over two paragraphs; the verb after it is the next sentence's.
        var text = Rivals + "Ms Carvalho was worried. She added: \"It would be a momentous change.\n\n\"It is not set back in the past?\" Mr Vidal replied: \"The structure is under review.\"";
        Assert.Equal(new[] { "Maria Carvalho", "Peter Vidal" }, Speakers(text));
    }

    [Fact]
    public void A_quote_a_page_split_without_reopening_it_has_the_speaker_named_after_its_close()
    {
        // The second paragraph goes on with the quote though no mark reopens it; "said Ana Ruiz" after its close names the
        // speaker of the whole quote and of the one after it.
        var text = "Engineers tested a mirror on a roof in May.\n\n\u201CIf you cover the roof, you can see how much power it saves.\n\n" +
                   "You can offset the air conditioning,\u201D said Ana Ruiz, who led the work. \u201CEven at noon it cools.\u201D";
        Assert.Equal(new[] { "Ana Ruiz", "Ana Ruiz" }, Speakers(text));
    }

    [Theory]
    // A participle after "before", "by" or "while" has the clause's subject, not a name the clause mentions.
    [InlineData(Rivals + "On Tuesday, Mr. Vidal deflected questions about Mr. Soares before saying, \"It's time to get on message.\"", "Peter Vidal")]
    [InlineData(Rivals + "Ms Carvalho was angry. On Twitter, she responded to one of Soares's messages by saying, \"Just stop lying.\"", "Maria Carvalho")]
    [InlineData(Rivals + "Mr. Vidal praised Mr. Soares while insisting, \"We need to win.\"", "Peter Vidal")]
    // The sentence may open with a quote of its own, which is not the clause.
    [InlineData(Rivals + "\"Promise me you will keep your hands in sight,\" Carvalho sings to Vidal before asking him, \"Where do we go from here?\"", "Maria Carvalho")]
    public void A_participle_after_a_preposition_has_the_subject_of_its_clause(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A sentence that opens with a name and its apposition has that name for the subject of the verbs after it.
    [InlineData(Rivals + "Mr. Vidal, who said last week that a judge in a case involving Soares Holdings was biased, issued a statement Tuesday saying, \"I respect the court.\"", "Peter Vidal")]
    [InlineData(Rivals + "Vidal, who has been in daily contact with the Carvalho campaign for months, arrived at a breakfast with no clear answer and acknowledged that he had only \"read the passages quickly.\"", "Peter Vidal")]
    public void A_name_and_its_apposition_open_the_clause_of_the_verb_after_them(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A speech verb after a comma with its subject after it is an aside that attributes the sentence.
    [InlineData(Rivals + "The paradox of Carvalho, says Peter Vidal, a historian at the city library, is that she was \"the most powerful of them all.\"", "Peter Vidal")]
    [InlineData(Rivals + "Voters, said Peter Vidal in 2013, are \"tired of waiting.\"", "Peter Vidal")]
    // Not a name after "told", the listener, nor the subject of what was said.
    [InlineData(Rivals + "Vidal, who identifies as a centrist, told Maria Carvalho that the first site was not \"prepared for the traffic.\"", "Peter Vidal")]
    [InlineData(Rivals + "Vidal, an adviser to the mayor, said Carvalho so far has been \"a success by any measure.\"", "Peter Vidal")]
    public void A_speech_verb_set_off_as_an_aside_names_the_speaker_after_it(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // "said the festival's executive director, Craig Prater": the title after the verb, a comma, then whose it is.
    [InlineData(Rivals + "\"We asked ourselves if we should cancel,\" said the festival's executive director, Peter Vidal.", "Peter Vidal")]
    [InlineData(Rivals + "\"We are treating it as one long day,\" said Carvalho's deputy campaign manager, John Soares, who ran the last one.", "John Soares")]
    // So does a word for someone of another's: a friend, a brother.
    [InlineData(Rivals + "\"It may have been his first stand against his father,\" said his best friend at college, John Soares, who recalled the day.", "John Soares")]
    [InlineData(Rivals + "\"She never gave up,\" said her brother, John Soares.", "John Soares")]
    public void A_title_after_the_verb_leads_to_the_name_after_its_comma(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A lone name after the quote's verb, described by "who", an apposition or an age, is a person named once.
    [InlineData("The rally was loud.\n\n\"He has me thinking now,\" said Quenby, who is also considering the mayor.", "Quenby")]
    [InlineData("The rally was loud.\n\n\"I was, like, shocked,\" said Quenby, 44. \"I kept on arguing.\"", "Quenby")]
    public void A_lone_name_the_quotes_verb_introduces_and_a_description_follows_is_the_speaker(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).First());
    }

    [Theory]
    // A quote sentence with no verb continues the person the sentence before opens with: after a description and its
    // apposition, and after an opening phrase whose comma a quoted title holds.
    [InlineData(Rivals + "His former business partner at the firm, Peter Vidal, called him a master at deals. \"He showed again and again an ability to close.\"", "Peter Vidal")]
    [InlineData(Rivals + "On \"Face the City,\" Sen. Maria Carvalho named exhaustion as one of the reasons. \"The younger people are tired of it.\"", "Maria Carvalho")]
    // A sentence that ends with a pronoun's speech verb gives the quote after it to whom the pronoun stands for, not to a
    // man named inside a quote before it.
    [InlineData("Harvey Moss spoke at the festival on Sunday.\n\nAnd his greatest performer? \"Freddie Vidal had to be the best we've ever had.\"\n\nBut the next star was far from formed, he said. \"We're not producing a new generation of this kind of act.\"", "Harvey Moss")]
    // A pronoun that reports before the quote stands for the subject of the sentence before it, not the last man named.
    [InlineData("Tama Vidal admitted the fear of injury weighed on him before the match, which features Chris Osei. But he admitted the cause won him over. \"I didn't hesitate.\"", "Tama Vidal")]
    public void A_quote_sentence_continues_the_person_a_described_or_introduced_sentence_opens_with(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // The sentence before a quote reports its speaker; a verb right after "if" or "when" has no subject of its own, so
    // the name just before it is not who reports.
    [InlineData(Rivals + "Peter Vidal said he would help Maria Carvalho if asked. \"I am going to support her.\"", "Peter Vidal")]
    [InlineData(Rivals + "Peter Vidal said he would bring his skills to the Soares campaign when asked. \"I am going to support him.\"", "Peter Vidal")]
    public void A_verb_after_its_subordinator_does_not_report_the_quote_after_it(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A possessive name before a word for family or a group of people is whose the subject is; the subject is no one named.
    [InlineData(Rivals + "Vidal's relatives, including his wife, watched the video on Thursday and said they came away with \"more questions than answers.\"", null)]
    [InlineData(Rivals + "\"We kept the tapes for years,\" Mr Vidal's son Tomas, 57, said before the sale.", null)]
    [InlineData(Rivals + "Carvalho's aides told reporters on Friday that the plan was \"dead on arrival.\"", null)]
    // Describing words may stand between the possessive and the word for people.
    [InlineData(Rivals + "At some point, Vidal's now-deceased father told Soares that \"the only way I know he is alive is the checks.\"", null)]
    // A name may still come after such an unnamed owner: the one that speaks.
    [InlineData(Rivals + "\"The thing with the house bothered\" Vidal's family, Carvalho said.", "Maria Carvalho")]
    // So is a body that speaks in the owner's stead: a campaign, an office, a team.
    [InlineData(Rivals + "In response, Mrs. Carvalho's campaign said in a statement that ''Maria won't be bullied'' by anyone.", null)]
    [InlineData(Rivals + "\"Nobody on the team has ever asked for that,\" Peter Vidal's office said.", null)]
    [InlineData(Rivals + "Vidal's team told reporters the plan was \"dead on arrival.\"", null)]
    // A title after the body word still leads to the person named after it.
    [InlineData(Rivals + "Carvalho's campaign manager Ana Reis said the count was \"a mistake.\"", "Ana Reis")]
    // A title or a document after the possessive is as before: "Cornyn's statement said" is his.
    [InlineData(Rivals + "Vidal's statement said the deal was \"a matter of days away.\"", "Peter Vidal")]
    public void A_possessive_name_before_a_word_for_people_is_not_the_subject(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A word for family after a possessive, then the person it stands for in apposition: that person speaks. A nickname
    // quoted inside the name, and an honorific's full stop, are part of the name, not the end of the words before the verb.
    [InlineData(Rivals + "\"This is a big year for us!\" Vidal's niece, state Del. Ana \"Cia\" Reis (D-Newport News), shouted to the crowd.", "Ana Reis")]
    [InlineData(Rivals + "\"This is a big year for us!\" Vidal's niece, Ana Reis, said.", "Ana Reis")]
    public void A_word_for_family_and_its_apposition_name_the_speaker(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A pronoun after a quote stands for the subject of the sentence before, whoever the quote's own words name; unless
    // the quote names that subject, who then is spoken about, not speaking.
    [InlineData(Rivals + "\"We won,\" said Ana Reis.\n\nCarvalho put her finger on one facet of the campaign.\n\n\"Vidal is the first candidate since Soares who is comfortable with winning,\" she wrote.", "Maria Carvalho")]
    [InlineData(Rivals + "\"We need players,\" said John Soares.\n\nVidal spoke of his dislike of the rivals.\n\n\"I've had more than a quiet word with Peter,\" he told the club's website.", "John Soares")]
    // The one whose speech verb closes the sentence before, a title before the name or not, speaks on.
    [InlineData(Rivals + "If Vidal did not want to take part, the broadcasters could go ahead with an empty chair, Lord Soares said.\n\n\"No one has heard from the mayor,\" he said.", "John Soares")]
    [InlineData(Rivals + "Vidal drew small crowds with impassioned speeches, Soares said.\n\n\"He was very articulate,\" he said.", "John Soares")]
    public void A_pronoun_after_a_quote_stands_for_the_subject_or_the_speaker_of_the_sentence_before(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // With no one else to stand for, a pronoun stands for the last person of its gender named outside any quote: those a
    // quote names are its speaker's words. "Hillary" is a woman's name.
    [InlineData("Peter Vidal and John Soares met on Monday.\n\nVidal's future was in question, but chairman John Soares said he was happy to secure the deal. \"Peter's record since his arrival is excellent,\" he told the club's website.", "John Soares")]
    [InlineData("Peter Vidal and John Soares met on Monday.\n\nThe deal was signed by Soares on Thursday. \"We have shown what Vidal can do,\" he said.", "John Soares")]
    [InlineData("Peter Soares spoke after Hillary Vidal.\n\n\"We won,\" he said.", "Peter Soares")]
    public void A_pronoun_with_no_subject_before_it_stands_for_the_last_person_named_outside_quotes(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // Sentences that open with the same pronoun pass it back, across paragraphs, to the last one that opens with a name.
    [InlineData(Rivals + "John Soares, who won the vote, is calling for his rivals to drop out.\n\nThough he did not mention Peter Vidal by name, he made it clear that they should go.\n\nHe asked them to \"prayerfully consider\" their campaigns.", "John Soares")]
    [InlineData(Rivals + "\"We are frustrated,\" Vidal said.\n\nHe said Soares \"has not done this because of his faith.\"\n\n\"We don't teach anything\" against it, he said. Asked what he believed, he said, \"It's the wrong thing.\"", "Peter Vidal")]
    public void A_pronoun_that_opens_sentence_after_sentence_goes_back_to_the_name_they_follow(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // The sentence before whose subject is the same pronoun, at its start or after an opening phrase's comma, names whom
    // its subject spoke of: the pronoun goes back past it.
    [InlineData(Rivals + "\"It helps,\" Carvalho said.\n\nOn the eve of the vote, Vidal eased his tone. Asked who leads the party, he said Soares. \"I would say John for the time being,\" he said.", "Peter Vidal")]
    [InlineData(Rivals + "\"It helps,\" Carvalho said.\n\nVidal eased his tone. But he said Soares leads the party. \"I would say John for now,\" he said.", "Peter Vidal")]
    // A pronoun inside a clause before the subject is not the subject: the name after it is.
    [InlineData(Rivals + "\"It helps,\" Soares said.\n\nAfter struggling to persuade voters that he understands them, Vidal said he meets with families. He also described talks that help people \"know that I'm listening.\"", "Peter Vidal")]
    public void A_pronoun_that_is_the_subject_of_the_sentence_before_passes_it_back(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A sentence before whose subject is a description of a person stands for whoever holds that title here, else passes
    // the pronoun back; the names inside it are not its subject.
    [InlineData(Rivals + "Senator Peter Vidal spoke first. \"It helps,\" Carvalho said.\n\nThe senator declined to say whether Soares should go. But he told the radio he would \"fight on.\"", "Peter Vidal")]
    [InlineData(Rivals + "\"It helps,\" Carvalho said. The vote is drawing to a close, according to Vidal.\n\nThe man who has worked with Maria Carvalho and John Soares, said the problem was money. \"The circuit has peaked,\" he said.", "Peter Vidal")]
    [InlineData(Rivals + "\"It helps,\" Carvalho said. Vidal backed the plan.\n\nBut the 25-year-old, who has played with John Soares, did not rule it out. \"I'm pleased with the start,\" he said.", "Peter Vidal")]
    // Not one an apposition names: that name is the subject.
    [InlineData(Rivals + "\"It helps,\" Vidal said.\n\nThe minister of the economy, Mr. Soares, argues there is little point. \"We must not overreact,\" he told me.", "John Soares")]
    // "According to" and a name closing the sentence before names whom the pronoun stands for.
    [InlineData(Rivals + "\"It helps,\" Carvalho said. A resale could triple the price, according to the economist Mr Soares. But he warned Vidal it may not happen. \"That way, they can say they won,\" he told the radio.", "John Soares")]
    public void A_described_subject_before_a_pronoun_stands_for_its_holder_or_passes_it_back(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A sentence closed by a description and its speech verb has that person speak, whatever it opens with: the holder of the
    // title, else, for one who speaks for another, no one named.
    [InlineData(Rivals + "\"It helps,\" said Senator Peter Vidal. John Soares had been misunderstood, but the talks would go on, the senator said.\n\n\"Nothing has changed,\" he added.", "Peter Vidal")]
    [InlineData(Rivals + "\"It helps,\" said Peter Vidal. Later, a spokesman urged calm. The minister had been misunderstood, the spokesman said.\n\n\"Nothing has changed,\" he added.", null)]
    [InlineData(Rivals + "\"It helps,\" said Peter Vidal. The minister had been misunderstood, said the party's chief spokesman. \"Nothing has changed,\" he added.", null)]
    public void A_described_speaker_closing_the_sentence_before_is_whom_a_pronoun_stands_for(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A name a participle or a preposition governs at the sentence's opening is an object; the name right after its comma
    // is the subject a pronoun after stands for.
    [InlineData(Rivals + "\"It helps,\" Carvalho said.\n\nThe good news for Soares, Vidal said, is that he will draw a crowd. \"He will get coverage,\" he said.", "Peter Vidal")]
    [InlineData(Rivals + "\"It helps,\" Carvalho said.\n\nOne pastor supporting Mr. Soares, Peter Vidal, said he had made 150 calls. \"Find your polling place,\" he said.", "Peter Vidal")]
    public void A_pronoun_passes_over_an_object_at_the_opening_to_the_name_after_its_comma(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A sentence that opens with a name and its own speech verb has the pronoun after stand for that name, whoever it names
    // between; not when the verb's object is a person ("Soares asked Vidal about statements he had made").
    [InlineData(Rivals + "\"It helps,\" Carvalho said.\n\nVidal spokesman John Soares said the campaign will stress contrasts between Vidal and Carvalho, and that Vidal has \"guiding principles,\" he said.", "John Soares")]
    [InlineData(Rivals + "\"It helps,\" Carvalho said.\n\nSoares said late Wednesday that he would meet Vidal, although he tweeted that he \"rejects Peter Vidal's latest comments.\"", "John Soares")]
    [InlineData(Rivals + "\"It helps,\" Carvalho said.\n\nSoares asked Vidal about statements he had made the night before, when he claimed the plan was \"a fraud.\"", "Peter Vidal")]
    public void A_pronoun_in_a_sentence_that_opens_with_a_name_and_its_speech_verb_stands_for_that_name(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // The one the words are said to ("he told Soares") is not whom the pronoun stands for, but the other one named before.
    [InlineData(Rivals + "\"It helps,\" Carvalho said.\n\nSoares asked Vidal how high the wall would be.\n\n\"I think the height could be 35 feet,\" he told Soares.", "Peter Vidal")]
    [InlineData(Rivals + "\"It helps,\" Carvalho said.\n\nSoares asked Vidal how high the wall would be. \"I think the height could be 35 feet,\" he told Soares.", "Peter Vidal")]
    // A name after a body and its title ("Trump campaign chairman Paul Manafort") is the subject, not the body's owner.
    [InlineData(Rivals + "\"It helps,\" Vidal said.\n\nBut Vidal campaign chairman John Soares said the appeal would grow. \"We think that the message Peter Vidal is giving will resonate,\" he said.", "John Soares")]
    public void A_pronoun_is_not_the_one_spoken_to_nor_the_owner_of_a_campaign(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A pronoun and its speech verb that close the sentence after a comma attribute the quote earlier in it, to the one
    // the sentence before has speak, not to a name in the sentence itself.
    [InlineData(Rivals + "Soares said the boycott will not hurt. Fundraising was \"stagnant for about a month\" as donors waited, he said.", "John Soares")]
    [InlineData(Rivals + "Vidal would not comment. His only \"motivation\" was to win the vote, he insisted.", "Peter Vidal")]
    [InlineData(Rivals + "Vidal would not comment. Soares was \"a disaster\" for the party, he said.", "Peter Vidal")]
    // So do they when a comma and a clause of their own follow them: a subordinator, "but" or a participle.
    [InlineData(Rivals + "Soares said the boycott will not hurt. The plans would help achieve a \"substantial reduction\" in costs, he said, although he could not predict a figure.", "John Soares")]
    [InlineData(Rivals + "Soares said the boycott will not hurt. The plans would help achieve a \"substantial reduction\" in costs, he said, adding that the vote was close.", "John Soares")]
    public void A_pronoun_and_verb_that_close_the_sentence_attribute_its_quote(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A pronoun that opens the sentence after one where a person the article does not name acts, naming no one, stands
    // for that person: no one named speaks.
    [InlineData("Maria Carvalho and Peter Vidal spoke in Lisbon.\n\nVidal took questions. But that changed when one voter brought up housing. She asked Vidal about the \"2 million-plus\" people evicted.", null)]
    // Past a relative clause set off by commas, one someone spoke to, and a pronoun after the quote that opens its sentence.
    [InlineData("Maria Carvalho and Peter Vidal spoke in Lisbon.\n\nVidal took questions. One dealer, who asked not to be named, told Reuters the sales were weak. \"It has been a tough year,\" he said.", null)]
    [InlineData("Maria Carvalho and Peter Vidal spoke in Lisbon.\n\nCarvalho took questions. The paper spoke to one mother, who knew her son was online. \"I am ahead of every parent I know,\" she said.", null)]
    // Past whom they speak for: "A spokesman for the Business Software Alliance said …. He said …".
    [InlineData("Maria Carvalho and Peter Vidal spoke in Lisbon.\n\nVidal took questions. A spokesman for the Harbour Ballet told reporters that few dancers were British. He said competition was \"fierce\" at auditions.", null)]
    // Or one who spoke, set after the speech verb, some sentences back, the pronoun passed on by "him" between.
    [InlineData("Maria Carvalho and Peter Vidal spoke in Lisbon.\n\nVidal took questions. \"I still have one, but I'm the only one,\" says a teenager standing with friends. And how does that make him feel? \"Isolated,\" he replies.", null)]
    // Not a person noun after "said" and a comma ("he said, a disaster relief firm showed"), which opens another clause.
    [InlineData("Maria Carvalho and Peter Vidal spoke in Lisbon.\n\nVidal said the drones were safe. At a recent fair, he said, a disaster relief firm showed a robot. \"It would land and take off again,\" he said.", "Peter Vidal")]
    // A person noun that does nothing there ("a master feature film demands space") leaves the pronoun to the one who spoke.
    [InlineData("Maria Carvalho and Peter Vidal spoke in Lisbon.\n\nCarvalho said the film looked good. Putting it onto disc needs compression because a master feature film demands space. \"As much as you compress the picture, you lose quality,\" she explains.", "Maria Carvalho")]
    [InlineData("Maria Carvalho and Peter Vidal spoke in Lisbon.\n\nCarvalho said the film looked good. Putting it onto disc needs compression because a master feature film demands space. She said the picture loses \"a great deal\" that way.", "Maria Carvalho")]
    public void A_pronoun_after_a_sentence_where_only_an_unnamed_person_acts_is_theirs(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A paragraph that opens with someone for its subject is about them: a pronoun after a sentence that names no one
    // stands for them, not for the last speaker, of a paragraph before.
    [InlineData("Maria Carvalho said: \"I loved the work.\"\n\nAna Vidal, for her part, kept programming after she left. By the 1980s the field had changed. \"They hired young men,\" she said.", "Ana Vidal")]
    // Not where the paragraph names the last speaker.
    [InlineData("Maria Carvalho said: \"I loved the work.\"\n\nAna Vidal, for her part, kept programming after Carvalho left. By the 1980s the field had changed. \"They hired young men,\" she said.", "Maria Carvalho")]
    [InlineData("Ana Vidal, for her part, kept programming. Maria Carvalho said: \"I loved the work.\" By the 1980s the field had changed. \"They hired young men,\" she said.", "Maria Carvalho")]
    public void A_pronoun_in_a_paragraph_about_someone_is_theirs(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Fact]
    public void A_name_inside_a_description_that_opens_the_paragraph_is_not_whom_a_pronoun_stands_for()
    {
        // "One disgruntled PizzaExpress employee, who wants to remain anonymous, said …": the employee, not Ana Vidal.
        var speakers = Speakers("Maria Carvalho said: \"I loved the work.\" Vidal's firm pays staff badly, according to Ana Vidal herself.\n\nOne Vidal employee, who wants to remain anonymous, said the fee was high. By then the firm had changed. \"They take our tips,\" she said.");
        Assert.NotEqual("Ana Vidal", speakers.Last());
    }

    [Theory]
    // One the article does not name spoke last: "he added" is theirs, in the paragraph or the next, not the named speaker's
    // before, also where a body's name describes them ("A US Embassy spokesman").
    [InlineData("Union leader Peter Vidal said: \"We will fight on.\" A spokesman said: \"We are aware of it.\"\n\n\"We will do our best,\" he added.", null)]
    [InlineData("Union leader Peter Vidal said: \"We will fight on.\" A US Embassy spokesman said: \"We are aware of it.\" \"We will do our best,\" he added.", null)]
    // Not a pronoun of the other gender, nor one who adds after a named speaker has spoken since.
    [InlineData("Union leader Peter Vidal said: \"We will fight on.\" A spokeswoman said: \"We are aware of it.\"\n\n\"We will do our best,\" he added.", "Peter Vidal")]
    [InlineData("A spokesman said: \"We are aware of it.\" Union leader Peter Vidal said: \"We will fight on.\"\n\n\"We will do our best,\" he added.", "Peter Vidal")]
    [InlineData("Peter Vidal met officers on Monday. \"Will you run again?\" a reporter asked him. \"I will not,\" the businessman replied.\n\n\"It is final,\" he added.", "Peter Vidal")]
    // One who says, rather than adds, may answer the one who spoke: "one questioner claimed … “…,” he said".
    [InlineData("Peter Vidal met officers on Monday. One questioner claimed that \"political correctness\" was hurting the army.\n\n\"You're right, it is getting worse,\" he said.", "Peter Vidal")]
    public void A_pronoun_that_adds_after_an_unnamed_speaker_is_theirs(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Fact]
    public void A_pronoun_and_verb_that_close_the_sentence_attribute_every_quote_in_it()
    {
        var speakers = Speakers(Rivals + "Soares said the boycott will not hurt. Fundraising was \"stagnant for about a month\" as donors waited to see how a \"turbulent cycle\" played out, he said.");
        Assert.Equal(new[] { "John Soares", "John Soares" }, speakers);
    }

    [Theory]
    // A sentence that opens with a participle ("Asked by …", "Speaking to …") has for subject the person after its comma,
    // not the one the participle's phrase names: a pronoun in the next paragraph stands for that subject.
    [InlineData(Rivals + "Asked by Soares to respond to the criticism, Vidal said it was fine.\n\n\"Well, let me put it this way,\" he continued.", "Peter Vidal")]
    [InlineData(Rivals + "Speaking to Soares on Sunday, Vidal rubbished the claim.\n\n\"It's a bunch of malarkey,\" he said.", "Peter Vidal")]
    // A name ending so is no participle: "Ted" opens the sentence as its subject.
    [InlineData("Ted Vidal and John Soares spoke in Lisbon on Monday.\n\nTed Vidal, asked by Soares, said it was fine.\n\n\"Well, let me put it this way,\" he continued.", "Ted Vidal")]
    // So does a conjunction that opens a clause ("Since …").
    [InlineData(Rivals + "\"He is completely crazy,\" Soares said.\n\nSince launching his bid for the White House, Vidal has taken a firm stance on the port.\n\n\"When they send their people, they are not sending their best,\" he said.", "Peter Vidal")]
    public void A_participle_that_opens_a_sentence_is_about_the_subject_after_its_comma(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // "Went on" with nothing after it but punctuation goes on speaking; with a word after it, it goes on to something else.
    [InlineData(Rivals + "Carvalho responded with a smile: \"It can happen at 45.\"\n\n\"You know, it happens, right?\" Vidal went on, as if he had not heard her.", "Peter Vidal")]
    [InlineData(Rivals + "\"The middle class is shrinking,\" Carvalho said.\n\nShe went on: \"It's like a leaking house.\"", "Maria Carvalho")]
    [InlineData(Rivals + "Carvalho responded with a smile: \"It can happen at 45.\" Vidal went on to win the vote.", "Maria Carvalho")]
    public void Went_on_after_a_quote_or_before_a_colon_is_a_speech_verb(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A name inside a relative clause set off by commas before the verb is that clause's object, not who speaks.
    [InlineData(Rivals + "The influential delegate and activist, who backs Vidal, warned of a \"ferocious\" battle ahead.", null)]
    [InlineData(Rivals + "Carvalho, who backs Vidal, warned of a \"ferocious\" battle ahead.", "Maria Carvalho")]
    public void A_name_in_a_relative_clause_before_the_verb_does_not_speak(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // An indefinite title ("a longtime adviser") is someone the article does not name, whoever else holds that title;
    // "the spokesman" who opens a clause speaks for another, not for the person the clause names after.
    [InlineData(Rivals + "Senior adviser Tomas Reis spoke first.\n\n\"We have a ton of work to do,\" said a longtime adviser to both men, who requested anonymity.", null)]
    [InlineData(Rivals + "Senior adviser Tomas Reis spoke first.\n\n\"We have a ton of work to do,\" said the adviser.", "Tomas Reis")]
    // Before its verb too, and whoever the sentence named: "…, a senior political source told Reuters."
    [InlineData(Rivals + "The priest, John Soares, is acting as a middle-man between Vidal and the generals, who seized power in an operation against \"criminals\" in his entourage, a senior political source told Reuters.", null)]
    [InlineData(Rivals + "Senior adviser Tomas Reis spoke first.\n\n\"We have a ton of work to do,\" a longtime adviser to both men said.", null)]
    [InlineData(Rivals + "The spokesman refused to answer questions on whom Vidal would like to see win but said no meeting was planned, adding: \"If one is proposed we will consider it.\"", null)]
    // One who speaks for another, after the speech verb, even when the sentence opens with a name.
    [InlineData(Rivals + "Vidal has been \"very worked up about it,\" said a source close to the campaign.", null)]
    public void An_unnamed_title_holder_is_no_one_named(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A name right before a title noun, its plural or a body it leads qualifies the noun: the unnamed holder speaks.
    [InlineData(Rivals + "\"That does not mean no response,\" one Carvalho aide said late last month, \"but a muted one.\"", null)]
    [InlineData(Rivals + "A Vidal adviser, who spoke on the condition of anonymity, said of the mayor, \"She takes the threat very seriously.\"", null)]
    [InlineData(Rivals + "Vidal supporters are crying \"fraud\" over the count.", null)]
    [InlineData(Rivals + "\"It's like a two-horse race,\" the Vidal campaign aide says.", null)]
    // After a determiner, any word for a person does so, as it does for a clause's subject before a partial quote.
    [InlineData(Rivals + "\"We will win,\" one Vidal insider said.", null)]
    [InlineData(Rivals + "His friend Tomas Reis, whom one Vidal insider described as \"his brother,\" was there.", null)]
    [InlineData(Rivals + "One Vidal spokesman has called the situation \"overclassification run amok.\"", null)]
    [InlineData(Rivals + "The Vidal adviser Tomas Reis called it \"a mess.\"", "Tomas Reis")]
    // After an article, any noun: the name qualifies it; after "that", which may open a clause, the name is the subject.
    [InlineData(Rivals + "John Soares said the way the Vidal operation disparaged critics \"would be disqualifying\" today.", "John Soares")]
    [InlineData(Rivals + "The trouble began in the 1970s. The Vidal stereotype of the gruff bigot ignored \"the union placards\" entirely.", null)]
    [InlineData(Rivals + "John Soares said that Vidal once described the deal as \"the gold standard\" of trade deals.", "Peter Vidal")]
    // A title with its holder named after it is that person's; a title noun the name's own clause reaches is no title of it.
    [InlineData(Rivals + "\"We are fine,\" Vidal campaign spokesman Tomas Reis said.", "Tomas Reis")]
    [InlineData(Rivals + "Peter Vidal passionately rebuked critics who call the plan \"a waste of money.\"", "Peter Vidal")]
    [InlineData(Rivals + "On the eve of the vote, Vidal rallied supporters by warning that \"the rule of the right is in danger.\"", "Peter Vidal")]
    public void A_name_before_a_title_noun_qualifies_it_and_does_not_speak(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A person's aide, ally, supporter, donor, critic or delegate, named after the word, is who speaks, not the person
    // the word belongs to; one left unnamed is no one.
    [InlineData(Rivals + "\"Peter is a longtime friend of mine,\" said Vidal ally Ana Reis.", "Ana Reis")]
    [InlineData(Rivals + "\"We had better conventions than this one,\" said Vidal delegate Ana Reis.", "Ana Reis")]
    [InlineData(Rivals + "\"Maria does not even care anymore,\" wrote one Vidal supporter, linking to a story.", null)]
    public void A_word_for_a_persons_follower_before_a_name_is_a_title(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A clause that opens with a description of a person ("Her chief aide") has whoever holds that title, else no one
    // named, not a name later in the clause; a definite description ("The retired surgeon") is someone already named.
    [InlineData(Rivals + "Her campaign manager doubled down on attacks on Vidal's record, saying she was experienced \"on paper\" only.", null)]
    [InlineData(Rivals + "Ana Reis, Carvalho's chief aide, spoke first.\n\nHer chief aide doubled down on attacks on Vidal's record, saying she was experienced \"on paper\" only.", "Ana Reis")]
    [InlineData(Rivals + "Peter Vidal spoke next.\n\nThe retired surgeon has provided no details about how he planned to win, saying only that he was \"refining some practices.\"", "Peter Vidal")]
    public void A_clause_that_opens_with_a_description_of_a_person_has_its_holder_or_no_one(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // The -s form of a speech verb that is also a noun ("continues", "jokes", "writes") is the verb between a subject and
    // the quote it introduces with a colon or a comma.
    [InlineData(Rivals + "The crowd cheers, and then Vidal continues: \"We will give this city a chance.\"", "Peter Vidal")]
    [InlineData(Rivals + "Maria Carvalho is talking to voters. She jokes, \"It is a never ending line!\"", "Maria Carvalho")]
    public void A_verb_that_is_also_a_noun_introduces_the_quote_after_its_colon(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A person the article does not name, as the subject of the quote's verb, spoke it: no one named, whoever the sentence
    // is about. Not a description in apposition to a name.
    [InlineData(Rivals + "Vidal was not one for \"engaging her team in decisions,\" said one former executive who asked not to be named.", null)]
    [InlineData(Rivals + "When Vidal thanked the city, a man yelled \"Stay there!\"", null)]
    [InlineData(Rivals + "Before Vidal arrived, Ana Reis, a community officer, told the crowd: \"I love this city.\"", "Ana Reis")]
    // A function word with a person noun's ending is no person ("a storm for saying", "the former monopoly said"); an
    // adverb before the verb leaves the title before it its subject.
    [InlineData(Rivals + "\"We will cut prices,\" Peter Vidal said. \"Central to the plans are lower prices,\" the former monopoly said in a statement.", null)]
    [InlineData(Rivals + "Mayor Maria Carvalho spoke first. The mayor further stated that the count was \"far from over.\"", "Maria Carvalho")]
    public void A_person_the_article_does_not_name_speaks_for_no_one_named(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A sentence that opens with "he" or "she" and a verb of saying or pledging quotes whom the pronoun stands for; with
    // another verb the quote is a term, no one's words.
    [InlineData(Rivals + "\"We will build it,\" Vidal said.\n\nHe pledged to be \"the greatest builder\" the city has had.", "Peter Vidal")]
    [InlineData(Rivals + "\"We will build it,\" Carvalho said.\n\nShe also referenced the \"harbour loophole,\" a flaw in the plan.", "Maria Carvalho")]
    [InlineData(Rivals + "\"We will build it,\" Vidal said.\n\nHe won just 19 percent among \"somewhat conservative\" voters.", null)]
    // Through any verb, a quote of four words or more that ends the sentence is whom the pronoun stands for.
    [InlineData(Rivals + "\"We will build it,\" Vidal said.\n\nBut he laid off 200 staff and began talking about what will happen \"if we do not win.\"", "Peter Vidal")]
    [InlineData(Rivals + "\"We will build it,\" Carvalho said.\n\nShe also takes pride in the work: \"It is satisfying to return a site to the town.\"", "Maria Carvalho")]
    // Not through a document, nor with the writer in between, nor with words after the quote that say whose it is.
    [InlineData(Rivals + "\"We will build it,\" Vidal said.\n\nHe released a letter from his doctor that says he is in \"extraordinarily good health for his age.\"", null)]
    [InlineData(Rivals + "\"We will build it,\" Carvalho said.\n\nShe became so upset that I had to change my answer: \"Of course I was just kidding.\"", null)]
    [InlineData(Rivals + "\"We will build it,\" Vidal said.\n\nHe had \"wanted to be a pilot since he was five,\" his children wrote.", null)]
    public void A_sentence_opening_with_a_pronoun_quotes_whom_it_stands_for(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A later quote of the sentence whose verb and subject close it attributes the earlier quote too, more surely than
    // the name the sentence opens with; not when another name stands between the quotes.
    [InlineData(Rivals + "Given Vidal's success, his endorsements will carry \"a great deal of weight\" and bring the \"grass-roots firepower\" they need, spokesman Ana Reis said.", "Ana Reis")]
    [InlineData(Rivals + "Maria Carvalho accuses Vidal of \"leading from behind\" and John Soares says he is \"losing the war.\"", "Maria Carvalho")]
    public void A_later_quote_s_attribution_at_the_end_of_the_sentence_attributes_the_earlier_one(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).First());
    }

    [Theory]
    // A name a preposition governs at the end of an apposition is its object: the person the apposition describes calls
    // it so.
    [InlineData(Rivals + "Ana Reis, an early supporter of Vidal, calls the issue of security \"a priority\" for women.", "Ana Reis")]
    public void A_name_governed_at_the_end_of_an_apposition_does_not_call_it_so(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A quote-only paragraph after a paragraph with no quote continues the person that paragraph's last sentence opens
    // with, before an older speaker; not one who only owns the subject.
    [InlineData(Rivals + "\"We will win,\" Vidal said.\n\nAna Reis praised the mayor's leadership after the storm.\n\n\"We need someone who will bring people together.\"", "Ana Reis")]
    [InlineData(Rivals + "\"We will win,\" Vidal said.\n\nIf Carvalho's record is any guide, the vote will be close.\n\n\"The reality is that the vote is close.\"", "Peter Vidal")]
    public void A_quote_paragraph_continues_the_person_the_narrating_paragraph_before_opens_with(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A surname that is otherwise a place or a thing refers back to the person named with it when it speaks; with no such
    // person it is the place.
    [InlineData("Rep. Steve Israel (D-N.Y.) spoke first.\n\n\"Republicans will need interns to fill the seats,\" Israel said.", "Steve Israel")]
    [InlineData("Mayor Don Guardian said the city would recover.\n\n\"The Taj is going through bankruptcy,\" Guardian said.", "Don Guardian")]
    [InlineData("Rep. Maria Carvalho spoke first.\n\n\"We will answer any attack,\" Israel said.", null)]
    public void A_surname_that_is_also_a_place_refers_back_to_its_person_when_it_speaks(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // Marks around a name or a title in the words after a quote do not end them: the speech verb after them still counts.
    [InlineData(Rivals + "\"We had better conventions than this one,\" Texas delegate Ana Reis, wearing \"Maria Carvalho\" campaign pins, said.", "Ana Reis")]
    public void Quoted_names_and_titles_after_a_quote_do_not_end_its_attribution(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // Looking back from the verb for its subject, a name a preposition governs is an object; the subject stands further back.
    [InlineData(Rivals + "Vidal wrote a letter to Attorney General Maria Carvalho asking the department to investigate the \"fiasco.\"", "Peter Vidal")]
    [InlineData(Rivals + "Another source familiar with Vidal's thinking said, \"I think he will try to be friendlier.\"", null)]
    // Not a name a relative clause goes on from, nor one right before its participle after "with" or "of", nor one inside a title.
    [InlineData(Rivals + "Vidal scored his first endorsement from a colleague, from John Soares, who declared in the spin room, \"It is time to unite.\"", "John Soares")]
    [InlineData(Rivals + "Both men want more bombing, with Soares recently promising to \"carpet bomb them.\"", "John Soares")]
    [InlineData(Rivals + "Vidal wants more bombing, with Soares also promising to \"carpet bomb them.\"", "John Soares")]
    [InlineData(Rivals + "Secretary of State John Soares said in a statement that the vote was an \"important step forward.\"", "John Soares")]
    // A name right after a participle is its object, unless the verb follows the name.
    [InlineData(Rivals + "Most voters embracing Soares announced \"a different era\" for the city.", null)]
    [InlineData(Rivals + "The crowd watched footage showing Soares saying \"the era is over.\"", "John Soares")]
    public void A_name_a_preposition_governs_is_not_the_subject_of_the_verb_after_it(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A quote whose own speech verb has a subject that is no one named does not borrow the speaker of another quote in its paragraph.
    [InlineData(Rivals + "\"We will win,\" Peter Vidal said. \"They will lose,\" an aide said.", null)]
    [InlineData(Rivals + "\"We will win,\" Peter Vidal said. \"They will lose,\" the letter reads.", null)]
    // Someone of the named person's, whom the article does not name: "her husband", "his childhood friend", "his spokesman".
    [InlineData(Rivals + "\"We will win,\" Peter Vidal said. \"They will lose,\" his colleague wrote.", null)]
    [InlineData(Rivals + "\"We will win,\" Peter Vidal said. \"He wanted to fly since he was five,\" his childhood friend told reporters.", null)]
    [InlineData(Rivals + "\"We will win,\" Peter Vidal said. \"He is tired,\" his spokesman said.", null)]
    [InlineData(Rivals + "\"We will win,\" Peter Vidal said. \"Wealth can be a barrier,\" confessed a spouse of a tech entrepreneur.", null)]
    [InlineData(Rivals + "\"We will win,\" Peter Vidal said. \"He is tired,\" his spouse said.", null)]
    // A name after the word is that person's, who speaks.
    [InlineData(Rivals + "\"We will win,\" Peter Vidal said. \"He is tired,\" his friend John Soares said.", "John Soares")]
    // A description set off after the name of a company the sentence opens with is the company's.
    [InlineData(Rivals + "\"We will win,\" Peter Vidal said. Munich Re, the world's biggest reinsurer, said: \"This is a human tragedy.\"", null)]
    [InlineData(Rivals + "\"We will win,\" Peter Vidal said. The party said the budget was a \"wasted opportunity\" for the town.", null)]
    [InlineData(Rivals + "\"We will win,\" Peter Vidal said. South Korea accused the North's leader of \"fanatic recklessness.\"", null)]
    // A definite description of a person is someone the paragraph has named.
    [InlineData(Rivals + "\"We will win,\" Peter Vidal said. The shadow chancellor said the rule had \"turned to dross\" in his hands.", "Peter Vidal")]
    [InlineData(Rivals + "\"We will win,\" Peter Vidal said. \"They will lose,\" added the British producer.", "Peter Vidal")]
    [InlineData(Rivals + "\"We will win,\" Peter Vidal said. The 31-year-old admitted interest was immense, calling it \"the biggest thing\" in years.", "Peter Vidal")]
    public void A_quote_with_an_unnamed_subject_of_its_own_does_not_borrow_the_paragraphs_speaker(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // An inverted verb after an earlier quote of the sentence attributes the quote that goes on after its subject.
    [InlineData(Rivals + "\"Runners need economy,\" says Vidal, \"but they could ease off the long runs.\"", "Peter Vidal")]
    // Words of time, place or party, or the quote the attribution introduced, may stand between it and a participle.
    [InlineData(Rivals + "\"It's not new,\" said Rep. John Soares (D-Va.) at the time, adding that \"we've been electing them for years.\"", "John Soares")]
    [InlineData(Rivals + "Vidal's \"excesses\" are sickening, Carvalho said Tuesday in Paris, noting the nominee \"makes you want to retch.\"", "Maria Carvalho")]
    [InlineData(Rivals + "On television the day before, Carvalho stated, \"When I look at this, an absence of action would have been dangerous,\" adding, \"I think many people were killed.\"", "Maria Carvalho")]
    public void An_attribution_reaches_past_quotes_and_short_phrases_to_the_quote_it_attributes(string text, string speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Fact]
    public void A_participle_after_a_quote_is_no_inverted_verb()
    {
        // "describing Charles as": the name after the participle is its object.
        var text = Rivals + "Vidal attended the school. Carvalho said she was \"very excited\", describing Vidal as \"an artist I admire\".";
        Assert.Equal(new[] { "Maria Carvalho", "Maria Carvalho" }, Speakers(text));
    }

    [Theory]
    // "The" and a title right before the verb are its subject: the person who holds that title here, else one named before
    // it whose role is no other title, else no one; never a name further back that holds another title.
    [InlineData("Rep. Maria Carvalho, the top Democrat on the committee, called on President Peter Vidal to retaliate for the hacking -- meddling the California congressman said is designed to \"sow discord\" in the country.", null)]
    [InlineData("Democratic presidential candidate Maria Carvalho spoke on Monday. In an interview with Morning Joe hosts Peter Vidal and John Soares, the Democratic presidential candidate stated that the comments do not \"fit with what I knew.\" Of course, Carvalho said, \"I did not know him well.\"", "Maria Carvalho")]
    [InlineData(Rivals + "As far as whether Vidal still senses anger among his supporters, the Lisbon senator acknowledged that there are still \"some people\" who feel that way.", "Peter Vidal")]
    public void A_title_right_before_the_verb_is_its_subject(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).First());
    }

    [Theory]
    // A verb that characterises, nearer the quote than a speech verb, has the words.
    [InlineData(Rivals + "That is when she pointed to reports that Vidal called the pageant winner \"a total disaster\" on air.", "Peter Vidal")]
    // After "and" its subject is the one the sentence opens with; a participle after a comma has the subject the clause opens
    // with, titles and all, or no one named.
    [InlineData(Rivals + "Vidal says he respects Carvalho and calls her \"an extremely intelligent woman.\"", "Peter Vidal")]
    [InlineData(Rivals + "Vidal said Tuesday that Carvalho was \"a total lightweight.\" However, he held his fire on John Soares, calling him a \"nice guy\" and moving on.", "Peter Vidal")]
    [InlineData(Rivals + "Former prosecutor and Lisbon Mayor John Soares, who backs Vidal, trashed Carvalho on the radio, calling it a \"no-brainer\" to prosecute.", "John Soares")]
    [InlineData(Rivals + "But it said it continued to oppose Mr Vidal's plans, calling his assumptions \"aggressive\" and wrong.", null)]
    [InlineData(Rivals + "Late last month, the company wrote a letter to the firm's president, Maria Carvalho, calling the reports \"inaccurate and misleading.\"", null)]
    // After a possessive "call" is a noun, the owner's words only as a call for something.
    [InlineData(Rivals + "A career officer described Vidal's call with Carvalho as \"improper.\"", null)]
    [InlineData(Rivals + "The rally denounced Vidal's call for \"a total and complete shutdown\" of the port.", "Peter Vidal")]
    // A plural noun for people right before it is its subject, no one named; another quote of the paragraph does not lend it its speaker.
    [InlineData(Rivals + "Not paying taxes \"makes me smart,\" Vidal said last week. His surrogates called him \"a genius\" for it.", null)]
    [InlineData(Rivals + "\"We will win,\" Vidal said. Critics called the plan \"a disaster\" at once.", null)]
    [InlineData(Rivals + "Carvalho's campaign is seeking to contrast her approach with what they call Vidal's \"self-centered message.\"", null)]
    // A verb with a quote of its own and a clause after it does not judge a later quote; "and" or a participle goes on with it.
    [InlineData(Rivals + "And, in a clip that Judge John Soares called \"distasteful,\" Carvalho's guest expressed a desire to \"shoot them all.\"", null)]
    [InlineData(Rivals + "At a debate in May, Vidal called the merger \"a terrible deal\" and ranked Carvalho as one of the worst bosses \"in the history of business.\"", "Peter Vidal")]
    public void A_verb_that_characterises_has_the_words_it_puts_in_quotation_marks(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A participle after a comma hangs on a clause that opens with a common noun: its subject is no one named, whoever the
    // clause names after.
    [InlineData(Rivals + "In August, several environmental groups granted Mr. Vidal an extension on a court order, saying his \"start-up capital was less than expected.\"", null)]
    [InlineData(Rivals + "The conservative publication has been outspoken in its opposition to Vidal, arguing he is \"an opportunist who would trash the party.\"", null)]
    // Not a clause that reports another, whose subject the participle has.
    [InlineData(Rivals + "The club website also reported that Vidal, who seemed unrepentant after the match, insisting Soares \"would have stayed down a lot longer\" if hit, has now apologised.", "Peter Vidal")]
    public void A_clause_that_opens_with_a_common_noun_has_no_one_named_for_its_participle(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }

    [Theory]
    // A quote a colon introduces, with no speech verb before it, is the words of the person its clause opens with, past an
    // opening phrase, even one that names someone else.
    [InlineData(Rivals + "With leaders worried about a lack of passion for Maria Carvalho among young voters in the north, President Peter Vidal is rolling out a new message: \"It's about me.\"", "Peter Vidal")]
    [InlineData(Rivals + "The sign on the door of the shop had one message for Vidal: \"Closed for good.\"", null)]
    // Else the one named right before the colon, not one whose name only owns what opens the clause.
    [InlineData(Rivals + "The timing of Vidal's surge does not surprise the pollster John Soares: \"Lesser-known candidates often rise early.\"", "John Soares")]
    [InlineData(Rivals + "Can you imagine anyone putting the question posed by the nurse John Soares: \"Would you work for that?\"", "John Soares")]
    public void A_quote_a_colon_introduces_is_the_words_of_the_clauses_subject(string text, string? speaker)
    {
        Assert.Equal(speaker, Speakers(text).Last());
    }
}
