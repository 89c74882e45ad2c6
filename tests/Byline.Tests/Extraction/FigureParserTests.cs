using System.Linq;
using Byline.Generator.Extraction;
using CsCheck;
using Xunit;

namespace Byline.Tests.Extraction;

public class FigureParserTests
{
    [Theory]
    [InlineData("500 million to 1 billion", 1e9)]
    [InlineData("1 billion or 500 million", 1e9)]
    [InlineData("40k and 3 million", 1e6)]
    [InlineData("3 K", 1e3)]
    [InlineData("5 km", 1d)]
    [InlineData("m 5", 1d)]
    [InlineData("no digits million", 1d)]
    public void A_figures_scale_is_the_first_in_the_list_that_follows_a_digit_anywhere_in_it(string text, double scale) =>
        Assert.Equal(scale, FigureParser.ScaleOf(text));

    [Theory]
    [InlineData("Turnout was 64% on Sunday.", "64%", "Percentage", 64d)]
    [InlineData("Prices rose 3.5 per cent last year.", "3.5 per cent", "Percentage", 3.5d)]
    [InlineData("The bridge cost $4.5bn to build.", "$4.5bn", "Money", 4.5e9)]
    [InlineData("The grant was worth \u20AC2 million.", "\u20AC2 million", "Money", 2e6)]
    [InlineData("The strike lasted four months.", "four months", "Duration", 4d)]
    [InlineData("The driver, aged 34, was unhurt.", "aged 34", "Age", 34d)]
    [InlineData("Exports more than doubled in a decade.", "more than doubled", "Multiple", 2d)]
    [InlineData("About a third of voters stayed home.", "About a third", "Ratio", null)]
    [InlineData("The club paid $40k for the pitch.", "$40k", "Money", 4e4)]
    [InlineData("The debt stands at 3 trillion yen.", "3 trillion yen", "Money", 3e12)]
    [InlineData("The fund holds $2.5 Billion now.", "$2.5 Billion", "Money", 2.5e9)]
    public void Each_figure_form_is_typed(string sentence, string text, string kind, double? value)
    {
        var figure = FigureParser.Find(sentence).First(f => f.Text == text);
        Assert.Equal(kind, figure.Kind);
        if (value is not null) Assert.Equal(value.Value, figure.Value!.Value, 6);
    }

    [Theory]
    // A pattern that opens with a word is tried where that word stands: the word of multiplying or the verb of change.
    [InlineData("Sales have nearly tripled since 2015.", "nearly tripled")]
    [InlineData("The cost of housing rose threefold in a decade.", "threefold")]
    [InlineData("Shares in the firm fell by 12% on Monday.", "fell by 12%")]
    [InlineData("Membership grew twice as fast as last year.", "twice")]
    // Inside a compound it is an idiom, no figure: "doubled-down" doubles nothing.
    [InlineData("She doubled-down on her claim that the senator had voted against it.", null)]
    // So is "doubled down" in two words.
    [InlineData("The campaign doubled down on its attacks on the senator.", null)]
    public void A_figure_that_opens_with_a_word_is_found_at_that_word(string sentence, string? text)
    {
        Assert.Equal(text is null ? new string[0] : new[] { text }, FigureParser.Find(sentence).Select(f => f.Text));
    }

    [Fact]
    public void A_count_keeps_its_base_and_qualifier()
    {
        var figure = Assert.Single(FigureParser.Find("At least 9 of the league's 20 clubs voted for it."));
        Assert.Equal("At least 9 of the league's 20 clubs", figure.Text);
        Assert.Equal(20d, figure.Base);
        Assert.Equal("At least", figure.Qualifier);
    }

    [Theory]
    [InlineData("The vote was held on 11 March 2024.")]
    [InlineData("It opened in 1998 and closed at 10:30.")]
    [InlineData("The talks resume on Dec. 5 in Geneva.")]
    [InlineData("Polls close on 21 Oct in most states.")]
    // A clock time with "am" or "pm", its minutes after a full stop or none.
    [InlineData("The baby was born at 4.24pm in the Lindo Wing.")]
    [InlineData("She stayed up until 4 a.m. to take the comments down.")]
    [InlineData("Who gets up at 3 a.m. to send angry tweets?")]
    [InlineData("The bus leaves at 6 am from the square.")]
    [InlineData("Doors open at 6PM and the show starts at 7.00 P.M. sharp.")]
    public void Dates_and_times_are_not_figures(string sentence)
    {
        Assert.Empty(FigureParser.Find(sentence));
    }

    [Theory]
    // Markup a scraped page left in its text: an embed's id and date stamp are no figures; the words it holds still state them.
    [InlineData("<post id=\"123456789012\" date=\"2020-03-04\">We raised 40% more this year.</post>.", "40%")]
    [InlineData("<span>Sponsored by</span> a firm with 300 staff.", "300 staff")]
    [InlineData("Visitors watched <Tales of 12 winters> at the theatre.", "12 winters")]
    // Ten digits or more with no separator are an id, a time stamp or a telephone number.
    [InlineData("The page gave 1474387200 as its time stamp and 3 pages.", "3 pages")]
    [InlineData("The state owed $1,400,000,000 last year.", "$1,400,000,000")]
    public void Markup_and_identifiers_state_no_figure(string sentence, string expected)
    {
        Assert.Equal(new[] { expected }, FigureParser.Find(sentence).Select(f => f.Text));
    }

    [Theory]
    // Digits right after a capitalised word inside the sentence belong to a name: a group, a browser, a station, a game.
    [InlineData("John Ison, from the group Fathers 4 Justice, said it was disappointing.")]
    [InlineData("Starting from Firefox 85, signed add-ons can be installed.")]
    [InlineData("She told BBC Radio 4 that the plan had failed.")]
    [InlineData("Apparently, Destiny 2 is not the only game without it.")]
    // A number word in capitals inside the sentence is a name's; "one another" is a pronoun.
    [InlineData("Actor Christian Slater is starring in One Flew Over The Cuckoo's Nest in London.")]
    [InlineData("Wales could still win the Six Nations this year.")]
    [InlineData("The two rivals spent months lobbing insults at one another.", "two rivals")]
    [InlineData("No one knows what the field will look like, and no one else will say.")]
    // An ordinal that only capitalised words follow is part of a name, and digits before one are an address.
    [InlineData("The case was appealed to the Sixth Circuit, citing the 14th Amendment.")]
    [InlineData("You can mail us materials at 520 Third Street in the city.")]
    [InlineData("The blast went off in front of 131 West 23rd Street on Saturday.")]
    // "one" after "the" or "this" picks one out; it counts nothing.
    [InlineData("I think the one sign you can point to is how good both teams are.")]
    [InlineData("There is so much interesting science in this one image alone.")]
    // "at one point", "at one time", "on one hand" say when or how; "by one point" and "with one hand" still count.
    [InlineData("At one point, more than 1,500 employees were working full time.", "more than 1,500 employees")]
    [InlineData("We all have had it at one time or another, he said.")]
    [InlineData("On one hand some businesses will struggle to stay afloat.")]
    [InlineData("The home side won by one point.", "one point")]
    [InlineData("He played with one hand for the last set.", "one hand")]
    [InlineData("They met at one timeshare resort.", "one timeshare resort")]
    // Nor before "or another" or "or the other", which picks none out.
    [InlineData("Strains of one sort or another can be very dangerous.")]
    [InlineData("The members have backed one warring party or another for years.")]
    [InlineData("I cannot answer this question, one way or the other.")]
    [InlineData("One way or the others may follow.", "One way")]
    public void A_number_in_a_name_or_a_pointing_one_is_no_figure(string sentence, string? only = null)
    {
        Assert.Equal(only is null ? new string[0] : new[] { only }, FigureParser.Find(sentence).Select(f => f.Text));
    }

    [Theory]
    // Not after the sentence's first word, a possessive, a score's team or a currency code; nor the digits after a point.
    [InlineData("Almost 400,000 people bought a copy.", "Almost 400,000 people")]
    [InlineData("The spending of India's 35 states is not included.", "35 states")]
    [InlineData("The Reds beat Olympiakos 3-1 on Wednesday.", "3-1")]
    [InlineData("He said he had given Rs 25 lakh to an agent.", "25 lakh")]
    [InlineData("About 1.5% of Liberia's 3.5 million people are HIV positive.", "3.5 million people")]
    public void A_number_after_a_capitalised_word_is_a_figure_where_no_name_holds_it(string sentence, string expected)
    {
        var figures = FigureParser.Find(sentence);
        Assert.Contains(figures, f => f.Text.EndsWith(expected, System.StringComparison.Ordinal));
        Assert.DoesNotContain(figures, f => expected.EndsWith(f.Text, System.StringComparison.Ordinal) && f.Text.Length < expected.Length);
    }

    [Theory]
    [InlineData("Prices ranged from \u00A319 to \u00A329 at launch.", "\u00A319 to \u00A329")]
    // A range with "or" is one figure, and keeps the sign or word of percent after it.
    [InlineData("We squash them down to about five or six megabits per second.", "about five or six megabits per second")]
    [InlineData("The share of income rose from 10 to 20%, the report says.", "10 to 20%")]
    [InlineData("Purities climb towards 80 or 90 percent in some samples.", "80 or 90 percent")]
    [InlineData("The link runs at 1.2 gigabits per second today.", "1.2 gigabits per second")]
    [InlineData("A record 3,000 Afghan refugees arrived.", "3,000 Afghan refugees")]
    [InlineData("It was his fifth straight victory.", "fifth straight victory")]
    [InlineData("He scored in his last 10 games.", "last 10 games")]
    [InlineData("The ship sank on 4 May 1915 killing all nine aboard.", "nine aboard")]
    // It stops at a preposition or an adverb of place, and at a verb in the past tense, regular or not.
    [InlineData("The law lords ruled that holding 12 foreign terror suspects without trial was unlawful.", "12 foreign terror suspects")]
    [InlineData("There are more than 6,000 companies here, showing their latest products.", "more than 6,000 companies")]
    [InlineData("Sales growth fell back slightly, the survey of 5,196 firms found.", "5,196 firms")]
    [InlineData("Almost 400,000 people bought a copy in the first week.", "Almost 400,000 people")]
    [InlineData("Before the tour, they had sold 125 million albums around the world.", "125 million albums")]
    // And at "I" or "you", which open the clause that describes what is counted.
    [InlineData("If you had said the score would be 3-1 I would have happily accepted that.", "3-1")]
    [InlineData("There are two things you need to know before you plan.", "two things")]
    // Words that begin with "am" or "pm" after a number are what it counts, not a clock time.
    [InlineData("The senator has 5 amendments to propose.", "5 amendments")]
    // Also where a contraction opens that clause, with either apostrophe.
    [InlineData("This is the fifth time I've been at a World Cup.", "fifth time")]
    [InlineData("These are the three cars we\u2019d like to keep.", "three cars")]
    // An ordinal that counts a common noun, or an acronym for one, is a figure.
    [InlineData("It is his 15th Brit award in a row.", "15th Brit award")]
    [InlineData("The van is the seventh EV to use the platform.", "seventh EV")]
    public void A_figure_reads_on_to_what_it_counts(string sentence, string expected)
    {
        Assert.Contains(FigureParser.Find(sentence), f => f.Text == expected);
    }

    [Theory]
    [InlineData("tenfold", true)]
    [InlineData("Twenty-five", true)]
    [InlineData("19th-century", true)]
    [InlineData("half-hearted", true)]
    [InlineData("a", false)]
    [InlineData("thirty", true)]
    [InlineData("this", false)]
    [InlineData("forum", false)]
    [InlineData("council", false)]
    [InlineData("the", false)]
    public void A_word_that_may_be_part_of_a_figure_is_marked(string word, bool numeric)
    {
        FigureParser.NumberStarts(word, out var read);
        Assert.Equal(numeric, read);
    }

    private static readonly string[] s_pieces =
    {
        "a", "A", "hundred", "third", "dozen", "million", "thousand", "x-a", "the", "this", "forty", "council", "said", "tenfold", "twenty-five", "3,000", "$", "\u00A3", "5%",
        "per", "cent", "of", "officials", "doubled", "half", "in", "10", "years", "aged", "\u2014", "-", "'s", ",", ".", "\u201C",
    };

    [Fact]
    public void A_sentence_with_a_figure_is_never_skipped()
    {
        // The claim finder skips sentences with no word marked numeric: that must never skip a figure.
        Gen.Int[0, s_pieces.Length - 1].Array[1, 14].Select(picks => string.Join(" ", picks.Select(i => s_pieces[i]))).Sample(sentence =>
        {
            if (FigureParser.Find(sentence).Count == 0) return;
            var tokens = Tokenizer.Split(sentence);
            Assert.True(FigureParser.MayHaveFigure(tokens, 0, tokens.Count), sentence);
        }, iter: 20_000);
    }

    private static readonly string[] s_gatePieces =
    {
        "5", "twenty", "a", "third", "5th", "St", "21st", "per", "cent", "percent", "%", "$", "year", "years", "old", "year-old", "aged", "times",
        "fold", "ten", "by", "to", "of", "out", "in", "rose", "century", "centuries", "dollars", "doubled", "twice", "half", "more", "than", "the",
        "Times", "Mr", "night", "decade", "week", "quarter", "tens", "hundreds", "thousands", "nine", "two", "or", "ago", "\u20AC5", "2,000",
        "Fourth", "COVID-19",
    };

    private static readonly string[] s_separators = { " ", " ", " ", "", "-", ",", ".", ". ", ", " };

    /// <summary>Sentences of one to twelve of <paramref name="pieces"/>, each followed by a space, nothing, or a sign.</summary>
    private static Gen<string> SentencesOf(string[] pieces) =>
        Gen.Select(Gen.Int[0, pieces.Length - 1], Gen.Int[0, s_separators.Length - 1]).Array[1, 12]
            .Select(picks => string.Concat(picks.Select(p => pieces[p.Item1] + s_separators[p.Item2])));

    [Fact]
    public void The_gate_words_of_a_sentences_words_never_skip_a_pattern_that_matches()
    {
        // Find skips a pattern when no word of the sentence may hold its gate: that must never lose a figure, whatever
        // stands between the words.
        SentencesOf(s_gatePieces).Sample(sentence =>
        {
            var gated = FigureParser.Find(sentence).Select(f => f.Text);
            var tokens = Tokenizer.Split(sentence);
            var ungated = FigureParser.Find(sentence, tokens, 0, tokens.Count, 0, gated: false).Select(f => f.Text);
            Assert.Equal(ungated, gated);
        }, iter: 20_000);
    }

    [Theory]
    // A pattern whose gate word follows its number is tried only where the gate word stands within so many words of the
    // number's start: these are the widest numbers each such pattern reads, a number in words of four words.
    [InlineData("Police said hundreds of thousands nine times more came.", "hundreds of thousands nine times more")]
    [InlineData("It was hundreds of thousands nine out of 10 voters, they said.", "hundreds of thousands nine out of 10 voters")]
    [InlineData("Some 9 out of 10 voters agreed.", "Some 9 out of 10 voters")]
    // A count's base stands within four words of its "of", past three that describe it.
    [InlineData("Some 9 of the alliance's long-standing 32 members agreed.", "Some 9 of the alliance's long-standing 32 members")]
    [InlineData("It took 5 of the firm's hand-picked a hundred staff.", "5 of the firm's hand-picked a hundred staff")]
    [InlineData("Fares went up 5 to $10 a day.", "5 to $10")]
    [InlineData("It went on for a hundred nine more years.", "a hundred nine more years")]
    [InlineData("Crowds grew from tens of thousands to 5 million people.", "tens of thousands to 5 million people")]
    [InlineData("It hit tens of thousands in 10 homes.", "tens of thousands in 10")]
    [InlineData("Tickets went from \u20AC5 to \u20AC10 overnight.", "\u20AC5 to \u20AC10 overnight")]
    [InlineData("Only a hundred or two people came.", "Only a hundred or two people")]
    public void A_gate_word_and_a_second_number_are_looked_for_as_far_as_the_pattern_reads(string sentence, string figure)
    {
        var tokens = Tokenizer.Split(sentence);
        var gated = FigureParser.Find(sentence).Select(f => (f.Text, f.Kind)).ToList();
        Assert.Equal(FigureParser.Find(sentence, tokens, 0, tokens.Count, 0, gated: false).Select(f => (f.Text, f.Kind)), gated);
        Assert.Contains(figure, gated.Select(f => f.Text));
    }

    private static readonly string[] s_startPieces =
    {
        "a", "A", "hundred", "third", "x-a", "twenty-five", "mid-1990s", "5", "3,000", "1.5", "$", "$5", "\u00A3", "\u20AC20", "US$", "\u00A5",
        "tenfold", "doubled", "dozens", "Reynolds'", "Obama's", "COVID19", "e\u0301", "\u0661\u0662", "St.", "one", "forty-one", "the", "said",
    };

    [Fact]
    public void Number_starts_read_from_the_words_are_those_read_character_by_character()
    {
        SentencesOf(s_startPieces).Sample(sentence =>
        {
            var tokens = Tokenizer.Split(sentence);
            var fromWords = FigureParser.NumberStarts(sentence, tokens, 0, tokens.Count, 0, out var numericFromWords);
            var byCharacter = FigureParser.NumberStarts(sentence, out var numericByCharacter);
            Assert.Equal(byCharacter, fromWords);
            Assert.Equal(numericByCharacter, numericFromWords);
        }, iter: 20_000);
    }

    private static readonly string[] s_countedPieces =
    {
        "5", "3,000", "1.5", "1.2.3", "10-12", "21st", "2nd", "3RD", "5x", "x9", "\u0663", "forty", "Forty-one", "tens of thousands", "a hundred",
        "a dozen", "hundreds", "ten", "tens", "seventeen", "seven", "m", "M", "bn", "k", "\u212A", "billion", "thousand", "per", "second", "cent",
        "per cent", "games", "Afghan", "refugees", "reported", "red-hot", "well-known", "the", "were", "a", "year-old", "somethings", "e\u0301", ")", "ed",
    };

    private static readonly string[] s_countedSeparators = { " ", " ", " ", "", "-", ",", ".", ". ", ", ", "\n", "\u00A0", "\t" };

    [Fact]
    public void The_counted_number_reader_reads_what_its_expression_matches()
    {
        // CountedNumber stands for the last pattern's anchored expression: at every offset of any sentence, it must find
        // the same figure, number and counted words, including where the expression backtracks ("5 big-time2", "3.5x").
        var pattern = FigureParser.Patterns.Single(p => p.Reader is not null);
        Gen.Select(Gen.Int[0, s_countedPieces.Length - 1], Gen.Int[0, s_countedSeparators.Length - 1]).Array[1, 10]
            .Select(picks => string.Concat(picks.Select(p => s_countedPieces[p.Item1] + s_countedSeparators[p.Item2])))
            .Sample(sentence =>
            {
                for (var start = 0; start < sentence.Length; start++)
                {
                    var match = pattern.Anchored!.Match(sentence, start);
                    var read = pattern.Reader!(sentence, start, out var groups);
                    Assert.True(match.Success == read, $"at {start} of \"{sentence}\"");
                    if (!read) continue;
                    var expected = FigureGroups.Of(match, pattern);
                    foreach (var (mine, theirs) in new[] { (groups.T, expected.T), (groups.N, expected.N), (groups.U, expected.U), (groups.B, expected.B) })
                    {
                        Assert.True((mine.Success, mine.Index, mine.Length) == (theirs.Success, theirs.Index, theirs.Length) || !mine.Success && !theirs.Success, $"at {start} of \"{sentence}\"");
                    }
                }
            }, iter: 10_000);
    }
}
