using System;
using System.Linq;
using Byline.Generator.Extraction;
using CsCheck;
using Xunit;

namespace Byline.Tests.Extraction;

public class VocabularyTests
{
    [Fact]
    public void Each_person_noun_is_listed_once_in_lower_case_and_no_thing_is_a_person()
    {
        var seen = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
        foreach (var line in Lexicon.Lines("person-nouns"))
        {
            var word = line.Split(' ')[0];
            Assert.True(seen.Add(word), $"'{word}' is listed twice in person-nouns.txt");
            Assert.Equal(word.ToLowerInvariant(), word);
            Assert.True(line.Split(' ').Length > 1, $"'{word}' has no kind in person-nouns.txt");
            var person = Lexicon.IsNoun(word, NounKinds.Title | NounKinds.Kin | NounKinds.Body | NounKinds.StandIn);
            // A kind of organisation is a thing.
            Assert.True(person != Lexicon.IsNoun(word, NounKinds.Thing | NounKinds.FunctionWord | NounKinds.Organisation), $"'{word}' is both a person and a thing, or neither");
        }
        // A word may be several kinds; titles are found in any case, the rest as written.
        Assert.True(Lexicon.IsNoun("aide", NounKinds.Kin) && Lexicon.IsNoun("aide", NounKinds.StandIn) && NameParts.IsTitleNoun("Aide"));
        Assert.False(Lexicon.IsNoun("Family", NounKinds.Kin));
        Assert.False(NameParts.IsTitleNoun("paper"));
    }

    [Fact]
    public void A_word_read_from_any_slice_is_one_object()
    {
        var first = Vocabulary.Get("Stoltenberg said", 0, 11);
        var second = Vocabulary.Get("said Stoltenberg.", 5, 11);
        Assert.Same(first, second);
        Assert.Equal("Stoltenberg", first.Text);
    }

    [Theory]
    [InlineData("Trump's lawyers met Mr. Reynolds' aides in São Paulo on 3.5-hour talks about U.S. policy, O’Neill said.")]
    [InlineData("Ms. Nguyễn and the Secretary-General's deputy, café owners all, said so")]
    public void The_tokenizer_finds_the_same_word_as_any_other_reading(string text)
    {
        // The tokenizer hashes a word as it scans it (leaving out a possessive, keeping an abbreviation's dot); any other
        // reading hashes the finished slice. Both must land on the one object, or words would no longer compare by reference.
        foreach (var token in Tokenizer.Split(text))
        {
            Assert.Same(Vocabulary.Get(token.Text), token.Word);
            Assert.Equal(token.Word.Traits, token.Traits);
        }
    }

    [Fact]
    public void A_words_traits_answer_what_the_word_itself_answers()
    {
        // Passes ask a token's traits whether it is a pronoun or may be a speech verb, without a visit to its word: the
        // traits must say exactly what the word does.
        var words = Lexicon.SpeechVerbs.Keys.Concat(new[] { "he", "He", "she", "She", "HE", "they", "his", "shot", "shoots", "fired", "fires", "went", "goes", "go", "back", "on", "the", "Said",
            "times", "doubled", "percent", "dollars", "years", "third", "tenth", "harbour", "12th", "of" });
        foreach (var text in words)
        {
            var word = Vocabulary.Get(text);
            Assert.Equal(word.SpeechLemma is not null || SpeechVerbs.IsPhrasalSpeechVerb(text), word.Is(WordTraits.SpeechForm));
            Assert.Equal(Pronouns.GenderOf(text) is not null, word.Is(WordTraits.GenderedPronoun));
            Assert.Equal(word.FigureGates != 0, word.Is(WordTraits.FigureGate));
        }
        foreach (var token in Tokenizer.Split("He said she shot back, and then she went on: the claims, he notes, were his."))
            Assert.Equal(Pronouns.GenderOf(token.Text), Pronouns.GenderOf(token));
    }

    [Fact]
    public void A_word_met_in_lower_case_is_met_in_every_spelling_that_differs_only_in_case()
    {
        // The name finder stamps each lower-case token's word, and asks of a capitalised word whether any spelling of it was
        // stamped by the same reading: "Either" is a common word where the article also writes "either".
        // Words fold through the thread's table; the stamps are far above any reading's, the words met nowhere else.
        const int first = int.MaxValue - 2, second = int.MaxValue - 1;
        var lower = Vocabulary.Get("eitherquux");
        var capitalised = Vocabulary.Get("Eitherquux");
        var shouted = Vocabulary.Get("EITHERQUUX");
        Assert.False(capitalised.MetInLowerCase(first));
        lower.StampLowerCase(first);
        Assert.True(capitalised.MetInLowerCase(first));
        Assert.True(shouted.MetInLowerCase(first));
        Assert.True(lower.MetInLowerCase(first));
        Assert.False(capitalised.MetInLowerCase(second));
        lower.StampLowerCase(second);
        Assert.True(capitalised.MetInLowerCase(second));
        Assert.False(Vocabulary.Get("Neitherquux").MetInLowerCase(second));
    }

    [Fact]
    public void Line_patterns_match_as_trying_every_pattern_ignoring_case_would()
    {
        // Lines are tried only against the patterns that open with their first letter: never a match lost, in any case,
        // also where a letter beyond ASCII equals an ASCII one ignoring case ("ſ" and "S", "ı" and "I").
        string[] patterns = { "share this article", "*min read", "read more*", "sign up*newsletter", "advertisement", "ıtem*", "© *" };
        var lines = new LinePatterns(patterns);
        string[] pieces = { "Share", "share", "SHARE", "ſhare", " this", " article", "Read", "read", " more", "5", " min", " read", "Sign", " up", " for", " our", " newsletter",
            "Advertisement", "ADVERTISEMENT", "Item", "ıtem", "ITEM", " one", "©", " 2024", "  ", "\u00A0", "x" };
        Gen.Int[0, pieces.Length - 1].Array[0, 7].Select(picks => string.Concat(picks.Select(i => pieces[i]))).Sample(line =>
            Assert.Equal(Reference(line), lines.Matches(line)), iter: 5000, seed: "0N0XIzNsQ0O2");

        bool Reference(string line)
        {
            var trimmed = line.Trim();
            if (line.Length > 200) return false;
            foreach (var pattern in patterns)
            {
                var parts = pattern.Split('*');
                if (parts.Length == 1)
                {
                    if (string.Equals(trimmed, pattern, StringComparison.OrdinalIgnoreCase)) return true;
                    continue;
                }
                if (!trimmed.StartsWith(parts[0], StringComparison.OrdinalIgnoreCase)) continue;
                var at = parts[0].Length;
                var found = true;
                for (var i = 1; i < parts.Length - 1 && found; i++)
                {
                    var next = trimmed.IndexOf(parts[i], at, StringComparison.OrdinalIgnoreCase);
                    found = next >= 0;
                    at = next + parts[i].Length;
                }
                var last = parts[parts.Length - 1];
                if (found && trimmed.Length - at >= last.Length && trimmed.EndsWith(last, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }
    }

    [Fact]
    public void Every_word_is_found_again_after_the_table_has_grown_many_times()
    {
        // A fresh table starts small: 30,000 new words make it grow its index and its arrays several times over.
        var table = new Vocabulary.Table(ProjectVerbs.None);
        var first = new Word[30_000];
        for (var i = 0; i < first.Length; i++) first[i] = table.Get("w" + Letters(i) + " ", 0, Letters(i).Length + 1);
        for (var i = 0; i < first.Length; i++)
        {
            var text = " w" + Letters(i);
            Assert.Same(first[i], table.Get(text, 1, text.Length - 1));
        }
        Assert.Equal(first.Length, table.Count);
        Assert.Equal("wbaa", first[26 * 26].Text);
    }

    [Fact]
    public void Spellings_that_differ_only_in_case_share_their_folded_word()
    {
        Assert.Same(Vocabulary.Get("Speech").Folded, Vocabulary.Get("speech").Folded);
        Assert.Same(Vocabulary.Get("SPEECH").Folded, Vocabulary.Get("sPeEcH").Folded);
        Assert.NotSame(Vocabulary.Get("speech").Folded, Vocabulary.Get("speeches").Folded);
    }

    [Theory]
    [InlineData("Mr", (int)(WordTraits.Honorific | WordTraits.Capitalised))]
    [InlineData("Jens", (int)(WordTraits.FirstName | WordTraits.CanBeName | WordTraits.Capitalised))]
    [InlineData("NATO", (int)(WordTraits.Acronym | WordTraits.Capitalised))]
    [InlineData("secretary-general", (int)(WordTraits.TitleNoun | WordTraits.LowerCase))]
    [InlineData("Texas-based", (int)(WordTraits.Modifier | WordTraits.Capitalised))]
    [InlineData("G.K.", (int)(WordTraits.DottedInitials | WordTraits.Capitalised))]
    [InlineData("the", (int)(WordTraits.Determiner | WordTraits.LowerCase))]
    public void A_word_carries_what_the_word_lists_say_of_it(string text, int traits)
    {
        var expected = (WordTraits)traits;
        Assert.Equal(expected, Vocabulary.Get(text).Traits & expected);
    }

    [Fact]
    public void A_word_is_only_what_it_is()
    {
        var word = Vocabulary.Get("election");
        Assert.False(word.Is(WordTraits.Capitalised | WordTraits.FirstName | WordTraits.Honorific | WordTraits.CanBeName | WordTraits.Acronym));
        Assert.Equal('\0', word.FirstNameGender);
    }

    [Fact]
    public void Tokens_of_the_same_word_refer_to_one_word_and_keep_the_possessive_apart()
    {
        var tokens = Tokenizer.Split("Trump's rival met Trump, and Trump said so.");
        Assert.Equal("Trump", tokens[0].Text);
        Assert.True(tokens[0].Possessive);
        Assert.Same(tokens[0].Word, tokens[3].Word);
        Assert.Same(tokens[3].Word, tokens[5].Word);
        Assert.Equal("say", tokens[6].Word.SpeechLemma);
        Assert.Null(tokens[1].Word.SpeechLemma);
    }

    [Theory]
    // A token keeps its traits, its end and its possessive in one number beside its word: every length, also one too long to keep.
    [InlineData("Trump's rival, Reynolds' aide and Mr. Lee met.")]
    [InlineData("CruzRep. Will Hurd's view")]
    [InlineData("Supercalifragilisticexpialidocious is long; so is Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa's plan.")]
    public void A_token_reads_back_what_it_was_made_of(string text)
    {
        Assert.True(Token.TraitsFit(Enum.GetValues(typeof(WordTraits)).Cast<WordTraits>().Aggregate(WordTraits.None, (all, trait) => all | trait)));
        foreach (var token in Tokenizer.Split(text))
        {
            var tail = text.Substring(token.Start + token.Text.Length, token.End - token.Start - token.Text.Length);
            Assert.Equal(token.Text, text.Substring(token.Start, token.Text.Length));
            Assert.True(token.Possessive ? tail is "'s" or "'" : tail.Length == 0, token.Text);
            Assert.Equal(token.Word.Traits, token.Traits);
        }
        // The possessive of a word too long for its length to be kept ends where the possessive does.
        foreach (var token in Tokenizer.Split(text).Where(t => t.Text.Length > 126)) Assert.Equal(' ', text[token.End]);
    }

    [Theory]
    // A passive needs a past form: the -ed forms, and the irregular ones speech-verbs.txt lists after a lemma.
    [InlineData("said", true)]
    [InlineData("told", true)]
    [InlineData("written", true)]
    [InlineData("spoken", true)]
    [InlineData("called", true)]
    [InlineData("says", false)]
    [InlineData("saying", false)]
    [InlineData("say", false)]
    [InlineData("writes", false)]
    public void A_speech_verb_s_past_forms_come_from_its_word_list(string word, bool past) =>
        Assert.Equal(past, SpeechVerbs.IsPast(word, Vocabulary.Get(word).SpeechLemma));

    [Fact]
    public void A_vocabulary_past_its_bound_is_dropped_at_the_next_article_which_reads_alike()
    {
        const string article = "A headline for words\n\nChancellor Maria Olsen spoke in Oslo on Monday. \"We are ready,\" Olsen said.";
        var before = ArticleExtractor.Extract("a.txt", "a.txt", article);
        // 120,000 distinct words, read outside any article, fill this thread's table past its bound.
        var words = new System.Text.StringBuilder();
        for (var i = 0; i < 120_000; i++) words.Append('q').Append(Letters(i)).Append(' ');
        Tokenizer.Split(words.ToString());
        Assert.True(Vocabulary.Current.Count > 100_000);
        var after = ArticleExtractor.Extract("a.txt", "a.txt", article);
        Assert.True(Vocabulary.Current.Count < 1_000);
        Assert.Equal(before, after);
    }

    [Fact]
    public void Between_articles_the_vocabulary_is_held_only_weakly()
    {
        ArticleExtractor.Extract("a.txt", "a.txt", "A headline for words\n\nChancellor Maria Olsen spoke in Oslo on Monday.");
        var field = typeof(Vocabulary).GetField("t_table", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        Assert.Null(field.GetValue(null));
        // A word met again after the article comes from the same table while it lives, or from a new one: never a mix within an article.
        var model = ArticleExtractor.Extract("a.txt", "a.txt", "A headline for words\n\nChancellor Maria Olsen spoke in Oslo on Monday. Olsen left.");
        Assert.Equal("Maria Olsen", Assert.Single(model.People).Name);
    }

    private static string Letters(int n)
    {
        var text = "";
        do
        {
            text = (char)('a' + n % 26) + text;
            n /= 26;
        }
        while (n > 0);
        return text;
    }
}
