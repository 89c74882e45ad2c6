using System;
using System.Collections.Generic;
using System.Linq;

namespace Byline.Generator.Extraction;

/// <summary>
/// Finds each quote's speaker. In order: a speech verb right after the quote ("…," Stoltenberg said; "…," said
/// Stoltenberg), a dash ("…" — Stoltenberg), "according to", a speech verb before it in the same sentence
/// (Stoltenberg said: "…"), another quote of the same paragraph, and last, a paragraph that is only a quote
/// continues the previous speaker. Pronouns ("he added") resolve to the last speaker or person of that gender.
/// </summary>
internal sealed class SpeakerResolver
{
    private const int MaxSubjectDistance = 16;
    private const int MaxAppositionDistance = 40;

    private readonly BodyView _body;
    private readonly NameFinder _names;
    private readonly QuoteRanges _inside;
    private PersonEntry? _lastSpeaker;
    private int _lastSpeakerParagraph = -10;

    // The gender of the person the article does not name who spoke last ('-' when the noun tells none), and the paragraph
    // where they did; null once a named speaker or another speech verb has come since, or when none spoke.
    private char? _lastUnnamedGender;
    private int _lastUnnamedParagraph;

    private SpeakerResolver(BodyView body, NameFinder names, IReadOnlyList<QuoteSpan> quotes)
    {
        _body = body;
        _names = names;
        _inside = new QuoteRanges(quotes, body.Paragraphs);
    }

    /// <param name="antecedent">Whom a pronoun outside quotes stands for (<see cref="Antecedent"/>), for the claims' sources.</param>
    public static List<QuoteAttribution> Resolve(BodyView body, NameFinder names, IReadOnlyList<QuoteSpan> quotes, out Func<int, int, char, PersonEntry?> antecedent)
    {
        var resolver = new SpeakerResolver(body, names, quotes);
        resolver.LearnGenders();
        var explicitOnes = quotes.Select(resolver.Explicit).ToList();
        var result = new List<QuoteAttribution>(quotes.Count);
        for (var q = 0; q < quotes.Count; q++)
        {
            var attribution = explicitOnes[q];
            if (attribution.Rule == AttributionRule.Pronoun)
            {
                var pronoun = (PronounAttribution)attribution;
                attribution = resolver.ResolvePronoun(attribution, quotes[q]);
                // "“…,” she told reporters": one whose gender nothing else told takes that of the pronoun that stood for
                // them, so that a later "he told the BBC" passes them by.
                if (attribution.Speaker is { Gender: '-' } speaker) speaker.Gender = pronoun.Gender;
            }
            if (attribution.Rule == AttributionRule.Subject) attribution = resolver.SentenceAttribution(quotes, explicitOnes, q) ?? attribution;
            if (!attribution.IsExplicit) attribution = resolver.Inferred(quotes, explicitOnes, q, attribution, q > 0 ? result[q - 1].Speaker : null);
            if (attribution.Speaker is not null)
            {
                resolver._lastSpeaker = (attribution as AskedAttribution)?.Asked ?? attribution.Speaker;
                resolver._lastSpeakerParagraph = quotes[q].EndParagraph;
                resolver._lastUnnamedGender = null;
            }
            else if (attribution is UnnamedAttribution { Gender: { } gender })
            {
                // "A US Embassy spokesman said: “…” “…,” he added": the one who spoke last is no one named.
                resolver._lastUnnamedGender = gender;
                resolver._lastUnnamedParagraph = quotes[q].EndParagraph;
            }
            else if (attribution.Cue is not null) resolver._lastUnnamedGender = null;
            result.Add(attribution);
        }
        antecedent = resolver.Antecedent;
        return result;
    }

    /// <summary>
    /// "Sir Bernard Ingham, Margaret Thatcher's former press secretary, took a less charitable view. ¶ He said the producers
    /// would …": whom a pronoun outside quotes at <paramref name="offset"/> of paragraph <paramref name="p"/> stands for, read
    /// as a quote's pronoun is (the subject or speaker of the sentence before, <see cref="PreviousSentenceSubject"/>), else the
    /// last person a pronoun of <paramref name="gender"/> may stand for named before it outside quotes. None where the sentence
    /// before has someone unnamed speak ("…, the spokesman said. He added …").
    /// </summary>
    private PersonEntry? Antecedent(int p, int offset, char gender)
    {
        var all = _body.Tokens[p];
        // "But while he tipped Swank to win, he predicted it would be close", "He went looking for his brother, George
        // Whitman, after he …": a pronoun of the same gender earlier in the sentence stands for the same one; a name between
        // them is what that one acted on.
        var sentence = _body.SentenceAt(p, offset);
        for (var k = _body.FirstTokenAt(p, sentence.Start); k < all.Count && all[k].Start < offset; k++)
        {
            if (Pronouns.GenderOf(all[k]) == gender) return Antecedent(p, all[k].Start, gender);
        }
        var verb = Words.PastAdverbs(all, _body.FirstTokenAt(p, offset) + 1, all.Count);
        var pronoun = new PronounAttribution(gender, verb < all.Count ? all[verb].Text : "", p, offset);
        var person = PreviousSentenceSubject(pronoun, out var unnamed);
        if (unnamed) return null;
        // The names a quote holds are its words, not whom the pronoun stands for.
        person ??= _names.LastMentionBefore(p, offset, gender, m => _inside.Contains(m.Paragraph, m.Start));
        // "Hannity asked Trump how high …. “…,” he told Hannity": not the one the words are said to.
        return person is not null && Addressee(pronoun) == person ? OtherNamedBefore(pronoun, person) : person;
    }

    /// <summary>
    /// "Marley Anderson, 21, a junior from Las Vegas, said she turned out …", "Klein said he would …": a person whose given
    /// name tells no gender takes the gender of the pronoun right after their speech verb (or after its "that"), which
    /// stands for them. Pronouns later in the article then pass them by when they cannot stand for them.
    /// </summary>
    private void LearnGenders()
    {
        for (var p = 0; p < _body.Paragraphs.Count; p++)
        {
            var all = _body.Tokens[p];
            foreach (var m in _names.MentionsIn(p))
            {
                if (m.Person.Gender != '-' || _inside.Contains(p, m.Start)) continue;
                var verb = _body.FirstTokenAt(p, m.End);
                if (verb >= all.Count || _body.VerbAt(p, verb) is null || !Gap.IsSpaces(_body.Paragraphs[p], m.End, all[verb].Start)) continue;
                var next = verb + 1 < all.Count && all[verb + 1].Text == "that" ? verb + 2 : verb + 1;
                if (next < all.Count && Gap.IsSpaces(_body.Paragraphs[p], all[next - 1].End, all[next].Start) && Pronouns.GenderOf(all[next]) is { } gender)
                    m.Person.Gender = gender;
            }
        }
        LearnGendersFromPronouns();
    }

    /// <summary>
    /// "Christie’s seemingly shell-shocked gaze as he stood behind Donald Trump": a "he" or "she" outside quotes that only one
    /// person named before it in its sentence could stand for votes for their gender. A person whose given name tells none
    /// takes the gender of two votes or more that all agree: one may stand for someone the article does not name as a person
    /// ("Maycon de Mattos Batista, who worked with Anitta while she was an intern").
    /// </summary>
    private void LearnGendersFromPronouns()
    {
        Dictionary<PersonEntry, (char Gender, int Count)>? votes = null;
        for (var p = 0; p < _body.Paragraphs.Count; p++)
        {
            var mentions = _names.MentionsIn(p);
            if (mentions.Count == 0) continue;
            var all = _body.Tokens[p];
            foreach (var sentence in _body.SentencesOf(p))
            {
                var (offset, count) = _body.TokenRange(p, sentence.Start, sentence.End);
                for (var k = offset; k < offset + count; k++)
                {
                    if (Pronouns.GenderOf(all[k]) is not { } gender || _inside.Contains(p, all[k].Start)) continue;
                    PersonEntry? only = null;
                    var candidates = 0;
                    // The paragraph's mentions are in order: those after the pronoun stand for no one before it.
                    foreach (var m in mentions)
                    {
                        if (m.End > all[k].Start) break;
                        if (m.Start < sentence.Start || _inside.Contains(p, m.Start) || !Pronouns.Compatible(gender, m.Person.Gender) || m.Person == only) continue;
                        only = m.Person;
                        candidates++;
                    }
                    if (candidates != 1 || only!.Gender != '-') continue;
                    votes ??= new Dictionary<PersonEntry, (char, int)>();
                    // A person both pronouns vote for keeps no gender ('x' marks the disagreement).
                    votes[only] = votes.TryGetValue(only, out var earlier) ? (earlier.Gender == gender ? (gender, earlier.Count + 1) : ('x', 0)) : (gender, 1);
                }
            }
        }
        if (votes is null) return;
        foreach (var pair in votes)
        {
            if (pair.Value.Gender != 'x' && pair.Value.Count >= 2) pair.Key.Gender = pair.Value.Gender;
        }
    }

    /// <summary>
    /// "Given Sanders' electoral success, his endorsements will carry “a great deal of weight” and help bring candidates the
    /// “grass-roots firepower” they need, DFA spokesman Neil Sroka said.": a later quote of the same sentence whose speech
    /// verb names its speaker attributes the whole sentence, and so this quote too, more surely than the person the
    /// sentence opens with.
    /// </summary>
    private QuoteAttribution? SentenceAttribution(IReadOnlyList<QuoteSpan> quotes, List<QuoteAttribution> explicitOnes, int q)
    {
        var quote = quotes[q];
        var sentence = _body.SentenceAt(quote.EndParagraph, quote.Close);
        for (var k = q + 1; k < quotes.Count && quotes[k].Paragraph == quote.EndParagraph && quotes[k].Open < sentence.End; k++)
        {
            // "Ted Cruz accuses Obama of “leading from behind” and Donald Trump says he's “losing …”": a name between the
            // quotes is the later one's subject, not the sentence's.
            if (_names.FirstWithin(quote.EndParagraph, quote.Close, quotes[k].Open).Person is not null) return null;
            if (explicitOnes[k] is { Rule: AttributionRule.SpeechVerb, Speaker: { } speaker } other)
                return new QuoteAttribution(speaker, other.Cue, AttributionRule.SameSentence);
        }
        return null;
    }

    /// <summary>What the text around the quote says outright. Pronoun subjects are kept for later, in order.</summary>
    private QuoteAttribution Explicit(QuoteSpan quote)
    {
        // "Ms James told BBC Radio Wales: “…”": a colon after the attribution introduces the quote, and a verb after the quote
        // is the next sentence's ("“… the choirs. … How Green Was My Valley?” Responding to Ms James, Mr Pugh said: …").
        var introduced = IntroducedByColon(quote) ? Before(quote) : null;
        if (introduced is PronounAttribution or { Rule: AttributionRule.SpeechVerb, Speaker: not null }) return introduced;
        // A verb right after the quote with no subject of its own ("the advertisement “…” suggests") leaves the sentence
        // before the quote to say who spoke.
        var after = After(quote);
        if (after is UnnamedAttribution || after is not null && (after.Speaker is not null || after.Rule != AttributionRule.None)) return after;
        var before = introduced ?? Before(quote);
        if (before is not null && (before.Speaker is not null || before.Rule != AttributionRule.None)) return before;
        if (after is null && before is null && Signature(quote) is { } signer) return new QuoteAttribution(signer, null, AttributionRule.Dash);
        return after ?? before ?? QuoteAttribution.None;
    }

    /// <summary>
    /// "“No double minority … is money.” And that’s all he has “the root of all evil.” ― Christina Lastra.": a name after a
    /// dash that closes the paragraph signs its every quote, when nothing outside the quotes between names anyone or
    /// has a speech verb.
    /// </summary>
    private PersonEntry? Signature(QuoteSpan quote)
    {
        var p = quote.EndParagraph;
        var text = _body.Paragraphs[p];
        var dash = text.LastIndexOfAny(QuoteMarks.LongDashes);
        if (dash <= quote.Close || !QuoteMarks.EndsBefore(text, dash)) return null;
        var signer = _names.FirstWithin(p, dash + 1, text.Length);
        if (signer.Person is null || _body.TokenRange(p, dash + 1, signer.Start).Count > 0) return null;
        for (var end = signer.End; end < text.Length; end++)
        {
            if (text[end] is not ('.' or ' ')) return null;
        }
        foreach (var m in _names.MentionsIn(p))
        {
            if (m.Start > quote.Close && m.Start < dash && !_inside.Contains(p, m.Start)) return null;
        }
        var (first, count) = _body.TokenRange(p, quote.Close + 1, dash);
        var all = _body.Tokens[p];
        for (var k = first; k < first + count; k++)
        {
            if (!_inside.Contains(p, all[k].Start) && _body.VerbAt(p, k) is not null) return null;
        }
        return signer.Person;
    }

    /// <summary>
    /// The person the last of the <paramref name="count"/> tokens from <paramref name="offset"/> names: before a quote, the
    /// one named right before its colon.
    /// </summary>
    private PersonEntry? NamedLast(int p, int offset, int count, List<Token> all) =>
        count > 0 ? _names.MentionAt(p, all[offset + count - 1].Start) : null;

    /// <summary>The person named right before a dash that stands right before <paramref name="open"/>, spaces aside ("Mitt Romney -- “…”").</summary>
    private PersonEntry? NamedBeforeDash(int p, int open)
    {
        var text = _body.Paragraphs[p];
        var at = open - 1;
        while (at >= 0 && text[at] == ' ') at--;
        if (at < 0 || !QuoteMarks.IsSignatureDash(text[at])) return null;
        while (at >= 0 && (text[at] == ' ' || QuoteMarks.IsSignatureDash(text[at]))) at--;
        return at >= 0 && !_inside.Contains(p, at) ? _names.MentionAt(p, at) : null;
    }

    /// <summary>Whether the first word after the dash at <paramref name="dash"/> is "and", "or" or "but".</summary>
    private bool ConjunctionAfterDash(int p, int dash)
    {
        var tokens = _body.Tokens[p];
        var k = _body.FirstTokenAt(p, dash + 1);
        return k < tokens.Count && tokens[k].Text is "and" or "or" or "but";
    }

    /// <summary>Whether a colon stands right before the quote's opening mark, spaces aside.</summary>
    private bool IntroducedByColon(QuoteSpan quote)
    {
        var text = _body.Paragraphs[quote.Paragraph];
        var at = quote.Open - 1;
        while (at >= 0 && text[at] == ' ') at--;
        return at >= 0 && text[at] == ':';
    }

    /// <summary>"…," Stoltenberg said / "…," said Stoltenberg / "…," he added / "…" — Stoltenberg.</summary>
    private QuoteAttribution? After(QuoteSpan quote)
    {
        var p = quote.EndParagraph;
        var text = _body.Paragraphs[p];
        var from = Math.Min(text.Length, quote.Close + 1);
        // "citing Exodus 18:21 (“select out of all the people able men …”), endorsed Senator Ted Cruz …, urging": after a
        // bracket that closes right after the quote and a comma, the words go on with the clause around the brackets.
        if (from + 2 < text.Length && text[from] == ')' && Gap.IsCommaSpace(text, from + 1, from + 3)) return null;
        var next = from;
        while (next < text.Length && text[next] is ' ' or ',') next++;
        if (text.Length - next > 1 && QuoteMarks.IsSignatureDash(text[next]))
        {
            // "including Mitt Romney -- ''It is disqualifying …'' -- and Fred Goldberg": a dash that "and", "or" or "but"
            // follows closes an aside the quote stands in; it signs nothing, and the name the aside opens after speaks.
            if (ConjunctionAfterDash(p, next))
                return quote.Paragraph == p && NamedBeforeDash(p, quote.Open) is { } asideOf ? new QuoteAttribution(asideOf, null, AttributionRule.Dash) : null;
            var dashed = FirstMentionAfter(p, from, maxTokens: 2);
            if (dashed is not null) return new QuoteAttribution(dashed, null, AttributionRule.Dash);
            // "“Environment Canada security report found on street” — Toronto Star, August 15, 2008": signed by a
            // publication or a body, no one the article names; not the last speaker going on.
            // Not the dash that closes an aside ("lamented her gaffes - “…” - Democrats in Iowa said"): a signature ends the
            // paragraph within a few words.
            var (signer, signers) = _body.TokenRange(p, next + 1, text.Length);
            if (signers is > 0 and <= 8 && _body.Tokens[p][signer].IsCapitalised && !_inside.Contains(p, _body.Tokens[p][signer].Start)) return new UnnamedAttribution(text[next].ToString(), gender: null);
        }
        // "… the timing." Gov. Pat McCrory said …: a quote that closes its own sentence with a full stop is not the next one's.
        if (quote.Close > 0 && quote.Close < text.Length && text[quote.Close - 1] == '.' && next < text.Length && char.IsUpper(text[next])) return null;
        var (firstIndex, count) = _body.TokenRange(p, from, SegmentEnd(p, from));
        if (count == 0) return null;
        var all = _body.Tokens[p];
        var first = all[firstIndex].Text;
        if (first == "by" && PassiveAgent(quote, p, firstIndex) is { } agent) return agent;
        // "“…,” according to a court document filed by …": a source no name stands for within a few words, not the last
        // speaker going on.
        if (first == "according" && count > 1 && all[firstIndex + 1].Text == "to")
            return FirstMentionAfter(p, all[firstIndex + 1].End, maxTokens: 4) is { } source
                ? new QuoteAttribution(source, "according to", AttributionRule.AccordingTo)
                : new QuoteAttribution(null, "according to", AttributionRule.None);
        // "“…”, describing Charles as …": a participle after the quote is no inverted verb; the name after it is its object.
        // "“… the little deal” announced in October, said Derek Scissors": a participle that a phrase of time or place follows
        // qualifies the quote's last words; a verb further on may attribute it.
        if ((_body.VerbAt(p, firstIndex) is not null || IsInvertedVerb(all, firstIndex)) && !first.EndsWith("ing", StringComparison.Ordinal)
            && !(first.EndsWith("ed", StringComparison.Ordinal) && count > 1 && all[firstIndex + 1].Text is "in" or "on" or "at" or "last" or "earlier" or "since" or "during"))
        {
            // "“…,” said one former executive who requested anonymity": someone the article does not name spoke.
            return SubjectAfterVerb(p, firstIndex + 1, all, first)
                ?? (NameParts.UnnamedPerson(all, firstIndex + 1, Math.Min(firstIndex + count, firstIndex + 5)) is var noun && noun >= 0
                    ? new UnnamedAttribution(first, NameParts.GenderOfNoun(all[noun].Text))
                    : new QuoteAttribution(null, first, AttributionRule.None));
        }
        // "Sims says he was “riding the fence” until Haley said she was backing Rubio": a verb in a clause that a subordinator
        // opens after the quote is that clause's, not an attribution of the quote.
        if (first is "until" or "whereas" || s_subordinators.Contains(first) && first is not ("like" or "unlike")) return ClosingAttribution(p, firstIndex, count, all);
        // "…," Michael McFaul, a senior fellow at … and a former ambassador to Russia, said: a name and its apposition
        // between commas may hold the verb back further than a plain subject would.
        var reach = StartsWithApposition(p, firstIndex, all) ? MaxAppositionDistance : MaxSubjectDistance;
        for (var k = 1; k < count && k <= reach; k++)
        {
            if (_body.VerbAt(p, firstIndex + k) is null && !NounLikeVerbAfterSubject(p, firstIndex, firstIndex + k, all)) continue;
            var verb = all[firstIndex + k].Text;
            var subject = SubjectBetween(p, firstIndex, firstIndex + k, all, verb);
            if (subject is not null) return subject;
            var closing = ClauseAttribution(p, firstIndex, firstIndex + k, all, verb, closesSentence: k == count - 1 || ClosesClause(p, firstIndex + k, firstIndex + count, all));
            if (closing is not null) return closing;
            // "The rejection signals “the beginning of the end” for the EU, said Geert Wilders.": a verb set off by a comma
            // that names its subject after it attributes the sentence the quote stands in.
            if (Gap.IsCommaSpace(text, all[firstIndex + k - 1].End, all[firstIndex + k].Start)
                && SubjectAfterVerb(p, firstIndex + k + 1, all, verb) is { Speaker: not null } inverted) return inverted;
            // "…," an official said / "…," one person tweeted / "…," someone shouted / "…," the letter reads / "…," it added /
            // "…," they said / "…," Anderson said: a speaker the article does not name as a person, several people, or no
            // person at all. Anything else ("and warned") is not about this quote.
            return first is "the" or "a" or "an" or "officials" or "one" or "One" or "another" or "someone" or "somebody" or "others" or "some" or "many" or "it" or "they" or "we" || AllCapitalised(all, firstIndex, firstIndex + k)
                ? new QuoteAttribution(null, verb, AttributionRule.None)
                : null;
        }
        return ClosingAttribution(p, firstIndex, count, all);
    }

    /// <summary>The person named within a few words after "by" right after the quote, in its sentence.</summary>
    private PersonEntry? AgentAfter(QuoteSpan quote)
    {
        var p = quote.EndParagraph;
        var (by, count) = _body.TokenRange(p, quote.Close, _body.SentenceAt(p, quote.Close).End);
        return count > 1 && _body.Tokens[p][by].Text == "by" ? FirstMentionAfter(p, _body.Tokens[p][by].End, maxTokens: 6) : null;
    }

    /// <summary>
    /// "has been called “strategic ambiguity” by Joshua Hendrick", "was described as “statistically significant” by Professor
    /// Robert Winston": after a passive verb that characterises or reports, the person named after "by" said the words.
    /// </summary>
    private QuoteAttribution? PassiveAgent(QuoteSpan quote, int p, int by)
    {
        var agent = FirstMentionAfter(p, _body.Tokens[p][by].End, maxTokens: 2);
        if (agent is null) return null;
        var (first, count) = _body.TokenRange(quote.Paragraph, 0, quote.Open);
        var before = _body.Tokens[quote.Paragraph];
        var verb = first + count - 1;
        if (verb >= first && before[verb].Text == "as") verb--;
        if (verb <= first || !Words.IsPassiveAuxiliary(before[verb - 1].Text)) return null;
        var word = before[verb].Text;
        return SpeechVerbs.IsPast(word, before[verb].Word.SpeechLemma) && (SpeechVerbs.IsCharacterising(word) || before[verb].Word.SpeechLemma is not null)
            ? new QuoteAttribution(agent, word, AttributionRule.SpeechVerb)
            : null;
    }


    /// <summary>
    /// "“We are frustrated and horrified” by the shooting at a nightclub that drew worldwide attention, Nefzi said.",
    /// "“Many would consider that an embarrassment” if she did not win by more, said David Wasserman, an analyst.": the
    /// sentence goes on after the quote and closes with the attribution, set off by a comma: a named person and a speech
    /// verb that end the sentence, or a speech verb and the person named after it.
    /// </summary>
    private QuoteAttribution? ClosingAttribution(int p, int firstIndex, int count, List<Token> all)
    {
        var text = _body.Paragraphs[p];
        var end = firstIndex + count;
        for (var k = firstIndex + 1; k < end; k++)
        {
            if (!Gap.IsCommaSpace(text, all[k - 1].End, all[k].Start)) continue;
            if (_body.VerbAt(p, k) is { } verb)
            {
                if (SubjectAfterVerb(p, k + 1, all, verb) is { Speaker: not null } inverted) return inverted;
                continue;
            }
            if (_names.MentionAt(p, all[k].Start) is not { } person) continue;
            var last = NameEnd(p, all, k, end);
            if (last + 2 == end && _body.VerbAt(p, last + 1) is { } closing) return new QuoteAttribution(person, closing, AttributionRule.SpeechVerb);
        }
        return null;
    }

    /// <summary>
    /// "“…,” Conway notes", "“…,” Isabelle writes", "“…,” he recalls": right after a quote and its subject (one name or a
    /// pronoun), the -s form of a speech verb that is also a noun is the verb. Elsewhere "notes" and "reports" are as often nouns.
    /// So are that form and the bare one after a subject the article does not name ("“…,” the report notes", "“…,” the
    /// scientists write in Nature", "they note").
    /// </summary>
    private bool NounLikeVerbAfterSubject(int p, int first, int verb, List<Token> all)
    {
        var token = all[verb];
        if (token.Word.SpeechLemma is not { } lemma || !token.Is(WordTraits.LowerCase) || !SpeechVerbs.IsNounLike(lemma, token.Text)
            || !Gap.IsSpaces(_body.Paragraphs[p], all[verb - 1].End, token.Start)) return false;
        var bare = token.Text == lemma;
        if (!bare && !token.Text.EndsWith("s", StringComparison.Ordinal)) return false;
        if (UnnamedSubject(all, first, verb, bare)) return true;
        if (bare) return false;
        if (verb == first + 1 && Pronouns.GenderOf(all[first]) is not null) return true;
        // "“…,” de Miranda writes": a surname's particle in lower case opens the name.
        if (verb > first + 1 && all[first].Is(WordTraits.Particle) && all[first].Is(WordTraits.LowerCase)) first++;
        return _names.MentionAt(p, all[first].Start) is not null && NameEnd(p, all, first, verb) == verb - 1 && !all[verb - 1].Possessive;
    }

    /// <summary>
    /// An article and one or two words right before <paramref name="verb"/> ("the report", "an officer", "the Pentagon"),
    /// or for the <paramref name="bare"/> form "they", "we" or a plural ("the scientists", "the two researchers").
    /// </summary>
    private static bool UnnamedSubject(List<Token> all, int first, int verb, bool bare) =>
        bare && verb == first + 1
            ? all[first].Text is "they" or "They" or "we" or "We"
            : verb - first is 2 or 3 && all[first].Text is "the" or "The" or "a" or "A" or "an" or "An" && (!bare || all[verb - 1].Text.EndsWith("s", StringComparison.Ordinal));

    /// <summary>
    /// "Wallnau continues: “…”", "Trump tweets, “…”": the -s form of a speech verb that is also a noun, between its subject
    /// and the quote it introduces after a colon or a comma, is the verb.
    /// </summary>
    private bool NounLikeVerbBeforeQuote(int p, int verb, int quoteOpen, List<Token> all)
    {
        var text = _body.Paragraphs[p];
        if (all[verb].End > quoteOpen || text.Substring(all[verb].End, quoteOpen - all[verb].End).Trim() is not (":" or ",")) return false;
        for (var first = verb - 1; first >= 0 && first >= verb - 4; first--)
        {
            if (NounLikeVerbAfterSubject(p, first, verb, all)) return true;
        }
        return false;
    }

    /// <summary>
    /// "“…,” comments Robin Biesbroek", "“…,” notes Jones": right after a quote, the -s form of a speech verb that is also a
    /// noun is the verb (elsewhere "comments" and "notes" are more often nouns); a capitalised one heads a note of the
    /// source ("“…” [Remarks to CME Group, 11/18/13.]").
    /// </summary>
    private static bool IsInvertedVerb(List<Token> all, int i) =>
        all[i].Word.SpeechLemma is not null && all[i].Is(WordTraits.LowerCase) && all[i].Text.EndsWith("s", StringComparison.Ordinal);

    private static bool AllCapitalised(List<Token> all, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!all[k].IsCapitalised) return false;
        }
        return true;
    }

    /// <summary>Stoltenberg said: "…" / Stoltenberg insisted that NATO is "…" / according to Stoltenberg, "…".</summary>
    private QuoteAttribution? Before(QuoteSpan quote)
    {
        var p = quote.Paragraph;
        var sentence = _body.SentenceAt(p, quote.Open);
        var all = _body.Tokens[p];
        var (offset, count) = _body.TokenRange(p, sentence.Start, quote.Open);
        if (count == 0) return AccordingTo(p, sentence);
        string? passive = null;
        for (var k = count - 1; k >= 0; k--)
        {
            var i = offset + k;
            if (_body.VerbAt(p, i) is null && !(k == count - 1 && NounLikeVerbBeforeQuote(p, i, quote.Open, all))) continue;
            // "said the way the campaign disparaged women who complained about the president's behavior ''would be …''": a
            // speech verb in a relative clause on a common noun, with a preposition's object after it, speaks of that, not the
            // quote; an earlier verb of the sentence has it. ("Stevie Wonder, who joked of the museum, ''…''" is his.)
            if (i - 1 > offset && all[i - 1].Text is "who" or "that" or "which" && all[i - 2].Is(WordTraits.LowerCase) && Gap.IsOneSpace(_body.Paragraphs[p], all[i - 2], all[i - 1])
                && i + 1 < offset + count && all[i + 1].Text is "about" or "of" or "to" or "on" or "at" or "with" or "against") continue;
            // "Rubio was asked by Fox Business moderator Gerard Baker whether …, would risk “…”": the agent of a passive speech
            // verb asked the words, and the one asked answers after them. One quoted by someone said them ("was quoted by
            // reporter Ann Lee as saying").
            if (i > offset && k < count - 1 && all[i + 1].Text == "by" && Words.IsPassiveAuxiliary(all[i - 1].Text)
                && FirstMentionAfter(p, all[i + 1].End, maxTokens: 4) is { } agent)
            {
                var asked = i - 2 >= offset ? SubjectAt(p, i - 2, all, all[i].Text)?.Speaker : null;
                if (all[i].Text != "quoted") return new AskedAttribution(agent, all[i].Text, asked);
                if (asked is not null) return new QuoteAttribution(asked, all[i].Text, AttributionRule.SpeechVerb);
            }
            // "Fletcher was described as a “consummate professional” by his friend … Michael Pointon", "later being described as
            // “pretty damn average” by scouts": the subject of a passive speech verb a few words before the quote is what the
            // words were said of; the one named after "by" past the quote said them, else a speech verb earlier in the
            // sentence has them ("he adds, … it is maintained by bosses because “…”"), else no one named.
            if (k >= count - 4 && i > offset && Words.IsPassiveAuxiliary(all[i - 1].Text) && SpeechVerbs.IsPast(all[i].Text, all[i].Word.SpeechLemma))
            {
                if (AgentAfter(quote) is { } sayer) return new QuoteAttribution(sayer, all[i].Text, AttributionRule.SpeechVerb);
                passive ??= all[i].Text;
                continue;
            }
            // "she pointed to reports that Trump called the 1996 pageant winner “Miss Piggy”": a verb that characterises,
            // nearer the quote than the speech verb, has the words.
            if (CharacterisingAfter(p, i, offset + count, all) && CharacterisingSubject(p, sentence.Start, quote.Open) is { Speaker: not null } judged) return judged;
            // "“Runners need economy,” says Scrivener, “but …”": a verb right after an earlier quote of the sentence, with its
            // subject after it, attributes the quote that goes on after the subject.
            if (i > offset && _inside.Contains(p, all[i - 1].Start) && !all[i].Text.EndsWith("ing", StringComparison.Ordinal)
                && SubjectAfterVerb(p, i + 1, all, all[i].Text) is { Speaker: not null } inverted) return inverted;
            // "Said Mr Fogg: “…”", "In other words, explained CBS moderator Nancy Cordes: “…”": a verb that opens the sentence
            // or follows a comma, whose subject comes after it and ends right before the colon that introduces the quote.
            // Elsewhere the name after the verb is its object ("He told Ms Sturgeon: “…”").
            if (k < count - 1 && (k == 0 || Gap.IsCommaSpace(_body.Paragraphs[p], all[i - 1].End, all[i].Start)) && IntroducedByColon(quote)
                && NamedLast(p, offset, count, all) is { } beforeColon
                && SubjectAfterVerb(p, i + 1, all, all[i].Text) is { Speaker: { } subject } invertedBefore && subject == beforeColon) return invertedBefore;
            // "Speaking at a town hall in Salem, Trump went after Bush, calling him “a total stiff.”": a participle that opens
            // the sentence has the subject of the clause after its comma.
            if (i == offset && all[i].Text.EndsWith("ing", StringComparison.Ordinal))
            {
                var comma = _body.Paragraphs[p].IndexOf(',', all[i].End, Math.Max(0, quote.Open - all[i].End));
                var main = comma < 0 ? null : ClauseSubject(p, _body.FirstTokenAt(p, comma), offset + count, all);
                if (main is not null) return new QuoteAttribution(main, all[i].Text, AttributionRule.SpeechVerb);
            }
            // "Mr. McConnell deflected questions about Mr. Trump before saying, “…”", "she responded to Trump's messages by saying
            // “…”": a participle after "by", "before", "after", "while" or "without" has the clause's subject, not a name it mentions.
            if (i > offset && all[i].Text.EndsWith("ing", StringComparison.Ordinal) && all[i - 1].Text is "by" or "before" or "after" or "while" or "without"
                && OpeningSubject(p, offset, i - 1, all, all[i].Text) is { } opener) return opener;
            // "Trump attacked Clinton …, saying, "…"": a participle after a comma has the subject of the clause it hangs on; so
            // does one joined to it by "and" ("…, shifting his focus to defeating Donald Trump and admitting that his “…”").
            if (all[i].Text.EndsWith("ing", StringComparison.Ordinal) && i > offset && HungParticiple(p, offset, i, all) is var hung && hung > offset)
            {
                var attributing = AttributionBeforeParticiple(p, offset, hung, all, all[i].Text);
                if (attributing is not null) return attributing;
                // "Meanwhile, it attacked Trump, saying he “…”": a clause whose subject is "it" or "they" is not the person it names.
                if (ImpersonalSubject(p, offset, all)) return new QuoteAttribution(null, all[i].Text, AttributionRule.None);
                // "In August, several environmental groups granted Mr. Clarke an extension …, saying his “…”": a clause that
                // opens with a common noun has no one named for its subject, whoever it names after. "His chief aide doubled
                // down on attacks on Clinton's fitness …, saying": one that opens with a description of a person has whoever
                // holds that title here, else no one named; but "The retired neurosurgeon has provided …" is someone the article
                // has named, whom the rules below find.
                if (NounOpening(p, offset, hung, all) is { } opening)
                {
                    if (opening.Description is null) return new QuoteAttribution(null, all[i].Text, AttributionRule.None);
                    if (_names.HolderOf(opening.Description) is { } titleHolder) return new QuoteAttribution(titleHolder, all[i].Text, AttributionRule.SpeechVerb);
                    // "The spokesman refused to answer questions on who Cameron would like to see win but said …, adding": one
                    // who speaks for another is not the one the clause names after.
                    if (!opening.Definite || SpeaksForAnother(opening.Description)) return new QuoteAttribution(null, all[i].Text, AttributionRule.None);
                }
                var clause = ClauseSubject(p, offset, hung, all);
                if (clause is not null) return new QuoteAttribution(clause, all[i].Text, AttributionRule.SpeechVerb);
            }
            // "Clinton, a top aide said, “…”": a person the article does not name, right before the verb, is its subject,
            // whoever the sentence named before.
            if (UnnamedBefore(p, offset, i, all)) return new UnnamedAttribution(all[i].Text, NameParts.GenderOfNoun(all[PastAdverbsBefore(i, offset, all)].Text));
            if (Aside(p, offset, i, all) is { } aside) return aside;
            var head = AppositionHead(p, offset, i, all) ?? OpenedWithApposition(p, offset, i, all);
            if (head is not null) return new QuoteAttribution(head, all[i].Text, AttributionRule.SpeechVerb);
            // "meddling the California congressman said is designed to “…”": "the" and a title right before the verb are its
            // subject: the person who holds that title here, else a person named before it whose role is not another title
            // ("As far as whether Sanders …, the Vermont senator acknowledged"; not "President Obama").
            var described = DescribedBefore(offset, i, all);
            if (described is not null && RoleBefore(offset, i, all) is { } holder) return holder;
            if (OrganisationBefore(p, offset, i, all)) return new QuoteAttribution(null, all[i].Text, AttributionRule.None);
            // "Kasich says he'd sit Putin down and tell him “no more nonsense”": a verb after "and" shares the subject the
            // sentence opens with; the name just before it is the first verb's object. Unless that name has a speech verb of
            // its own before the "and" ("…, but his lawyer, Antony Townsden, told the BBC … and added: “…”"): then the
            // verbs are that name's.
            for (var s = i - 1; s >= offset && i - s <= MaxSubjectDistance; s--)
            {
                var found = SubjectAt(p, s, all, all[i].Text);
                if (found is null) continue;
                if (found.Speaker is not null && QualifiesTitle(p, s, i, all)) return new QuoteAttribution(null, all[i].Text, AttributionRule.None);
                // "The influential delegate and conservative activist, who backs Cruz, warned of a “ferocious” battle": a name
                // inside a relative clause set off by commas before the verb is that clause's, not the verb's subject.
                if (found.Speaker is not null && RelativeClauseOpening(p, s, i, all) is { } clauseOpening)
                {
                    s = clauseOpening;
                    continue;
                }
                if (described is not null && found.Speaker is { Role: { } role } && !role.EndsWith(described, StringComparison.OrdinalIgnoreCase)) continue;
                // "Stanton wrote a letter to Attorney General Loretta E. Lynch asking …": a name a preposition governs is an
                // object; the subject stands further back. Not a name right before its participle ("with Cruz promising to"), nor one
                // a relative clause goes on from ("from Mike Lee, who declared").
                if (found.Speaker is { } named && !RelativeBetween(s, i, all) && ObjectStart(p, s, i, offset, all, named) is { } objectStart)
                {
                    s = objectStart;
                    continue;
                }
                return SpeechVerbBetween(p, s + 1, i - 1) ? found : CoordinatedSubject(p, sentence, offset, i, all) ?? found;
            }
            return AccordingTo(p, sentence) ?? CoordinatedSubject(p, sentence, offset, i, all) ?? RoleBefore(offset, i, all)
                ?? new QuoteAttribution(null, all[i].Text, AttributionRule.None);
        }
        if (passive is not null) return new QuoteAttribution(null, passive, AttributionRule.None);
        // "With Democratic leaders increasingly worried …, President Obama is rolling out a new campaign message: “It's about
        // me.”": a quote a colon introduces, with no speech verb before it, is the words of the person its clause opens with.
        if (IntroducedByColon(quote) && OpeningSubject(p, offset, offset + count, all, ":", reach: 20) is { Speaker: { } introducer })
            return new QuoteAttribution(introducer, null, AttributionRule.Subject);
        // "The timing of Sanders’ surge doesn't surprise Republican pollster Daron Shaw: “…”": else the one named right before
        // the colon, unless a preposition governs the name ("a message for Clinton:").
        if (IntroducedByColon(quote) && count > 1 && NamedLast(p, offset, count, all) is { } colonNamed
            && !GovernedName(p, offset + count - 1, offset, all, colonNamed) && !all[offset + count - 1].Possessive)
            return new QuoteAttribution(colonNamed, null, AttributionRule.Subject);
        return AccordingTo(p, sentence) ?? SentenceSubject(p, sentence.Start, quote.Open);
    }

    /// <summary>
    /// "Bennington described their prize as “quite an honour” while Muse said their win was “…”": a word the article writes
    /// as an organisation's name (<see cref="NameFinder.IsOrganisation"/>), right before the verb, is its subject, and no one
    /// named speaks. Not a pronoun, nor an organisation a preposition governs ("Brett Lock of the gay group OutRage! said").
    /// </summary>
    private bool OrganisationBefore(int p, int offset, int verb, List<Token> all)
    {
        var subject = PastAdverbsBefore(verb, offset, all);
        if (subject < offset || !all[subject].IsCapitalised || Pronouns.GenderOf(all[subject]) is not null
            || _names.MentionAt(p, all[subject].Start) is not null || !_names.IsOrganisation(all[subject].Text)) return false;
        // Back past the kind of organisation and its describing words ("of the gay group"), to what governs the phrase.
        var k = subject - 1;
        while (k >= offset && subject - k <= 4 && all[k].Is(WordTraits.LowerCase) && !s_phraseOpeners.Contains(all[k].Text)) k--;
        return k < offset || !s_governing.Contains(all[k].Text);
    }

    /// <summary>
    /// The first token of the name that ends at token <paramref name="last"/> with its title ("to Attorney General Loretta E.
    /// Lynch"), when a preposition stands right before it: the name is that preposition's object. Null otherwise.
    /// </summary>
    private int? ObjectStart(int p, int last, int verb, int offset, List<Token> all, PersonEntry person)
    {
        var text = _body.Paragraphs[p];
        var k = last;
        while (k > offset && _names.MentionAt(p, all[k - 1].Start) == person) k--;
        // "with Joe Scarborough and Mika Brzezinski": a name joined by "and" to one before it shares its preposition.
        while (k - 2 > offset && all[k - 1].Text == "and" && _names.MentionAt(p, all[k - 2].Start) is { } other && other != person)
        {
            k -= 2;
            while (k > offset && _names.MentionAt(p, all[k - 1].Start) == other) k--;
        }
        // "to Attorney General Loretta E. Lynch", "with Morning Joe hosts Joe Scarborough": titles, plural ones, and the
        // capitalised words they are of.
        while (k > offset && (all[k - 1].Is(WordTraits.Honorific | WordTraits.RoleWord | WordTraits.TitleNoun | WordTraits.Capitalised) || IsPluralTitle(all[k - 1]))
            && _names.MentionAt(p, all[k - 1].Start) is null && Gap.IsSpaces(text, all[k - 1].End, all[k].Start)) k--;
        if (k > offset && all[k - 1].Text == "the" && Gap.IsSpaces(text, all[k - 1].End, all[k].Start)) k--;
        if (k <= offset || !Gap.IsSpaces(text, all[k - 1].End, all[k].Start)) return null;
        // "shifting his focus to defeating Donald Trump and admitting that his “…”", "White America embracing Obama announced
        // “…”": a name right after a participle is its object, unless a participle of its own follows it ("footage showing
        // Trump saying").
        if (IsParticiple(all[k - 1]) && !BeforeItsParticiple(last, verb, all)) return k;
        // "was quoted by reporter Ann Lee as saying": the agent of a passive verb is its object too.
        var agent = all[k - 1].Text == "by" && k - 3 >= offset && Words.IsPassiveAuxiliary(all[k - 3].Text);
        if (!s_governing.Contains(all[k - 1].Text) && !agent) return null;
        // "with Cruz recently promising to", "footage of Trump saying": the name is the participle's subject.
        if (all[k - 1].Text is "with" or "of" or "by" && BeforeItsParticiple(last, verb, all)) return null;
        // Not inside a title ("Secretary of State John Kerry", "Undersecretary for Education Mr. Toccafondi").
        return k - 1 > offset && all[k - 2].IsCapitalised ? null : k;
    }

    /// <summary>
    /// The participle at <paramref name="i"/> if a comma stands before it, or the participle after a comma that "and" joins
    /// it to, in the tokens from <paramref name="offset"/>; -1 otherwise.
    /// </summary>
    private int HungParticiple(int p, int offset, int i, List<Token> all)
    {
        var text = _body.Paragraphs[p];
        if (text.IndexOf(',', all[i - 1].End, all[i].Start - all[i - 1].End) >= 0) return i;
        if (all[i - 1].Text != "and") return -1;
        for (var j = i - 2; j > offset; j--)
        {
            if (_inside.Contains(p, all[j].Start)) continue;
            // "…, shifting his focus to defeating Donald Trump and admitting": a gerund on the way is the first one's object.
            if (IsParticiple(all[j]))
            {
                if (Gap.IsCommaSpace(text, all[j - 1].End, all[j].Start)) return j;
                continue;
            }
            if (_body.VerbAt(p, j) is not null || text.IndexOf(',', all[j].End, all[j + 1].Start - all[j].End) >= 0) return -1;
        }
        return -1;
    }

    /// <summary>A lower-case word in -ing that is a verb's participle, not a noun or a preposition ("during", "morning").</summary>
    private static bool IsParticiple(Token token) =>
        token.Is(WordTraits.LowerCase) && token.Text.Length > 5 && token.Text.EndsWith("ing", StringComparison.Ordinal) && !s_ingNouns.Contains(token.Text);

    private static readonly HashSet<string> s_ingNouns = new(StringComparer.Ordinal)
    {
        "during", "morning", "evening", "nothing", "something", "anything", "everything", "building", "meeting", "hearing", "ruling",
        "briefing", "funding", "spending", "feeling", "according", "including", "regarding", "following", "opening", "setting",
    };

    /// <summary>Whether the verb at <paramref name="verb"/> is a participle right after token <paramref name="name"/>, or after adverbs ("with Cruz recently promising").</summary>
    private static bool BeforeItsParticiple(int name, int verb, List<Token> all) =>
        all[verb].Text.EndsWith("ing", StringComparison.Ordinal) && Words.PastAdverbs(all, name + 1, verb + 1) == verb;

    /// <summary>"hosts", "officials": a title noun in the plural.</summary>
    private static bool IsPluralTitle(Token token) => token.Is(WordTraits.LowerCase) && NameParts.IsPluralTitle(token.Text);

    /// <summary>Whether "who" stands between the name at <paramref name="name"/> and the verb: the verb is the relative clause's.</summary>
    private static bool RelativeBetween(int name, int verb, List<Token> all) => RelativeIn(all, name + 1, verb, orWhich: false);

    /// <summary>Whether a relative pronoun, "who" (and "which" unless <paramref name="orWhich"/> is false), stands among the tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool RelativeIn(List<Token> all, int from, int to, bool orWhich = true)
    {
        for (var k = from; k < to; k++)
        {
            if (all[k].Text == "who" || orWhich && all[k].Text == "which") return true;
        }
        return false;
    }

    // Prepositions whose object a name is, never the subject of the verb after it ("by" names the agent of a passive verb;
    // "on" is as often a verb's particle: "Trump took on Hillary Clinton").
    private static readonly HashSet<string> s_governing = new(StringComparer.Ordinal) { "to", "with", "for", "about", "against", "at", "from", "of", "toward", "towards" };

    /// <summary>
    /// "Ryan and Trump will meet next week, Spicer said, adding, "…"", "…, said Spicer, adding: "…"": a participle right after
    /// the sentence's attribution (a subject and its speech verb, or an inverted verb and its subject) hangs on that
    /// attribution, not on the clause the sentence opens with, which is what was said.
    /// </summary>
    private QuoteAttribution? AttributionBeforeParticiple(int p, int offset, int participle, List<Token> all, string cue)
    {
        var text = _body.Paragraphs[p];
        // "said Rep. Bobby Scott (D-Va.) at the time, adding": a few words of time, place or party may follow the attribution;
        // "she stated, “…,” adding": so may the quote it introduced.
        var words = 0;
        for (var last = participle - 1; last - 1 >= offset && words < 6; last--)
        {
            if (_inside.Contains(p, all[last].Start)) continue;
            if (words++ > 0 && text.IndexOf(',', all[last].End, all[last + 1].Start - all[last].End) >= 0 && !_inside.Contains(p, all[last + 1].Start)) return null;
            if (_body.VerbAt(p, last) is not null) return SubjectAt(p, last - 1, all, cue);
            if (_names.MentionAt(p, all[last].Start) is not { } person) continue;
            var first = last;
            while (first - 1 >= offset && (_names.MentionAt(p, all[first - 1].Start) == person || all[first - 1].Is(WordTraits.Honorific))) first--;
            // After "told" or "asked" the name is the listener ("Gingrich told O'Reilly, noting …").
            return first - 1 >= offset && SpeechVerbs.InvertsSubject(all[first - 1].Text) ? new QuoteAttribution(person, cue, AttributionRule.SpeechVerb) : null;
        }
        return null;
    }

    /// <summary>
    /// The subject a clause opens with, after an opening phrase and its comma ("On Tuesday, Mr. McConnell …"): a name or a
    /// pronoun there; null if the clause opens otherwise or a relative clause comes before the participle.
    /// </summary>
    private QuoteAttribution? OpeningSubject(int p, int offset, int to, List<Token> all, string cue, int reach = 5)
    {
        // "“…,” Blige sings to Clinton before asking her, “…”": a quote the sentence opens with is not its clause.
        while (offset < to && _inside.Contains(p, all[offset].Start)) offset++;
        var first = AfterHonorifics(p, PastSubordinator(ClauseStart(p, offset, to, all, reach), to, all), to - 1, all);
        if (first >= to) return null;
        // "… Netanyahu's Likud party, which tried to rally support by saying …": the participle is the relative clause's.
        for (var k = first; k < to; k++)
        {
            if (all[k].Text is "which" or "who" or "that") return null;
        }
        return SubjectAt(p, first, all, cue);
    }

    /// <summary>
    /// Where the clause from <paramref name="offset"/> begins: after an opening phrase and its comma within
    /// <paramref name="reach"/> words ("On Tuesday, Mr. McConnell …"), else at <paramref name="offset"/>. A name ends the
    /// search (the clause opens with it) unless a preposition or a subordinator opens the phrase it stands in ("With
    /// Democratic leaders worried about Hillary Clinton's support, President Obama …").
    /// </summary>
    private int ClauseStart(int p, int offset, int to, List<Token> all, int reach)
    {
        if (offset >= to) return offset;
        var text = _body.Paragraphs[p];
        var opener = Words.ToLowerInvariant(all[offset].Text);
        var phrase = s_phraseOpeners.Contains(opener) || s_subordinators.Contains(opener);
        for (var k = offset; k < to - 1 && k < offset + reach; k++)
        {
            if (!phrase && _names.MentionAt(p, all[k].Start) is not null) break;
            if (text.IndexOf(',', all[k].End, all[k + 1].Start - all[k].End) >= 0) return k + 1;
        }
        return offset;
    }

    /// <summary>
    /// "There have been sharper jabs, such as when Cruz knocked Rubio on trade and called him a “moderate”": a clause that a
    /// subordinator opens, with no comma to close it, has its subject right after the subordinator. The token from
    /// <paramref name="first"/> (before <paramref name="limit"/>) past "when", "as", "such as when" and the like.
    /// </summary>
    private static int PastSubordinator(int first, int limit, List<Token> all)
    {
        var k = first;
        if (k + 1 < limit && all[k].Text is "such" or "Such" && all[k + 1].Text == "as") k += 2;
        if (k < limit && Words.ToLowerInvariant(all[k].Text) is var word && (s_subordinators.Contains(word) && word is not ("like" or "unlike" or "despite") || word is "as" or "once")) k++;
        return k < limit ? k : first;
    }

    /// <summary>The first token from <paramref name="first"/> (before <paramref name="limit"/>) past a conjunction that opens the clause ("But it said …").</summary>
    private static int PastConjunctions(int first, int limit, List<Token> all)
    {
        while (first < limit && all[first].Text is "But" or "And" or "Yet" or "So" or "but" or "and") first++;
        return first;
    }

    /// <summary>
    /// The token before <paramref name="verb"/> past adverbs (<see cref="Words.IsAdverbBeforeVerb"/>): "the prime minister
    /// also said", "the actor previously said", "and then tweeted", "the director further stated".
    /// </summary>
    private static int PastAdverbsBefore(int verb, int offset, List<Token> all)
    {
        var head = verb - 1;
        while (head > offset && Words.IsAdverbBeforeVerb(all[head].Text)) head--;
        return head;
    }

    /// <summary>"Mr. McConnell", "Sen. Ted Cruz": the first token from <paramref name="first"/> (before <paramref name="limit"/>) past the honorifics that no mention starts at.</summary>
    private int AfterHonorifics(int p, int first, int limit, List<Token> all)
    {
        while (first < limit && all[first].Is(WordTraits.Honorific) && _names.MentionAt(p, all[first].Start) is null) first++;
        return first;
    }

    /// <summary>Whether a speech verb of a subject's own, not one joined by "and" or "but", stands among the tokens [from, to).</summary>
    private bool SpeechVerbBetween(int p, int from, int to)
    {
        var all = _body.Tokens[p];
        for (var k = from; k < to; k++)
        {
            if (_body.VerbAt(p, k) is not null && !(k > 0 && all[k - 1].Text is "and" or "but")) return true;
        }
        return false;
    }

    /// <summary>
    /// "Clinton, the former secretary of State, stressed her support of the raid … and said she has the quality the job needs:
    /// “…”": a speech verb joined by "and" or "but" to what the sentence said before has the subject the sentence opens with,
    /// however far back it stands. Not when the name only qualifies a noun ("the Clinton campaign … and said"), nor when a
    /// relative clause comes between ("… a colleague who pinched her waist and told her, “…”": the colleague's verb).
    /// </summary>
    private QuoteAttribution? CoordinatedSubject(int p, Sentence sentence, int offset, int verb, List<Token> all)
    {
        var conjunction = PastAdverbsBefore(verb, offset, all);
        if (conjunction <= offset || all[conjunction].Text is not ("and" or "but")) return null;
        var opener = Opener(p, sentence);
        // "Eight years ago, he supported Barack Obama over Clinton and said, “…”": a pronoun subject shares its verbs too.
        if (opener.Person is null && SubjectPronoun(p, sentence) is var pronoun && pronoun >= 0 && pronoun < conjunction && !RelativeIn(all, pronoun, conjunction))
            return new PronounAttribution(Pronouns.GenderOf(all[pronoun])!.Value, all[verb].Text, p, all[pronoun].Start);
        if (opener.Person is null || opener.End > all[conjunction].Start) return null;
        var first = _body.FirstTokenAt(p, opener.Start);
        if (first > 0 && all[first - 1].Is(WordTraits.Determiner) && all[first - 1].End > sentence.Start) return null;
        return RelativeIn(all, first, conjunction) ? null : new QuoteAttribution(opener.Person, all[verb].Text, AttributionRule.SpeechVerb);
    }

    /// <summary>
    /// Whether a verb that names, describes or judges stands in the passive a few words before the quote ("was described as
    /// a", "has been dubbed", "has been praised by police for"), its words between only "as", an article, "by", "for" and the
    /// one named after "by".
    /// </summary>
    private bool CalledInPassive(int p, int sentenceStart, int quoteOpen)
    {
        var all = _body.Tokens[p];
        var (offset, count) = _body.TokenRange(p, sentenceStart, quoteOpen);
        for (var k = offset + count - 1; k > offset && k >= offset + count - 5; k--)
        {
            if (s_passiveNaming.Contains(all[k].Text))
            {
                var be = all[k - 1].Text.EndsWith("ly", StringComparison.Ordinal) && k - 2 >= offset ? k - 2 : k - 1;
                return Words.IsPassiveAuxiliary(all[be].Text);
            }
            if (all[k].Text is not ("as" or "a" or "an" or "the" or "by" or "for") && !(k > offset && all[k - 1].Text == "by")) return false;
        }
        return false;
    }

    private static readonly HashSet<string> s_passiveNaming = new(StringComparer.Ordinal)
    {
        "described", "dubbed", "called", "branded", "labelled", "labeled", "nicknamed", "praised", "hailed", "criticised", "criticized",
        "condemned", "ridiculed", "derided", "mocked",
    };

    /// <summary>A partial quote with no speech verb belongs to the person the sentence opens with (Moss called the plan "rushed").</summary>
    private QuoteAttribution? SentenceSubject(int p, int sentenceStart, int quoteOpen)
    {
        // "Fletcher was described as a “consummate professional”", "Ozzy Osbourne has been praised by police for “very
        // courageously” tackling a burglar": what the subject is called in the passive is someone else's word for them.
        if (CalledInPassive(p, sentenceStart, quoteOpen)) return null;
        // "Fifteen minutes after Pence was picked, Clinton campaign chairman John Podesta called the Indiana governor “…”":
        // the one who calls it so speaks, whoever the sentence opens with.
        if (CharacterisingSubject(p, sentenceStart, quoteOpen) is { Speaker: not null } judged) return judged;
        var first = _names.FirstWithin(p, sentenceStart, quoteOpen);
        if (first.Person is not null && (_body.TokenRange(p, sentenceStart, first.Start).Count <= 4 || OpensMainClause(p, sentenceStart, quoteOpen, first))
            && !InSubordinateClause(p, sentenceStart, quoteOpen, first) && !ObjectOfNounSubject(p, sentenceStart, first))
        {
            // "Gary Johnson's doctor is calling the candidate “extremely fit”": the sentence opens with someone of theirs, who
            // speaks, as when a possessive stands before a title in front of a speech verb; "Nixon's appeal for “law and order”"
            // is still Nixon's.
            var (next, count) = _body.TokenRange(p, first.End, quoteOpen);
            var possessive = NameParts.EndsPossessive(_body.Paragraphs[p], first.End);
            // "Scott's family has called on police to release the videos “…”": their family, team or staff speaks, not they;
            // so does "the Trump campaign", a name before a noun of the body that speaks for them.
            var theirs = count > 0 && (possessive && (_body.Tokens[p][next].Is(WordTraits.TitleNoun | WordTraits.RoleWord) || Lexicon.IsNoun(_body.Tokens[p][next].Text, NounKinds.Kin))
                || ModifiesNoun(p, first, next));
            if (theirs) return null;
            // "Trump's row with the Khan family drew a reaction from Obama, who called the nominee “unfit to serve”": the
            // sentence is about the owner, but someone in it judges in their own words.
            return (possessive ? CharacterisingSubject(p, sentenceStart, quoteOpen) : null) ?? new QuoteAttribution(first.Person, null, AttributionRule.Subject);
        }
        return CharacterisingSubject(p, sentenceStart, quoteOpen) ?? OwnersWords(p, sentenceStart, quoteOpen) ?? OpeningPronoun(p, sentenceStart, quoteOpen);
    }

    /// <summary>
    /// "A document on the Trump campaign's website states …", "the Obama administration called it …", "One Clinton spokesman
    /// has called the situation “…”", "whom one Obama insider described as “…”": a determiner (or "one") before the name and a
    /// noun of a body that speaks for its owner (<see cref="NounKinds.Body"/>) or a word for a person right after it, or an
    /// article and any noun ("the Clinton operation"); the name says whose body, side or thing it is, and what the noun
    /// describes is what the clause is about.
    /// </summary>
    private bool ModifiesNoun(int p, PersonMention mention, int next)
    {
        var all = _body.Tokens[p];
        var first = _body.FirstTokenAt(p, mention.Start);
        return first > 0 && next < all.Count && Gap.IsSpaces(_body.Paragraphs[p], mention.End, all[next].Start) && DescribesNoun(all, first - 1, next);
    }

    /// <summary>
    /// Whether token <paramref name="determiner"/> is a determiner or "one" and token <paramref name="noun"/> a lower-case
    /// noun of a body or a word for a person, or after an article any noun: the name between them qualifies that noun ("a
    /// Trump supporter", "the Clinton operation disparaged …", "The Archie Bunker stereotype").
    /// </summary>
    private static bool DescribesNoun(List<Token> all, int determiner, int noun)
    {
        var word = all[noun];
        if (!(all[determiner].Is(WordTraits.Determiner) || all[determiner].Text is "one" or "One") || !word.Is(WordTraits.LowerCase) || word.Possessive) return false;
        if (Lexicon.IsNoun(word.Text, NounKinds.Body) || NameParts.IsPersonNoun(word) || NameParts.EndsWithTitle(word.Text)) return true;
        // Not "that" or "this", which may open a clause ("ruled that Trump's statement", "That Clinton also misjudged").
        return all[determiner].Text is "the" or "The" or "a" or "A" or "an" or "An" && word.Word.SpeechLemma is null && !Words.IsAuxiliary(word.Text)
            && !word.Text.EndsWith("ly", StringComparison.Ordinal) && !s_subordinators.Contains(word.Text) && !s_governing.Contains(word.Text)
            && word.Text is not ("and" or "or" or "but" or "who" or "which" or "that" or "of" or "as");
    }

    /// <summary>
    /// "The board saw Fiorina as the driver to speed the “grandfather of Silicon Valley”", "A staffer emailed Mills the list
    /// under subject line “…”": a sentence that opens with a determiner and lower-case words up to a verb has that noun phrase
    /// for its subject, and the name after the verb is its object. Not after a title ("The former president Barack Obama"),
    /// a preposition or a subordinator ("A day after Clinton called it …"), whose name opens a phrase of its own.
    /// </summary>
    private bool ObjectOfNounSubject(int p, int sentenceStart, PersonMention first)
    {
        var all = _body.Tokens[p];
        var (offset, count) = _body.TokenRange(p, sentenceStart, first.Start);
        var end = offset + count;
        var opening = PastConjunctions(offset, end, all);
        if (end - opening < 3 || !all[opening].Is(WordTraits.Determiner) || all[opening].Possessive) return false;
        var text = _body.Paragraphs[p];
        for (var k = opening + 1; k < end; k++)
        {
            if (!all[k].Is(WordTraits.LowerCase) || !Gap.IsSpaces(text, all[k - 1].End, all[k].Start)) return false;
        }
        var before = all[end - 1];
        return !before.Is(WordTraits.TitleNoun | WordTraits.RoleWord) && !s_phraseOpeners.Contains(before.Text) && !s_subordinators.Contains(before.Text)
            && !s_governing.Contains(before.Text) && Gap.IsSpaces(text, before.End, first.Start);
    }

    /// <summary>
    /// "When Arthur Waite died in 1942, the paper called him the author of “many books”": a name inside the clause a
    /// subordinator opens, closed by its comma, is not the subject of the main clause after it, unless that clause opens with
    /// the person again or a pronoun that can stand for them ("When Waite spoke, he called it “a folly”").
    /// </summary>
    private bool InSubordinateClause(int p, int sentenceStart, int quoteOpen, PersonMention first)
    {
        var all = _body.Tokens[p];
        var clause = MainClauseStart(p, sentenceStart, quoteOpen, subordinatorOnly: true, out _);
        if (clause < 0)
        {
            // "During Mr. Clinton's 1992 campaign, Betsey Wright, a close aide, coined the term “…”": a phrase a preposition
            // of time or place opens leaves its name out of the main clause only when another person opens that clause ("In
            // Trump's view, America is “…”" is still his; "To Sharp, Trump is the “…” man" is her view).
            clause = MainClauseStart(p, sentenceStart, quoteOpen, subordinatorOnly: false, out var end);
            if (clause < 0 || all[clause].Start <= first.Start) return false;
            var opening = PastConjunctions(_body.FirstTokenAt(p, sentenceStart), end, all);
            return s_openingPrepositions.Contains(Words.ToLowerInvariant(all[opening].Text))
                && _names.MentionAt(p, all[AfterHonorifics(p, clause, end, all)].Start) is { } subject && subject != first.Person;
        }
        if (all[clause].Start <= first.Start) return false;
        if (Pronouns.GenderOf(all[clause]) is { } gender) return !Pronouns.Compatible(gender, first.Person.Gender);
        // A subject opens the main clause: a name or a determiner ("the paper", "his obituary"); "while Trump's statements,
        // including his promise to be “neutral”, …" has not closed its clause at that comma.
        if (!all[clause].IsCapitalised && !all[clause].Is(WordTraits.Determiner)) return false;
        return _names.MentionAt(p, all[clause].Start) != first.Person;
    }

    /// <summary>
    /// The first token of the sentence's main clause when the sentence opens with a phrase that a comma closes before the
    /// quote: a clause a subordinator opens ("When Waite died in 1942, …"), or unless <paramref name="subordinatorOnly"/>,
    /// also a phrase a preposition or a participle opens ("At the debate on Wednesday night, …"). -1 otherwise;
    /// <paramref name="end"/> is the token the quote opens at.
    /// </summary>
    private int MainClauseStart(int p, int sentenceStart, int quoteOpen, bool subordinatorOnly, out int end)
    {
        var all = _body.Tokens[p];
        var (offset, count) = _body.TokenRange(p, sentenceStart, quoteOpen);
        end = offset + count;
        var opening = PastConjunctions(offset, end, all);
        if (opening >= end) return -1;
        var word = Words.ToLowerInvariant(all[opening].Text);
        var opens = s_subordinators.Contains(word)
            || !subordinatorOnly && (s_phraseOpeners.Contains(word) || word.EndsWith("ing", StringComparison.Ordinal) && _names.MentionAt(p, all[opening].Start) is null);
        if (!opens) return -1;
        var clause = ClauseStart(p, opening, end, all, reach: 12);
        return clause <= opening || clause >= end ? -1 : clause;
    }

    /// <summary>
    /// "At the Democratic debate on Wednesday night, Clinton blamed the “fog of war”", "Reading from a prepared text, Ben
    /// Carson repeatedly pronounced … “Hamas”": a name that opens the sentence's main clause, after an opening phrase (one a
    /// preposition, a subordinator or a participle opens) and its comma, is its subject however long the phrase. Only with a
    /// verb right after it, and no relative clause before the quote ("Despite polls showing her well behind, Clinton
    /// campaigned in the state that made her husband the “comeback kid”").
    /// </summary>
    private bool OpensMainClause(int p, int sentenceStart, int quoteOpen, PersonMention first)
    {
        var all = _body.Tokens[p];
        var clause = MainClauseStart(p, sentenceStart, quoteOpen, subordinatorOnly: false, out var end);
        if (clause < 0) return false;
        var name = AfterHonorifics(p, clause, end, all);
        if (all[name].Start != first.Start) return false;
        var after = NameEnd(p, all, name, end) + 1;
        if (after >= end || !all[after].Is(WordTraits.LowerCase) || s_phraseOpeners.Contains(all[after].Text)
            || !Gap.IsSpaces(_body.Paragraphs[p], all[after - 1].End, all[after].Start) || RelativeIn(all, after, end)) return false;
        // "that" after a word that is no speech verb opens a relative clause ("the state that made …"); after one ("worried
        // that the safety net was becoming “…”") it opens what was said.
        for (var k = after + 1; k < end; k++)
        {
            if (all[k].Text == "that" && _body.VerbAt(p, k - 1) is null) return false;
        }
        return true;
    }

    /// <summary>
    /// "He pledged to be “the greatest jobs president that God ever created”", "She also referenced the “Charleston
    /// loophole”": a sentence that opens with "he" or "she" and a verb of saying or promising is the words of whom the
    /// pronoun stands for. Not any verb: "He won just 19 percent among “somewhat conservative” voters", "She signed an
    /// agreement barring her from publishing a “diary”" quote no one.
    /// </summary>
    private QuoteAttribution? OpeningPronoun(int p, int sentenceStart, int quoteOpen)
    {
        var all = _body.Tokens[p];
        var (offset, count) = _body.TokenRange(p, sentenceStart, quoteOpen);
        var first = PastConjunctions(offset, offset + count, all);
        if (first + 1 >= offset + count || Pronouns.GenderOf(all[first]) is not { } gender) return null;
        var verb = Words.PastAdverbs(all, first + 1, offset + count);
        if (all[verb].Word.SpeechLemma is null && !s_pledging.Contains(all[verb].Text) && !OwnWordsClose(p, first, offset + count, quoteOpen)) return null;
        // "He cited criticism of NBC's Matt Lauer, who took heat … during a “Commander-In-Chief” forum": a relative clause
        // before the quote is about someone else.
        return RelativeIn(all, verb + 1, offset + count) ? null : new PronounAttribution(gender, all[verb].Text, p, all[first].Start);
    }

    /// <summary>
    /// "But he laid off 200 staffers and began talking about what will happen “if we do not win.”", "He also takes pride in
    /// the transformation he brings about: “It's satisfying …”": a quote of four words or more that ends the sentence a
    /// pronoun opens, through any verb, is that person's words, when nothing between names another source: a document
    /// ("a letter from his doctor that says"), the writer ("I had to change my answer:"). Shorter quotes are as often
    /// terms others use ("the charged term “radical Islam”"), and words after the quote name whose they are ("…,” the
    /// statement said).
    /// </summary>
    private bool OwnWordsClose(int p, int pronoun, int end, int quoteOpen)
    {
        var text = _body.Paragraphs[p];
        // The quote's own end, as the quote finder read it: a closing mark a nested quote holds is not it.
        var close = quoteOpen + 1;
        while (_inside.Contains(p, close)) close++;
        if (close >= text.Length || Words.Count(text, quoteOpen + 1, close, 4) < 4) return false;
        var sentence = _body.SentenceAt(p, quoteOpen);
        for (var i = close + 1; i < sentence.End; i++)
        {
            if (char.IsLetterOrDigit(text[i])) return false;
        }
        var all = _body.Tokens[p];
        for (var k = pronoun + 1; k < end; k++)
        {
            if (all[k].Text is "I" or "we" or "We") return false;
            if (s_documents.Contains(all[k].Text) && (all[k - 1].Is(WordTraits.Determiner) || all[k - 1].Possessive || k - 2 > pronoun && all[k - 2].Is(WordTraits.Determiner))) return false;
        }
        return true;
    }

    // What carries words that are not its subject's own: "a letter from his doctor", "a message … that read".
    private static readonly HashSet<string> s_documents = new(StringComparer.Ordinal)
    {
        "letter", "message", "statement", "description", "agreement", "post", "tweet", "note", "report", "email", "e-mail", "memo",
        "book", "video", "ad", "advertisement", "sign", "poster", "headline", "song", "lyrics", "album", "film", "show", "speech",
    };

    // Verbs of saying that report no speech on their own, as a subject's verb before a quote in its sentence.
    private static readonly HashSet<string> s_pledging = new(StringComparer.Ordinal)
    {
        "pledged", "pledges", "referenced", "references", "cited", "cites", "talked", "talks", "implied", "implies", "begged", "begs",
        "commanded", "commands", "expressed", "expresses", "blamed", "blames", "touted", "touts",
    };

    // Nouns for what someone said, which a possessive before them makes theirs: "Trump's claim that …".
    private static readonly HashSet<string> s_speechNouns = new(StringComparer.Ordinal)
    {
        "claim", "claims", "statement", "remark", "remarks", "comment", "comments", "assertion", "suggestion", "promise", "pledge",
        "warning", "argument", "insistence", "call", "vow", "boast", "charge", "accusation", "prediction",
    };

    /// <summary>
    /// "Politifact did a fact-check on Donald Trump's claim that there have been “thousands of shootings”": a quote in what
    /// a person's claim, promise or call says is theirs. Not a judgement of it ("Cruz's description was “false”").
    /// </summary>
    private QuoteAttribution? OwnersWords(int p, int sentenceStart, int quoteOpen)
    {
        var all = _body.Tokens[p];
        var (offset, count) = _body.TokenRange(p, sentenceStart, quoteOpen);
        for (var k = count - 1; k >= 1; k--)
        {
            var noun = offset + k;
            if (!s_speechNouns.Contains(all[noun].Text) || _inside.Contains(p, all[noun].Start)) continue;
            // "Mr. Obama's patronizing suggestion … that she was “likable enough”": up to two describing words may stand
            // between the possessive and the noun.
            var possessive = noun - 1;
            while (possessive > offset && noun - possessive <= 2 && all[possessive].Is(WordTraits.LowerCase) && !all[possessive].Is(WordTraits.Determiner)
                && _body.VerbAt(p, possessive) is null) possessive--;
            if (!all[possessive].Possessive) continue;
            // "Cruz's description was “false”": a verb right after the noun says what others make of it.
            if (noun + 1 < offset + count && (Words.IsAuxiliary(all[noun + 1].Text) || _body.VerbAt(p, noun + 1) is not null)) return null;
            var owner = _names.MentionAt(p, all[possessive].Start);
            return owner is null ? null : new QuoteAttribution(owner, all[noun].Text, AttributionRule.Subject);
        }
        return null;
    }

    /// <summary>Whether a preposition stands right before the name that ends at token <paramref name="last"/> ("of Trump").</summary>
    private bool GovernedName(int p, int last, int offset, List<Token> all, PersonEntry person)
    {
        var first = last;
        while (first > offset && _names.MentionAt(p, all[first - 1].Start) == person) first--;
        return first > offset && s_governing.Contains(all[first - 1].Text) && Gap.IsSpaces(_body.Paragraphs[p], all[first - 1].End, all[first].Start);
    }

    /// <summary>The person the clause from <paramref name="from"/> opens with after capitalised words and titles only ("Former prosecutor and New York City Mayor Rudy Giuliani").</summary>
    private PersonEntry? TitledOpening(int p, int from, int to, List<Token> all)
    {
        for (var k = from; k < to && k < from + 10; k++)
        {
            if (_names.MentionAt(p, all[k].Start) is { } person) return person;
            if (!(all[k].IsCapitalised || all[k].Is(WordTraits.TitleNoun | WordTraits.RoleWord) || all[k].Text == "and")) return null;
        }
        return null;
    }

    /// <summary>
    /// The token before an auxiliary and the adverbs after it that stand before <paramref name="verb"/> ("has also called",
    /// "had repeatedly described"), else the token right before the verb. Words in "-ly" before a verb with no auxiliary
    /// are as often nouns ("Scott's family called", "a Scott ally, called").
    /// </summary>
    private int PastAuxiliaries(int p, int verb, int offset, List<Token> all)
    {
        var text = _body.Paragraphs[p];
        var head = verb - 1;
        while (head > offset && verb - head <= 2 && all[head].Is(WordTraits.LowerCase) && Words.IsAdverbBeforeVerb(all[head].Text) && Gap.IsSpaces(text, all[head].End, all[head + 1].Start)) head--;
        return head > offset && all[head].Is(WordTraits.LowerCase) && Words.IsAuxiliary(all[head].Text) && Gap.IsSpaces(text, all[head].End, all[head + 1].Start) ? head - 1 : verb - 1;
    }

    /// <summary>
    /// <paramref name="head"/>, or the last token of the name before a phrase of time or occasion that ends there: "Liam Fox,
    /// on Saturday called", "Trump in his announcement speech called". The phrase opens with "on", "in", "at" or "during",
    /// runs up to five words with nothing but spaces between them, and a person's name ends right before it.
    /// </summary>
    private int PastOccasion(int p, int head, int offset, List<Token> all)
    {
        var text = _body.Paragraphs[p];
        if (!Gap.IsSpaces(text, all[head].End, all[head + 1].Start)) return head;
        for (var k = head; k > offset && head - k < 5; k--)
        {
            if (k < head && !Gap.IsSpaces(text, all[k].End, all[k + 1].Start) || all[k].Text is "and" or "or" or "but") return head;
            if (all[k].Text is not ("on" or "in" or "at" or "during")) continue;
            var name = k - 1;
            return _names.MentionAt(p, all[name].Start) is not null && (Gap.IsSpaces(text, all[name].End, all[k].Start) || Gap.IsCommaSpace(text, all[name].End, all[k].Start)) ? name : head;
        }
        return head;
    }

    /// <summary>Whether "call" at <paramref name="verb"/> is a noun: "a call", "an investor conference call" (not "the researchers call").</summary>
    private static bool IsNounCall(int offset, int verb, List<Token> all)
    {
        if (all[verb].Text != "call") return false;
        for (var k = verb - 1; k >= offset && verb - k <= 3; k--)
        {
            if (all[k].Is(WordTraits.Determiner)) return true;
            var word = all[k].Text;
            if (!all[k].Is(WordTraits.LowerCase) || word.EndsWith("s", StringComparison.Ordinal) || Words.IsAuxiliary(word) || word is "to" or "should" or "may" or "might" or "must" or "they" or "we" or "you") return false;
        }
        return false;
    }

    /// <summary>Whether a verb that characterises (<see cref="SpeechVerbs.IsCharacterising"/>) stands after token <paramref name="verb"/> and before <paramref name="end"/>.</summary>
    private bool CharacterisingAfter(int p, int verb, int end, List<Token> all)
    {
        for (var k = verb + 1; k < end; k++)
        {
            if (SpeechVerbs.IsCharacterising(all[k].Text) && !_inside.Contains(p, all[k].Start)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a lower-case plural noun stands right before the verb and opens its sentence or follows a determiner or a
    /// possessive ("His surrogates called", "Critics called", "some analysts described").
    /// </summary>
    private static bool PluralSubject(int offset, int verb, List<Token> all)
    {
        var noun = verb - 1;
        if (noun < offset) return false;
        var word = all[noun].Text;
        if (word.Length < 4 || word[word.Length - 1] != 's' || word.EndsWith("ss", StringComparison.Ordinal) || Words.IsAuxiliary(word)) return false;
        if (!(all[noun].Is(WordTraits.LowerCase) || noun == offset && all[noun].IsCapitalised && !all[noun].Is(WordTraits.CanBeName))) return false;
        return noun == offset || all[noun - 1].Is(WordTraits.Determiner) || all[noun - 1].Text is "some" or "many" or "several" or "other";
    }

    /// <summary>Whether the tokens [<paramref name="offset"/>, <paramref name="verb"/>) are capitalised words that name no person ("South Korea", "The White House").</summary>
    private bool UnnamedOpening(int p, int offset, int verb, List<Token> all)
    {
        if (verb == offset) return false;
        for (var k = offset; k < verb; k++)
        {
            if (!(all[k].IsCapitalised || k > offset && all[k].Text is "of" or "the") || _names.MentionAt(p, all[k].Start) is not null || Pronouns.GenderOf(all[k]) is not null) return false;
            if (k > offset && !Gap.IsSpaces(_body.Paragraphs[p], all[k - 1].End, all[k].Start)) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether a quote stands in the tokens after <paramref name="verb"/>, and after it, before <paramref name="end"/>, a
    /// clause of its own: more than two words, the first not "and", "or" or a participle ("called the merger “a terrible
    /// deal” and ranked Fiorina as one of the worst CEOs “…”" goes on with the verb's subject).
    /// </summary>
    private bool ClauseAfterQuote(int p, int verb, int end, List<Token> all)
    {
        for (var k = end - 1; k > verb; k--)
        {
            if (!_inside.Contains(p, all[k].Start)) continue;
            var after = k + 1;
            return end - after > 2 && all[after].Text is not ("and" or "or" or "but") && !IsParticiple(all[after]);
        }
        return false;
    }

    /// <summary>
    /// Later in a sentence: the person right before such a verb ("…, Clinton called half of his supporters “deplorables”"),
    /// or the one an apposition between commas stands after ("Minyon Moore, a senior adviser, called the remarks “…”"). A
    /// pronoun right before the verb ("He describes himself as “totally pro-Israel”") is resolved as a speech verb's is.
    /// </summary>
    private QuoteAttribution? CharacterisingSubject(int p, int sentenceStart, int quoteOpen)
    {
        var all = _body.Tokens[p];
        var text = _body.Paragraphs[p];
        var (offset, count) = _body.TokenRange(p, sentenceStart, quoteOpen);
        for (var k = count - 1; k >= 1; k--)
        {
            var verb = offset + k;
            if (!SpeechVerbs.IsCharacterising(all[verb].Text) || _inside.Contains(p, all[verb].Start)) continue;
            // "Trump's call with Zelenskiy": after a possessive the word is a noun, the owner's words only as a call for or to
            // something ("Donald Trump's call for “a total and complete shutdown”").
            if (all[verb - 1].Possessive && !(verb + 1 < all.Count && all[verb + 1].Text is "for" or "to")) continue;
            // "Cooperman blasted on an investor conference call as “…”": "call" after a determiner, or after singular nouns a
            // determiner opens, is a noun; the verb before it is the one that judges.
            if (IsNounCall(offset, verb, all)) continue;
            // "in a clip that Judge Michael W. Mosman called “distasteful,” Santilli expressed a desire to “…”": a verb with
            // a quote of its own, and a clause after that quote, does not judge this one; "called it “rushed” and “unfair”" does.
            if (ClauseAfterQuote(p, verb, offset + count, all)) return null;
            // "Trump launched an attack against Obama, calling him “…”": a participle after a comma has the subject the clause
            // opens with, if a name or a pronoun; "But it said it continued to oppose Mr Glazer's plans, calling …" and "the
            // company wrote a letter to Columbia's president, Lee C. Bollinger, calling …" have no one named.
            if (all[verb].Text.EndsWith("ing", StringComparison.Ordinal) && text.IndexOf(',', all[verb - 1].End, all[verb].Start - all[verb - 1].End) >= 0)
            {
                var from = PastConjunctions(offset, verb, all);
                var subject = OpeningSubject(p, from, verb, all, all[verb].Text, reach: 10);
                // "Former prosecutor and New York City Mayor Rudy Giuliani, who backs Trump, trashed Comey …, calling it": titles
                // may come before the name the clause opens with.
                if (subject is null && TitledOpening(p, from, verb, all) is { } titled) return new QuoteAttribution(titled, all[verb].Text, AttributionRule.Subject);
                return subject is { Speaker: { } clause } ? new QuoteAttribution(clause, all[verb].Text, AttributionRule.Subject) : subject;
            }
            // "South Korea accused the North's leader of “…”", "Japan branded North Korea an “…”": a sentence that opens with
            // a name that is no person's, right before the verb, has no one speak; the paragraph's other speakers are not its.
            if (UnnamedOpening(p, offset, verb, all)) return new QuoteAttribution(null, all[verb].Text, AttributionRule.None);
            // "His surrogates called him “a genius”", "Critics branded it “…”", "what they call Trump's “self-centered message”":
            // a plural noun for people, or "they" or "we", right before the verb is the subject, no one named.
            if (PluralSubject(offset, verb, all) || all[verb - 1].Text is "they" or "They" or "we" or "We") return new QuoteAttribution(null, all[verb].Text, AttributionRule.None);
            // The subject, or one adverb and the subject ("Gingrich cynically dismissed"), just before the verb, past an
            // auxiliary or an adverb ("Jón Gnarr, has also called") or a phrase of time or occasion after a name ("Liam Fox,
            // on Saturday called him", "Trump in his announcement speech called").
            var head = PastAuxiliaries(p, verb, offset, all);
            var slack = head == verb - 1 ? 1 : 0;
            if (slack == 1 && PastOccasion(p, head, offset, all) is var named && named != head) (head, slack) = (named, 0);
            for (var s = head; s >= offset && head - s <= slack; s--)
            {
                // "He says he respects Clinton and calls her “…”": a verb after "and" is not the name's before it.
                if (all[s].Text == "and") return OpeningSubject(p, offset, s, all, all[verb].Text);
                var person = _names.MentionAt(p, all[s].Start);
                // "Jan Brewer, an early supporter of Trump, calls the issue “…”": a name a preposition governs, closing an
                // apposition, is its object; the person named before the apposition is the subject.
                if (person is not null && !Gap.IsSpaces(text, all[s].End, all[s + 1].Start) && GovernedName(p, s, offset, all, person)) break;
                if (person is not null) return new QuoteAttribution(person, all[verb].Text, AttributionRule.Subject);
                if (Pronouns.GenderOf(all[s]) is { } gender) return new PronounAttribution(gender, all[verb].Text, p, all[s].Start);
                if (!Gap.IsSpaces(text, all[s].End, all[s + 1].Start)) break;
            }
            // An apposition closed by a comma just before the verb: the person named right before its opening comma.
            if (text.IndexOf(',', all[verb - 1].End, all[verb].Start - all[verb - 1].End) < 0) return null;
            var opening = _names.FirstWithin(p, sentenceStart, all[verb - 1].End);
            if (opening.Person is not null && opening.End < text.Length && text[opening.End] == ',')
                return new QuoteAttribution(opening.Person, all[verb].Text, AttributionRule.Subject);
            // "… started last week when Mrs. Clinton, in response to Mr. Trump's use of …, accused him of a “…”": or a clause
            // a subordinator opens, whose subject the aside follows.
            return AsideSubject(p, sentenceStart, verb, all) is { } asideSubject ? new QuoteAttribution(asideSubject, all[verb].Text, AttributionRule.Subject) : null;
        }
        return null;
    }

    private QuoteAttribution? AccordingTo(int p, Sentence sentence)
    {
        var text = _body.Paragraphs[p];
        var at = text.IndexOf("according to ", sentence.Start, sentence.End - sentence.Start, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var person = FirstMentionAfter(p, at + "according to ".Length, maxTokens: 4);
        return person is null ? null : new QuoteAttribution(person, "according to", AttributionRule.AccordingTo);
    }

    /// <summary>
    /// The subject that opens the words after a quote and before their verb: the first person named there
    /// ("Mayor Helen Carter", "Stoltenberg, who …,") or a pronoun; a title may stand before the name.
    /// </summary>
    private QuoteAttribution? SubjectBetween(int p, int from, int verb, List<Token> all, string cue)
    {
        QuoteAttribution? unnamed = null;
        for (var i = from; i < verb; i++)
        {
            var found = SubjectAt(p, i, all, cue);
            // "“…” Ford's family, Starner said": after an unnamed subject a name may still come, the one that speaks;
            // "“…” Scott's niece, state Del. Marcia Price, shouted": the person that word stands for, named in apposition.
            if (found is { Rule: AttributionRule.None })
            {
                unnamed ??= found;
                var word = NameEnd(p, all, i, verb) + 1;
                if (word + 1 < verb && IsPeopleWord(all[word]) && Gap.IsCommaSpace(_body.Paragraphs[p], all[word].End, all[word + 1].Start)) i = word;
                continue;
            }
            if (found is not null) return TitledPersonAfter(p, i, verb, all, cue) ?? (found.Speaker is not null && QualifiesTitle(p, i, verb, all) ? new QuoteAttribution(null, cue, AttributionRule.None) : found);
            // "“…” and Donald Trump says he's “…”": a name after "and" or "but" opens a clause of its own, whose verb is its.
            if (all[i].Text is "and" or "but" && i == from && i + 1 < verb && _names.MentionAt(p, all[i + 1].Start) is not null) break;
            // Lower-case words lead to the subject only as part of its title: "press secretary Josh Earnest", "panel Chairman …",
            // "his friend Mahamat Saleh Oumar".
            if (!all[i].IsCapitalised && all[i].Text is not ("the" or "a" or "an") && !LeadsToTitle(all, i, verb)
                && !(all[i].Text is "his" or "her" or "their" && i + 1 < verb && LeadsToTitle(all, i + 1, verb))) break;
        }
        // "“…,” a senior aide said": someone the article does not name; "“…,” the minister said": whoever holds that title here.
        if (all[from].Text is "a" or "an") return NameParts.UnnamedPerson(all, from, verb) is var noun && noun >= 0 ? new UnnamedAttribution(cue, NameParts.GenderOfNoun(all[noun].Text)) : unnamed;
        if (all[from].Text == "the") return ByRole(p, all, from + 1, cue);
        // "“…,” her husband said", "“…,” his childhood friend told": someone of the person the paragraph is about, whom the
        // article does not name; the quote is theirs, not a continuation of the last speaker's.
        return PossessedPerson(all, from, verb) is var owned && owned >= 0 ? new UnnamedAttribution(cue, NameParts.GenderOfNoun(all[owned].Text)) : unnamed;
    }

    /// <summary>
    /// Where "his", "her" or "their", up to two lower-case words and a word for a person ("husband", "spokesman", "childhood
    /// friend") fill the tokens [<paramref name="from"/>, <paramref name="verb"/>): the index of that word, else -1.
    /// </summary>
    private static int PossessedPerson(List<Token> all, int from, int verb)
    {
        if (all[from].Text is not ("his" or "her" or "their") || verb - from is < 2 or > 4) return -1;
        for (var k = from + 1; k < verb; k++)
        {
            if (!all[k].Is(WordTraits.LowerCase)) return -1;
        }
        var noun = all[verb - 1];
        return NameParts.IsPersonNoun(noun) || Lexicon.IsNoun(noun.Text, NounKinds.Kin | NounKinds.StandIn) && !Lexicon.IsNoun(noun.Text, NounKinds.Body) ? verb - 1 : -1;
    }

    /// <summary>
    /// Whether the clause from <paramref name="offset"/>, after an opening phrase and its comma, opens with a determiner or
    /// quantity and a lower-case noun before any name, and its verb: no description when the noun is a thing or a group
    /// ("several environmental groups granted Mr. Clarke …", "the company wrote to Lee C. Bollinger"); the words after the
    /// determiner when they describe a person ("chief aide" in "His chief aide doubled down"), and whether that
    /// determiner is "the"; null when the clause opens otherwise.
    /// </summary>
    private (string? Description, bool Definite)? NounOpening(int p, int offset, int to, List<Token> all)
    {
        var first = PastConjunctions(ClauseStart(p, offset, to, all, 10), to, all);
        if (first + 1 >= to || !(all[first].Is(WordTraits.Determiner) || all[first].Text is "several" or "many" or "some" or "two" or "three" or "Several" or "Many" or "Some" or "Two" or "Three")) return null;
        // A clause that reports another ("The club website reported that Beattie, …, insisting") hangs the participle on it.
        for (var k = first; k < to; k++)
        {
            if (all[k].Text == "that") return null;
        }
        for (var k = first + 1; k < to && k < first + 5; k++)
        {
            if (_names.MentionAt(p, all[k].Start) is not null || all[k].IsCapitalised || all[k].Possessive) return null;
            // The noun before the verb.
            if (all[k].Is(WordTraits.LowerCase) && _body.VerbAt(p, k) is null && k + 1 < to && all[k + 1].Is(WordTraits.LowerCase)
                && (all[k + 1].Text.EndsWith("ed", StringComparison.Ordinal) || Words.IsAuxiliary(all[k + 1].Text)))
            {
                if (!NameParts.IsPersonNoun(all[k]) && !NameParts.EndsWithTitle(all[k].Text)) return (null, false);
                return (string.Join(" ", all.Skip(first + 1).Take(k - first).Select(t => t.Text)), all[first].Text is "the" or "The");
            }
        }
        return null;
    }

    /// <summary>
    /// The token that opens the relative clause token <paramref name="k"/> stands in, when a comma and "who", "whom" or
    /// "which" open it and a comma closes it right before the verb at <paramref name="verb"/>; null otherwise.
    /// </summary>
    private int? RelativeClauseOpening(int p, int k, int verb, List<Token> all)
    {
        var text = _body.Paragraphs[p];
        if (verb == 0 || text.IndexOf(',', all[verb - 1].End, all[verb].Start - all[verb - 1].End) < 0) return null;
        for (var r = k - 1; r > 0 && r >= k - 8; r--)
        {
            if (text.IndexOf(',', all[r].End, all[r + 1].Start - all[r].End) >= 0) return null;
            if (all[r].Text is "who" or "whom" or "which") return Gap.IsCommaSpace(text, all[r - 1].End, all[r].Start) ? r : null;
        }
        return null;
    }

    /// <summary>Whether a description ends in a noun for one who speaks for another: "spokesman", "senior aide", "source".</summary>
    private static bool SpeaksForAnother(string description)
    {
        var space = description.LastIndexOf(' ');
        return Lexicon.IsNoun(space < 0 ? description : description.Substring(space + 1), NounKinds.StandIn);
    }


    /// <summary>
    /// Whether the sentence from <paramref name="offset"/>, after an opening phrase and its comma ("Meanwhile,", "In August,"),
    /// has "it" or "they" for its subject: an organisation or a group, not a person it names later.
    /// </summary>
    private bool ImpersonalSubject(int p, int offset, List<Token> all)
    {
        static bool Impersonal(Token token) => token.Text is "it" or "It" or "they" or "They";
        if (offset >= all.Count) return false;
        if (Impersonal(all[offset])) return true;
        var text = _body.Paragraphs[p];
        for (var k = offset; k < all.Count - 1 && k < offset + 5; k++)
        {
            if (_names.MentionAt(p, all[k].Start) is not null) return false;
            if (text.IndexOf(',', all[k].End, all[k + 1].Start - all[k].End) >= 0) return Impersonal(all[k + 1]);
        }
        return false;
    }

    /// <summary>
    /// The first person named in the tokens [<paramref name="from"/>, <paramref name="to"/>) who is not only the owner of a
    /// title ("Hillary Clinton's campaign manager Robby Mook said as much, arguing …" is Mook's clause).
    /// </summary>
    private PersonEntry? ClauseSubject(int p, int from, int to, List<Token> all)
    {
        for (var k = from; k < to; k++)
        {
            var person = _names.MentionAt(p, all[k].Start);
            if (person is null || _inside.Contains(p, all[k].Start)) continue;
            k = NameEnd(p, all, k, to);
            if (!all[k].Possessive || !TitleFollows(all, k + 1, to)) return person;
        }
        return null;
    }

    /// <summary>Whether lower-case words from <paramref name="from"/> include a title noun before the next capitalised word ("'s campaign manager Robby").</summary>
    private static bool TitleFollows(List<Token> all, int from, int to)
    {
        for (var k = from; k < to && all[k].Is(WordTraits.LowerCase); k++)
        {
            if (all[k].Is(WordTraits.TitleNoun)) return true;
        }
        return false;
    }

    /// <summary>
    /// "Clinton campaign spokesman Brian Fallon said", "Trump lawyer Marc Kasowitz said": a person named before a title is
    /// whose the title is; the subject is the person the title leads to, named right after it.
    /// </summary>
    private QuoteAttribution? TitledPersonAfter(int p, int i, int verb, List<Token> all, string cue)
    {
        var text = _body.Paragraphs[p];
        var owner = _names.MentionAt(p, all[i].Start);
        var titled = false;
        for (var k = NameEnd(p, all, i, verb) + 1; k < verb && Gap.IsSpaces(text, all[k - 1].End, all[k].Start); k++)
        {
            if (all[k].Is(WordTraits.LowerCase))
            {
                titled |= all[k].Is(WordTraits.TitleNoun);
                continue;
            }
            var person = _names.MentionAt(p, all[k].Start);
            return titled && person is not null && person != owner ? new QuoteAttribution(person, cue, AttributionRule.SpeechVerb) : null;
        }
        return null;
    }

    /// <summary>
    /// "“…” one Clinton aide said", "Sanders supporters are crying “fraud”", "the Obama administration said": a name right
    /// before a title noun or its plural, or a body it leads ("campaign", "office"), qualifies that noun: the holder of the
    /// title, or the body, is the subject, and no one named. One word may stand between that is itself a body or a role
    /// word ("Clinton campaign aide", "Trump senior adviser"); any other ("Obama passionately rebuked critics") makes the
    /// noun part of a clause the name is the subject of. A possessive name is read by <see cref="SubjectAt"/>; a name after
    /// the title ("Clinton spokesman Brian Fallon") speaks, and is found before this is asked.
    /// </summary>
    private bool QualifiesTitle(int p, int k, int verb, List<Token> all)
    {
        var end = NameEnd(p, all, k, verb);
        if (all[end].Possessive) return false;
        var text = _body.Paragraphs[p];
        if (k > 0 && end + 1 < verb && Gap.IsSpaces(text, all[end].End, all[end + 1].Start) && DescribesNoun(all, k - 1, end + 1)) return true;
        for (var t = end + 1; t < verb && t <= end + 2; t++)
        {
            if (!Gap.IsSpaces(text, all[t - 1].End, all[t].Start) || !all[t].Is(WordTraits.LowerCase)) return false;
            if (all[t].Is(WordTraits.TitleNoun) || IsPluralTitle(all[t]) || Lexicon.IsNoun(all[t].Text, NounKinds.Body)) return true;
            if (!all[t].Is(WordTraits.RoleWord)) return false;
        }
        return false;
    }

    /// <summary>
    /// The last token, before <paramref name="limit"/>, of the mention that token <paramref name="k"/> starts: the name goes on
    /// while the next token names the same person, and ends at a possessive.
    /// </summary>
    private int NameEnd(int p, List<Token> all, int k, int limit)
    {
        var person = _names.MentionAt(p, all[k].Start);
        while (k + 1 < limit && !all[k].Possessive && _names.MentionAt(p, all[k + 1].Start) == person) k++;
        return k;
    }

    /// <summary>
    /// A lower-case word of a title before a name: a title noun itself, followed by one or by a capitalised word, or the "of"
    /// after a title noun. Not a word that opens a phrase of its own: "“…” with Florida Sen. Marco Rubio, in a finish that he
    /// said …" names the one the quote is compared with, not who said it.
    /// </summary>
    private static bool LeadsToTitle(List<Token> all, int i, int verb) =>
        all[i].Is(WordTraits.TitleNoun | WordTraits.RoleWord)
        || i + 1 < verb && (all[i + 1].IsCapitalised || all[i + 1].Is(WordTraits.TitleNoun)) && (!s_objectOpeners.Contains(all[i].Text) || AfterTitle(all, i))
        // "study lead author Lucas Paganini": two words that qualify the title.
        || i + 2 < verb && all[i + 1].Is(WordTraits.LowerCase) && all[i + 2].Is(WordTraits.TitleNoun) && !s_objectOpeners.Contains(all[i].Text) && !s_objectOpeners.Contains(all[i + 1].Text)
        // "director of rugby Nigel Melville", "head of communications Jo Baker": the field a title is of, in up to three words
        // ("director of telecoms research Tony Lavender").
        || all[i].Text == "of" && AfterTitle(all, i)
        || InFieldOfTitle(all, i);

    /// <summary>Whether token <paramref name="i"/> is a lower-case word of the field after a title and "of", at most the third.</summary>
    private static bool InFieldOfTitle(List<Token> all, int i)
    {
        for (var k = i - 1; k >= 1 && k >= i - 3; k--)
        {
            if (all[k].Text == "of") return AfterTitle(all, k);
            if (!all[k].Is(WordTraits.LowerCase) || s_objectOpeners.Contains(all[k].Text)) return false;
        }
        return false;
    }

    /// <summary>"the play's organiser in Uganda, Sarah Mukasa": a word right after a title noun goes on with the title.</summary>
    private static bool AfterTitle(List<Token> all, int i) => i > 0 && all[i - 1].Is(WordTraits.TitleNoun);

    /// <summary>
    /// Whether the words at <paramref name="first"/> open with a named person and then a comma: "McFaul, a senior fellow …",
    /// also after a title of a few words ("study lead author Lucas Paganini, a planetary scientist at …").
    /// </summary>
    private bool StartsWithApposition(int p, int first, List<Token> all)
    {
        var text = _body.Paragraphs[p];
        for (var j = first; j < all.Count && j <= first + MaxTitleWords; j++)
        {
            if (j > first && (!Gap.IsOneSpace(text, all[j - 1], all[j]) || all[j - 1].Possessive || _body.VerbAt(p, j - 1) is not null)) return false;
            if (_names.MentionAt(p, all[j].Start) is null) continue;
            var k = NameEnd(p, all, j, all.Count);
            return all[k].End < text.Length && text[all[k].End] == ',';
        }
        return false;
    }

    // The most words of a title before a name that a long apposition may follow: "study lead author" in "…,” study lead
    // author Lucas Paganini, a planetary scientist at …, said".
    private const int MaxTitleWords = 4;

    /// <summary>The subject at token <paramref name="i"/>: a named person, or a pronoun to resolve later.</summary>
    private QuoteAttribution? SubjectAt(int p, int i, List<Token> all, string cue)
    {
        var token = all[i];
        // "Obama's adviser said": a possessive before a title names whose the subject is, not the subject ("Cornyn's statement
        // said" is still Cornyn's). Before a word for people ("Scott's relatives … said") the subject is no one named.
        if (token.Possessive && TitleAt(all, i + 1)) return null;
        if (token.Possessive && SpeaksForOwnerAfter(p, i, all)) return new QuoteAttribution(null, cue, AttributionRule.None);
        if (_inside.Contains(p, token.Start)) return null;
        var person = _names.MentionAt(p, token.Start);
        // The same for a name of several words, whose last one carries the possessive ("says Inzozi Nziza's manager, …").
        var last = person is null ? i : NameEnd(p, all, i, all.Count);
        if (last > i && all[last].Possessive && TitleAt(all, last + 1)) return null;
        if (last > i && all[last].Possessive && SpeaksForOwnerAfter(p, last, all)) return new QuoteAttribution(null, cue, AttributionRule.None);
        if (person is not null) return new QuoteAttribution(person, cue, AttributionRule.SpeechVerb);
        if (Pronouns.GenderOf(token) is { } gender) return new PronounAttribution(gender, cue, p, token.Start);
        return null;
    }

    /// <summary>Whether a title starts at token <paramref name="i"/>: "spokesman", "campaign manager".</summary>
    private static bool TitleAt(List<Token> all, int i) =>
        i < all.Count && (all[i].Is(WordTraits.TitleNoun | WordTraits.RoleWord) || all[i].Is(WordTraits.LowerCase) && i + 1 < all.Count && all[i + 1].Is(WordTraits.TitleNoun));

    /// <summary>
    /// After a possessive name, a word for who speaks in the owner's stead: people around them ("Scott's relatives said")
    /// or a body they lead ("Mrs. Clinton's campaign said", "Ryan's office said"), which gold/GUIDELINES.md gives no one.
    /// </summary>
    private static bool SpeaksForOwner(Token token) => IsPeopleWord(token) || token.Is(WordTraits.LowerCase) && Lexicon.IsNoun(token.Text, NounKinds.Body);

    /// <summary>
    /// Whether such a word follows the possessive at token <paramref name="owner"/>, right after it or after up to two
    /// describing words ("Ford's now-deceased father told", "Clinton's own campaign said").
    /// </summary>
    private bool SpeaksForOwnerAfter(int p, int owner, List<Token> all)
    {
        var text = _body.Paragraphs[p];
        for (var k = owner + 1; k < all.Count && k <= owner + 3; k++)
        {
            if (SpeaksForOwner(all[k])) return true;
            if (!all[k].Is(WordTraits.LowerCase) || all[k].Is(WordTraits.Determiner) || Words.IsAuxiliary(all[k].Text) || _body.VerbAt(p, k) is not null
                || k + 1 >= all.Count || !Gap.IsSpaces(text, all[k].End, all[k + 1].Start)) return false;
        }
        return false;
    }

    /// <summary>"wife", "aides", "supporters", "lawyers", "activists": a lower-case word for family, entourage or a group of people.</summary>
    private static bool IsPeopleWord(Token token) =>
        token.Is(WordTraits.LowerCase) && (Lexicon.IsNoun(token.Text, NounKinds.Kin) || token.Text.EndsWith("ers", StringComparison.Ordinal) || token.Text.EndsWith("ists", StringComparison.Ordinal));

    /// <summary>The subject after a verb that comes first ("said Stoltenberg", "said the minister").</summary>
    private QuoteAttribution? SubjectAfterVerb(int p, int i, List<Token> all, string cue)
    {
        // "says Mr Dean", "said European Council President Donald Tusk", "said the Rev. Peter Wherry", "said MSNBC host Chris
        // Matthews", "said 9/11 widow Terry Strada": the words after the verb describe the subject up to its name, unless
        // punctuation or a word that opens a phrase of its own ("said in a statement", "said on Twitter") comes first.
        var text = _body.Paragraphs[p];
        for (var k = i; k < all.Count && k < i + 6; k++)
        {
            if (k > i && !Gap.IsSpaces(text, all[k - 1].End, all[k].Start) && !(IsNumber(all[k - 1]) && IsNumber(all[k]))) break;
            var found = SubjectAt(p, k, all, cue);
            if (found is { Speaker: not null } && ModifiesNoun(p, i, k, all))
            {
                k = NameEnd(p, all, k, all.Count);
                continue;
            }
            if (found is { Rule: not AttributionRule.None }) return found;
            // "said former secretary of state Hillary Clinton": "of" inside a title goes on to the name.
            if (all[k].Is(WordTraits.LowerCase) && s_phraseOpeners.Contains(all[k].Text) && !(all[k].Text == "of" && all[k - 1].Is(WordTraits.TitleNoun))) break;
        }
        if (i >= all.Count) return null;
        if (NamedAfterTitle(p, i, all, cue) is { } named) return named;
        // After "a" or "an" the title is someone the article does not name ("said a longtime adviser to both Clintons, who …
        // requested anonymity"): the caller finds that unnamed person (UnnamedPerson).
        if (all[i].Text == "the" && i + 1 < all.Count) return ByRole(p, all, i + 1, cue);
        return null;
    }

    /// <summary>
    /// "said the festival's executive director, Craig Prater", "said Rubio's deputy campaign manager, Rich Beeson": a title
    /// (or a word for someone of another's: "his best friend") right after the verb, a comma, and the person it belongs to
    /// named right after the comma.
    /// </summary>
    private QuoteAttribution? NamedAfterTitle(int p, int i, List<Token> all, string cue)
    {
        var text = _body.Paragraphs[p];
        var titled = false;
        for (var k = i; k < all.Count && k < i + 8; k++)
        {
            if (k > i && !Gap.IsSpaces(text, all[k - 1].End, all[k].Start))
            {
                if (!titled || !Gap.IsCommaSpace(text, all[k - 1].End, all[k].Start) || _inside.Contains(p, all[k].Start)) return null;
                return _names.MentionAt(p, all[k].Start) is { } person ? new QuoteAttribution(person, cue, AttributionRule.SpeechVerb) : null;
            }
            if (_body.VerbAt(p, k) is not null || _names.MentionAt(p, all[k].Start) is not null && !all[k].Possessive && !TitleAt(all, NameEnd(p, all, k, all.Count) + 1)) return null;
            // "said his best friend at Lehigh, Bruce Turry": someone of another's is named after the comma as a title's holder is.
            titled |= all[k].Is(WordTraits.TitleNoun) || all[k].Is(WordTraits.LowerCase) && Lexicon.IsNoun(all[k].Text, NounKinds.Kin);
        }
        return null;
    }

    /// <summary>
    /// "said Trump spokeswoman Hope Hicks", "said Ayotte campaign manager Jon Kohan", "said a 2008 Clinton veteran": a name
    /// right before the title or noun it qualifies is whose the speaker is, not the speaker. A surname alone qualifies a
    /// noun after an article ("a Clinton veteran"); any name qualifies a title.
    /// </summary>
    private bool ModifiesNoun(int p, int phrase, int k, List<Token> all)
    {
        var end = NameEnd(p, all, k, all.Count);
        if (end + 1 >= all.Count || all[end].Possessive || !Gap.IsSpaces(_body.Paragraphs[p], all[end].End, all[end + 1].Start)) return false;
        var next = all[end + 1];
        if (!next.Is(WordTraits.LowerCase) || s_phraseOpeners.Contains(next.Text)) return false;
        if (TitleAt(all, end + 1)) return true;
        return end == k && all[phrase].Text is "a" or "an" or "the";
    }

    // Words that open a phrase of their own after a verb, so what follows them is not the verb's subject.
    private static readonly HashSet<string> s_phraseOpeners = new(StringComparer.Ordinal)
    {
        "that", "which", "who", "in", "on", "at", "of", "to", "for", "with", "by", "as", "from", "about", "when", "after",
        "before", "while", "and", "but", "or", "because", "if", "during", "through", "than", "so", "then", "later", "earlier",
    };

    // Words after which a name is the object of a preposition or opens a clause of its own, never the subject a quote's verb
    // has ("…” with Marco Rubio", "…” that Sanders can …"). Not "as" ("…,” as Cruz said") nor "and" ("… and president Craig Menear said").
    private static readonly HashSet<string> s_objectOpeners = new(StringComparer.Ordinal)
    {
        "that", "which", "who", "in", "on", "at", "to", "for", "with", "by", "from", "about", "against", "than", "during", "through",
    };

    private static bool IsNumber(Token token) => char.IsDigit(token.Text[0]);

    /// <summary>
    /// "A cashier who “steals a handful of $20s” is held accountable, Warren said.": the quote stands in a clause that the
    /// sentence attributes after a comma, so the person named between that comma and the verb speaks it.
    /// </summary>
    private QuoteAttribution? ClauseAttribution(int p, int from, int verb, List<Token> all, string cue, bool closesSentence)
    {
        var text = _body.Paragraphs[p];
        var start = RunStart(text, all, from, verb);
        if (start == verb || start == from || text.IndexOf(',', all[start - 1].End, all[start].Start - all[start - 1].End) < 0) return null;
        // A pronoun there may stand for anyone the clause names, the quote's own words included, so it is taken only with
        // the verb that closes the sentence ("Fundraising was “stagnant for about a month” as donors waited, he said."),
        // where its resolution passes over the names inside the sentence to the one before.
        var subject = SubjectBetween(p, start, verb, all, cue);
        if (subject is not PronounAttribution pronoun) return subject;
        return closesSentence && start + 1 == verb ? new PronounAttribution(pronoun.Gender, cue, p, pronoun.Offset) { ClosesSentence = true } : null;
    }

    /// <summary>
    /// "The plans would help achieve a “substantial reduction” in immigration, he said, although he could not predict a
    /// figure.": a verb that a comma and a clause of its own follow (a subordinator, "but" or a participle) closes the
    /// clause the quote stands in, as one that ends the sentence does.
    /// </summary>
    private bool ClosesClause(int p, int verb, int end, List<Token> all)
    {
        if (verb + 1 >= end || !Gap.IsCommaSpace(_body.Paragraphs[p], all[verb].End, all[verb + 1].Start)) return false;
        var next = all[verb + 1].Text;
        return s_subordinators.Contains(next) && next is not ("like" or "unlike") || next is "but" || next.EndsWith("ing", StringComparison.Ordinal) && all[verb + 1].Is(WordTraits.LowerCase);
    }

    /// <summary>
    /// "Flynn, a top Trump surrogate, said: “…”": a verb that closes an apposition set off by commas or dashes has for its
    /// subject the person named where the apposition opens, not a name inside it.
    /// </summary>
    private PersonEntry? AppositionHead(int p, int offset, int verb, List<Token> all)
    {
        var text = _body.Paragraphs[p];
        // "Mr. Trump, asked about …, had said": an auxiliary may stand between the apposition and the verb.
        while (verb - 1 > offset && Words.IsAuxiliary(all[verb - 1].Text) && Gap.IsSpaces(text, all[verb - 1].End, all[verb].Start)) verb--;
        if (verb - 2 < offset || !Gap.SetsOff(text, all[verb - 1].End, all[verb].Start)) return null;
        // "Lamborghini's chief executive, Stefan Weber, admitted": words that are all one name before the verb are its subject.
        var segment = RunStart(text, all, offset, verb - 1);
        var named = _names.MentionAt(p, all[verb - 1].Start);
        if (named is not null && _names.MentionAt(p, all[segment].Start) == named) return null;
        for (var s = verb - 2; s >= offset && verb - s <= MaxAppositionDistance; s--)
        {
            // "Sen. Richard J. Durbin (D-Ill.), noting the size of Sanders's following, said": the party and state in brackets
            // belong to the name before them.
            var head = s > offset && Bracketed(text, all[s - 1], all[s], all[s + 1].Start) ? s - 1 : s;
            if (all[head].Possessive || head == s && !Gap.SetsOff(text, all[s].End, all[s + 1].Start)) continue;
            var person = _names.MentionAt(p, all[head].Start);
            if (person is not null) return person;
        }
        return null;
    }

    /// <summary>
    /// "The paradox of Nancy, says Carl Anthony, historian at the National First Ladies Library, is that she was “…”",
    /// "Humans, said TV naturalist Sir David Attenborough in 2013, are a “…”": a speech verb after a comma with a named
    /// subject after it, which a comma or a phrase of its own closes, is an aside that attributes the sentence; a name
    /// set off before it is what the sentence is about.
    /// </summary>
    private QuoteAttribution? Aside(int p, int offset, int verb, List<Token> all)
    {
        var text = _body.Paragraphs[p];
        // Not "told" or "asked", whose object is the listener ("…, told the Orlando Sentinel that …").
        if (verb <= offset || !Gap.IsCommaSpace(text, all[verb - 1].End, all[verb].Start) || !SpeechVerbs.InvertsSubject(all[verb].Text)) return null;
        if (SubjectAfterVerb(p, verb + 1, all, all[verb].Text) is not { Speaker: { } speaker } found) return null;
        for (var k = verb + 1; k < all.Count && k <= verb + 7; k++)
        {
            if (_names.MentionAt(p, all[k].Start) != speaker) continue;
            var end = NameEnd(p, all, k, all.Count);
            if (end + 1 >= all.Count) return null;
            return text.IndexOf(',', all[end].End, all[end + 1].Start - all[end].End) >= 0
                || all[end + 1].Text is "in" or "on" or "at" or "of" ? found : null;
        }
        return null;
    }

    /// <summary>
    /// "Priebus, who has been in daily contact with the Trump campaign for months, arrived at a breakfast … and acknowledged
    /// that …", "Mr. Trump, who said last week that a judge in a case involving Trump University was biased, issued a
    /// statement saying …": a sentence that opens with a name and an apposition set off by commas has that name for the
    /// subject of the verbs after it, when no other name, pronoun or clause of its own comes between the apposition and the verb.
    /// </summary>
    private PersonEntry? OpenedWithApposition(int p, int offset, int verb, List<Token> all)
    {
        var text = _body.Paragraphs[p];
        var first = AfterHonorifics(p, offset, verb, all);
        if (first >= verb || verb - first > MaxAppositionDistance || !StartsWithApposition(p, first, all)) return null;
        var person = _names.MentionAt(p, all[first].Start);
        var nameEnd = NameEnd(p, all, first, verb);
        var close = -1;
        for (var k = verb - 1; k > nameEnd + 1; k--)
        {
            if (text.IndexOf(',', all[k - 1].End, all[k].Start - all[k - 1].End) < 0) continue;
            close = k;
            break;
        }
        if (close < 0) return null;
        for (var k = close; k < verb; k++)
        {
            if (_names.MentionAt(p, all[k].Start) is not null || Pronouns.GenderOf(all[k]) is not null || all[k].Text is "that" or "which" or "who"
                || s_subordinators.Contains(all[k].Text)) return null;
        }
        return person;
    }

    /// <summary>Whether <paramref name="token"/> stands alone in brackets right after <paramref name="before"/> ("Durbin (D-Ill.),"), set off after them.</summary>
    private static bool Bracketed(string text, Token before, Token token, int next)
    {
        if (token.Start < 2 || text[token.Start - 1] != '(' || before.End != token.Start - 2 || text[before.End] != ' ') return false;
        var i = token.End;
        if (i < next && text[i] == '.') i++;
        return i < next && text[i] == ')' && Gap.SetsOff(text, i + 1, next);
    }

    /// <summary>The first of the words joined to <paramref name="i"/> by single spaces, going back no further than <paramref name="from"/>.</summary>
    private static int RunStart(string text, List<Token> all, int from, int i)
    {
        while (i > from && Gap.IsSpaces(text, all[i - 1].End, all[i].Start)) i--;
        return i;
    }

    /// <summary>
    /// The title when "the", up to two describing words and it stand right before the verb ("the California congressman
    /// said"), or the title and its field ("the secretary of state said").
    /// </summary>
    private static string? DescribedBefore(int offset, int verb, List<Token> all)
    {
        var head = TitleHead(offset, verb, all);
        if (head <= offset || !all[head].Is(WordTraits.TitleNoun) || !all[head].Is(WordTraits.LowerCase)) return null;
        for (var k = head - 1; k >= offset && k >= head - 3; k--)
        {
            if (all[k].Text is "the" or "The") return all[head].Text;
            if (all[k].Possessive) return null;
        }
        return null;
    }

    /// <summary>
    /// "The president also said that …", "the New Jersey governor told reporters": a subject of "the" and a title right before
    /// the verb is the holder of that title (<see cref="NameFinder.HolderOf"/>: "the chancellor" is not the shadow
    /// chancellor). Stricter than after a quote (<see cref="ByRole"/>): here the sentence is often about someone else,
    /// whose title the article gives in full.
    /// </summary>
    private QuoteAttribution? RoleBefore(int offset, int verb, List<Token> all)
    {
        var head = TitleHead(offset, verb, all);
        if (head <= offset || !all[head].Is(WordTraits.TitleNoun)) return null;
        var last = head < verb - 1 && all[head + 1].Text == "of" ? head + 2 : head;
        for (var k = head - 1; k >= offset && k >= head - 3; k--)
        {
            if (all[k].Text is not ("the" or "The")) continue;
            var holder = _names.HolderOf(string.Join(" ", all.Skip(k + 1).Take(last - k).Select(t => t.Text)));
            return holder is null ? null : new QuoteAttribution(holder, all[verb].Text, AttributionRule.SpeechVerb);
        }
        return null;
    }

    /// <summary>The title noun before a verb, past adverbs and a field after "of" ("the secretary of state said").</summary>
    private static int TitleHead(int offset, int verb, List<Token> all)
    {
        var head = PastAdverbsBefore(verb, offset, all);
        if (head - 2 > offset && all[head - 1].Text == "of" && all[head - 2].Is(WordTraits.TitleNoun)) head -= 2;
        return head;
    }

    /// <summary>
    /// "said the minister": the person whose role ends in that word, if the article gave one; of several, the one named
    /// last before ("Sen. Marco Rubio …, the Florida senator said" and, after "Sen. Bernie Sanders …", "the Vermont senator").
    /// The lower-case words of a title before the noun are part of it: "the prime minister" is not the welfare minister.
    /// </summary>
    private QuoteAttribution? ByRole(int p, List<Token> all, int i, string cue)
    {
        for (var k = i; k < all.Count && k < i + 4; k++)
        {
            if (!all[k].Is(WordTraits.TitleNoun)) continue;
            var title = all[k].Text;
            for (var w = k - 1; w >= i && all[w].Is(WordTraits.LowerCase) && all[w].Is(WordTraits.RoleWord) && !NameFinder.IsLesserOffice(all[w].Text); w--)
                title = all[w].Text + " " + title;
            PersonEntry? person = null;
            var named = (Paragraph: -1, Offset: -1);
            foreach (var holder in _names.WithRole(title))
            {
                var last = LastNamedBefore(holder, p, all[i].Start);
                if (person is not null && (last.Paragraph < named.Paragraph || last.Paragraph == named.Paragraph && last.Offset <= named.Offset)) continue;
                (person, named) = (holder, last);
            }
            if (person is not null) return new QuoteAttribution(person, cue, AttributionRule.SpeechVerb);
        }
        return null;
    }

    /// <summary>Where <paramref name="person"/> was last named before the offset of paragraph <paramref name="p"/>: (paragraph, offset), or (-1, -1).</summary>
    private (int Paragraph, int Offset) LastNamedBefore(PersonEntry person, int p, int offset)
    {
        for (var q = p; q >= 0; q--)
        {
            var mentions = _names.MentionsIn(q);
            for (var k = mentions.Count - 1; k >= 0; k--)
            {
                if (mentions[k].Person == person && (q < p || mentions[k].Start < offset)) return (q, mentions[k].Start);
            }
        }
        return (-1, -1);
    }

    private PersonEntry? FirstMentionAfter(int p, int offset, int maxTokens)
    {
        var (first, count) = _body.TokenRange(p, offset, _body.Paragraphs[p].Length);
        if (count == 0) return null;
        var limit = _body.Tokens[p][first + Math.Min(maxTokens, count - 1)].End;
        return _names.FirstStartingIn(p, offset, limit + 1);
    }

    /// <summary>
    /// "Mayor Jennifer Roberts said Friday that she thinks the video should be released but said “…”": a pronoun in a
    /// sentence that opens with a person of its gender (after a title or two) and a speech verb of theirs stands for that
    /// person rather than for the last speaker, unless another person it could stand for is named between. Without the
    /// verb ("Clinton “caused havoc,” he said") the sentence may open with the one spoken of.
    /// </summary>
    private PersonEntry? SentenceAntecedent(PronounAttribution pronoun, QuoteSpan quote)
    {
        var p = pronoun.Paragraph;
        if (p != quote.Paragraph) return null;
        var sentence = _body.SentenceAt(p, pronoun.Offset);
        var first = _names.FirstWithin(p, sentence.Start, pronoun.Offset);
        if (first.Person is null || _inside.Contains(p, first.Start) || !Pronouns.Compatible(pronoun.Gender, first.Person.Gender)) return null;
        var text = _body.Paragraphs[p];
        if (NameParts.EndsPossessive(text, first.End)) return null; // "Trump's attorney … said"
        if (_body.TokenRange(p, sentence.Start, first.Start).Count > 4) return null;
        // "Hewitt asked Trump about statements he had made": another person it could stand for leaves the pronoun open.
        if (OtherNamed(p, first.End, pronoun.Offset, first.Person, pronoun.Gender)) return null;
        var (from, count) = _body.TokenRange(p, first.End, pronoun.Offset);
        for (var k = from; k < from + count; k++)
        {
            if (_body.VerbAt(p, k) is not null) return first.Person;
        }
        return null;
    }

    /// <summary>Whether the pronoun opens its sentence, or comes right after a quote that does ("“Isolated,” he replies.").</summary>
    private bool OpensOutsideQuotes(int p, Sentence sentence, PronounAttribution pronoun)
    {
        if (OpensWithPronoun(p, sentence, pronoun)) return true;
        var all = _body.Tokens[p];
        var first = _body.FirstTokenAt(p, sentence.Start);
        if (first >= all.Count || !_inside.Contains(p, all[first].Start)) return false;
        for (var k = first; k < all.Count && all[k].Start < pronoun.Offset; k++)
        {
            if (!_inside.Contains(p, all[k].Start)) return false;
        }
        return true;
    }

    /// <summary>Whether the pronoun is the first word of its sentence, past a conjunction.</summary>
    private bool OpensWithPronoun(int p, Sentence sentence, PronounAttribution pronoun)
    {
        var all = _body.Tokens[p];
        var first = PastConjunctions(_body.FirstTokenAt(p, sentence.Start), _body.FirstTokenAt(p, sentence.End), all);
        return first < all.Count && all[first].Start == pronoun.Offset;
    }

    /// <summary>
    /// "But that changed when one voter brought up immigration. She asked Sanders about …": a sentence that names no one,
    /// where a person the article does not name ("one voter", "a local pastor") does something in the past tense (a
    /// relative clause between them allowed: "One dealer, who asked not to be named, told Reuters"), speaks after a quote
    /// ("says a teenager") or is spoken to ("WIRED spoke to one mother"), has them for a pronoun that opens the next
    /// sentence or follows the quote that does.
    /// </summary>
    /// <param name="saysOnly">Only one a speech verb sets after it, as it ends a quote ("“…,” says a teenager").</param>
    private bool UnnamedActs(int p, Sentence sentence, bool saysOnly = false)
    {
        if (_names.FirstWithin(p, sentence.Start, sentence.End).Person is not null) return false;
        var text = _body.Paragraphs[p];
        var all = _body.Tokens[p];
        var (offset, count) = _body.TokenRange(p, sentence.Start, sentence.End);
        var end = offset + count;
        for (var k = offset; k < end; k++)
        {
            if (_inside.Contains(p, all[k].Start)) continue;
            var noun = NameParts.UnnamedPerson(all, k, end);
            if (noun < 0) continue;
            // "“…,” says a teenager standing with friends": the subject a speech verb sets after it.
            if (k > offset && SpeechVerbs.InvertsSubject(all[k - 1].Text) && Gap.IsOneSpace(text, all[k - 1], all[k])) return true;
            if (saysOnly) continue;
            // "WIRED spoke to one mother, who …": the one someone spoke or talked to.
            if (k > offset + 1 && all[k - 1].Text is "to" or "with" && all[k - 2].Text is "spoke" or "talked" or "speaking" or "talking") return true;
            // "One waiter, who doesn't work for PizzaExpress …, said": past a relative clause set off by commas.
            var next = noun + 1;
            if (next + 1 < end && all[next].Text == "who" && Gap.IsCommaSpace(text, all[noun].End, all[next].Start))
            {
                while (next + 1 < end && !Gap.IsCommaSpace(text, all[next].End, all[next + 1].Start)) next++;
                next++;
            }
            else if (next >= end || !Gap.IsOneSpace(text, all[noun], all[next])) continue;
            // "A spokesperson for PizzaExpress said": past whom or where they speak for, up to the verb.
            else if (all[next].Text is "for" or "at" or "from")
            {
                for (var verbAt = next + 1; verbAt < end && verbAt <= next + 6 && !Gap.Breaks(text, all[verbAt - 1].End, all[verbAt].Start); verbAt++)
                {
                    if (_body.VerbAt(p, verbAt) is not null) return true;
                }
                continue;
            }
            if (next >= end) continue;
            var verb = all[next].Text;
            if (verb.EndsWith("ed", StringComparison.Ordinal) && verb.Length > 4 || verb is "said" or "told" or "brought" or "took" or "came" or "went" or "wrote" or "spoke" or "stood" or "got" or "made" or "gave" or "held") return true;
        }
        return false;
    }

    /// <summary>
    /// "In his earlier tweetstorm, Trump also slammed other Republicans. “They don’t know how to win!” he tweeted.": a pronoun
    /// whose own sentence names no one before it stands for the person the sentence before opens with, or else the one it
    /// has speak (<see cref="SpeakingIn"/>), the subject rather than anyone it names after. At a paragraph's start
    /// the sentence before is the last of the paragraph before ("Rubio disagreed. ¶ “Leadership is about solving the
    /// problem,” he said").
    /// </summary>
    private PersonEntry? PreviousSentenceSubject(PronounAttribution pronoun, out bool unnamed)
    {
        unnamed = false;
        var p = pronoun.Paragraph;
        var sentence = _body.SentenceAt(p, pronoun.Offset);
        // Names in the quote are its words, not someone the pronoun's sentence names ("“Trump is the first candidate since
        // Reagan …,” she wrote"); so are those before a pronoun that closes the sentence ("Trump was “…” for them, he said").
        if (!pronoun.ClosesSentence && FirstOutsideQuotes(p, sentence.Start, pronoun.Offset).Person is not null) return null;
        // The sentence before: in the paragraph, or the last of the paragraph before.
        var q = p;
        if (sentence.Start < 2)
        {
            if (p == 0 || _body.Paragraphs[p - 1].Length < 2) return null;
            q = p - 1;
        }
        var previous = q == p ? _body.SentenceAt(p, sentence.Start - 2) : _body.SentenceAt(q, _body.Paragraphs[q].Length - 1);
        if (q == p && OpensOutsideQuotes(p, sentence, pronoun) && UnnamedActs(p, previous))
        {
            unnamed = true;
            return null;
        }
        // "The minister had been saying …, but that was not what was happening, the spokesman said. ¶ “…,” he added": a
        // sentence that a description of a person and a speech verb close has them speak, whatever it opens with: whoever
        // holds that title here, else, for one who speaks for another, someone the article does not name.
        if (ClosingDescription(q, previous) is { } closing)
        {
            if (_names.HolderOf(closing) is { } closer) return Pronouns.Compatible(pronoun.Gender, closer.Gender) ? closer : null;
            if (SpeaksForAnother(closing))
            {
                unnamed = true;
                return null;
            }
        }
        // "President Castro's chief aide said it was necessary …. “…,” he said": someone of a person's who speaks in the
        // sentence before is no one named, not their owner.
        if (OwnedSpeaker(q, previous))
        {
            unnamed = true;
            return null;
        }
        var description = DescribedOpening(q, previous);
        // "Asked on Fox News who leads the party, he said Ryan. “I would say Paul …,” he said": a sentence whose subject is
        // the same pronoun names whom its subject spoke of, not who speaks.
        var first = PronounSubject(q, previous, pronoun.Gender) || description is not null ? default : Antecedent(q, previous, pronoun.Gender);
        var crossed = false;
        // "Bernie Sanders … said he agrees. The Vermont senator declined to say whether …. But he told ABC …": a sentence whose
        // subject is a description of a person stands for the one who holds that title here, else passes the pronoun back
        // as the pronoun would; the names in it are not its subject ("The man who has worked with … Bob Dylan and Luciano
        // Pavarotti, said …").
        if (description is not null)
        {
            if (_names.HolderOf(description) is { } holder) return Pronouns.Compatible(pronoun.Gender, holder.Gender) ? holder : null;
            if (!Before(ref q, ref previous, ref crossed)) return null;
            first = PronounBeforeAnyName(q, previous, pronoun.Gender) ? default : Antecedent(q, previous, pronoun.Gender);
        }
        // "Johnson is more tactful. In his speech, he tells one joke about Trump. The nominee, he said, watched …": a sentence
        // whose subject is the same pronoun, before anyone it names, passes the pronoun on to the sentence before it.
        // A sentence that opens its paragraph so passes it on to the last sentence of the paragraph before ("Ted Cruz … is
        // calling for some of his rivals to drop out. ¶ Though he did not mention Marco Rubio …, he made it clear … ¶ He
        // asked them …").
        // Across a paragraph the one found must be of the pronoun's gender, not only not of the other.
        // So does one that names no one but holds the pronoun's possessive ("Williams' track beat …. It is his 15th award. He
        // told the audience"). A profile may open five sentences in a row with "she" after it names her once.
        for (var step = 0; first.Person is null && step < 6 && PassesPronoun(q, previous, pronoun.Gender); step++)
        {
            if (!Before(ref q, ref previous, ref crossed)) break;
            // "“I still have a Blackberry …,” says a teenager …. And how does that make him feel? “Isolated,” he replies.":
            // back to one the article does not name, who spoke.
            if (UnnamedActs(q, previous, saysOnly: true))
            {
                unnamed = true;
                return null;
            }
            // A sentence that itself opens with the pronoun passes it on again ("He said Mateen “has not done this …”" names
            // whom he spoke of).
            first = PassesPronoun(q, previous, pronoun.Gender) ? default : Antecedent(q, previous, pronoun.Gender);
        }
        if (crossed && first.Person is { } found && found.Gender != pronoun.Gender) return null;
        // The people the antecedent's sentence names after it are its objects: "Keane accused Vieira of starting the row.
        // “…,” he said" is Keane's. (Anyone named before the pronoun in its own sentence left it open above.)
        return first.Person;
    }

    /// <summary>
    /// Whether the first person the sentence names owns a title or a kin noun right after the possessive ("Castro's chief
    /// aide", "Trump's lawyer") that is the subject of a speech verb, with no name between.
    /// </summary>
    private bool OwnedSpeaker(int p, Sentence sentence)
    {
        var owner = _names.FirstWithin(p, sentence.Start, sentence.End);
        if (owner.Person is null || _inside.Contains(p, owner.Start) || !NameParts.EndsPossessive(_body.Paragraphs[p], owner.End) || !OwnsSomeone(p, owner.End)) return false;
        var all = _body.Tokens[p];
        var next = _body.FirstTokenAt(p, owner.End);
        for (var k = next; k < all.Count && k < next + 4 && all[k].Start < sentence.End; k++)
        {
            if (!all[k].Is(WordTraits.LowerCase) || _inside.Contains(p, all[k].Start)) return false;
            if (_body.VerbAt(p, k) is not null) return k > next;
        }
        return false;
    }

    /// <summary>The person named right after the pronoun's verb, adverbs aside ("he told Hannity"), or none.</summary>
    private PersonEntry? Addressee(PronounAttribution pronoun)
    {
        var all = _body.Tokens[pronoun.Paragraph];
        var verb = Words.PastAdverbs(all, _body.FirstTokenAt(pronoun.Paragraph, pronoun.Offset) + 1, all.Count);
        return verb < all.Count && all[verb].Text == pronoun.Cue ? NamedRightAfter(pronoun.Paragraph, verb) : null;
    }

    /// <summary>The person named right after token <paramref name="verb"/>, a space away ("told Hannity", "asked Trump"), or none.</summary>
    private PersonEntry? NamedRightAfter(int p, int verb)
    {
        var all = _body.Tokens[p];
        return verb + 1 < all.Count && Gap.IsSpaces(_body.Paragraphs[p], all[verb].End, all[verb + 1].Start) ? _names.MentionAt(p, all[verb + 1].Start) : null;
    }

    /// <summary>The first person other than <paramref name="person"/> whom the sentence before the pronoun's names outside quotes, if the pronoun may stand for them.</summary>
    private PersonEntry? OtherNamedBefore(PronounAttribution pronoun, PersonEntry person)
    {
        var p = pronoun.Paragraph;
        var previous = _body.SentenceAt(p, pronoun.Offset);
        var crossed = false;
        if (!Before(ref p, ref previous, ref crossed)) return null;
        foreach (var m in _names.MentionsIn(p))
        {
            if (m.Start >= previous.Start && m.End <= previous.End && m.Person != person && !_inside.Contains(p, m.Start) && Pronouns.Compatible(pronoun.Gender, m.Person.Gender)) return m.Person;
        }
        return null;
    }

    /// <summary>The sentence before <paramref name="sentence"/>: in its paragraph, or the last of the paragraph before (then <paramref name="crossed"/>); false at the article's start.</summary>
    private bool Before(ref int p, ref Sentence sentence, ref bool crossed)
    {
        if (sentence.Start >= 2) sentence = _body.SentenceAt(p, sentence.Start - 2);
        else if (p > 0 && _body.Paragraphs[p - 1].Length >= 2) (sentence, crossed) = (_body.SentenceAt(--p, _body.Paragraphs[p].Length - 1), true);
        else return false;
        return true;
    }

    /// <summary>
    /// Whether the sentence opens with a description of a person, after "But" or "And": "the" and up to four words, the
    /// last a noun for a person or a nationality ("But the Moroccan, who …", "The 34-year-old, running only …").
    /// </summary>
    private bool OpensWithDescription(int p, Sentence sentence)
    {
        var all = _body.Tokens[p];
        var k = _body.FirstTokenAt(p, sentence.Start);
        if (k + 1 < all.Count && all[k].Text is "But" or "And" or "Yet" or "So") k++;
        if (k >= all.Count || all[k].Text is not ("The" or "the") || all[k].Start >= sentence.End) return false;
        for (var head = k + 1; head < all.Count && head <= k + 4 && all[head].Start < sentence.End; head++)
        {
            if (_names.MentionAt(p, all[head].Start) is not null) return false;
            if (NameParts.IsPersonNoun(all[head]) || all[head].Is(WordTraits.Nationality)) return true;
        }
        return false;
    }

    /// <summary>Whether a name follows the title at <paramref name="k"/> after a comma, within a few words ("The minister of the economy, Mr. Guajardo").</summary>
    private bool AppositionNamed(int p, int k, int end, List<Token> all)
    {
        var text = _body.Paragraphs[p];
        for (var j = k + 1; j < end && j <= k + 5; j++)
        {
            if (!Gap.IsCommaSpace(text, all[j - 1].End, all[j].Start)) continue;
            // The name opens the apposition, a title or two before it allowed ("Mr.", "Sen.").
            for (var n = j; n < end && n <= j + 2; n++)
            {
                if (_names.MentionAt(p, all[n].Start) is not null) return true;
            }
            return false;
        }
        return false;
    }

    /// <summary>
    /// "The Vermont senator declined …", "The man who has produced …": the words of a definite description of a person that
    /// opens the sentence as its subject, up to its title or noun for a person ("Vermont senator", "man"); null when the
    /// sentence opens otherwise, or with someone's ("The senator's wife").
    /// </summary>
    private string? DescribedOpening(int p, Sentence sentence)
    {
        var all = _body.Tokens[p];
        var end = _body.FirstTokenAt(p, sentence.End);
        var first = PastConjunctions(_body.FirstTokenAt(p, sentence.Start), end, all);
        if (first >= end || all[first].Text is not ("The" or "the")) return null;
        for (var k = first + 1; k < end && k <= first + 4; k++)
        {
            if (_names.MentionAt(p, all[k].Start) is not null || _inside.Contains(p, all[k].Start) || all[k].Possessive) return null;
            var word = all[k].Text;
            if (!(all[k].Is(WordTraits.TitleNoun) || NameParts.EndsWithTitle(word) || word is "man" or "woman" || word.EndsWith("year-old", StringComparison.Ordinal))) continue;
            // Not a title that goes on ("The campaign chairman"), nor one an apposition names ("The minister of the economy, Mr.
            // Guajardo Villarreal, argues").
            if (k + 1 < end && all[k + 1].Is(WordTraits.TitleNoun) || AppositionNamed(p, k, end, all)) return null;
            return _body.Paragraphs[p].Substring(all[first + 1].Start, all[k].End - all[first + 1].Start);
        }
        return null;
    }

    /// <summary>
    /// "…, the spokesman said.", "…, said the party's chief spokesman.": the words of a definite description of a person
    /// that closes the sentence with its speech verb, after a comma, up to its noun for a person ("spokesman"); null when
    /// the sentence closes otherwise.
    /// </summary>
    private string? ClosingDescription(int p, Sentence sentence)
    {
        var all = _body.Tokens[p];
        var text = _body.Paragraphs[p];
        var first = _body.FirstTokenAt(p, sentence.Start);
        var last = _body.FirstTokenAt(p, sentence.End) - 1;
        if (last - first < 3 || _inside.Contains(p, all[last].Start)) return null;
        // "…, the spokesman said.": the noun right before the verb, adverbs aside; "…, said the spokesman.": the last word.
        var verbLast = _body.VerbAt(p, last) is not null;
        var noun = verbLast ? PastAdverbsBefore(last, first, all) : last;
        if (!NameParts.IsPersonNoun(all[noun]) || all[noun].Possessive) return null;
        for (var the = noun - 1; the > first && noun - the <= 4; the--)
        {
            if (_names.MentionAt(p, all[the].Start) is not null) return null;
            if (all[the].Text != "the") continue;
            var opener = verbLast ? the : the - 1;
            if (!verbLast && _body.VerbAt(p, opener) is null || opener <= first || !Gap.IsCommaSpace(text, all[opener - 1].End, all[opener].Start)) return null;
            return text.Substring(all[the + 1].Start, all[noun].End - all[the + 1].Start);
        }
        return null;
    }

    /// <summary>The first mention wholly in [<paramref name="from"/>, <paramref name="to"/>) of paragraph <paramref name="p"/> that no quote holds.</summary>
    private PersonMention FirstOutsideQuotes(int p, int from, int to)
    {
        var mentions = _names.MentionsIn(p);
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Start >= from && m.End <= to && !_inside.Contains(p, m.Start)) return m;
        }
        return default;
    }

    /// <summary>The person a sentence opens with, if a pronoun of <paramref name="gender"/> may stand for them, or else the one of that gender it has speak.</summary>
    private PersonMention Antecedent(int p, Sentence sentence, char gender)
    {
        // "If Mr Blair did not want to take part, the broadcasters could go ahead …, Lord Holme said. “…,” he said": the one
        // whose speech verb closes the sentence goes on speaking, before the one it opens with.
        var closing = ClosingSpeaker(p, sentence, gender);
        if (closing.Person is not null) return closing;
        var source = ClosingSource(p, sentence, gender);
        if (source.Person is not null) return source;
        var aside = SpeakerAside(p, sentence, gender);
        if (aside.Person is not null) return aside;
        var first = Opener(p, sentence);
        return first.Person is not null && Pronouns.Compatible(gender, first.Person.Gender) ? first : SpeakingIn(p, sentence, gender);
    }

    /// <summary>
    /// "His efforts will be rewarded years from now, said Karim, thanks to the lunar calendar.", "The vote, Karim said, was
    /// close.": the person of a speech verb set off by commas inside the sentence, verb and name in either order, if a
    /// pronoun of <paramref name="gender"/> may stand for them; none otherwise. They said the sentence, as one whose verb
    /// closes it did (<see cref="ClosingSpeaker"/>).
    /// </summary>
    private PersonMention SpeakerAside(int p, Sentence sentence, char gender)
    {
        var all = _body.Tokens[p];
        var text = _body.Paragraphs[p];
        var (offset, count) = _body.TokenRange(p, sentence.Start, sentence.End);
        var mentions = _names.MentionsIn(p);
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Start < sentence.Start || m.End > sentence.End || _inside.Contains(p, m.Start) || !Agrees(gender, m.Person)) continue;
            var first = _body.FirstTokenAt(p, m.Start);
            var last = NameEnd(p, all, first, offset + count);
            // "said Karim,": the verb before the name, a comma before the verb and after the name.
            var before = first > offset + 1 && _body.VerbAt(p, first - 1) is not null && Gap.IsOneSpace(text, all[first - 1], all[first])
                && Gap.IsCommaSpace(text, all[first - 2].End, all[first - 1].Start) && last + 1 < offset + count && Gap.IsCommaSpace(text, all[last].End, all[last + 1].Start);
            // "Karim said,": the verb after the name, a comma before the name and after the verb.
            var after = first > offset && last + 2 < offset + count && _body.VerbAt(p, last + 1) is not null && Gap.IsOneSpace(text, all[last], all[last + 1])
                && Gap.IsCommaSpace(text, all[first - 1].End, all[first].Start) && Gap.IsCommaSpace(text, all[last + 1].End, all[last + 2].Start);
            if ((before && !_inside.Contains(p, all[first - 1].Start)) || (after && !_inside.Contains(p, all[last + 1].Start))) return m;
        }
        return default;
    }

    /// <summary>
    /// The person named, after a comma (and a title or two), right before the speech verb that is the sentence's last word
    /// ("…, Lord Holme said."), if a pronoun of <paramref name="gender"/> may stand for them; none otherwise.
    /// </summary>
    private PersonMention ClosingSpeaker(int p, Sentence sentence, char gender)
    {
        var all = _body.Tokens[p];
        var (offset, count) = _body.TokenRange(p, sentence.Start, sentence.End);
        var verb = offset + count - 1;
        if (count < 3 || _body.VerbAt(p, verb) is null || _inside.Contains(p, all[verb].Start)) return default;
        var text = _body.Paragraphs[p];
        var mentions = _names.MentionsIn(p);
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.End > all[verb].Start || !Gap.IsSpaces(text, m.End, all[verb].Start) || _inside.Contains(p, m.Start)) continue;
            // A title or two may open the name's phrase ("…, Lord Holme said.").
            var before = _body.FirstTokenAt(p, m.Start);
            for (var titles = 0; titles < 2 && before > offset + 1 && all[before - 1].IsCapitalised && Gap.IsSpaces(text, all[before - 1].End, all[before].Start); titles++) before--;
            var comma = before > offset && Gap.IsCommaSpace(text, all[before - 1].End, all[before].Start);
            return comma && Agrees(gender, m.Person) ? m : default;
        }
        return default;
    }

    /// <summary>
    /// "The age of the big summer festival is drawing to a close, according to the leading rock promoter Harvey Goldsmith.":
    /// the person named last, after "according to" and a few describing words, as the sentence ends, if a pronoun of
    /// <paramref name="gender"/> may stand for them; none otherwise.
    /// </summary>
    private PersonMention ClosingSource(int p, Sentence sentence, char gender)
    {
        var all = _body.Tokens[p];
        var (offset, count) = _body.TokenRange(p, sentence.Start, sentence.End);
        if (count < 4) return default;
        var mentions = _names.MentionsIn(p);
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.Start < sentence.Start || m.End > sentence.End) continue;
            // The name ends the sentence: only its full stop after it.
            if (_body.FirstTokenAt(p, m.End) < offset + count || _inside.Contains(p, m.Start)) return default;
            var first = _body.FirstTokenAt(p, m.Start);
            for (var j = first - 1; j > offset && j >= first - 8; j--)
            {
                if (all[j].Text == "to" && all[j - 1].Text is "according" or "According") return Agrees(gender, m.Person) ? m : default;
                if (!Gap.IsSpaces(_body.Paragraphs[p], all[j].End, all[j + 1].Start)) return default;
            }
            return default;
        }
        return default;
    }

    /// <summary>The gender of a description, which may stand for anyone ("the Republican lawmaker").</summary>
    private const char AnyGender = '*';

    /// <summary>Whether a pronoun of <paramref name="gender"/>, or a description (<see cref="AnyGender"/>), may stand for the person.</summary>
    private static bool Agrees(char gender, PersonEntry person) => gender == AnyGender || Pronouns.Compatible(gender, person.Gender);

    /// <summary>Whether the sentence's subject is a pronoun of <paramref name="gender"/> (<see cref="SubjectPronoun"/>).</summary>
    private bool PronounSubject(int p, Sentence sentence, char gender) =>
        SubjectPronoun(p, sentence) is var k && k >= 0 && Pronouns.GenderOf(_body.Tokens[p][k]) == gender;

    /// <summary>
    /// The token of "he" or "she" that is the sentence's subject: its first word past a conjunction ("But he said …"), or the
    /// first after the comma of an opening phrase that names no one ("Asked on Fox News …, he said Ryan"); -1 if none. Not
    /// one inside a clause before the subject ("After struggling to persuade voters that he understands …, Emanuel said").
    /// </summary>
    private int SubjectPronoun(int p, Sentence sentence)
    {
        var all = _body.Tokens[p];
        var end = _body.FirstTokenAt(p, sentence.End);
        var first = PastConjunctions(_body.FirstTokenAt(p, sentence.Start), end, all);
        if (first >= end) return -1;
        if (Pronouns.GenderOf(all[first]) is not null) return first;
        // The opening phrase: one a preposition, a conjunction or a participle opens, or a short one ("Eight years ago,").
        var word = Words.ToLowerInvariant(all[first].Text);
        var comma = OpeningComma(_body.Paragraphs[p], sentence.Start, sentence.End);
        if (comma < 0 || _names.FirstWithin(p, sentence.Start, comma).Person is not null) return -1;
        var subject = _body.FirstTokenAt(p, comma + 1);
        if (!s_phraseOpeners.Contains(word) && !s_subordinators.Contains(word) && !OpensWithParticiple(p, sentence, first) && subject - first > 4) return -1;
        return subject < end && Pronouns.GenderOf(all[subject]) is not null ? subject : -1;
    }

    /// <summary>Whether the sentence passes a pronoun of <paramref name="gender"/> back to the sentence before it: its subject is that pronoun, or it names no one but holds its possessive.</summary>
    private bool PassesPronoun(int p, Sentence sentence, char gender) => PronounBeforeAnyName(p, sentence, gender) || OwnerWithoutName(p, sentence, gender);

    /// <summary>
    /// Whether the sentence names no one and holds a possessive of <paramref name="gender"/> outside quotes ("It is his 15th
    /// Brit award"), or "him" ("And how does that make him feel?").
    /// </summary>
    private bool OwnerWithoutName(int p, Sentence sentence, char gender)
    {
        if (_names.FirstWithin(p, sentence.Start, sentence.End).Person is not null) return false;
        var all = _body.Tokens[p];
        for (var k = _body.FirstTokenAt(p, sentence.Start); k < all.Count && all[k].Start < sentence.End; k++)
        {
            if ((Pronouns.OwnerGender(all[k].Text) == gender || gender == 'm' && all[k].Text == "him") && !_inside.Contains(p, all[k].Start)) return true;
        }
        return false;
    }

    /// <summary>Whether a subject pronoun of <paramref name="gender"/> stands in the sentence before any person it names.</summary>
    private bool PronounBeforeAnyName(int p, Sentence sentence, char gender)
    {
        var all = _body.Tokens[p];
        for (var k = _body.FirstTokenAt(p, sentence.Start); k < all.Count && all[k].Start < sentence.End; k++)
        {
            if (_names.MentionAt(p, all[k].Start) is not null) return false;
            if (Pronouns.GenderOf(all[k]) is { } g && g == gender && !_inside.Contains(p, all[k].Start)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether paragraph <paramref name="p"/> names, wholly in [<paramref name="from"/>, <paramref name="to"/>), a person other
    /// than <paramref name="person"/>: one a pronoun of <paramref name="gender"/> could stand for, if a gender is given, and
    /// outside quotes, if <paramref name="outsideQuotes"/>.
    /// </summary>
    private bool OtherNamed(int p, int from, int to, PersonEntry person, char? gender = null, bool outsideQuotes = false) =>
        NamedWithin(p, from, to, person, other: true, gender, outsideQuotes);

    /// <summary>
    /// Whether paragraph <paramref name="p"/> names, wholly in [<paramref name="from"/>, <paramref name="to"/>),
    /// <paramref name="person"/> (or, when <paramref name="other"/>, anyone else), with <see cref="OtherNamed"/>'s conditions.
    /// </summary>
    private bool NamedWithin(int p, int from, int to, PersonEntry person, bool other, char? gender = null, bool outsideQuotes = false)
    {
        var mentions = _names.MentionsIn(p);
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Start < from || m.End > to || (m.Person == person) == other) continue;
            if (gender is { } g && !Pronouns.Compatible(g, m.Person.Gender) || outsideQuotes && _inside.Contains(p, m.Start)) continue;
            return true;
        }
        return false;
    }

    /// <summary>
    /// "And Trump, said Sunshine, doesn't forgive.", "safety remains a concern – Singh points out that …": the person a
    /// pronoun of <paramref name="gender"/> may stand for (one whose given name tells no gender too) whom a speech verb next
    /// to their name has speak in the sentence; not one who owns the speaker ("says Inzozi Nziza's manager, Louise Ingabire").
    /// </summary>
    private PersonMention SpeakingIn(int p, Sentence sentence, char gender)
    {
        if (gender == '-') return default;
        var all = _body.Tokens[p];
        foreach (var m in _names.MentionsIn(p))
        {
            if (m.Start < sentence.Start || m.End > sentence.End || !Pronouns.Compatible(gender, m.Person.Gender) || _inside.Contains(p, m.Start)) continue;
            if (NameParts.EndsPossessive(_body.Paragraphs[p], m.End) && OwnsSomeone(p, m.End)) continue;
            var first = _body.FirstTokenAt(p, m.Start);
            var after = _body.FirstTokenAt(p, m.End);
            if (first > 0 && _body.VerbAt(p, first - 1) is not null || after < all.Count && _body.VerbAt(p, after) is not null) return m;
        }
        return default;
    }

    /// <summary>
    /// The person a sentence opens with, after at most four words ("On Monday, Peter Berg …") or an opening phrase
    /// (<see cref="AfterIntroduction"/>; also when a name stands in an opening clause, <see cref="OpeningPhrase"/>),
    /// outside any quote, not as the owner of someone who follows ("Berg's lawyer …"; "Comey's statement …" is about
    /// Comey), not before a word for people ("McConnell spokesman Don Stewart" is Stewart) and not after a pronoun that
    /// opens the sentence as its subject ("I told Peter Berg …"); none otherwise.
    /// </summary>
    private PersonMention Opener(int p, Sentence sentence)
    {
        var first = _names.FirstWithin(p, sentence.Start, sentence.End);
        if (first.Person is null) return default;
        var (from, count) = _body.TokenRange(p, sentence.Start, first.Start);
        // "Ireland, despite having Gordon D'Arcy still out injured, have been boosted …": a name right after a participle or
        // such a preposition is its object, not the subject the sentence opens with.
        if (count > 1 && count <= 4 && ObjectWord(_body.Tokens[p][from + count - 1])) first = AfterIntroduction(p, sentence);
        else if (count > 4) first = AfterIntroduction(p, sentence);
        else if (count > 1 && ObjectBeforeApposition(p, from + count - 1, first) is { Person: not null } apposition) first = apposition;
        else if (count > 0 && OpeningPhrase(p, sentence, from, first.End) is { } openingWord)
        {
            // "While Clinton pledged …, Sanders insisted": the person named after the phrase. "Although Ford had outlined the
            // book, he struggled": with none named there, the one in the clause is the subject's, unless the phrase only
            // compares ("Like Makaeff, the former customer, Roffman …").
            var after = AfterIntroduction(p, sentence);
            if (after.Person is not null || openingWord is "like" or "unlike") first = after;
        }
        if (first.Person is not null && PeopleWordAfter(p, first.End) is { } word) first = TitledAfter(p, word);
        if (first.Person is null || _inside.Contains(p, first.Start) || NameParts.EndsPossessive(_body.Paragraphs[p], first.End) && OwnsSomeone(p, first.End)) return default;
        return count > 0 && Pronouns.IsSubject(_body.Tokens[p][from].Text) ? default : first;
    }

    /// <summary>A word in "-ing" or a preposition that takes the name after it for its object ("having", "including", "with", "despite").</summary>
    private static bool ObjectWord(Token token) =>
        Words.EndsInIng(token) || token.Text is "with" or "without" or "despite" or "against" or "unlike" or "beside" or "behind" or "beyond";

    /// <summary>
    /// "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church, said …": a name right after a participle
    /// or a preposition (token <paramref name="before"/>) is its object, and another name right after its comma is the
    /// subject the sentence opens with; none otherwise.
    /// </summary>
    private PersonMention ObjectBeforeApposition(int p, int before, PersonMention name)
    {
        var all = _body.Tokens[p];
        // "supporting Mr. Cruz": past the name's title.
        while (before > 0 && all[before].Is(WordTraits.Honorific)) before--;
        var word = all[before];
        if (!word.Is(WordTraits.LowerCase) || !(word.Text.EndsWith("ing", StringComparison.Ordinal) || s_governing.Contains(word.Text))) return default;
        var text = _body.Paragraphs[p];
        var next = _body.FirstTokenAt(p, name.End);
        if (next >= all.Count || !Gap.IsCommaSpace(text, name.End, all[next].Start)) return default;
        var apposition = _names.FirstWithin(p, all[next].Start, text.Length);
        return apposition.Start == all[next].Start && apposition.Person != name.Person ? apposition : default;
    }

    /// <summary>
    /// "Trump backers on campus looked to Kukura …", "McConnell spokesman Don Stewart wouldn't say": the token of a lower-case
    /// word for people right after the name that ends at <paramref name="end"/> (or after a body: "Trump campaign chairman"),
    /// which makes the name theirs, not the subject.
    /// </summary>
    private int? PeopleWordAfter(int p, int end)
    {
        var next = _body.FirstTokenAt(p, end);
        var all = _body.Tokens[p];
        if (next >= all.Count || next == 0 || all[next].Start != all[next - 1].End + 1 || !all[next].Is(WordTraits.LowerCase)) return null;
        // "Trump campaign chairman Paul Manafort": a body and its title.
        if (Lexicon.IsNoun(all[next].Text, NounKinds.Body) && next + 1 < all.Count && all[next + 1].Is(WordTraits.TitleNoun) && all[next + 1].Is(WordTraits.LowerCase)) return next + 1;
        return all[next].Is(WordTraits.TitleNoun) || IsPeopleWord(all[next]) ? next : null;
    }

    /// <summary>The person named right after the people word at token <paramref name="word"/> ("spokesman Don Stewart"), or none.</summary>
    private PersonMention TitledAfter(int p, int word)
    {
        var all = _body.Tokens[p];
        if (word + 1 >= all.Count) return default;
        var mention = _names.FirstWithin(p, all[word + 1].Start, int.MaxValue);
        return mention.Person is not null && mention.Start == all[word + 1].Start ? mention : default;
    }

    /// <summary>
    /// Whether the possessive that ends at <paramref name="end"/> owns a person ("Berg's lawyer", "Trump's son") rather than a
    /// thing ("Comey's statement"): a title or role, or a word of family or entourage.
    /// </summary>
    private bool OwnsSomeone(int p, int end)
    {
        var next = _body.FirstTokenAt(p, end);
        var all = _body.Tokens[p];
        if (next >= all.Count) return true;
        // Describing words may come first: "Trump's longtime personal lawyer".
        for (var k = next; k < all.Count && k < next + 3; k++)
        {
            if (all[k].Is(WordTraits.TitleNoun | WordTraits.RoleWord) || Lexicon.IsNoun(all[k].Text, NounKinds.Kin)) return true;
        }
        return false;
    }


    /// <summary>
    /// The word (lower-cased) that opens the sentence with a phrase or clause before its subject, when the name that ends at
    /// <paramref name="end"/> stands in it, before its first comma: "Like Makaeff, …", "While Clinton pledged …, Sanders
    /// insisted", "At a rally for Ted Cruz …, Beck said". Not "and" or "but", after which the subject comes first ("But
    /// Bartho Boer, a spokesman, denies …"), nor "for" ("For McCormack, the argument hinges …" gives his view).
    /// </summary>
    private string? OpeningPhrase(int p, Sentence sentence, int opening, int end)
    {
        var word = Words.ToLowerInvariant(_body.Tokens[p][opening].Text);
        if (!s_subordinators.Contains(word) && !s_openingPrepositions.Contains(word) && !OpensWithParticiple(p, sentence, opening)) return null;
        var comma = _body.Paragraphs[p].IndexOf(", ", sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal);
        return comma >= end ? word : null;
    }

    /// <summary>
    /// "Asked by Stephanopoulos to respond to Trump's criticism, Carson said", "Speaking to Fox News, Cruz called …": a
    /// sentence that opens with a participle opens with a phrase about the subject of the clause after its comma. The
    /// word is the sentence's first, not a name ("Ted", "Fred"), and long enough not to be a short word ending so ("red").
    /// </summary>
    private bool OpensWithParticiple(int p, Sentence sentence, int opening)
    {
        var token = _body.Tokens[p][opening];
        if (token.Start != sentence.Start || token.Text.Length < 5 || _names.MentionAt(p, token.Start) is not null) return false;
        return token.Text.EndsWith("ed", StringComparison.Ordinal) || token.Text.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>
    /// The last person before the verb at <paramref name="verb"/> who is named right after a subordinator ("when", "after",
    /// …; a title may stand between) and right before a comma: the subject of the clause an aside interrupts.
    /// </summary>
    private PersonEntry? AsideSubject(int p, int sentenceStart, int verb, List<Token> all)
    {
        var text = _body.Paragraphs[p];
        PersonEntry? subject = null;
        foreach (var m in _names.MentionsIn(p))
        {
            if (m.Start < sentenceStart || m.End >= all[verb].Start) continue;
            if (_inside.Contains(p, m.Start) || m.End >= text.Length || text[m.End] != ',') continue;
            var before = _body.FirstTokenAt(p, m.Start) - 1;
            if (before >= 0 && !s_subordinators.Contains(all[before].Text)) before--; // "when Mrs. Clinton": past a title
            if (before < 0 || !s_subordinators.Contains(all[before].Text)) continue;
            subject = m.Person;
        }
        return subject;
    }

    // "During Mr. Clinton's 1992 campaign, Betsey Wright, a close aide, coined …": a preposition of time or place opens a
    // phrase whose name is not the subject after its comma.
    private static readonly HashSet<string> s_openingPrepositions = new(StringComparer.Ordinal)
    {
        "during", "in", "at", "on", "under", "amid", "throughout", "following", "within",
    };

    private static readonly HashSet<string> s_subordinators = new(StringComparer.Ordinal)
    {
        "like", "unlike", "despite", "while", "if", "although", "though", "when", "after", "before", "because", "since", "unless",
    };

    /// <summary>
    /// "At a hearing last month of the subcommittee that funds NASA, Rep. Robert Aderholt pushed for …": the person named
    /// right after a sentence's opening phrase and its comma, a title or two before the name allowed.
    /// </summary>
    private PersonMention AfterIntroduction(int p, Sentence sentence)
    {
        var text = _body.Paragraphs[p];
        var all = _body.Tokens[p];
        // An opening phrase starts with a preposition or conjunction ("At", "In", "Since") or a participle ("Asked by …");
        // "The nominee linked …, Hillary Clinton" names an object after its comma.
        // "His former business partner at Lenox, Lawrence B. Cummings, called him …": a description that opens with a
        // possessive or an article, and the name its apposition gives.
        var opening = _body.FirstTokenAt(p, sentence.Start);
        // "And despite the recent results, skipper Jason Robinson believes": past a conjunction that joins the sentence on.
        if (opening + 1 < all.Count && all[opening].Text is "And" or "But" or "Yet" or "So") opening++;
        if (opening >= all.Count) return default;
        var described = all[opening].Is(WordTraits.Determiner);
        var word = Words.ToLowerInvariant(all[opening].Text);
        if (!described && !s_phraseOpeners.Contains(word) && !s_subordinators.Contains(word) && !OpensWithParticiple(p, sentence, opening)) return default;
        var comma = OpeningComma(text, sentence.Start, sentence.End);
        if (comma < 0) return default;
        var k = _body.FirstTokenAt(p, comma + 1);
        for (var titles = 0; k < all.Count && titles <= 2 && (all[k].IsCapitalised || all[k].Is(WordTraits.TitleNoun)); k++, titles++)
        {
            var mention = _names.FirstWithin(p, all[k].Start, sentence.End);
            if (mention.Person is null || mention.Start != all[k].Start) continue;
            return !described || mention.End < text.Length && text[mention.End] == ',' ? mention : default;
        }
        return default;
    }

    /// <summary>
    /// The offset of the comma that ends a sentence's opening phrase: the first one followed by a space, or by a closing
    /// quotation mark and a space ("On “Face the Nation,” Sen. Bernie Sanders …"); -1 if none.
    /// </summary>
    private static int OpeningComma(string text, int start, int end)
    {
        for (var i = text.IndexOf(',', start, end - start); i >= 0 && i + 1 < end; i = text.IndexOf(',', i + 1, end - i - 1))
        {
            var next = i + 1;
            if (QuoteMarks.IsMark(text[next])) next++;
            if (next < end && text[next] == ' ') return next;
        }
        return -1;
    }

    /// <summary>Whether the quote's own words name <paramref name="person"/>.</summary>
    private bool NamedInside(QuoteSpan quote, PersonEntry person)
    {
        for (var p = quote.Paragraph; p <= quote.EndParagraph; p++)
        {
            var mentions = _names.MentionsIn(p);
            for (var k = 0; k < mentions.Count; k++)
            {
                var m = mentions[k];
                if (m.Person == person && (p > quote.Paragraph || m.Start > quote.Open) && (p < quote.EndParagraph || m.End <= quote.Close)) return true;
            }
        }
        return false;
    }

    private QuoteAttribution ResolvePronoun(QuoteAttribution attribution, QuoteSpan quote)
    {
        var pronoun = (PronounAttribution)attribution;
        var recentSpeaker = _lastSpeaker is not null && quote.Paragraph - _lastSpeakerParagraph <= 3 && Pronouns.Compatible(pronoun.Gender, _lastSpeaker.Gender);
        // "A US Embassy spokesman said: “…” ¶ “…,” he added": one who adds to words is who spoke them, the one the article
        // does not name who spoke last (whom a quote since has not followed); though a named speaker spoke before.
        if (_lastUnnamedGender is { } unnamedGender && quote.Paragraph - _lastUnnamedParagraph <= 1 && Pronouns.Compatible(pronoun.Gender, unnamedGender)
            && pronoun.Cue is { } cue && Vocabulary.Get(cue).SpeechLemma is "add") return new QuoteAttribution(null, pronoun.Cue, AttributionRule.None);
        // The subject of the sentence before is passed over when the quote itself names them: "Mellberg spoke of his dislike
        // of Villa's rivals. “I've had more than a quiet word with Olof …,” he told Villa's website" is his manager's.
        var previous = PreviousSentenceSubject(pronoun, out var unnamed);
        if (previous is not null && NamedInside(quote, previous)) previous = null;
        var antecedent = ReportingOpener(pronoun) ?? (pronoun.ClosesSentence ? null : SentenceAntecedent(pronoun, quote));
        // One the sentence before has speak without naming them ("…, the spokesman said") is no one named, unless the
        // pronoun's own sentence names whom it stands for.
        if (unnamed && antecedent is null) return new QuoteAttribution(null, pronoun.Cue, AttributionRule.None);
        var before = pronoun.ClosesSentence ? _body.SentenceAt(pronoun.Paragraph, pronoun.Offset).Start : pronoun.Offset;
        var person = antecedent ?? previous ?? ReportedEarlier(pronoun, quote) ?? IntroducedBefore(pronoun, quote)
            // The people a quote names are its speaker's words, not whom a pronoun after it stands for ("“… while President
            // Obama has stood idly by,” the Florida senator said. ¶ “…,” he said" is not Obama's).
            ?? (recentSpeaker ? ParagraphSubject(pronoun, quote) ?? _lastSpeaker : _names.LastMentionBefore(pronoun.Paragraph, before, pronoun.Gender, m => _inside.Contains(m.Paragraph, m.Start)));
        // "Hannity asked Trump how high the wall would be. “I think …,” he told Hannity": the one the words are said to is not
        // who says them, but the other one the sentence before names.
        if (person is not null && Addressee(pronoun) == person) person = OtherNamedBefore(pronoun, person);
        return new QuoteAttribution(person, pronoun.Cue, person is null ? AttributionRule.None : AttributionRule.Pronoun);
    }

    /// <summary>
    /// "Fetter, for her part, continued to program …. By the 1980s, the demographics of programming had shifted. “…,” she
    /// said": a paragraph that opens with a person for its subject, and names no one else the pronoun may stand for before
    /// it, nor the last speaker, is about that person; the pronoun stands for them.
    /// </summary>
    private PersonEntry? ParagraphSubject(PronounAttribution pronoun, QuoteSpan quote)
    {
        var p = pronoun.Paragraph;
        if (quote.Paragraph != p) return null;
        var first = _body.SentenceAt(p, 0);
        if (first.End > Math.Min(quote.Open, pronoun.Offset)) return null;
        // Not a name inside an indefinite description ("One disgruntled PizzaExpress employee, who wants to remain anonymous").
        var opening = _body.FirstTokenAt(p, first.Start);
        if (opening < _body.Tokens[p].Count && _body.Tokens[p][opening].Text is "One" or "A" or "An" or "Another") return null;
        var subject = Opener(p, first).Person;
        if (subject is null || subject == _lastSpeaker || !Pronouns.Compatible(pronoun.Gender, subject.Gender)) return null;
        var mentions = _names.MentionsIn(p);
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Start >= pronoun.Offset) break;
            if (m.Person != subject && (m.Person == _lastSpeaker || Pronouns.Compatible(pronoun.Gender, m.Person.Gender))) return null;
        }
        return subject;
    }

    /// <summary>
    /// "One of the first buyers … was James Alled, 30, a businessman, who bought two. “I bought them for £250 …,” he said":
    /// the one person the sentence before names for the first time in the article, and the only one there the pronoun
    /// may stand for, is whom it stands for, before the last speaker of a quote. A reporter brings in whoever speaks next.
    /// </summary>
    private PersonEntry? IntroducedBefore(PronounAttribution pronoun, QuoteSpan quote)
    {
        var p = pronoun.Paragraph;
        if (quote.Paragraph != p) return null;
        // The sentence the quote opens in, which a quote of several sentences may end after: "“I bought them. I'll sell it
        // to you,” he said". Anyone it names before the pronoun leaves the pronoun to them ("Trump's biggest applause came
        // when he said “zero”").
        var sentence = _body.SentenceAt(p, Math.Min(quote.Open, pronoun.Offset));
        if (FirstOutsideQuotes(p, sentence.Start, pronoun.Offset).Person is not null) return null;
        var (q, previous, crossed) = (p, sentence, false);
        if (!Before(ref q, ref previous, ref crossed)) return null;
        // A "he" or "she" there is about someone already in the story ("On the drive home with John Hale, he told one joke").
        var all = _body.Tokens[q];
        for (var k = _body.FirstTokenAt(q, previous.Start); k < all.Count && all[k].Start < previous.End; k++)
        {
            if (Pronouns.GenderOf(all[k]) == pronoun.Gender && !_inside.Contains(q, all[k].Start)) return null;
        }
        PersonEntry? introduced = null;
        var mentions = _names.MentionsIn(q);
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Start < previous.Start || m.End > previous.End || _inside.Contains(q, m.Start) || !Pronouns.Compatible(pronoun.Gender, m.Person.Gender)) continue;
            // One new and of the pronoun's gender, and no one's owner: "Peter Berg's lawyer was defiant" brings in the lawyer.
            if (introduced is not null && introduced != m.Person || m.Person.FirstParagraph != q || m.Person.FirstOffset != m.Start
                || NameParts.EndsPossessive(_body.Paragraphs[q], m.End)) return null;
            introduced = m.Person;
        }
        return introduced is not null && !NamedInside(quote, introduced) ? introduced : null;
    }

    /// <summary>
    /// "But, his efforts will be rewarded years from now, said Karim, thanks to the lunar calendar. Ramadan will fall in
    /// winter …. “I'll follow those hours, too,” he said": when the sentence before names no one, the speaker of reported
    /// words two sentences before in the same paragraph (a speech verb that closes the sentence or is set off inside it)
    /// is whom the pronoun stands for, before the last speaker of a quote. Not past a sentence with a quote in it.
    /// </summary>
    private PersonEntry? ReportedEarlier(PronounAttribution pronoun, QuoteSpan quote)
    {
        var p = pronoun.Paragraph;
        var sentence = _body.SentenceAt(p, quote.Open);
        if (sentence.Start < 2) return null;
        var previous = _body.SentenceAt(p, sentence.Start - 2);
        if (previous.Start < 2 || _names.FirstWithin(p, previous.Start, previous.End).Person is not null || HasQuote(p, previous)) return null;
        var earlier = _body.SentenceAt(p, previous.Start - 2);
        if (HasQuote(p, earlier)) return null;
        var speaker = ClosingSpeaker(p, earlier, pronoun.Gender);
        if (speaker.Person is null) speaker = SpeakerAside(p, earlier, pronoun.Gender);
        return speaker.Person;
    }

    private bool HasQuote(int p, Sentence sentence)
    {
        var text = _body.Paragraphs[p];
        return QuoteMarks.AnyIn(text, sentence.Start, Math.Min(sentence.End, text.Length));
    }

    /// <summary>
    /// "Cruz spokesman Rick Tyler said that the campaign will highlight … “guiding principles …,” he said.", "Netanyahu said
    /// … that he would go ahead …, although he tweeted that he “…”": a pronoun in a sentence that opens with a name (or a
    /// title's holder) and that name's own speech verb stands for that name, whoever the sentence names between; none
    /// otherwise.
    /// </summary>
    private PersonEntry? ReportingOpener(PronounAttribution pronoun)
    {
        var p = pronoun.Paragraph;
        var sentence = _body.SentenceAt(p, pronoun.Offset);
        var opener = Opener(p, sentence);
        if (opener.Person is null || !Pronouns.Compatible(pronoun.Gender, opener.Person.Gender)) return null;
        var all = _body.Tokens[p];
        var next = _body.FirstTokenAt(p, opener.End);
        var verb = Words.PastAdverbs(all, next, all.Count);
        if (verb + 1 >= all.Count || all[verb].Start >= pronoun.Offset || _body.VerbAt(p, verb) is null || _inside.Contains(p, all[verb].Start)
            || !Gap.IsSpaces(_body.Paragraphs[p], opener.End, all[next].Start)) return null;
        // "Hewitt asked Trump about statements he had made": the one asked or told may be whom the pronoun stands for.
        return NamedRightAfter(p, verb) is null ? opener.Person : null;
    }

    /// <summary>
    /// The description, up to its title or age, a speech verb of the quote's sentence has for subject after "the" ("The
    /// shadow chancellor said", "said the Factory Records boss", "The 31-year-old admitted"), not a thing ("the report
    /// said") or a body; else null.
    /// </summary>
    private string? DescribedSubject(QuoteSpan quote)
    {
        return Described(quote.Paragraph, quote.Open) ?? Described(quote.EndParagraph, Math.Max(0, quote.Close - 1));

        string? Described(int p, int at)
        {
            var all = _body.Tokens[p];
            var sentence = _body.SentenceAt(p, Math.Min(at, Math.Max(0, _body.Paragraphs[p].Length - 1)));
            var (offset, count) = _body.TokenRange(p, sentence.Start, sentence.End);
            for (var v = offset; v < offset + count; v++)
            {
                if (_body.VerbAt(p, v) is null || _inside.Contains(p, all[v].Start)) continue;
                // Before the verb: "the" and up to four describing words, the last a title ("The Ballymena-born actor said").
                var head = PastAdverbsBefore(v, offset, all);
                if (head > offset && NameParts.IsPersonNoun(all[head]))
                {
                    for (var k = head - 1; k >= offset && k >= head - 4; k--)
                    {
                        if (all[k].Text is "the" or "The") return DescribesThing(p, k, offset, all) ? null : Words(p, k + 1, head);
                    }
                }
                // After it: "said the 74-year-old comedian", "said the Factory Records boss"; a verb that opens the sentence or
                // follows a quote or a comma ("Trump argued the former secretary of state could not be trusted", "he told
                // the senator" have the subject before the verb, and "the" opens its object).
                if (v + 1 < offset + count && all[v + 1].Text == "the" && (v == offset || !Gap.IsOneSpace(_body.Paragraphs[p], all[v - 1], all[v]) || _inside.Contains(p, all[v - 1].Start)))
                {
                    for (var k = v + 2; k < offset + count && k <= v + 5; k++)
                    {
                        if (NameParts.IsPersonNoun(all[k])) return Words(p, v + 2, k);
                    }
                }
            }
            return null;
        }

        // The words of the description, from its first to its title: "Florida senator".
        string Words(int p, int first, int last) => string.Join(" ", _body.Tokens[p].Skip(first).Take(last - first + 1).Select(t => t.Text));
    }

    /// <summary>
    /// Whether the description that opens at "the" (token <paramref name="the"/>) is set off after the name the sentence
    /// opens with, and that name is no person's: "Munich Re, the world's biggest reinsurer, said" describes a company, not
    /// someone the paragraph has named.
    /// </summary>
    private bool DescribesThing(int p, int the, int offset, List<Token> all)
    {
        if (the <= offset || !Gap.IsCommaSpace(_body.Paragraphs[p], all[the - 1].End, all[the].Start)) return false;
        for (var k = the - 1; k >= offset; k--)
        {
            if (!all[k].IsCapitalised || _names.MentionAt(p, all[k].Start) is not null) return false;
            if (k > offset) continue;
            // "On Saturday, the Lib Dem chief executive said" opens with a phrase, not a name.
            var word = Words.ToLowerInvariant(all[k].Text);
            return !s_phraseOpeners.Contains(word) && !s_subordinators.Contains(word);
        }
        return false;
    }

    /// <summary>No outright attribution: another quote of the paragraph, or the previous speaker for a quote-only paragraph.</summary>
    /// <param name="speakerBefore">The speaker resolved for the quote before this one, if any.</param>
    private QuoteAttribution Inferred(IReadOnlyList<QuoteSpan> quotes, List<QuoteAttribution> explicitOnes, int q, QuoteAttribution found, PersonEntry? speakerBefore)
    {
        var quote = quotes[q];
        // "“…,” an aide said", "“…,” the letter reads", "South Korea accused him of “…”": the quote's own speech verb has a
        // subject that is no one named; another quote of the paragraph does not lend it its speaker. A definite description
        // of a person ("the shadow chancellor said", "said the 74-year-old comedian") is someone the paragraph has named.
        var described = found.Cue is null ? null : DescribedSubject(quote);
        if (found.Cue is not null && described is null) return found;
        bool InParagraph(int k) => quotes[k].Paragraph == quote.Paragraph || quotes[k].EndParagraph == quote.Paragraph;
        QuoteAttribution? Named(int k) => explicitOnes[k] is { Rule: AttributionRule.SpeechVerb, Speaker: { } speaker } other
            ? new QuoteAttribution(speaker, other.Cue, AttributionRule.SameSentence)
            : null;
        // The nearest attributed quote of the paragraph before this one, then the first after it: "“…,” he said. … “…,” said
        // Ahmad Alkhalaf. “…”" continues Alkhalaf.
        for (var k = q - 1; k >= 0; k--)
        {
            if (!InParagraph(k)) continue;
            var earlier = Named(k) ?? (explicitOnes[k].Rule == AttributionRule.Pronoun && ResolvePronoun(explicitOnes[k], quote) is { Speaker: not null } r
                ? new QuoteAttribution(r.Speaker, r.Cue, AttributionRule.SameSentence)
                : null);
            // "But Robinson was bullish, saying his side “…”. … skipper Jason Robinson believes …. “…,” said the Sale
            // full-back": a description stands for the one named since the earlier quote, not for its speaker.
            if (earlier is not null && described is not null
                && OtherNamed(quote.Paragraph, quotes[k].EndParagraph == quote.Paragraph ? quotes[k].Close : 0, quote.Open, earlier.Speaker!, outsideQuotes: true)) break;
            // "“…,” he said. … In June, a local Islamic group issued a “dress code” for tourists.": one the sentence brings in
            // without a name is its subject, and the words it quotes are theirs or no one's.
            if (earlier is not null && found.Cue is null && !StartsSentence(quote) && OpensWithIndefinite(quote)) return found;
            if (earlier is not null) return OpenerSpeaks(quote, quotes[k]) is { } other && other != earlier.Speaker ? new QuoteAttribution(other, null, AttributionRule.Continuation) : earlier;
            if (explicitOnes[k].Rule == AttributionRule.Pronoun) return found;
            // "“He’s amazing,” one user wrote on the forum. “His knowledge is invaluable …”": the quote right before has a
            // speech verb and no one named speaks it; they go on, and no later quote lends this one its speaker.
            if (k == q - 1 && explicitOnes[k].Cue is not null && speakerBefore is null) return found;
            // "“…,” said the actor. “It makes you more human.”": one the description stood for goes on as a name would.
            if (k == q - 1 && explicitOnes[k] is { Cue: not null, Speaker: null } && found.Cue is null) return new QuoteAttribution(speakerBefore!, explicitOnes[k].Cue, AttributionRule.SameSentence);
            // "“In the beginning …, I used to have nightmares,” she reflected. “Now I can sleep through anything.”": the quote
            // right before has its speaker by a rule other than a speech verb naming them (which the lines above lend); a
            // quote that opens a later sentence of the paragraph goes on, when no one else is named between.
            if (k == q - 1 && speakerBefore is not null && found.Cue is null && quotes[k].EndParagraph == quote.Paragraph && StartsSentence(quote)
                && !OtherNamed(quote.Paragraph, quotes[k].Close, quote.Open, speakerBefore, outsideQuotes: true))
                return new QuoteAttribution(speakerBefore, null, AttributionRule.Continuation);
        }
        var sentence = _body.SentenceAt(quote.EndParagraph, quote.Close);
        for (var k = q + 1; k < quotes.Count; k++)
        {
            // "Fundraising was “stagnant for about a month” as donors waited to see how a “turbulent election cycle” played
            // out, he said.": a pronoun and its verb that close the sentence attribute every quote in it.
            if (quotes[k].Paragraph == quote.EndParagraph && quotes[k].Open < sentence.End && explicitOnes[k] is PronounAttribution { ClosesSentence: true } closing
                && _names.FirstWithin(quote.EndParagraph, quote.Close, quotes[k].Open).Person is null)
                return ResolvePronoun(closing, quotes[k]) is { Speaker: not null } r ? new QuoteAttribution(r.Speaker, r.Cue, AttributionRule.SameSentence) : found;
            if (!InParagraph(k) || Named(k) is not { } named) continue;
            // "But the CBI called for a “pause year” to assess the rise. And David Frost, director of the British Chambers of
            // Commerce, said: “…”": a quote inside a sentence that has its own subject is not lent the speaker of a quote
            // in a later sentence, unless the sentence names that speaker ("with Jaime Vargas lauding the manner in which
            // “…”") or introduces the quote with a colon ("His message to the chancellor was: “…”").
            if (found.Cue is null && quotes[k].Open >= sentence.End && !StartsSentence(quote) && !IntroducedByColon(quote)
                && _body.SentenceAt(quote.Paragraph, quote.Open) is var own && !NamedWithin(quote.Paragraph, own.Start, own.End, named.Speaker!, other: false, outsideQuotes: true)) break;
            // "“I have no desire to make further concessions.” Mr Clarke's amendment will be debated …. Speaking after the
            // debate, David Davies said the bill had been “clearly very badly drawn-up”": a quote that opens its paragraph
            // goes on from the paragraph before rather than lend the speaker of a quote past words about someone else.
            if (quote.Open == 0 && quotes[k].Paragraph == quote.EndParagraph && OtherNamed(quote.EndParagraph, quote.Close, quotes[k].Open, named.Speaker!, outsideQuotes: true)) break;
            // "The 55-year-old Frenchman told Arsenal's website: “…” … Chairman Peter Hill-Wood said: “…”": a description is
            // not one that quote's attribution gives another title.
            if (described is not null && TitleBeforeSpeaker(quotes[k], named.Speaker!) is { } title
                && !string.Equals(title, Words.LastWord(described), StringComparison.OrdinalIgnoreCase)) break;
            return named;
        }
        if (found.Cue is null && quote.Open > 0 && StartsSentence(quote))
        {
            // The paragraph reports someone speaking before the quote, or the sentence before opens with the one quoted
            // ("Sen. Bernie Sanders identified young voters' exhaustion as a reason. “The younger people are …”").
            var before = ReportingSubject(quote.Paragraph, quote.Open)
                ?? (quote.Open >= 2 ? Opener(quote.Paragraph, _body.SentenceAt(quote.Paragraph, quote.Open - 2)).Person ?? PronounOpener(quote.Paragraph, quote.Open) : null);
            if (before is not null) return new QuoteAttribution(before, null, AttributionRule.Continuation);
        }
        if (found.Cue is null && quote.Open == 0)
        {
            var before = quote.Paragraph - 1;
            // "“[We] have agreed to grant all licenses …,” it says. ¶ “It should be noted that …”": the paragraph before ends
            // with a quote whose speech verb has no one named for subject; it goes on, not an earlier speaker, though one
            // named earlier in that paragraph reported something ("…, said Fernando Garrido. … “…,” the paper says.").
            if (q > 0 && quotes[q - 1].EndParagraph == before && explicitOnes[q - 1].Cue is not null && speakerBefore is null
                && EndsWithAttribution(quotes[q - 1])) return found;
            var previous = IntroducingSubject(before) ?? ReportingSubject(before) ?? (QuoteOnly(quote) ? NarratedSubject(before) : null) ?? _lastSpeaker;
            if (previous is not null) return new QuoteAttribution(previous, null, AttributionRule.Continuation);
        }
        if (described is not null && DescribedOpener(quote, q > 0 ? quotes[q - 1] : null, speakerBefore, described) is { } opener) return new QuoteAttribution(opener, found.Cue, AttributionRule.SpeechVerb);
        return found;
    }

    /// <summary>
    /// "Former Chelsea captain Desailly … says there is no comparison …. “Mentally they are much stronger …,” the 36-year-old
    /// said": a description no quote of the paragraph lends a speaker to stands for the person the sentence before opens
    /// with (or whom a pronoun opening it stands for), or the one its closing speech verb or "according to" names, when
    /// nothing the article gives them says otherwise (a role or office that ends in another title: "the prime minister" is
    /// not the chancellor). Not one who speaks for another ("the spokesman"), nor a man or a woman. A sentence before that
    /// is the end of a quote stands for its speaker ("“… but I have doubts.” ¶ The senator said"); one that opens with a
    /// description of its own, for whom the sentence before it opens with ("… El Guerrouj is set to …. ¶ But the Moroccan
    /// … will not decide …. “…,” said the 30-year-old").
    /// </summary>
    private PersonEntry? DescribedOpener(QuoteSpan quote, QuoteSpan? quoteBefore, PersonEntry? speakerBefore, string described)
    {
        var noun = Words.LastWord(described);
        if (noun is "man" or "woman" || SpeaksForAnother(noun)) return null;
        var (q, previous, crossed) = (quote.Paragraph, _body.SentenceAt(quote.Paragraph, quote.Open), false);
        if (!Before(ref q, ref previous, ref crossed)) return null;
        // "Hillary Clinton could be impeached …, Texas Rep. Mike McCaul said. “…,” the Republican lawmaker told Fox News":
        // the one whose speech verb closes the sentence goes on speaking, before the one it opens with.
        var closing = ClosingSpeaker(q, previous, AnyGender);
        if (closing.Person is null) closing = ClosingSource(q, previous, AnyGender);
        var opener = closing.Person is not null ? closing : Opener(q, previous);
        var quoted = opener.Person is null && quoteBefore is { } last && last.EndParagraph == q && last.Close >= previous.Start && last.Close < previous.End
            ? speakerBefore : null;
        // "Hazel Blears said …. Her comments have been described as “irresponsible” …. ¶ “…,” the Salford MP told the
        // committee": a sentence before that opens with a pronoun, or one that owns, goes on about whom it stands for, when it
        // names no one else ("She has since said … something Scarborough could understand. ¶ “…,” the host said").
        if (opener.Person is null && quoted is null && OpeningPronounsPerson(q, previous) is { } owner && !OtherNamed(q, previous.Start, previous.End, owner, outsideQuotes: true))
            quoted = owner;
        // "Double Olympic champion Hicham El Guerrouj is set to …. ¶ But the Moroccan, who …, will not decide …. “…,” said
        // the 30-year-old": a sentence before that opens with a description of its own goes on about whom the one before it
        // opens with.
        if (opener.Person is null && quoted is null && OpensWithDescription(q, previous) && Before(ref q, ref previous, ref crossed))
            opener = Opener(q, previous);
        // An age fits anyone; a title, only one who holds it or has no title here ("the minister" is not the former minister).
        // An age before another noun fits one whose role is no such title ("the 55-year-old Frenchman" is the Arsenal
        // manager) when the sentence names no one else. A player's position fits a holder of any title ("captain Jason
        // Robinson …. “…,” said the Sale full-back").
        if ((opener.Person ?? quoted) is not { } person || NamedInside(quote, person)) return null;
        if (!noun.EndsWith("year-old", StringComparison.Ordinal) && !Lexicon.IsNoun(noun, NounKinds.Position) && (person.Role ?? person.Office) is not null && !NameFinder.HoldsTitle(person, described)
            && !(GivesAge(described) && !OtherNamed(q, previous.Start, previous.End, person, outsideQuotes: true))) return null;
        // "… were greeted by an organizer at a field office. “…,” the organizer told them": the one the sentence before
        // brought in without a name. "A memorable Hillary Clinton ad … questioned …. As a phone rang, the announcer said":
        // a name after "a" or "an" qualifies the sentence's subject; it is not the subject.
        var all = _body.Tokens[q];
        var (offset, count) = _body.TokenRange(q, previous.Start, previous.End);
        if (IntroducesUnnamed(all, offset, offset + count, noun)) return null;
        if (opener.Person is null || closing.Person is not null) return person;
        var (_, before) = _body.TokenRange(q, previous.Start, opener.Start);
        return before is > 0 and <= 3 && all[offset].Text is "A" or "An" ? null : person;
    }

    /// <summary>Whom the pronoun ("He", "She") or possessive ("His", "Her") that opens the sentence stands for, if one does.</summary>
    private PersonEntry? OpeningPronounsPerson(int p, Sentence sentence)
    {
        var all = _body.Tokens[p];
        var first = _body.FirstTokenAt(p, sentence.Start);
        if (first >= all.Count || !all[first].IsCapitalised || (Pronouns.GenderOf(all[first]) ?? Pronouns.OwnerGender(all[first].Text)) is not { } gender) return null;
        return Antecedent(p, all[first].Start, gender);
    }

    /// <summary>Whether a description gives an age: "31-year-old", "55-year-old Frenchman".</summary>
    private static bool GivesAge(string described) => described.IndexOf("year-old", StringComparison.Ordinal) >= 0;

    /// <summary>Whether the quote's paragraph ends in the sentence the quote closes in: "“…,” it says." and nothing after.</summary>
    private bool EndsWithAttribution(QuoteSpan quote)
    {
        var text = _body.Paragraphs[quote.EndParagraph];
        var end = _body.SentenceAt(quote.EndParagraph, Math.Min(quote.Close, text.Length - 1)).End;
        for (var i = end; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i])) return false;
        }
        return true;
    }

    /// <summary>Whether the tokens [<paramref name="from"/>, <paramref name="to"/>) bring in, with "a" or "an", a person this noun names (<see cref="NameParts.UnnamedPerson"/>).</summary>
    private static bool IntroducesUnnamed(List<Token> all, int from, int to, string noun)
    {
        for (var k = from; k < to; k++)
        {
            if (NameParts.UnnamedPerson(all, k, to) is var person && person >= 0 && string.Equals(all[person].Text, noun, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// The title right before the last mention of <paramref name="speaker"/> ahead of the quote in its paragraph ("Chairman
    /// Peter Hill-Wood said: “…”"), or null.
    /// </summary>
    private string? TitleBeforeSpeaker(QuoteSpan quote, PersonEntry speaker)
    {
        var p = quote.Paragraph;
        var all = _body.Tokens[p];
        var mentions = _names.MentionsIn(p);
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            if (mentions[k].Person != speaker || mentions[k].Start > quote.Open) continue;
            var first = _body.FirstTokenAt(p, mentions[k].Start);
            return first > 0 && all[first - 1].Is(WordTraits.TitleNoun) ? all[first - 1].Text : null;
        }
        return null;
    }

    /// <summary>
    /// "Laura is self-employed …. Her income is £30,000 a year. “With the perks, it's enough to live on.”": a sentence before
    /// the quote that opens with a pronoun ("She", "Her") goes on about the person an earlier sentence of the paragraph
    /// opens with, past sentences that open with the pronoun too or are quoted, if the pronoun may stand for them and no one
    /// else it may stand for is named between outside quotes.
    /// </summary>
    private PersonEntry? PronounOpener(int p, int quoteOpen)
    {
        var all = _body.Tokens[p];
        var sentence = _body.SentenceAt(p, quoteOpen - 2);
        var first = _body.FirstTokenAt(p, sentence.Start);
        if (first >= all.Count || OpeningGender(all[first]) is not { } gender) return null;
        while (sentence.Start >= 2)
        {
            sentence = _body.SentenceAt(p, sentence.Start - 2);
            var next = _body.FirstTokenAt(p, sentence.Start);
            if (next >= all.Count) return null;
            // An earlier quote's words name whom they speak of, not the paragraph's subject.
            if (_inside.Contains(p, all[next].Start)) continue;
            var opener = Opener(p, sentence);
            if (opener.Person is not null)
                return Pronouns.Compatible(gender, opener.Person.Gender) && !OtherNamed(p, opener.End, quoteOpen, opener.Person, gender, outsideQuotes: true) ? opener.Person : null;
            if (OpeningGender(all[next]) != gender) return null;
        }
        return null;

        static char? OpeningGender(Token token) => token.IsCapitalised ? Pronouns.GenderOf(token) ?? Pronouns.OwnerGender(token.Text) : null;
    }

    /// <summary>
    /// "Valastro praised Christie's leadership … ¶ “We need someone who's going to cut through …”": a paragraph with no quote
    /// of its own whose last sentence opens with a person introduces the quote paragraph after it.
    /// </summary>
    private PersonEntry? NarratedSubject(int p)
    {
        if (p < 0 || _body.Paragraphs[p].Length == 0 || _inside.Any(p)) return null;
        var text = _body.Paragraphs[p];
        // Not one whose name only owns the subject ("If Obama's experience is any guide, …").
        var opener = Opener(p, _body.SentenceAt(p, text.Length - 1));
        return opener.Person is null || NameParts.EndsPossessive(text, opener.End) ? null : opener.Person;
    }

    /// <summary>Whether nothing but punctuation follows the quote in its last paragraph.</summary>
    private bool QuoteOnly(QuoteSpan quote)
    {
        var text = _body.Paragraphs[quote.EndParagraph];
        for (var i = quote.Close + 1; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i])) return false;
        }
        return true;
    }

    /// <summary>
    /// "On July 6, 2015, Sanders made the following comment:": a paragraph that ends with a colon introduces the quote
    /// paragraph after it, and the first person its last sentence names is the speaker.
    /// </summary>
    private PersonEntry? IntroducingSubject(int p)
    {
        if (p < 0) return null;
        // Paragraphs are trimmed: the colon, if any, is the last character.
        var text = _body.Paragraphs[p];
        if (text.Length == 0 || text[text.Length - 1] != ':') return null;
        var sentence = _body.SentenceAt(p, text.Length - 1);
        return _names.FirstWithin(p, sentence.Start, text.Length).Person;
    }

    /// <summary>
    /// The person the paragraph before a quote-only paragraph reports as speaking ("Volker said he had raised it.")
    /// introduces the quote that follows more surely than an older quote's speaker.
    /// </summary>
    private PersonEntry? ReportingSubject(int p, int before = int.MaxValue)
    {
        if (p < 0) return null;
        var tokens = _body.Tokens[p];
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            if (tokens[i].Start >= before) continue;
            if (_body.VerbAt(p, i) is null || _inside.Contains(p, tokens[i].Start)) continue;
            // "Bolton said he would help the Trump Administration if asked": a verb right after its subordinator has no
            // subject of its own, least of all the name before it; the verb before it reports.
            if (i > 0 && s_subordinators.Contains(tokens[i - 1].Text)) continue;
            // "“… lose that game at half-time,” said Sella.", "… has had little impact on the city, said Eichtinger.": right
            // after a quote or a comma the subject comes after the verb; not a name that owns what follows ("Ari Fleischer,
            // said Trump's nomination will …").
            var afterQuoteOrComma = i > 0 && (_inside.Contains(p, tokens[i - 1].Start)
                || Gap.IsCommaSpace(_body.Paragraphs[p], tokens[i - 1].End, tokens[i].Start) && !OwnerAfter(p, i + 1, tokens));
            if (afterQuoteOrComma && SubjectAfterVerb(p, i + 1, tokens, tokens[i].Text) is { Speaker: { } inverted }) return inverted;
            var sentence = _body.SentenceAt(p, tokens[i].Start);
            for (var s = i - 1; s >= 0 && tokens[s].Start >= sentence.Start && i - s <= MaxSubjectDistance; s--)
            {
                var subject = SubjectAt(p, s, tokens, tokens[i].Text);
                if (subject is null) continue;
                // A pronoun stands for the subject of the sentence before, as a quote's own pronoun does ("Umaga admitted the
                // fear of injury …, which features … Chris Latham. But he admitted …. “…”"), else for the last one named
                // outside quotes, whose names are their words ("“Freddie Mercury had to be our best performer …” ¶ But the
                // next Queen was far from formed, he said").
                return subject is PronounAttribution pronoun
                    ? PreviousSentenceSubject(pronoun, out _) ?? _names.LastMentionBefore(pronoun.Paragraph, pronoun.Offset, pronoun.Gender, m => _inside.Contains(m.Paragraph, m.Start))
                    : subject.Speaker;
            }
        }
        return null;
    }

    /// <summary>Whether a name that token <paramref name="k"/> starts ends in a possessive.</summary>
    private bool OwnerAfter(int p, int k, List<Token> all) =>
        k < all.Count && _names.MentionAt(p, all[k].Start) is not null && all[NameEnd(p, all, k, all.Count)].Possessive;

    /// <summary>
    /// "“…,” said Carlos Baez Silva. … Mr Valentine, who grew up in Argentina, agreed. “If I have to save pesos …”": the
    /// person the sentence right before the quote opens with, when that sentence, after the earlier quote, has a speech verb
    /// right after the name, or ends with one after the comma that closes its apposition; none otherwise.
    /// </summary>
    private PersonEntry? OpenerSpeaks(QuoteSpan quote, QuoteSpan earlier)
    {
        var p = quote.Paragraph;
        if (earlier.EndParagraph != p || !StartsSentence(quote) || quote.Open < 2) return null;
        var previous = _body.SentenceAt(p, quote.Open - 2);
        if (previous.Start <= earlier.Close) return null;
        var all = _body.Tokens[p];
        var (offset, count) = _body.TokenRange(p, previous.Start, previous.End);
        var verb = offset + count - 1;
        if (count < 2) return null;
        var opener = Opener(p, previous);
        if (opener.Person is null) return null;
        var end = NameEnd(p, all, _body.FirstTokenAt(p, opener.Start), verb);
        var text = _body.Paragraphs[p];
        // "Mr Florin said the challenge was to keep people playing. “There's an indication …”": the verb may also report
        // what the person said before the quote goes on with their words.
        var verbAfterName = end < verb && _body.VerbAt(p, end + 1) is not null && Gap.IsSpaces(text, all[end].End, all[end + 1].Start);
        var verbAfterApposition = _body.VerbAt(p, verb) is not null && text[opener.End] == ',' && Gap.IsCommaSpace(text, all[verb - 1].End, all[verb].Start);
        return verbAfterName || verbAfterApposition ? opener.Person : null;
    }

    /// <summary>
    /// Whether the quote's sentence opens with "a" or "an", at its start or after an opening phrase and its comma ("In June,
    /// a local group issued a “dress code”").
    /// </summary>
    private bool OpensWithIndefinite(QuoteSpan quote)
    {
        var p = quote.Paragraph;
        var all = _body.Tokens[p];
        var sentence = _body.SentenceAt(p, quote.Open);
        var (offset, count) = _body.TokenRange(p, sentence.Start, quote.Open);
        for (var k = offset; k < offset + count && k < offset + 6; k++)
        {
            if (all[k].Text is "a" or "an" or "A" or "An") return k == offset || Gap.IsCommaSpace(_body.Paragraphs[p], all[k - 1].End, all[k].Start);
            if (k > offset && Gap.IsCommaSpace(_body.Paragraphs[p], all[k - 1].End, all[k].Start)) return false;
        }
        return false;
    }

    /// <summary>Whether the quote opens a sentence of its paragraph ("Schiff said. \"The other factor …\"").</summary>
    private bool StartsSentence(QuoteSpan quote) => _body.SentenceAt(quote.Paragraph, quote.Open).Start == quote.Open;

    /// <summary>Where the words after a quote stop being about it: the next quote or the end of the sentence.</summary>
    private int SegmentEnd(int p, int from)
    {
        var text = _body.Paragraphs[p];
        var end = Math.Max(from, _body.SentenceAt(p, Math.Min(from, Math.Max(0, text.Length - 1))).End);
        for (var i = from; i < end && i < text.Length; i++)
        {
            if (!QuoteMarks.IsMark(text[i])) continue;
            // Marks around what is no quote are part of the words: a nickname (Marcia "Cia" Price), a name or a title
            // ("Texas delegate Bill Eastland, wearing “Ted Cruz” campaign pins, said").
            var close = i + 1;
            while (close < text.Length && !QuoteMarks.IsMark(text[close])) close++;
            if (close < end && close < text.Length && !_inside.Contains(p, i + 1))
            {
                i = close;
                continue;
            }
            return i;
        }
        return Math.Min(end, text.Length);
    }

    /// <summary>
    /// Whether a person the article does not name stands right before the verb ("a top aide said", "one official also
    /// said"); not one in apposition to a name before it ("Katrina Bull, a prospective candidate said", "Cathy Olkin, a
    /// mission scientist, said").
    /// </summary>
    private bool UnnamedBefore(int p, int offset, int verb, List<Token> all)
    {
        var text = _body.Paragraphs[p];
        var head = PastAdverbsBefore(verb, offset, all);
        if (head <= offset || !Gap.IsSpaces(text, all[head].End, all[head + 1].Start)) return false;
        for (var start = Math.Max(offset, head - 3); start < head; start++)
        {
            if (NameParts.UnnamedPerson(all, start, head + 1) != head) continue;
            return start == offset || !Gap.SetsOff(text, all[start - 1].End, all[start].Start) || _names.MentionAt(p, all[start - 1].Start) is null;
        }
        return false;
    }

    /// <summary>A speech verb whose subject is a person the article does not name: the quote is no one's it names.</summary>
    private sealed class UnnamedAttribution : QuoteAttribution
    {
        /// <param name="gender">The person's gender as the noun tells it ('-' for none), or null for no person (a publication that signs).</param>
        public UnnamedAttribution(string cue, char? gender)
            : base(null, cue, AttributionRule.None)
        {
            Gender = gender;
        }

        public char? Gender { get; }
    }

    /// <summary>
    /// "Rubio was asked by moderator Gerard Baker whether …, “…”": the agent of a passive verb asked the words; the one asked
    /// (<see cref="Asked"/>), if named, is who speaks on after them.
    /// </summary>
    private sealed class AskedAttribution : QuoteAttribution
    {
        public AskedAttribution(PersonEntry speaker, string cue, PersonEntry? asked)
            : base(speaker, cue, AttributionRule.SpeechVerb)
        {
            Asked = asked;
        }

        public PersonEntry? Asked { get; }
    }

    /// <summary>A pronoun subject waiting to be resolved in reading order.</summary>
    private sealed class PronounAttribution : QuoteAttribution
    {
        public PronounAttribution(char gender, string cue, int paragraph, int offset)
            : base(null, cue, AttributionRule.Pronoun)
        {
            Gender = gender;
            Paragraph = paragraph;
            Offset = offset;
        }

        public char Gender { get; }

        public int Paragraph { get; }

        public int Offset { get; }

        /// <summary>Whether the pronoun and its verb close the sentence after a comma ("…, he said."): the names before it in the sentence are what was said, not who said it.</summary>
        public bool ClosesSentence { get; init; }
    }
}
