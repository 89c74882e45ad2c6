using System.Linq;
using Byline.Generator.Extraction;
using Xunit;

namespace Byline.Tests.Extraction;

public class ClaimFinderTests
{
    private static Byline.Generator.Model.ArticleModel Extract(string body) => ArticleExtractor.Extract("t.txt", "t.txt", "A headline for claims\n\n" + body);

    private static Byline.Generator.Model.ClaimModel Single(string body) => Assert.Single(Extract(body).Claims);

    private static void AssertReportedBy(string sentence, string source)
    {
        Assert.Equal("Reported", Single(sentence).Kind);
        Assert.Equal(source, Source(sentence));
    }

    private static string? Source(string body)
    {
        var model = Extract(body);
        var claim = Assert.Single(model.Claims);
        return claim.SourceIndex >= 0 ? model.People[claim.SourceIndex].Name : claim.SourceName;
    }

    [Theory]
    [InlineData("Mayor Lena Hart said that the bridge would reopen in the spring.")]
    [InlineData("Mayor Lena Hart has previously said there are no plans to close the bridge.")]
    [InlineData("Mayor Lena Hart claimed the bridge was never unsafe for traffic.")]
    [InlineData("The bridge was never unsafe for traffic, according to Mayor Lena Hart.")]
    [InlineData("The bridge will reopen in the spring, thinks Mayor Lena Hart.")]
    [InlineData("Mayor Lena Hart told reporters that the bridge would reopen in the spring.")]
    // "what" before the verb, with what was said after it.
    [InlineData("Mayor Lena Hart proposed rules that would end what she said were overly long closures of the bridge.")]
    // A charge someone made.
    [InlineData("Mayor Lena Hart accused the council of hiding the cost of the new bridge.")]
    [InlineData("Mayor Lena Hart blamed the floods for the closure of the old bridge.")]
    public void Each_reporting_pattern_is_a_reported_claim_with_its_source(string sentence) => AssertReportedBy(sentence, "Lena Hart");

    [Theory]
    // A title in the plural right before the verb, with only words that describe it before it, is its subject: the claim
    // is theirs, no one named, as "officials" are.
    [InlineData("Led by Lena Hart, a pioneer of such devices, the researchers say their work may link several brains.", "the researchers")]
    [InlineData("Though she is ahead of Lena Hart in the polls, Republican strategists concede that the race is close.", "Republican strategists")]
    // Not where a name or "she" stands among those words, nor a title that ends an aside before the verb.
    [InlineData("But Lena Hart and other digital security experts acknowledge that the scenario is unlikely.", "Lena Hart")]
    [InlineData("Mayor Lena Hart spoke on Monday. She and her defenders argue that the plan was never secret.", "Lena Hart")]
    [InlineData("Lena Hart, who consults with administration officials, said the tariffs would stay for now.", "Lena Hart")]
    public void A_plural_title_before_the_verb_is_its_subject(string sentence, string source) => AssertReportedBy(sentence, source);

    [Theory]
    // The one charged is no source: the passive, a participle with no object, and a thing's charge after "which".
    [InlineData("Mayor Lena Hart has been accused of hiding the cost of the new bridge.")]
    [InlineData("The council released Lena Hart, a contractor accused of hiding the cost of the bridge.")]
    [InlineData("Mayor Lena Hart is fighting the county, which accuses her of hiding the cost of the bridge.")]
    public void One_charged_is_not_the_source_of_the_charge(string sentence)
    {
        var model = Extract(sentence);
        Assert.DoesNotContain(model.Claims, c => c.SourceIndex >= 0 && model.People[c.SourceIndex].Name == "Lena Hart");
    }

    [Fact]
    public void The_points_of_a_list_after_a_reporting_verb_and_a_colon_are_reported_claims_of_its_speaker()
    {
        const string body = "In a long interview on Monday, Mayor Lena Hart also said:\n\n"
            + "The bridge over the river must reopen before the winter comes\n\n"
            + "The council will not raise the parking charges in the city centre\n\n"
            + "The new tram line is the best thing the city has built in years.\n\n"
            + "The river is high this week and the ferries are running late again.";
        var model = Extract(body);
        // The points, not the paragraph that ends like a sentence (a quotation set apart, or the article going on), nor the one after it.
        Assert.Equal(2, model.Claims.Count);
        Assert.All(model.Claims, claim => Assert.Equal("Reported", claim.Kind));
        Assert.All(model.Claims, claim => Assert.Equal("Lena Hart", model.People[claim.SourceIndex].Name));
    }

    [Fact]
    public void A_quotation_after_a_reporting_verb_and_a_colon_is_a_quote_not_a_reported_claim()
    {
        const string body = "In a long interview on Monday, Mayor Lena Hart also said:\n\n\"The bridge over the river must reopen before the winter comes\"";
        var model = Extract(body);
        Assert.Single(model.Quotes);
        Assert.Empty(model.Claims);
    }

    [Fact]
    public void An_unnamed_source_is_kept_as_text()
    {
        Assert.Equal("officials", Source("The bridge repairs were finished early, officials said on Monday."));
    }

    [Fact]
    public void A_sentence_that_states_a_figure_is_a_statistic_even_when_reported()
    {
        var claim = Single("Mayor Lena Hart said repairs cost $4 million this year.");
        Assert.Equal("Statistic", claim.Kind);
        Assert.Equal("$4 million", Assert.Single(claim.Figures).Text);
    }

    [Theory]
    [InlineData("\"The bridge is safe,\" Mayor Lena Hart said.")]
    [InlineData("Is the bridge safe for traffic again?")]
    [InlineData("\"How can it be right that the poorest 20% pay more in tax than the richest 20%?\" he asked.")]
    [InlineData("\u201CDo you want Facebook looking at over 1.5 billion posts?\u201D said Lena Hart, an assistant professor.")]
    [InlineData("The bridge is a fine sight in the spring light.")]
    // What a sentence measures against ("than Lena Hart suggests,") is not what it reports.
    [InlineData("It is more complicated than Mayor Lena Hart suggests, but she appears to be close.")]
    [InlineData("That is smaller than what Mayor Lena Hart said, but her guess is a fair one.")]
    // The last sentence of a quote of several, with its attribution after it, is the quote's too.
    [InlineData("\u201CWe have made the decision to close the bridge. During this difficult time, I ask for patience from everyone in town,\u201D Mayor Lena Hart said.")]
    public void Quotes_questions_and_opinion_are_not_claims(string sentence)
    {
        var model = Extract(sentence);
        Assert.Empty(model.Claims);
    }

    [Fact]
    public void A_claim_next_to_a_quote_keeps_its_link()
    {
        var model = Extract("The bridge carried 12,000 cars a day, Lena Hart said, \"and it will again.\"");
        var claim = Assert.Single(model.Claims);
        Assert.Equal(0, claim.QuoteIndex);
    }

    [Theory]
    // A participle after a comma, or a verb after "and" or "but", shares the subject the sentence opens with.
    [InlineData("Lena Hart dropped Tom Ingham for the game on Sunday, claiming the striker had feigned injury.", "Lena Hart")]
    [InlineData("Club captain Lena Hart echoed Ingham's comments but admitted the game had been the best of the season.", "Lena Hart")]
    // Not a name that owns or describes the one who speaks.
    [InlineData("Ingham's lawyer Lena Hart called the ruling harsh but told reporters the appeal would go ahead.", "Lena Hart")]
    [InlineData("Tom Innes said little. Innes' lawyer Lena Hart called the ruling harsh but told reporters the appeal would go ahead.", "Lena Hart")]
    [InlineData("Ingham campaign manager Lena Hart rejected the idea, saying the campaign would go on.", "Lena Hart")]
    // A participle that an adverb or "while" opens after the comma shares it too, not the name before the comma.
    [InlineData("Lena Hart has raised questions about Ingham's record, falsely suggesting that he had lied.", "Lena Hart")]
    [InlineData("Lena Hart had a harsh view of Ingham's record, while saying that he had worked hard.", "Lena Hart")]
    // An infinitive has no subject after it: the name after "to say" is no inverted source.
    [InlineData("Another diplomat, former special envoy Lena Hart, shifted her own account of the July meeting to say Tom Ingham did, in fact, discuss it.", "Lena Hart")]
    public void A_verb_without_a_subject_of_its_own_reports_for_the_sentence_s_subject(string sentence, string source)
    {
        Assert.Equal(source, Source("Tom Ingham and Lena Hart met on Monday.\n\n" + sentence));
    }

    [Theory]
    // The last name before the verb is not its subject where it owns or qualifies the noun that speaks, or a pronoun
    // follows it: the source is that noun phrase, or the one the pronoun stands for.
    [InlineData("The Hart campaign says the bridge will reopen in the spring.", "The Hart campaign")]
    [InlineData("Hart aides said the bridge would reopen in the spring.", "Hart aides")]
    [InlineData("However, Ingham's lawyer has said the bridge will reopen in the spring.", "Ingham's lawyer")]
    [InlineData("Ingham's supporters said the bridge would reopen in the spring.", "Ingham's supporters")]
    [InlineData("Ingham's associates said the bridge would reopen in the spring.", "Ingham's associates")]
    [InlineData("Ingham's associates are saying that the bridge will reopen in the spring.", "Ingham's associates")]
    [InlineData("At a dinner hosted by Lena Hart he told them the bridge would reopen in the spring.", "Tom Ingham")]
    // "Hart's" before an auxiliary or an adverb is "Hart has": she is the subject.
    [InlineData("Lena Hart's been saying the bridge will reopen in the spring.", "Lena Hart")]
    [InlineData("Lena Hart's repeatedly said the bridge would reopen in the spring.", "Lena Hart")]
    public void A_name_that_owns_or_qualifies_who_speaks_is_not_the_source(string sentence, string? source)
    {
        var model = Extract("Tom Ingham and Lena Hart met on Monday.\n\n" + sentence);
        var claim = Assert.Single(model.Claims, c => c.Kind == "Reported");
        Assert.Equal(source, claim.SourceIndex >= 0 ? model.People[claim.SourceIndex].Name : claim.SourceName);
    }

    [Fact]
    public void A_name_that_owns_a_capitalised_noun_is_not_the_source_either()
    {
        var model = Extract("Tom Ingham and Lena Hart met on Monday.\n\n"
            + "Organizers of the push to boycott Ingham's Harbour speech said the bridge would reopen in the spring.");
        var claim = Assert.Single(model.Claims, c => c.Kind == "Reported");
        Assert.Equal(-1, claim.SourceIndex);
    }

    [Theory]
    // A participle that describes a noun ("a newly revealed call") and a verb an "if" supposes report nothing.
    [InlineData("Lena Hart is likely to face questions about a newly revealed phone call with Tom Ingham.")]
    [InlineData("Lena Hart met Tom Ingham in May. The key is if Ingham comes out and says that he is happy.")]
    [InlineData("Lena Hart met Tom Ingham in May. It is unclear what those signals might be, and Ingham declined to say.")]
    // Nor does an "-ing" form after "is", nor "It's" as if it were someone's.
    [InlineData("Lena Hart met Tom Ingham in May. Ingham's metaphor is telling in its own right.")]
    [InlineData("Lena Hart met Tom Ingham in May. It's worth noting that the bridge is old.")]
    public void A_describing_participle_or_a_supposed_verb_reports_nothing(string body) => ReportsNothing(body);

    private static void ReportsNothing(string body)
    {
        var model = Extract(body);
        Assert.DoesNotContain(model.Claims, c => c.Kind == "Reported");
    }

    [Theory]
    // A clause a subordinator opens the sentence with sets the scene: the main clause's verb reports first, the leading
    // clause's only where the main clause has none.
    [InlineData("While Tom Ingham has said that he backs the bridge, Lena Hart said she does not.", "Lena Hart")]
    [InlineData("But even before officials said the bridge would stay, Lena Hart insisted she had no plan to close it.", "Lena Hart")]
    [InlineData("When Tom Ingham said the bridge would close, the council voted against the plan.", "Tom Ingham")]
    // A comma inside a quotation closes no leading clause; the name the quotation holds is not the subject after it.
    [InlineData("But even as Tom Ingham claimed on Tuesday that \u201CLena Hart got in trouble for far less,\u201D one of the lawyers for Lena Hart said the cases differ.", "Tom Ingham")]
    public void The_main_clause_reports_before_a_leading_clause(string body, string source) => Assert.Equal(source, Source(body));

    [Theory]
    // A "he" goes on as the "he" earlier in its sentence, not as the name that one acted on.
    [InlineData("Staunton is the choice of Peter Gaydos, an editor. But while he tipped Robin Ingle to win, he predicted it would be a close contest.", "Peter Gaydos")]
    [InlineData("Lena Hart met Peter Gaydos in May. He went looking for his brother, Robin Ingle, after he told the council that the bridge would close.", "Peter Gaydos")]
    public void A_pronoun_goes_on_as_the_one_before_it_in_its_sentence(string body, string source) => Assert.Equal(source, Source(body));

    [Theory]
    // A query, a table drawn in text or a pager a scraped page left in its body states nothing; a list in brackets does.
    [InlineData("SELECT * FROM server_log_summary WHERE status_code = 400 ORDER BY period DESC LIMIT 20; period \u2502 status_code \u2502 entries", false)]
    [InlineData("1 | 2 | 3 | 4 | 5", false)]
    [InlineData("The module has (1) private crew quarters, (2) exercise space and (3) a galley for 40 days.", true)]
    public void Code_and_tables_left_in_the_body_state_no_figure(string sentence, bool claim)
    {
        var model = Extract("The crew trained for a year.\n\n" + sentence);
        Assert.Equal(claim, model.Claims.Count > 0);
    }

    [Theory]
    // A verb someone withholds, has yet to say or is only pressed to say reports nothing.
    [InlineData("Lena Hart met Tom Ingham in May. Ingham refused to say whether the bridge would reopen in the spring.")]
    [InlineData("Lena Hart met Tom Ingham in May. On Thursday Ingham is due to announce which bridge he will close next year.")]
    [InlineData("Lena Hart met Tom Ingham in May. And he would have to tell Hart, who would have to tell the council.")]
    [InlineData("Lena Hart met Tom Ingham in May. The council wants to pressure Ingham into announcing an inquiry into the bridge.")]
    public void A_withheld_or_awaited_verb_reports_nothing(string body) => ReportsNothing(body);

    [Theory]
    // After a comma, or after a verb that sends someone to say it, the verb still reports.
    [InlineData("Ingham's plan was to cross the state to attend every meeting he could get into, said Lena Hart, a professor.", "Lena Hart")]
    [InlineData("Lena Hart has offered few ideas for the bridge aside from stating that the city shouldn't pay for it.", "Lena Hart")]
    [InlineData("Lena Hart tweeted on Friday to say she had never suggested the bridge should close.", "Lena Hart")]
    public void A_verb_after_a_comma_or_sent_to_say_still_reports(string body, string source) => Assert.Equal(source, Source(body));

    [Fact]
    public void A_verb_before_the_if_it_reports_still_reports()
    {
        // "if" after the verb opens what was said, and a comma closes the clause an "if" before opens.
        Assert.Equal("Lena Hart", Source("Lena Hart said that if prices rise the plan would fail."));
        Assert.Equal("Lena Hart", Source("If asked, Lena Hart said the plan would fail."));
    }

    [Theory]
    [InlineData("In London, Harlow has said it will open new stores before the summer.", "Harlow")]
    [InlineData("Samsung has also announced a new phone, which will go on sale in the spring.", "Samsung")]
    [InlineData("Whole Harbour Foods said it has lowered prices on fresh produce.", "Whole Harbour Foods")]
    public void An_organisation_is_the_source_of_what_it_reports(string sentence, string source) => AssertReportedBy(sentence, source);

    [Theory]
    // The name after the verb is its subject only when nothing between them opens what was said: "that", a colon, a quote.
    [InlineData("The Democrats are alleging that Lena Hart broke the rules of the council.")]
    [InlineData("Leading economists say that Lena Hart will lose the vote in the spring.")]
    [InlineData("The club said in a statement: \"Lena Hart is one of the most accomplished managers, having won 25 senior trophies.")]
    // After its subject, the name that follows a reporting verb begins what is reported.
    [InlineData("But Downing Street said Mayor Lena Hart should be judged by results, not by her style.")]
    public void One_named_in_what_is_reported_is_not_its_source(string body)
    {
        var model = Extract(body);
        Assert.All(model.Claims, c => Assert.Equal(-1, c.SourceIndex));
    }

    [Theory]
    // A reporting verb set off after a comma has its subject after it, and a passive one its agent after "by".
    [InlineData("Historically, says Mayor Lena Hart, the bridge was closed every winter.")]
    [InlineData("The plan was denied by Mayor Lena Hart, who accused the council of scaremongering.")]
    public void A_source_after_its_verb_is_found_where_the_verb_is_inverted_or_passive(string sentence) => AssertReportedBy(sentence, "Lena Hart");

    [Theory]
    // The one who opens the sentence speaks past an aside set off by commas, not one the aside names.
    [InlineData("Tom Osei, who represents Lena Hart, said his client would not accept the offer.", "Tom Osei")]
    [InlineData("Tom Osei, a former aide to Lena Hart, has also said the bridge should close.", "Tom Osei")]
    // Past quotation marks in the aside too: a title, or a word the opener calls someone.
    [InlineData("Tom Osei, a contestant on Lena Hart's show, \"The Contender,\" who went on to work for Hart, said his boss was kind.", "Tom Osei")]
    [InlineData("Tom Osei, who calls Lena Hart a \u201Csociopath,\u201D said he doesn\u2019t believe the plan will work.", "Tom Osei")]
    // Not past another's verb.
    [InlineData("The mayor, Tom Osei, declined to comment, but Lena Hart said the plan is safe.", "Lena Hart")]
    public void The_opener_speaks_past_an_aside(string sentence, string source)
    {
        Assert.Equal(source, Source(sentence));
    }

    [Theory]
    // A pronoun that opens the sentence goes on with the source of the claim right before, in its paragraph or the one before.
    [InlineData("Tom Osei, who represents Marcel Hart, said his client would not accept the offer. He said Hart is a single father of three children.")]
    [InlineData("Tom Osei, who represents Marcel Hart, said his client would not accept the offer.\n\nHe said Hart is a single father of three children.")]
    // After a word that opens the sentence and names no one ("However, he said", "But he added").
    [InlineData("Tom Osei told the committee he tried to work with the mayor's lawyer, Marcel Hart. However, he said the bridge would close for repairs in May.")]
    [InlineData("Tom Osei told the committee he tried to work with the mayor's lawyer, Marcel Hart. But he said the bridge would close for repairs in May.")]
    // Not one named inside a quotation before it.
    [InlineData("Tom Osei spoke on Monday. He was asked about \"Marcel Hart's plan\" for the bridge.\n\nHe said the council would close the bridge for repairs.")]
    public void A_pronoun_goes_on_with_the_source_before(string body)
    {
        var model = Extract(body);
        var claim = model.Claims.Last();
        Assert.Equal("Tom Osei", model.People[claim.SourceIndex].Name);
        Assert.All(model.Claims, c => Assert.Equal("Tom Osei", model.People[c.SourceIndex].Name));
    }

    [Theory]
    [InlineData("(Reporting by Lena Hart; Additional reporting by Tom Osei; Editing by Maud Vidal)")]
    [InlineData("Lena Hart contributed reporting from Hong Kong. Tom Osei reported from Washington.")]
    public void A_credit_line_reports_nothing(string credit)
    {
        var model = Extract("The bridge reopened on Monday.\n\n" + credit);
        Assert.Empty(model.Claims);
    }

    [Theory]
    // A kind of organisation can report, as "officials" can.
    [InlineData("In a statement, the network said that the debate was moved to Friday night.", "the network")]
    [InlineData("The charity said the accumulation of wealth undermines the fight against poverty.", "The charity")]
    public void A_kind_of_organisation_is_an_unnamed_source(string sentence, string source) => AssertReportedBy(sentence, source);

    [Theory]
    // A quote that ends with a question it quotes, or a sentence that goes on past the quoted question, states something.
    [InlineData("\"It's just laughing at each other and thinking, 'Aren't we clever?' for 30 minutes,\" he said.")]
    [InlineData("\u201CHave you ever used pink slime in your 40 burgers?\u201D was one question on the website, which had 12,000 visitors.")]
    [InlineData("The paper cited questions of over fifty words, including: \"Were you ever a soldier?\"")]
    public void A_statement_around_a_quoted_question_is_a_claim(string sentence)
    {
        Assert.Equal("Statistic", Single(sentence).Kind);
    }

    [Theory]
    // A pronoun that reports is read as a quote's pronoun is: the subject of the sentence before, past a sentence whose own
    // subject is the pronoun, not the last man named; not the one the words are told to.
    [InlineData("Mr Gref was keen to distance himself from Mr Ilyin's comments. The sale of the oil firms had been badly handled, he said. But he stressed that the government needed to get out of oil.", "Gref")]
    [InlineData("Labour's Alan Milburn said the Tories were in turmoil because Mr Flight had exposed their plans. The comments were not a one-off, he said, claiming the party was obsessed with cuts.", "Alan Milburn")]
    [InlineData("Tom Hart asked Peter Osei how high the wall would be.\n\n\u201CI think it could be 35 feet. Could be higher,\u201D he told Hart, to cheers from the crowd.", "Peter Osei")]
    public void A_reporting_pronoun_stands_for_whom_a_quotes_pronoun_would(string body, string source)
    {
        var model = Extract(body);
        var claim = model.Claims.Last();
        Assert.Equal(source, claim.SourceIndex >= 0 ? model.People[claim.SourceIndex].Name : claim.SourceName);
    }

    [Theory]
    // Given names that tell a gender: "he" is not Margaret, Theresa or Angela, though the sentence before opens with her.
    [InlineData("Margaret")]
    [InlineData("Theresa")]
    [InlineData("Angela")]
    public void A_pronoun_passes_over_one_whose_given_name_tells_another_gender(string given)
    {
        Assert.Equal("Tom Ingham", Source($"Sir Tom Ingham, {given} Hale's former press secretary, took a dim view of the show.\n\nHe said the producers would not achieve their aim."));
        Assert.Equal("Tom Ingham", Source($"{given} Hale chaired the panel, and Sir Tom Ingham sat beside her on the stage.\n\nHe said the producers would not achieve their aim."));
    }

    [Theory]
    // An organisation or an unnamed source set after "said" or "say" at the sentence's end reports what comes before.
    [InlineData("Good design and new services could go some way to reviving sales, said Gartner.", "Gartner")]
    [InlineData("Untreated plague is always fatal if it is not caught early, says the WHO.", "the WHO")]
    [InlineData("Computer games could have a legitimate place in the classroom, say researchers.", "researchers")]
    public void An_unnamed_source_after_its_verb_reports_the_sentence(string sentence, string source) => AssertReportedBy(sentence, source);

    [Theory]
    // Not where the verb goes on with a phrase of its own, nor a verb with an object after one named before it.
    [InlineData("The plan is dead and the party has moved on, Lena Hart said on CNN.")]
    [InlineData("The plan is safe and will go ahead, a former rival, Lena Hart, told the Guardian, shortly before the vote.")]
    public void A_phrase_after_the_verb_is_no_source_when_one_is_named_before_it(string sentence)
    {
        Assert.Equal("Lena Hart", Source(sentence));
    }

    [Fact]
    public void The_writers_own_I_is_no_source()
    {
        var model = Extract("The band is back on tour, and I think this is their best record in years.");
        Assert.DoesNotContain(model.Claims, c => c.SourceName == "I");
    }

    [Fact]
    public void Each_sentence_of_a_quotation_is_a_claim_of_its_own_with_the_speaker_as_source()
    {
        var model = Extract("Studio engineer Rick Dean explained the process to reporters.\n\n"
            + "\"Our data rates run at about 1.2 gigabits per second,\" says Mr Dean. \"Our discs today are squashed down to six megabits per second. "
            + "That is about 98% compression. So we compress hard.\"");
        var claims = model.Claims.Select(c => (Text: c.Text.Text, Source: c.SourceIndex >= 0 ? model.People[c.SourceIndex].Name : null)).ToList();
        Assert.Equal(3, claims.Count);
        Assert.StartsWith("\"Our data rates", claims[0].Text);
        Assert.Equal("\"Our discs today are squashed down to six megabits per second.", claims[1].Text);
        Assert.Equal("That is about 98% compression.", claims[2].Text);
        Assert.All(claims, c => Assert.Equal("Rick Dean", c.Source));
    }

    [Fact]
    public void Sentences_are_split_inside_a_quotation_only_when_asked()
    {
        const string text = "He said: \"We are not there yet. Rates run at 1.2 gigabits per second.\" Then he left.";
        // Read for speakers, a quotation is never cut; it ends its sentence when it closes after the sentence's end.
        Assert.Equal(new[] { "He said: \"We are not there yet. Rates run at 1.2 gigabits per second.\"", "Then he left." },
            Sentences.Split(text).Select(s => s.Of(text)));
        Assert.Equal(new[] { "He said: \"We are not there yet.", "Rates run at 1.2 gigabits per second.\"", "Then he left." },
            Sentences.Split(text, insideQuotes: true).Select(s => s.Of(text)));
    }

    [Fact]
    public void No_form_of_a_speech_verb_belongs_to_two_lemmas()
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("Byline.Data.speech-verbs.txt")!;
        using var reader = new System.IO.StreamReader(stream);
        var lemmaOf = new System.Collections.Generic.Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var words = line.Split(' ');
            foreach (var form in Inflections.Of(words[0]).Concat(words.Skip(1)))
            {
                if (lemmaOf.TryGetValue(form, out var other)) Assert.True(other == words[0], $"'{form}' is a form of both '{other}' and '{words[0]}'");
                lemmaOf[form] = words[0];
            }
        }
        Assert.Equal("tell", Lexicon.SpeechVerbs["told"]);
    }

    [Theory]
    [InlineData("Senator Moss wants the videos released \u201Cwithout delay.\u201D Mayor Ortiz said she agreed.", 2)]
    [InlineData("Senator Moss wants the videos released \"without delay.\" Mayor Ortiz said she agreed.", 2)]
    [InlineData("Senator Moss wants the videos released \u201Cwithout delay.\u201D and said so twice.", 1)]
    // A quote inside the quote closes after a sentence's end, and the quote goes on: the sentence does too.
    [InlineData("\u201CHe called the plan \u201Ca disgrace.\u201D Nobody in the room disagreed,\u201D Olsen said.", 1)]
    // So does one that closes right after a single-quoted one that ends there.
    [InlineData("She has a view on weight: \u201CWhen I hear it, I say: \u2018Eat less.\u2019\u201D She mimes taping her mouth shut.", 2)]
    [InlineData("She has a view on weight: \u201CWhen I hear it, I say: 'Eat less.'\u201D She mimes taping her mouth shut.", 2)]
    public void A_quote_that_closes_after_a_sentence_end_ends_the_sentence(string text, int sentences)
    {
        Assert.Equal(sentences, Sentences.Split(text).Count);
    }

    [Fact]
    public void An_ellipsis_between_items_ends_a_sentence()
    {
        const string text = "Diallo missed his third straight game with a sprain. ... Schroder got a technical foul in the third quarter.";
        Assert.Equal(new[] { "Diallo missed his third straight game with a sprain.", "... Schroder got a technical foul in the third quarter." },
            Sentences.Split(text).Select(s => s.Of(text)));
    }

    [Fact]
    public void A_date_line_left_in_the_body_is_no_claim()
    {
        var model = Extract("The council met on the harbour wall to vote on the repairs.\n\nThe repairs will cost 4 million pounds over three years.\n\n"
            + "Work starts once the storms have passed and the wall has dried out.\n\nPublished: Monday, November 18th, 2019 at 11:08 a.m.\n\nThe harbour master will close the slipway while the work goes on.");
        var claim = Assert.Single(model.Claims);
        Assert.StartsWith("The repairs", claim.Text.Text);
    }
}
