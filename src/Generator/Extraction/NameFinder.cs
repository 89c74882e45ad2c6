using System;
using System.Collections.Generic;

namespace Byline.Generator.Extraction;

/// <summary>
/// Finds the people an article names. A run of capitalised words is a person when a title or honorific
/// stands before it, when it starts with a known given name, or when it is a form (surname, given name)
/// of a person already found. Organisations, places, days and months are never people.
/// </summary>
internal sealed partial class NameFinder
{
    private readonly List<PersonEntry> _people = new();
    private readonly List<PersonMention> _mentions = new();
    private readonly int _titleParagraph;

    // Words the article itself writes in lower case ("speech", "election"): common words, so not part of a name. Each
    // is marked on its folded word with this reading's stamp, so that a capitalised use of the word finds it whatever its
    // case, without a set of every word of the article. Only Find reads the marks, and words belong to one thread.
    [ThreadStatic]
    private static int t_lastStamp;

    private readonly int _stamp = ++t_lastStamp;

    // Capitalised words that stand alone (no capitalised neighbour) mid-sentence: how a surname is used after a full name.
    private readonly Dictionary<string, int> _standalone = new(StringComparer.Ordinal);

    // How often each lone capitalised word stands where a place does: "in Oakland", "across Northeast Ohio".
    private readonly Dictionary<string, int> _asPlace = new(StringComparer.Ordinal);

    // Lone capitalised words the article uses as a thing, not a person ("the Thunder", "Nintendo, which", "Sony said its"),
    // with the weight of that evidence: one "the" may be a slip ("the Clinton was"), a "which" or an "its" is not.
    private readonly Dictionary<string, int> _organisations = new(StringComparer.Ordinal);

    // Words that begin an organisation's two-word name ("Peabody Energy"): alone, they are its short name, not a person's
    // surname (<see cref="OrganisationsFirstWord"/>). Kept apart from _organisations: "the Clinton Foundation" does not make
    // Hillary Clinton less of a person.
    private readonly HashSet<string> _organisationFirstWords = new(StringComparer.Ordinal);

    // Runs of two capitalised words or more right after a kind of organisation ("IT firm Dimension Data"): the
    // organisation's name wherever else the article uses it ("In what Dimension Data calls an “alarming development”").
    private readonly HashSet<string> _organisationNames = new(StringComparer.Ordinal);

    // Paragraphs that are the staff credit closing wire copy (Credits.IsStaffCredit): they name no one the article is about.
    private readonly HashSet<int> _staffCredits = new();

    /// <summary>Whether paragraph <paramref name="p"/> is the staff credit that closes wire copy (<see cref="Credits.IsStaffCredit"/>), as the finder read it.</summary>
    public bool IsStaffCredit(int p) => _staffCredits.Contains(p);

    // Paragraphs written in title case (the headline, a subheading): every word is capitalised, so runs prove nothing.
    private readonly HashSet<int> _titleCase = new();

    // The words of the name being read; one buffer reused for every run.
    private readonly List<Token> _nameTokens = new();

    // Every paragraph's tokens, to look for another form of a name anywhere in the article.
    private IReadOnlyList<List<Token>> _tokens = Array.Empty<List<Token>>();

    // Every new name the rules decided on, with its signals, when the training command asks (PersonDetection).
    private readonly List<NameCandidate>? _candidates;

    /// <summary>Every new name the rules decided on, with its signals; empty unless <see cref="Find"/> was asked to keep them.</summary>
    public IReadOnlyList<NameCandidate> Candidates => (IReadOnlyList<NameCandidate>?)_candidates ?? Array.Empty<NameCandidate>();

    private NameFinder(int titleParagraph, IReadOnlyCollection<string>? known, bool keepCandidates)
    {
        _candidates = keepCandidates ? new List<NameCandidate>() : null;
        _titleParagraph = titleParagraph;
        _known = known is null || known.Count == 0 ? null : new HashSet<string>(known, StringComparer.OrdinalIgnoreCase);
    }

    // Names the project says are people (byline.json): accepted wherever the text has them as a name.
    private readonly HashSet<string>? _known;

    public IReadOnlyList<PersonEntry> People => _people;

    public IReadOnlyList<PersonMention> Mentions => _mentions;

    // The mentions of each paragraph, in order: rules ask "who is named here?" for one paragraph at a time.
    private readonly Dictionary<int, List<PersonMention>> _byParagraph = new();

    // Letters written after a name for an office or an honour: Queen's or King's Counsel, member of a parliament, orders.
    private static readonly HashSet<string> s_postNominals = new(StringComparer.Ordinal) { "QC", "KC", "MP", "MEP", "MSP", "OBE", "MBE", "CBE", "KBE", "DBE" };

    private static readonly List<PersonMention> s_none = new();

    /// <summary>The mentions in paragraph <paramref name="p"/>, in order of their offsets.</summary>
    public IReadOnlyList<PersonMention> MentionsIn(int p) => _byParagraph.TryGetValue(p, out var list) ? list : s_none;

    /// <summary>Reads the paragraphs twice: full names first, then the short forms that refer back to them.</summary>
    /// <param name="titleParagraph">Index of the headline among <paramref name="paragraphs"/>, or -1.</param>
    /// <param name="known">Names and aliases the project says are people (byline.json), if any.</param>
    /// <param name="keepCandidates">Keep every decision on a new name with its signals (<see cref="Candidates"/>), to train on.</param>
    public static NameFinder Find(IReadOnlyList<string> paragraphs, IReadOnlyList<List<Token>> tokens, int titleParagraph = -1, IReadOnlyCollection<string>? known = null, bool keepCandidates = false)
    {
        var finder = new NameFinder(titleParagraph, known, keepCandidates) { _tokens = tokens };
        for (var p = 0; p < paragraphs.Count; p++) finder.Survey(p, paragraphs[p], tokens[p]);
        if (titleParagraph >= 0) finder._titleCase.Add(titleParagraph);
        // The runs of capitalised words depend on the text alone: found once, read twice.
        var runs = new List<(int Paragraph, int First, int Count)>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (!Credits.IsStaffCredit(paragraphs[p])) Runs(p, paragraphs[p], tokens[p], runs);
            else finder._staffCredits.Add(p);
        }
        // "Aston Villa boss David O'Leary": the club is no person wherever else the article names it.
        foreach (var (p, first, count) in runs)
        {
            if (count > 1 && TeamBeforeItsRole(paragraphs[p], tokens[p], first + count)) finder._organisationNames.Add(JoinWords(tokens[p], first, count));
        }
        foreach (var (p, first, count) in runs) finder.TryName(p, paragraphs[p], tokens[p], first, count, shortForms: false);
        var beforeShortForms = finder._people.Count;
        foreach (var (p, first, count) in runs)
        {
            var paragraph = tokens[p];
            if (!finder.Covered(p, paragraph[first].Start, paragraph[first + count - 1].Start)) finder.TryName(p, paragraphs[p], paragraph, first, count, shortForms: true);
        }
        if (finder._people.Count > beforeShortForms) finder.MentionEarlierLoneNames(runs, beforeShortForms);
        foreach (var person in finder._people) person.Role ??= person.SetOffBy;
        finder._mentions.Sort((a, b) => a.Paragraph != b.Paragraph ? a.Paragraph.CompareTo(b.Paragraph) : a.Start.CompareTo(b.Start));
        foreach (var list in finder._byParagraph.Values) list.Sort((a, b) => a.Start.CompareTo(b.Start));
        finder._people.Sort((a, b) => a.FirstParagraph != b.FirstParagraph ? a.FirstParagraph.CompareTo(b.FirstParagraph) : a.FirstOffset.CompareTo(b.FirstOffset));
        return finder;
    }

    /// <summary>
    /// "But Parry, speaking to BBC Sport, also admits Gerrard … will have the final say. He told BBC Five Live: …" and, later,
    /// "Parry said: …": a lone name the short forms made a person where it speaks is that person where the article named
    /// them before, alone or after the word that opens the sentence.
    /// </summary>
    private void MentionEarlierLoneNames(List<(int Paragraph, int First, int Count)> runs, int from)
    {
        for (var i = from; i < _people.Count; i++)
        {
            var person = _people[i];
            if (person.Parts.Length != 1) continue;
            foreach (var (p, first, count) in runs)
            {
                if (p > person.FirstParagraph) break;
                var tokens = _tokens[p];
                var k = count == 1 ? first : count == 2 && s_sentenceOpeners.Contains(tokens[first].Text) ? first + 1 : -1;
                if (k < 0 || tokens[k].Text != person.Name || p == person.FirstParagraph && tokens[k].Start >= person.FirstOffset || Covered(p, tokens[k].Start, tokens[k].Start)) continue;
                AddMention(p, tokens[k].Start, tokens[k].End, person, null);
            }
        }
    }

    private void Survey(int p, string text, List<Token> tokens)
    {
        var capitalised = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // "al-Bayad" is lower-case but no common word.
            if (token.Is(WordTraits.LowerCase) && !token.Is(WordTraits.PrefixedSurname)) token.Word.StampLowerCase(_stamp);
            // "el-Haite told the Guardian": a surname with its article in lower case stands alone as a capitalised name does.
            if (token.Is(WordTraits.PrefixedSurname) && !token.IsCapitalised && (i == 0 || !tokens[i - 1].IsCapitalised || !Gap.IsOneSpace(text, tokens[i - 1], token)))
                Count(_standalone, token.Text, 1);
            if (!token.IsCapitalised) continue;
            capitalised++;
            var alone = (i == 0 || !tokens[i - 1].IsCapitalised || !Gap.IsOneSpace(text, tokens[i - 1], token))
                && (i + 1 >= tokens.Count || !tokens[i + 1].IsCapitalised || !Gap.IsOneSpace(text, token, tokens[i + 1]));
            if (alone) Count(_standalone, token.Text, 1);
            if (alone && i > 0 && tokens[i - 1].Text is "in" or "across" or "throughout" or "into" or "outside" && !token.Possessive) Count(_asPlace, token.Text, 1);
            var asThing = alone ? UseAsOrganisation(text, tokens, i) : 0;
            if (!alone && OrganisationsFirstWord(text, tokens, i)) _organisationFirstWords.Add(token.Text);
            if (!alone && KindOfOrganisationBefore(text, tokens, i) && CapitalisedRun(text, tokens, i) is > 1 and var run && NamesOrganisation(text, tokens, i, run))
                _organisationNames.Add(JoinWords(tokens, i, run));
            if (asThing > 0) Count(_organisations, token.Text, asThing);
        }
        if (tokens.Count >= 4 && capitalised * 10 >= tokens.Count * 7) _titleCase.Add(p);
    }

    private static void Count(Dictionary<string, int> counts, string word, int by) => counts[word] = (counts.TryGetValue(word, out var n) ? n : 0) + by;

    /// <summary>
    /// How surely the lone capitalised word at <paramref name="i"/> is written as a thing: 1 after a lower-case "the"
    /// that it ends the phrase of ("beat the Thunder."), 2 before ", which" ("Nintendo, which"), with "its" after its
    /// verb ("Sony said its console") or right after a kind of organisation ("rights group Liberty said"); 0 otherwise.
    /// No article writes "Schiff, which" of a person.
    /// </summary>
    private static int UseAsOrganisation(string text, List<Token> tokens, int i)
    {
        // Not after a possessive: "the insurgent group's Haqqani network" is the group's network, named for a family.
        if (KindOfOrganisationBefore(text, tokens, i) && !tokens[i - 1].Possessive || PostAt(text, tokens, i)) return 2;
        // "research from technology analysts Gartner": a title in the plural after a word that describes it names a firm of
        // them, not one person; "brothers Liam and Noel" names given names, and "which stars Nanjiani" has a verb.
        if (i > 1 && tokens[i - 1].Is(WordTraits.LowerCase) && tokens[i - 2].Is(WordTraits.LowerCase) && !tokens[i].Is(WordTraits.FirstName)
            && NameParts.IsPluralTitle(tokens[i - 1].Text) && Gap.IsOneSpace(text, tokens[i - 1], tokens[i]) && tokens[i - 2].Text is not ("which" or "who" or "that")
            && !Pronouns.IsSubject(tokens[i - 2].Text)) return 2;
        var last = i + 1 >= tokens.Count;
        var next = last ? default : tokens[i + 1];
        if (!last && GroupSubject(text, tokens, i)) return 2;
        // "the Trump campaign" modifies a noun; "beat the Thunder." and "the Lakers have" name the thing itself.
        if (i > 0 && tokens[i - 1].Text == "the" && Gap.IsOneSpace(text, tokens[i - 1], tokens[i])
            && (last || !Gap.IsOneSpace(text, tokens[i], next) || Words.IsAuxiliary(next.Text) || SpeechVerbs.At(tokens, i + 1) is not null)) return 1;
        if (last) return 0;
        if (next.Text == "which" && text.IndexOf(',', tokens[i].End, next.Start - tokens[i].End) >= 0 && next.Start - tokens[i].End <= 2) return 2;
        // "Sony said its", "Nintendo has said its": a possessive "its" within the next few words that no other noun stands before.
        for (var k = i + 1; k < tokens.Count && k <= i + 3; k++)
        {
            if (tokens[k].Text == "its") return 2;
            if (tokens[k].IsCapitalised || text.IndexOf(',', tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End) >= 0) break;
            if (SpeechVerbs.At(tokens, k) is null && !Words.IsAuxiliary(tokens[k].Text) && tokens[k].Text != "also") break;
        }
        return 0;
    }

    /// <summary>
    /// "Newcastle have fined their striker", "but Villa were not interested": a lone word that opens its sentence or clause
    /// and that "have", "are" or "were" follows is a team, a firm or a place, as British English writes them in the plural;
    /// one person never takes those verbs alone ("Clinton and Trump are" is two, "if Trump were" a wish).
    /// </summary>
    private static bool GroupSubject(string text, List<Token> tokens, int i)
    {
        if (tokens[i + 1].Text is not ("have" or "are" or "were") || !Gap.IsOneSpace(text, tokens[i], tokens[i + 1])) return false;
        if (i == 0 || OpensSentence(text, tokens, i)) return true;
        return tokens[i - 1].Text is "but" or "that" or "as" or "while" or "when" or "because" or "after" or "before" or "since" or "although" or "though" or "until" or "unless"
            && Gap.IsOneSpace(text, tokens[i - 1], tokens[i]);
    }

    /// <summary>
    /// Whether one of the first <paramref name="count"/> words of a name, capitalised as a headline does, is a noun for a
    /// person by its ending and no given name: "Fact-Checker" in "Snopes Fact-Checker David Emery", not "Mostafa".
    /// </summary>
    private static bool OccupationBefore(List<Token> nameTokens, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (!nameTokens[k].Is(WordTraits.FirstName) && NameParts.HasPersonEnding(Words.ToLowerInvariant(nameTokens[k].Text))) return true;
        }
        return false;
    }

    /// <summary>Whether one of the first <paramref name="count"/> words of a name is a common word, an -ing word or a title, not a given name.</summary>
    private bool DescribingWordsBefore(List<Token> nameTokens, int count)
    {
        if (nameTokens[0].Is(WordTraits.FirstName | WordTraits.Honorific)) return false;
        for (var k = 0; k < count; k++)
        {
            if (IsCommonWord(nameTokens[k].Word) || IsIngWord(nameTokens[k]) || nameTokens[k].Is(WordTraits.TitleNoun | WordTraits.RoleWord)) return true;
        }
        return false;
    }

    /// <summary>
    /// "the coal mining giant Peabody Energy", "Patriot Coal": the first of two capitalised words, the second a word no
    /// person's name ends in, names the organisation when it stands alone ("Peabody said: …").
    /// </summary>
    private static bool OrganisationsFirstWord(string text, List<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count || !Gap.IsOneSpace(text, tokens[i], tokens[i + 1]) || !tokens[i + 1].Is(WordTraits.NonPerson)) return false;
        if (i > 0 && tokens[i - 1].IsCapitalised && Gap.IsOneSpace(text, tokens[i - 1], tokens[i])) return false;
        if (i + 2 < tokens.Count && tokens[i + 2].IsCapitalised && Gap.IsOneSpace(text, tokens[i + 1], tokens[i + 2])) return false;
        return !tokens[i].Is(WordTraits.FirstName | WordTraits.Honorific | WordTraits.TitleNoun | WordTraits.NonPerson) && !tokens[i].Possessive;
    }

    /// <summary>
    /// "the accounting firm Grant Thornton", "mobile company Sierra Wireless": a run right after a kind of organisation is
    /// its name, whatever its words (a lone word is weighed in <see cref="UseAsOrganisation"/>). Not when a title opens the
    /// run ("the network President Vladimir Putin formed", "company CEO Andy Vesey"), nor after "the network's".
    /// </summary>
    private static bool NamesOrganisation(string text, List<Token> tokens, int first, int count) =>
        count > 1 && KindOfOrganisationBefore(text, tokens, first) && !tokens[first - 1].Possessive
        && !tokens[first].Is(WordTraits.TitleNoun | WordTraits.Honorific | WordTraits.RoleWord | WordTraits.Acronym);

    /// <summary>
    /// "Aston Villa boss David O'Leary", "Real Madrid striker Michael Owen", "Dallas Mavericks owner Mark Cuban": a run right
    /// before the lower-case role its club gives the name after it is the club. A person's aide is written so ("Clinton
    /// aide Huma Abedin"); a club's boss, chairman, manager, coach, captain, owner or player is not.
    /// </summary>
    private static bool TeamBeforeItsRole(string text, List<Token> tokens, int runEnd) =>
        runEnd + 1 < tokens.Count && s_teamRoles.Contains(tokens[runEnd].Text) && tokens[runEnd + 1].IsCapitalised
        && Gap.IsOneSpace(text, tokens[runEnd - 1], tokens[runEnd]) && Gap.IsOneSpace(text, tokens[runEnd], tokens[runEnd + 1]);

    private static readonly HashSet<string> s_teamRoles = new(StringComparer.Ordinal)
    {
        "boss", "chairman", "chairwoman", "manager", "coach", "captain", "owner", "striker", "midfielder", "defender",
        "goalkeeper", "winger", "full-back", "fly-half", "scrum-half", "skipper",
    };

    /// <summary>
    /// "said Carlos Saldarriaga, technical coordinator at Cepes", "an analyst at Gartner", "the chairman of Oxfam": the word
    /// after a title and "at", "of" or "for" is where the post is held. Not after a word for one who speaks for another or
    /// for someone of a person's ("a spokesman for Clinton", "a friend of Trump").
    /// </summary>
    private static bool PostAt(string text, List<Token> tokens, int i) =>
        i >= 2 && tokens[i - 1].Text is "at" or "of" or "for" && tokens[i - 2].Is(WordTraits.LowerCase) && NameParts.IsPersonNoun(tokens[i - 2])
        && !Lexicon.IsNoun(tokens[i - 2].Text, NounKinds.Kin | NounKinds.StandIn)
        && Gap.IsOneSpace(text, tokens[i - 2], tokens[i - 1]) && Gap.IsOneSpace(text, tokens[i - 1], tokens[i]);

    /// <summary>Whether a lower-case kind of organisation (<see cref="NounKinds.Organisation"/>) stands one space before token <paramref name="i"/>: "rights group Liberty".</summary>
    private static bool KindOfOrganisationBefore(string text, List<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Is(WordTraits.LowerCase) && Gap.IsOneSpace(text, tokens[i - 1], tokens[i]) && Lexicon.IsNoun(tokens[i - 1].Text, NounKinds.Organisation);

    /// <summary>The runs of capitalised words of a paragraph (<see cref="CapitalisedRun"/>), in order.</summary>
    private static void Runs(int p, string text, List<Token> tokens, List<(int Paragraph, int First, int Count)> runs)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var run = CapitalisedRun(text, tokens, i);
            // "el-Haite told the Guardian": a surname with its article, in lower case, on its own (TryName only resolves it).
            if (run == 0 && tokens[i].Is(WordTraits.PrefixedSurname)) run = 1;
            if (run == 0)
            {
                i++;
                continue;
            }
            runs.Add((p, i, run));
            i += run;
        }
    }

    /// <summary>Whether token <paramref name="k"/> is a nickname quoted inside a name: Marcia "Cia" Price (<see cref="QuoteKind.IsNickname"/>).</summary>
    private static bool IsNickname(string text, List<Token> tokens, int k)
    {
        var token = tokens[k];
        return token.Start > 0 && token.End < text.Length && QuoteMarks.IsMark(text[token.Start - 1]) && QuoteMarks.IsMark(text[token.End])
            && QuoteKind.IsNickname(text, token.Start - 1, token.End);
    }

    /// <summary>
    /// Records a decision on a run, in place of an earlier one on the same run. Its own method: a lambda over the run's
    /// offsets inside <see cref="TryName"/> would cost a closure on every call, recorded or not.
    /// </summary>
    private void Record(NameCandidate candidate)
    {
        _candidates!.RemoveAll(c => c.Paragraph == candidate.Paragraph && c.Start == candidate.Start && c.End == candidate.End);
        _candidates.Add(candidate);
    }

    /// <summary>Whether a mention already covers the run whose first and last words start at these offsets.</summary>
    private bool Covered(int p, int firstStart, int lastStart)
    {
        // By index: a foreach over the read-only list would box its enumerator on every run of capitalised words.
        var mentions = MentionsIn(p);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Start == lastStart || m.Start <= firstStart && m.End >= lastStart) return true;
        }
        return false;
    }

    // Nouns for works a title follows ("the novel Dark Matters", "her song Toxic").
    private static readonly HashSet<string> s_works = new(StringComparer.Ordinal)
    {
        "novel", "book", "album", "film", "movie", "song", "single", "play", "documentary", "memoir", "musical", "opera", "sitcom",
    };

    /// <summary>
    /// "In the novel Dark Matters", "their album Stakonia", "his song Irish Son", "her graphic novel Angel Catbird": right
    /// after a word for a work, with an article, a possessive or "new" before it (a word or two that describe the work
    /// aside), a capitalised run is the work's title.
    /// </summary>
    private static bool NamedWorkBefore(string text, List<Token> tokens, int first)
    {
        if (first < 2 || !s_works.Contains(tokens[first - 1].Text) || !Gap.IsOneSpace(text, tokens[first - 1], tokens[first])) return false;
        for (var k = first - 2; k >= 0 && k >= first - 4; k--)
        {
            if (tokens[k].Text is "the" or "his" or "her" or "their" or "its" or "new" or "latest" or "debut") return true;
            if (!tokens[k].Is(WordTraits.LowerCase) || !Gap.IsOneSpace(text, tokens[k], tokens[k + 1])) return false;
        }
        return false;
    }

    /// <summary>Whether text[<paramref name="start"/>..<paramref name="end"/>) is all a pair of quotation marks holds, a comma or a full stop aside.</summary>
    private static bool QuotedRun(string text, int start, int end)
    {
        if (start == 0 || !QuoteMarks.IsMark(text[start - 1])) return false;
        if (end < text.Length && text[end] is ',' or '.') end++;
        return end < text.Length && QuoteMarks.IsMark(text[end]);
    }

    /// <summary>
    /// "Coach (Frank) Vogel came in", "[Phil] Gramm": a given name a writer put in brackets before a surname is part of
    /// the name.
    /// </summary>
    private static bool BracketedGivenName(string text, Token given, Token surname)
    {
        if (given.Start == 0 || surname.Start - given.End != 2 || text[surname.Start - 1] != ' ' || !given.Is(WordTraits.FirstName)) return false;
        var open = text[given.Start - 1];
        var close = text[given.End];
        return open == '(' && close == ')' || open == '[' && close == ']';
    }

    /// <summary>
    /// "the Eve Door &amp; Window sensor", "SG Corporate &amp; Investment Banking", "Moelis &amp; Company": capitalised words that
    /// "&amp;" joins to the run name a firm, a brand or a work, whoever they are named after. Not a run that opens with a known
    /// given name, which is a person's name beside another's ("Hilary Duff &amp; Celeb Posse Scour City").
    /// </summary>
    private static bool JoinedByAmpersand(string text, List<Token> tokens, int first, int runEnd) =>
        !tokens[first].Is(WordTraits.FirstName)
        && (first > 0 && tokens[first - 1].IsCapitalised && IsAmpersand(text, tokens[first - 1].End, tokens[first].Start)
            || runEnd < tokens.Count && tokens[runEnd].IsCapitalised && IsAmpersand(text, tokens[runEnd - 1].End, tokens[runEnd].Start));

    private static bool IsAmpersand(string text, int from, int to) => to - from == 3 && text[from] == ' ' && text[from + 1] == '&' && text[from + 2] == ' ';

    /// <summary>How many tokens from <paramref name="i"/> form one run of capitalised words, joined by single spaces.</summary>
    private static int CapitalisedRun(string text, List<Token> tokens, int i)
    {
        var n = 0;
        while (i + n < tokens.Count)
        {
            var token = tokens[i + n];
            // "Charles de Gaulle", "Ursula von der Leyen", "Juan de la Cruz": one particle or two before a capitalised word.
            var particle = n > 0 && token.Is(WordTraits.Particle) && i + n + 1 < tokens.Count
                && (tokens[i + n + 1].IsCapitalised || tokens[i + n + 1].Is(WordTraits.Particle) && i + n + 2 < tokens.Count && tokens[i + n + 2].IsCapitalised);
            // "Rashid al-Bayad": a surname with its article ends the name.
            var prefixed = n > 0 && token.Is(WordTraits.PrefixedSurname);
            if (!token.IsCapitalised && !particle && !prefixed) break;
            if (n > 0 && !Gap.IsOneSpace(text, tokens[i + n - 1], token) && !IsNickname(text, tokens, i + n) && !IsNickname(text, tokens, i + n - 1)
                && !BracketedGivenName(text, tokens[i + n - 1], token)) break;
            n++;
            if (token.Possessive) break;
        }
        return n;
    }

    private void TryName(int p, string text, List<Token> tokens, int first, int count, bool shortForms)
    {
        var runEnd = first + count;
        // A lower-case surname with its article on its own refers back to the person it is the surname of, and names no one new.
        if (!tokens[first].IsCapitalised)
        {
            if (Resolve(tokens[first].Text) is { } surnameOf) AddMention(p, tokens[first].Start, tokens[first].End, surnameOf, null);
            return;
        }
        if (Credits.NamesPhotographer(text, tokens[first].Start, tokens[runEnd - 1].End) || NamedWorkBefore(text, tokens, first)) return;
        // "Rep. Gregory Meeks (D-N.Y.) said": a party and state in brackets is no one, though a speech verb follows it.
        if (count == 1 && PartyAndStateEnd(text, tokens[first]) >= 0) return;
        // "“…,” Israel said" after "Rep. Steve Israel": a surname that is otherwise a place or a thing refers back to the
        // person it is the surname of when it speaks.
        if (shortForms && count == 1 && tokens[first].Is(WordTraits.NonPerson) && !tokens[first].Is(WordTraits.FirstName)
            && (IsSubjectOfSpeech(tokens, runEnd) || IsObjectOfSpeech(text, tokens, first))
            && Resolve(tokens[first].Text) is { Parts.Length: > 1 } bearer && NameParts.Same(bearer.Surname, tokens[first].Text))
        {
            AddMention(p, tokens[first].Start, tokens[first].End, bearer, null);
            return;
        }
        // "the Rachel Maddow Show", "Business Software Alliance": the run names an institution, whoever it is named after.
        if (tokens[runEnd - 1].Is(WordTraits.InstitutionHead)) return;
        if (NamesOrganisation(text, tokens, first, count) || JoinedByAmpersand(text, tokens, first, runEnd)) return;
        // "Secretary of the Treasury Jacob Lew": the run's first words name what the title is of, the rest its holder.
        var holder = HolderAfterTitleOf(text, tokens, first, runEnd);
        var (nameStart, titled, gender) = SkipTitles(text, tokens, holder >= 0 ? holder : first, runEnd);
        titled |= holder >= 0;
        // "said Atlantic City Mayor Don Guardian in a telephone interview", "Representative Steve Israel, a Democrat from New
        // York": after a title, a given name and a word that is otherwise never a name are a person's name when the run speaks
        // or an apposition follows it, and no article stands before it ("The Queen Elizabeth Hospital said" is a hospital).
        // After an honorific or a rank they always are ("Gen. George Washington also comes to mind", "Gov. Nathan Deal").
        var titledSurname = runEnd - nameStart == 2 && nameStart > first && tokens[nameStart - 1].Is(WordTraits.TitleNoun | WordTraits.Honorific)
            && !DeterminerBefore(tokens, first, nameStart)
            && tokens[nameStart].Is(WordTraits.FirstName) && tokens[runEnd - 1].Is(WordTraits.NonPerson) && !tokens[runEnd - 1].Is(WordTraits.InstitutionHead)
            && (tokens[nameStart - 1].Is(WordTraits.Honorific) || IsObjectOfSpeech(text, tokens, first) || IsSubjectOfSpeech(tokens, PastBrackets(text, tokens, runEnd)) || Apposition.Role(text, tokens[runEnd - 1].End, tokens) is not null);
        titled |= titledSurname;
        // "said Kristen Day, executive director of Democrats for Life", "Michael Day, 30, who lives with his parents, says":
        // without a title, so are a known given name and such a word when the pair speaks or is described after a comma,
        // unless the word is a weekday or a month ("said Jordan Monday").
        var describedSurname = runEnd - first == 2 && nameStart == first && !DeterminerBefore(tokens, first, first)
            && tokens[first].Is(WordTraits.FirstName) && tokens[runEnd - 1].Is(WordTraits.NonPerson) && !tokens[runEnd - 1].Is(WordTraits.InstitutionHead | WordTraits.FirstName)
            && !PublicationDate.IsWeekday(tokens[runEnd - 1].Text) && !PublicationDate.IsMonthName(tokens[runEnd - 1].Text)
            && (IsObjectOfSpeech(text, tokens, first) || IsSubjectOfSpeech(tokens, PastBrackets(text, tokens, runEnd))
                || AgeBetweenCommas(text, tokens, runEnd) || runEnd < tokens.Count && !IsAge(tokens[runEnd].Text) && Described(text, tokens, runEnd));
        var nameTokens = _nameTokens;
        nameTokens.Clear();
        string? nickname = null;
        for (var k = nameStart; k < runEnd; k++)
        {
            if (!IsNickname(text, tokens, k)) nameTokens.Add(tokens[k]);
            else nickname = tokens[k].Text;
        }
        TrimCommonWords(nameTokens, titledSurname || describedSurname);
        // "Guy Mansfield QC warned", "Frank Field MP said": letters after a name are an honour or an office, not part of it.
        while (nameTokens.Count > 2 && s_postNominals.Contains(nameTokens[nameTokens.Count - 1].Text)) nameTokens.RemoveAt(nameTokens.Count - 1);
        if (DescribedName(nameTokens)) nameTokens.RemoveAt(0);
        if (nameTokens.Count == 0 || nameTokens.Count > 4) return;
        // "Starbucks’ Chief Financial Officer, Troy Alstead", "former House of Representatives Speaker": words that end in a
        // title name an office, not its holder, unless a known given name opens them ("Carole King", "Patty Judge").
        if (nameTokens.Count >= 2 && nameTokens[nameTokens.Count - 1].Is(WordTraits.TitleNoun) && !nameTokens[0].Is(WordTraits.FirstName)) return;
        var allAcronyms = true;
        for (var k = 0; k < nameTokens.Count; k++)
        {
            if (!nameTokens[k].Is(WordTraits.CanBeName) && !BareInitial(nameTokens, k)) return;
            allAcronyms &= nameTokens[k].Is(WordTraits.Acronym);
        }
        if (allAcronyms) return; // "U.S." after "chief": initials are part of a name, never all of it
        var name = JoinWords(nameTokens, 0, nameTokens.Count);
        if (nameTokens.Count > 1 && _organisationNames.Contains(name)) return;
        var start = nameTokens[0].Start;
        var end = nameTokens[nameTokens.Count - 1].End;
        titled |= nameStart == first && IsLowerCaseTitleBefore(text, tokens, first);

        var existing = Resolve(name, gender);
        if (existing is not null)
        {
            // "Republicans Are Following Trump to Nowhere": in a headline, common words before a shorter name are not its
            // ("Mostafa Mohamed Talaat" is still his full name).
            // Nor does a headline add the words for what someone does to a full name the article gives ("'Neutral' Snopes
            // Fact-Checker David Emery: …" over "David Emery").
            if (_titleCase.Contains(p) && nameTokens.Count > existing.Parts.Length
                && (DescribingWordsBefore(nameTokens, nameTokens.Count - existing.Parts.Length) || existing.Parts.Length >= 2 && OccupationBefore(nameTokens, nameTokens.Count - existing.Parts.Length)))
            {
                ResolveWithin(p, tokens, first, runEnd);
                return;
            }
            existing.Nickname ??= nickname;
            if (existing.Gender == '-' && gender != '-') existing.Gender = gender;
            if (nameTokens.Count > 1 && existing.Parts.Length < nameTokens.Count && existing.Name != name) Promote(existing, name);
            AddMention(p, start, end, existing, titled ? TitleRole(text, tokens, first, nameStart, holder) : null);
            existing.Office ??= OfficeBefore(tokens, nameStart);
            return;
        }
        // "the standalone Magic Keyboard", "a new Grace Tower": a given name and a word the article also writes in lower case,
        // after a determiner or a possessive name and at most one other lower-case word, name a thing ("Apple’s standalone
        // Magic Keyboard"; "his wife Theresa May" is kin's name).
        if (nameTokens.Count == 2 && !titled && nameTokens[0].Is(WordTraits.FirstName) && IsCommonWord(nameTokens[1].Word)
            && ThingPhraseBefore(tokens, Tokenizer.FirstAt(tokens, nameTokens[0].Start))) return;
        // "videos he calls “Consumer Advocate TV,”": a run in quotation marks with more words than the name is the title of a
        // show, a work or a brand, and names no one new; but a known given name names the host ("“This Week With George
        // Stephanopoulos”").
        if (nameTokens.Count < count && nameTokens[0].Word.FirstNameGender == '\0' && QuotedRun(text, tokens[first].Start, tokens[runEnd - 1].End)) return;
        // "Either Clinton or Trump will be president", "Neither Johnson nor Stein": a word that opens sentences or the article
        // also writes in lower case, and no given name, before a name it has already given is not part of that name.
        if (nameTokens.Count > 1 && (IsCommonWord(nameTokens[0].Word) || s_sentenceOpeners.Contains(nameTokens[0].Text))
            && !nameTokens[0].Is(WordTraits.FirstName | WordTraits.Honorific | WordTraits.TitleNoun | WordTraits.RoleWord)
            && Resolve(JoinWords(nameTokens, 1, nameTokens.Count - 1), gender) is not null)
        {
            ResolveWithin(p, tokens, first, runEnd);
            return;
        }
        // "a new stadium in Stanley Park", "set off for Dolores Park": a park a preposition of place leads to is no person,
        // though "Park" is a surname too ("Grace Park said").
        if (nameTokens.Count == 2 && nameTokens[1].Text == "Park" && first > 0 && tokens[first - 1].Text is "in" or "at" or "near" or "to" or "for" or "through" or "into" or "outside" or "inside" or "across" or "around") return;
        // "Oxfam's Chief Executive": a title on its own names no one new ("King" may still be Larry King, named before).
        if (nameTokens.Count == 1 && nameTokens[0].Is(WordTraits.RoleWord | WordTraits.TitleNoun)) return;
        // "a former Miss Universe" where the article also has "Miss Universe Alicia Machado" and "Alicia Machado": a word that
        // describes a named person names no one new.
        if (nameTokens.Count == 1 && DescribesAName(nameTokens[0].Text)) return;
        var firstGender = nameTokens[0].Word.FirstNameGender;
        var knownFirst = firstGender != '\0';
        // "The exhibits include Warhol Polaroid shots": a person's surname, no given name, before another word names a thing
        // of theirs or named after them, not someone new. Not a family name written first ("Wong Yeung-tat" beside
        // "Raymond Wong").
        if (nameTokens.Count == 2 && !knownFirst && !IsRomanisedGivenName(nameTokens[1].Text) && SurnameOfSomeone(nameTokens[0].Text))
        {
            ResolveWithin(p, tokens, first, runEnd);
            return;
        }
        if (_titleCase.Contains(p) && !(nameTokens.Count == 2 && knownFirst && count <= 3))
        {
            // A headline capitalises every word: only names the body gives, or a plain "First Last", are people there.
            ResolveWithin(p, tokens, first, runEnd);
            return;
        }
        // A lone word is a person when it speaks ("Schiff said", "said Schiff") and the article uses it more than once.
        var whole = nameStart == first && nameTokens.Count == count;
        // A full name only, after an apposition: a lone word there is as often a company ("Ascom, a global solutions provider …, announced").
        // Not a name that closes a quote ("… trade concerns and Hong Kong,” said Jeffrey Halley"): the verb after the quote is
        // the speaker's.
        // A full name after "the" does not speak through an inverted verb after a comma either ("the Black Death, say officials").
        var subjectOfSpeech = (IsSubjectOfSpeech(tokens, PastBrackets(text, tokens, runEnd), nameTokens.Count > 1)
                && !((nameTokens.Count == 1 || first > 0 && tokens[first - 1].Text == "the") && InvertedAfterComma(text, tokens, runEnd))
                && !ClosesQuote(text, tokens, runEnd) || SpeaksAfterWho(text, tokens, runEnd)
                || nameTokens.Count > 1 && (SpeaksAfterApposition(text, tokens, runEnd) || SpeaksAfterAnd(text, tokens, runEnd) || CharacterisesQuote(text, tokens, PastBrackets(text, tokens, runEnd))))
            && !ObjectOfPreposition(tokens, first, nameStart) && !StateAfterTown(text, tokens, first, runEnd) || SignsQuote(text, start);
        var afterSpeechVerb = IsObjectOfSpeech(text, tokens, first) || InvertedAfterQuote(text, tokens, first);
        var speaks = subjectOfSpeech || afterSpeechVerb;
        // A lone word after a verb that has its subject begins what was said ("Trump said Iowa's caucus …"), and is as often
        // a place or a thing as a person; a full name there is a person ("A spokeswoman said Andi Peters would stay").
        var speaksAlone = subjectOfSpeech || afterSpeechVerb && VerbBeforeSubject(text, tokens, first);
        // "“…,” said Sowers, who is also considering Biden", "“…,” said George, an IT technician", "“…,” said Haines, 44.": the
        // inverted subject of the quote's verb, described by a relative clause, an apposition or an age, is a person named once.
        // Not a title in the plural ("Campaigners say"), which speaks for several people.
        var loneSpeaker = shortForms && whole && nameTokens.Count == 1 && speaksAlone && MayBeLoneName(name, nameTokens[0]) && !NameParts.IsPluralTitle(name)
            && name.IndexOf('\'') < 0 && name.IndexOf('\u2019') < 0
            && (Standalone(name) >= 2 || afterSpeechVerb && VerbBeforeSubject(text, tokens, first) && Described(text, tokens, runEnd)
                || SubjectAfterQuote(text, tokens, first, runEnd));
        var apposition = Apposition.Role(text, end, tokens);
        var appositionNoun = apposition is null ? null : Words.LastWord(apposition);
        // "Zeina, a twenty-something student, fears …", "Ellie, a high school senior,": a lone word that opens its sentence and
        // an apposition describes by a listed title is a person named once; a known given name may be described by any noun
        // for what a person does. A noun a person's by its ending alone describes firms as often ("Ascom, a global solutions
        // provider"); inside a sentence the word is mostly a place ("Tom Cole of Oklahoma, an ally of …"); an adverb opens
        // sentences too ("Significantly, the judge said"); and a role that a name follows is that name's ("In Kentucky, the
        // Democratic candidate, Andy Beshear").
        var loneDescribed = shortForms && whole && nameTokens.Count == 1 && apposition is not null && MayBeLoneName(name, nameTokens[0])
            && !name.EndsWith("ly", StringComparison.Ordinal) && OpensSentence(text, tokens, first)
            && (knownFirst || NameParts.IsTitleNoun(appositionNoun!)) && !NameAfterApposition(text, tokens, end, apposition);
        // "his wife, Jane, called for an open primary", "Trump's wife, Melania,": a known given name set off by commas after
        // someone's kin is that person, whom the article names no further.
        var loneKin = shortForms && whole && nameTokens.Count == 1 && knownFirst && KinSetOff(text, tokens, first, runEnd);
        if (shortForms && !titled && !loneSpeaker && !loneDescribed && !loneKin) return;
        var role = TitleRole(text, tokens, first, nameStart, holder) ?? Apposition.AsFunction(apposition);
        // "Electronic Arts, the biggest games publisher": a noun that is a person's by its ending only, and no title, describes
        // firms too; it makes no person of a name that opens with an adjective in "-ic" ("Atlantic", "Olympic", "Electronic"),
        // as names of firms and bodies do and given names we do not know seldom do.
        var describes = apposition is not null
            && (NameParts.IsTitleNoun(appositionNoun!)
                || nameTokens[0].Is(WordTraits.FirstName) || !nameTokens[0].Text.EndsWith("ic", StringComparison.Ordinal));
        // The whole run, of two or three words none of which is common: what the shape-and-context signals below ask of a name.
        var plainName = whole && nameTokens.Count is 2 or 3 && !AnyCommonWord(nameTokens);
        // Not a last word the article also writes as a thing's ("the Pakistani Taliban" … "pushed back the Taliban,"), nor one
        // it writes alone only as a place ("Old Oakland" … "in Oakland").
        // Nor a run that opens a quotation, where a verb is capitalised too ("chanting “Dump Trump.”", "scream, “Make Trump just
        // go away.”").
        var referredBack = plainName && first > 0 && !OpensQuotation(text, tokens[first].Start) && ReferredToAlone(nameTokens[nameTokens.Count - 1].Text);
        // "The leader of Ennahda, Rachid Ghannouchi, condemned": a full name set off by commas right after a title that a
        // determiner or a possessive opens is the title's holder, though no list knows the given name.
        string? roleBefore = null;
        var setOff = whole && nameTokens.Count >= 2 && !shortForms && RoleBefore(text, tokens, first, end, out roleBefore);
        var known = _known is not null && _known.Contains(name);
        // "Luay Sami, 33, the community center's program coordinator": a full name with an age between commas after it is a
        // person's ("the Museum of Modern Art, 20 summer analysts" has no comma after the number).
        var aged = AgeBetweenCommas(text, tokens, runEnd);
        // "Kwok Ka-ki", "Leung Kwok-hung", "Tsai Ing-wen": a short surname before a romanised given name of two syllables.
        var romanised = plainName && nameTokens.Count == 2 && nameTokens[0].Text.Length <= 5 && IsRomanisedGivenName(nameTokens[1].Text);
        // "Nerlens Noel had 15.", "Joonas Korpisalo stopped 30 shots": a full name that a player's verb and a count follow.
        var scores = plainName && !nameTokens[nameTokens.Count - 1].Is(WordTraits.InstitutionHead) && ScoresCount(text, tokens, runEnd);
        var pronounAfter = whole && nameTokens.Count >= 2 && ReferredToByPronoun(text, tokens, first, runEnd);
        // "O.J. Simpson", "J.M. Barrie", "T.J. Carrie": two initials or more with their full stops, as only a person's given
        // names are written ("U.S." and "D.C." are no initials), before a surname.
        var initialled = plainName && nameTokens[0].Is(WordTraits.DottedInitials);
        // "Jamal Simmons is a Democratic consultant", "Noam Chomsky is a professor at MIT": a full name the sentence says is
        // a title or an occupation.
        var calledTitle = plainName && IsCalledATitle(text, tokens, runEnd);
        // "a General Motors exhibition": after "a" or "an", a title and one word name a thing the phrase describes; a
        // courtesy title still names someone ("placed under the care of a Dr. Bailey"). A country after a title is a team
        // ("against defending champion Croatia"), a word whose parts a capital joins a brand ("official MagSafe").
        var accepted = titled && (nameTokens.Count > 1 || (holder >= 0 || IsTitleBefore(tokens, nameStart))
                && !(first > 0 && tokens[first - 1].Text is "a" or "an" && !IsCourtesyTitle(tokens[first].Text)) && !NamesCountryOrBrand(name))
            || (nameTokens.Count >= 2 && (knownFirst && !RunGoesOn(tokens, end, runEnd) || titled || describes || speaks || referredBack || aged || setOff || pronounAfter || scores || romanised || initialled || calledTitle))
            || loneSpeaker || loneDescribed || loneKin
            || known;
        // Asked only of a name nothing else made a person: its signal then says that the list alone did.
        var listedWithPeople = !accepted && whole && nameTokens.Count == 2 && !shortForms
            && (ListedWithPerson(p, text, tokens, first, nameTokens) || ListedBeforePerson(p, text, tokens, first, runEnd, nameTokens));
        accepted |= listedWithPeople;
        // What the decision saw, for the detection model's confidence (PersonDetection) and for training it.
        List<string>? signals = null;
        if (accepted || _candidates is not null)
        {
            signals = Signals(text, tokens, first, runEnd, nameTokens, whole, shortForms, p);
            if (titled) signals.Add("titled");
            if (knownFirst) signals.Add("known-given-name");
            if (apposition is not null) signals.Add("apposition");
            if (setOff) signals.Add("role-before");
            if (subjectOfSpeech) signals.Add("subject-of-speech");
            if (afterSpeechVerb) signals.Add("after-speech-verb");
            if (referredBack) signals.Add("referred-back");
            if (loneSpeaker) signals.Add("lone-speaker");
            if (loneDescribed) signals.Add("lone-described");
            if (loneKin) signals.Add("lone-kin");
            if (pronounAfter) signals.Add("pronoun-after");
            if (scores) signals.Add("scores");
            if (romanised) signals.Add("romanised");
            if (initialled) signals.Add("initialled");
            if (calledTitle) signals.Add("called-title");
            if (listedWithPeople) signals.Add(ListedWithPeople);
            if (known) signals.Add(PersonDetection.Known);
            // A run the first reading leaves is read again for short forms: the second decision is the one that stands.
            if (_candidates is not null) Record(new NameCandidate(p, start, end, name, signals, accepted));
        }
        if (!accepted) return;
        if (gender == '-' && knownFirst && (nameTokens.Count > 1 || loneKin)) gender = firstGender;
        var person = new PersonEntry(name, p, start) { Gender = gender, Signals = signals!, Nickname = nickname, SetOffBy = roleBefore, Office = OfficeBefore(tokens, nameStart) };
        _people.Add(person);
        AddMention(p, start, end, person, role);
    }

    /// <summary>
    /// Whether the one word [<paramref name="first"/>, <paramref name="runEnd"/>) stands between commas right after a word for
    /// someone's kin that a possessive owns: "his wife, Jane,", "Trump's son, Eric,".
    /// </summary>
    private static bool KinSetOff(string text, List<Token> tokens, int first, int runEnd)
    {
        if (first < 2 || runEnd >= tokens.Count || runEnd - first != 1) return false;
        var kin = tokens[first - 1];
        var owner = tokens[first - 2];
        return Lexicon.IsNoun(kin.Text, NounKinds.Kin) && !kin.Is(WordTraits.TitleNoun) && Gap.IsCommaSpace(text, kin.End, tokens[first].Start)
            && (owner.Text is "his" or "her" or "their" || owner.Possessive && owner.IsCapitalised) && Gap.IsSpaces(text, owner.End, kin.Start)
            && Gap.IsCommaSpace(text, tokens[first].End, tokens[runEnd].Start);
    }

    /// <summary>Whether a quotation mark stands between the run that ends before token <paramref name="runEnd"/> and that token.</summary>
    private static bool ClosesQuote(string text, List<Token> tokens, int runEnd) =>
        runEnd > 0 && runEnd < tokens.Count && QuoteMarks.AnyIn(text, tokens[runEnd - 1].End, tokens[runEnd].Start);

    /// <summary>Whether a person found so far, named by given name and surname, has this word for surname.</summary>
    private bool SurnameOfSomeone(string word)
    {
        foreach (var person in _people)
        {
            if (person.Parts.Length >= 2 && NameParts.Same(person.Surname, word)) return true;
        }
        return false;
    }

    /// <summary>"Mr.", "Mrs", "Ms", "Miss", "Dr.": a title of address, which names someone wherever it stands.</summary>
    private static bool IsCourtesyTitle(string word) => word.TrimEnd('.') is "Mr" or "Mrs" or "Ms" or "Miss" or "Dr";

    /// <summary>Whether a lone word may be a person's name: no common word or short form, and nothing the article or a list has as an organisation or a country.</summary>
    private bool MayBeLoneName(string name, Token word) =>
        !IsCommonWord(word.Word) && !word.Is(WordTraits.Acronym) && !IsOrganisation(name) && !_organisationFirstWords.Contains(name) && !NamesCountryOrBrand(name);

    /// <summary>Whether a lone word is a country's short name or a brand whose parts a capital joins: no one's name alone.</summary>
    private static bool NamesCountryOrBrand(string word) => Lexicon.Countries.Contains(word) || IsJoinedBrand(word);

    /// <summary>
    /// "WeWork", "SeaWorld", "EgyptAir", "PizzaExpress": a capital inside a word after lower-case letters joins two words
    /// into a brand's name; a surname's does so only after its prefix ("McDonald", "MacArthur", "DeSantis", "LeBron",
    /// "DiCaprio", "VanDyke").
    /// </summary>
    internal static bool IsJoinedBrand(string word)
    {
        for (var i = 2; i < word.Length; i++)
        {
            if (!char.IsUpper(word[i]) || !char.IsLower(word[i - 1])) continue;
            // A handle joins a given name to a word ("PlutoPete"): it is someone's.
            if (Lexicon.FirstNames.ContainsKey(word.Substring(0, i)) || Lexicon.FirstNames.ContainsKey(word.Substring(i))) return false;
            return word.Substring(0, i) is not ("Mc" or "Mac" or "De" or "Di" or "Da" or "Du" or "La" or "Le" or "Van" or "Von" or "Fitz" or "St");
        }
        return false;
    }

    /// <summary>"Kentucky, the Democratic candidate, Andy Beshear": whether a capitalised word follows the apposition and its comma.</summary>
    private static bool NameAfterApposition(string text, List<Token> tokens, int nameEnd, string apposition)
    {
        var at = text.IndexOf(apposition, nameEnd, StringComparison.Ordinal);
        if (at < 0) return false;
        at += apposition.Length;
        if (at + 2 >= text.Length || text[at] != ',' || text[at + 1] != ' ') return false;
        var k = Tokenizer.FirstAt(tokens, at + 2);
        return k < tokens.Count && tokens[k].IsCapitalised;
    }

    // Words never in a name elsewhere that are also common surnames after a given name: months ("Theresa May"), demonyms
    // ("Philip French", "Chris English") and a compass point ("Marty West").
    private static readonly HashSet<string> s_wordSurnames = new(StringComparer.Ordinal) { "May", "March", "August", "French", "English", "Irish", "Welsh", "Dutch", "West" };

    /// <summary>
    /// "Crooked Hillary Clinton", "Vermonter Bernie Sanders", "Enter Stuart R. Kaplan": a word that is no given name, glued
    /// before a given name and a surname, describes the person (or is a stray word) when the article also writes the name
    /// without it. Without another such mention it is as often a given name we do not know ("Shani Rhys James").
    /// </summary>
    private bool DescribedName(List<Token> name)
    {
        if (name.Count < 3 || !name[1].Is(WordTraits.FirstName)) return false;
        var word = name[0];
        if (word.Is(WordTraits.FirstName | WordTraits.Honorific | WordTraits.Particle | WordTraits.DottedInitials) || word.Text.IndexOf('.') >= 0) return false;
        foreach (var tokens in _tokens)
        {
            for (var i = 0; i + name.Count - 1 <= tokens.Count; i++)
            {
                if (i > 0 && tokens[i - 1].Text == word.Text || !SameWords(tokens, i, name, 1)) continue;
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the article glues <paramref name="word"/> before a name that it also writes without it (<see cref="DescribedName"/>).</summary>
    private bool DescribesAName(string word)
    {
        _gluedBeforeNames ??= GluedBeforeNames();
        if (!_gluedBeforeNames.TryGetValue(word, out var places)) return false;
        foreach (var (p, i) in places)
        {
            var tokens = _tokens[p];
            var run = new List<Token> { tokens[i] };
            for (var k = i + 1; k < tokens.Count && run.Count < 4 && tokens[k].IsCapitalised && tokens[k].Start == tokens[k - 1].End + 1; k++) run.Add(tokens[k]);
            if (DescribedName(run)) return true;
        }
        return false;
    }

    // Where each capitalised word that is no given name stands right before a given name and another capitalised word,
    // found in one pass over the article the first time a lone word needs it.
    private Dictionary<string, List<(int Paragraph, int Index)>>? _gluedBeforeNames;

    private Dictionary<string, List<(int Paragraph, int Index)>> GluedBeforeNames()
    {
        var places = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        for (var p = 0; p < _tokens.Count; p++)
        {
            var tokens = _tokens[p];
            for (var i = 0; i + 2 < tokens.Count; i++)
            {
                if (!tokens[i].IsCapitalised || tokens[i].Is(WordTraits.FirstName) || !tokens[i + 1].Is(WordTraits.FirstName) || !tokens[i + 2].IsCapitalised) continue;
                if (!places.TryGetValue(tokens[i].Text, out var list)) places[tokens[i].Text] = list = new List<(int, int)>();
                list.Add((p, i));
            }
        }
        return places;
    }

    /// <summary>Whether the tokens from <paramref name="at"/> are <paramref name="name"/>'s words from <paramref name="from"/>, one space apart.</summary>
    private static bool SameWords(List<Token> tokens, int at, List<Token> name, int from)
    {
        for (var k = from; k < name.Count; k++)
        {
            var i = at + k - from;
            if (tokens[i].Text != name[k].Text) return false;
            if (k > from && tokens[i].Start != tokens[i - 1].End + 1) return false;
        }
        return true;
    }

    /// <summary>
    /// "George W Bush", "Samuel L Jackson": a capital letter without its full stop, inside a name that opens with a given
    /// name we know, is a middle initial ("I" and "A" are words: "Have A Solid").
    /// </summary>
    private static bool BareInitial(List<Token> name, int k) =>
        k > 0 && k < name.Count - 1 && name[0].Is(WordTraits.FirstName) && name[k].Text.Length == 1 && name[k].Text[0] is >= 'B' and <= 'Z' and not 'I';

    /// <summary>Whether an article or another determiner stands right before the run or opens it ("The Queen Elizabeth Hospital").</summary>
    private static bool DeterminerBefore(List<Token> tokens, int first, int nameStart)
    {
        for (var k = Math.Max(0, first - 1); k < nameStart; k++)
        {
            if (tokens[k].Is(WordTraits.Determiner)) return true;
        }
        return false;
    }

    /// <summary>Drops words at either end of a name that the article uses as common words ("President Obama Speech").</summary>
    private void TrimCommonWords(List<Token> name, bool keepThingSurname)
    {
        bool Common(Token t) => IsCommonWord(t.Word) && !t.Is(WordTraits.FirstName);
        // A given name keeps a surname the article also writes in lower case ("Theresa May", "Ann Rose"), but not a weekday
        // or another word that is never a name ("Grace Monday"), unless the name speaks after a title ("said Mayor Don
        // Guardian") or is described ("said Kristen Day, executive director of …").
        bool Surname(Token t) => keepThingSurname || !t.Is(WordTraits.NonPerson) || s_wordSurnames.Contains(t.Text);
        while (name.Count > 1 && Common(name[name.Count - 1]) && !(name.Count == 2 && name[0].Is(WordTraits.FirstName) && Surname(name[1]))) name.RemoveAt(name.Count - 1);
        while (name.Count > 1 && Common(name[0])) name.RemoveAt(0);
    }

    /// <summary>
    /// Where the name starts in a run: after its honorifics and role words ("NATO Secretary-General", "Mr"), and after
    /// any word that is never part of a name ("Refugee Council Enver Solomon" names Enver Solomon).
    /// </summary>
    private (int NameStart, bool Titled, char Gender) SkipTitles(string text, List<Token> tokens, int first, int runEnd)
    {
        var nameStart = first;
        var titled = false;
        var gender = '-';
        while (nameStart < runEnd - 1)
        {
            var word = tokens[nameStart].Word;
            if (word.HonorificGender is not '\0' and var g)
            {
                titled = true;
                if (g != '-') gender = g;
            }
            else if (word.Is(WordTraits.DottedInitials)) break; // "Rep. G.K. Butterfield", "said J.M. Berger": initials begin the name
            else
            {
                // "Novelist Ajaz Ashraf said", "Actor Verne Troyer used milk": a title noun, capitalised where it opens a
                // sentence, is a title before a full name, as it is in lower case ("the actor Verne Troyer").
                var opening = nameStart == first && runEnd - first >= 3 && word.Is(WordTraits.TitleNoun) && !word.Is(WordTraits.FirstName | WordTraits.NonPerson) && OpensSentence(text, tokens, first);
                if (!word.Is(WordTraits.RoleWord | WordTraits.NonPerson | WordTraits.Acronym | WordTraits.Modifier) && !opening || BeginsName(tokens, nameStart)) break;
                titled |= opening;
            }
            nameStart++;
        }
        // "Singer-guitarists Tom Johnston and …": a sentence's first word is capitalised whatever it is; before a given name
        // and a surname that ends the run, it is not part of the name. Not before two given names, where it is as often a
        // given name we do not know ("Shani Rhys James"), nor before a suffix ("Landon Thomas Jr.").
        if (nameStart == first && runEnd - first == 3 && !tokens[first].Is(WordTraits.FirstName) && IsFullNameAfterTitle(tokens, first + 1, runEnd)
            && !tokens[runEnd - 1].Is(WordTraits.FirstName) && !NameParts.IsGenerationalSuffix(tokens[runEnd - 1].Text) && OpensSentence(text, tokens, first)) nameStart = first + 1;
        // "Following Trump's visit", "Regarding MagSafe", "Questioning Vindman": a sentence that opens with an -ing word and a
        // name; no given name we do not know is spelt so.
        if (nameStart == first && runEnd - first >= 2 && OpensSentence(text, tokens, first) && IsIngWord(tokens[first])) nameStart = first + 1;
        // "Will Warren continue to face the heat, or will …?", "“Does McDonald’s beef contain worms?”": a verb that opens a
        // question asks it; it is no given name there ("Will"), nor part of a name.
        if (nameStart == first && runEnd - first >= 2 && s_questionOpeners.Contains(tokens[first].Text)
            && (OpensSentence(text, tokens, first) || OpensQuote(text, SkipSpaceBack(text, tokens[first].Start) - 1)) && EndsInQuestion(text, tokens[runEnd - 1].End)) nameStart = first + 1;
        // "Oversight Chairman Jason Chaffetz", "Texas Sen. Ted Cruz": a title inside the run, followed by a full name that
        // opens with a given name, ends the words that describe the person ("Every Student Succeeds Act" has none).
        for (var j = runEnd - 2; j >= nameStart; j--)
        {
            if (!tokens[j].Is(WordTraits.TitleNoun | WordTraits.Honorific)) continue;
            // "Texas Sen. Cruz", "Tory Treasurer Lord Ashcroft": so does a short or gendered honorific right before the
            // run's last word, a surname, when words that are no given name stand before it ("Family Justice Division" is
            // no one's).
            if (IsFullNameAfterTitle(tokens, j + 1, runEnd) || j == runEnd - 2 && j > nameStart && tokens[j].Is(WordTraits.Honorific)
                && (tokens[j].Text.EndsWith(".", StringComparison.Ordinal) || tokens[j].Word.HonorificGender is 'm' or 'f')
                && !tokens[nameStart].Is(WordTraits.FirstName) && !tokens[j + 1].Is(WordTraits.NonPerson | WordTraits.TitleNoun | WordTraits.FirstName) && !IsCommonWord(tokens[j + 1].Word))
            {
                nameStart = j + 1;
                titled = true;
            }
            break;
        }
        for (var i = runEnd - 1; i > nameStart; i--)
        {
            var word = tokens[i - 1];
            // "Rep. G.K. Butterfield", "George H.W. Bush": dotted capitals before the surname are initials, not an acronym.
            if (i == runEnd - 1 && word.Is(WordTraits.DottedInitials)) continue;
            if (word.Is(WordTraits.NonPerson | WordTraits.Acronym) && !word.Is(WordTraits.FirstName))
            {
                nameStart = i;
                titled = false;
                break;
            }
        }
        if (tokens[nameStart].Is(WordTraits.NonPerson) && !tokens[nameStart].Is(WordTraits.FirstName) && !IsSurnameAfterCourtesyTitle(tokens, first, nameStart)
            // "Chris French, head of the unit, …" and later "said Professor French": after a title, such a word is the surname
            // of the person the article has named in full with it.
            && !(nameStart > first && SurnameOfSomeone(tokens[nameStart].Text))) nameStart = runEnd;
        return (nameStart, titled, gender);
    }

    /// <summary>
    /// "said Mr French", "Mr. English said": after Mr, Mrs or Ms, a word that is otherwise never a name (here a nationality)
    /// is a surname ("Mr President" is still no name: a title alone names no one). Not after "Miss", which also heads a
    /// contest's title ("Miss Moscow 2018").
    /// </summary>
    private static bool IsSurnameAfterCourtesyTitle(List<Token> tokens, int first, int nameStart) =>
        nameStart > first && tokens[nameStart - 1].Text is "Mr" or "Mr." or "Mrs" or "Mrs." or "Ms" or "Ms.";

    /// <summary>
    /// "Bill Clinton", "Bill de Blasio": a given name that is also a word never in a name ("the Bill") begins a name when
    /// a word that may be a surname, or a particle, follows it. A month spelt in full does not ("In June Peters said" names
    /// Peters), though an abbreviation that is a given name does: "Jan Brewer" (a date has a number after "Jan"). Nor
    /// a word shaped like a nationality or faith, which qualifies the noun after it ("Christian Brothers").
    /// </summary>
    private static bool BeginsName(List<Token> tokens, int i) =>
        tokens[i].Is(WordTraits.FirstName) && !PublicationDate.IsFullMonthName(tokens[i].Text)
        && (!NameParts.HasNationalityShape(tokens[i].Text) || SurnameAfterFaithShapedName(tokens, i))
        && i + 1 < tokens.Count && (tokens[i + 1].IsCapitalised || tokens[i + 1].Is(WordTraits.Particle)) && !tokens[i + 1].Is(WordTraits.NonPerson | WordTraits.RoleWord | WordTraits.Acronym);

    /// <summary>
    /// "Christian Estrosi", "Christian Slater": a given name shaped like a faith or nationality begins a name of two words
    /// when the second is no plural, adjective or -ing word ("Christian Brothers", "Christian Evangelical", "Christian
    /// Broadcasting") and nothing capitalised follows ("Christian Science Monitor").
    /// </summary>
    private static bool SurnameAfterFaithShapedName(List<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count || i + 2 < tokens.Count && tokens[i + 2].IsCapitalised && tokens[i + 2].Start == tokens[i + 1].End + 1) return false;
        var next = tokens[i + 1].Text;
        return !(next.EndsWith("s", StringComparison.Ordinal) || next.EndsWith("al", StringComparison.Ordinal) || next.EndsWith("ing", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether token <paramref name="i"/> opens its paragraph or a sentence (after a full stop or colon). Not after a quote
    /// mark, which as often opens a title ("“Super Mario Run” will launch").
    /// </summary>
    private static bool OpensSentence(string text, List<Token> tokens, int i)
    {
        if (i == 0) return true;
        var at = SkipSpaceBack(text, tokens[i].Start);
        return at > tokens[i - 1].End && text[at - 1] is '.' or '!' or '?' or ':';
    }

    // The verbs that open a question before its subject.
    private static readonly HashSet<string> s_questionOpeners = new(StringComparer.Ordinal)
    {
        "Will", "Would", "Shall", "Should", "Can", "Could", "Must", "Does", "Did", "Do", "Is", "Was", "Are", "Were", "Has", "Have", "Had",
    };

    /// <summary>Whether the sentence that goes on at <paramref name="from"/> ends with a question mark.</summary>
    private static bool EndsInQuestion(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is '.' or '!') return false;
            if (text[i] == '?') return true;
        }
        return false;
    }

    /// <summary>A capitalised word of six letters or more that ends in "ing" and is no given name: "Following", "Regarding", "Everything".</summary>
    private static bool IsIngWord(Token token) =>
        token.Text.Length >= 6 && token.Text.EndsWith("ing", StringComparison.Ordinal) && !token.Is(WordTraits.FirstName);

    private bool IsFullNameAfterTitle(List<Token> tokens, int from, int to)
    {
        if (to - from is < 2 or > 3) return false;
        // A given name we do not know may follow a capitalised title ("National Executive Director Nihad Awad"), unless
        // the article also writes it in lower case ("an Online Leader Success Mindset").
        if (!tokens[from].Is(WordTraits.FirstName)
            && !(from > 0 && tokens[from - 1].IsCapitalised && tokens[from - 1].Is(WordTraits.TitleNoun) && !IsCommonWord(tokens[from].Word))) return false;
        for (var k = from + 1; k < to; k++)
        {
            // A surname may be a title ("Pete King", "John Major") after a given name we know.
            if (tokens[k].Is(WordTraits.NonPerson) || tokens[k].Is(WordTraits.TitleNoun) && !(k == to - 1 && tokens[k - 1].Is(WordTraits.FirstName))) return false;
        }
        return true;
    }

    /// <summary>"campaigner Caitlin Boswell", "CEO] Bonnie Dunbar": a title noun just before the run.</summary>
    private static bool IsLowerCaseTitleBefore(string text, List<Token> tokens, int first)
    {
        if (first == 0) return false;
        var previous = tokens[first - 1];
        return previous.Is(WordTraits.TitleNoun) && !previous.Possessive && tokens[first].Start - previous.End <= 2
            && text.Substring(previous.End, tokens[first].Start - previous.End).Trim(' ', ']', ')').Length == 0;
    }

    /// <summary>Mentions of known people inside a run that is not itself a name (a headline in title case), and "First Last" pairs.</summary>
    private void ResolveWithin(int p, List<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var found = false;
            for (var length = Math.Min(4, to - i); length >= 1 && !found; length--)
            {
                var words = JoinWords(tokens, i, length);
                var person = Resolve(words);
                // "The Race Card On Donald Trump": words of the headline before a name are not part of it, though the
                // name ends them.
                if (person is null || length > person.Parts.Length && !AnySame(person.Aliases, words)) continue;
                AddMention(p, tokens[i].Start, tokens[i + length - 1].End, person, null);
                i += length - 1;
                found = true;
            }
            if (found || i + 1 >= to || tokens[i].Word.FirstNameGender is '\0') continue;
            var gender = tokens[i].Word.FirstNameGender;
            // "Jonathan P. Blair Submitted photo": a middle initial is no surname; the word after it is.
            var initial = IsInitial(tokens[i + 1].Text) && i + 2 < to;
            var surname = tokens[initial ? i + 2 : i + 1];
            if (!surname.Is(WordTraits.CanBeName) || IsCommonWord(surname.Word) || surname.Is(WordTraits.FirstName)) continue;
            var name = tokens[i].Text + " " + (initial ? tokens[i + 1].Text + " " : "") + surname.Text;
            var created = new PersonEntry(name, p, tokens[i].Start) { Gender = gender, Signals = new List<string> { PersonDetection.Bias, "given-name-in-title-case" } };
            _people.Add(created);
            AddMention(p, tokens[i].Start, surname.End, created, null);
            i += initial ? 2 : 1;
        }
    }

    /// <summary>
    /// "Love Will Tear Us Apart", "the Jeb Can Fix It tour", "the Walt Disney Company": capitalised words go on after the
    /// name the run holds (an honour or an office after it aside: "Philippe Sands QC"), so a known given name in it may open
    /// the title of a work or a firm's name rather than someone's.
    /// </summary>
    private static bool RunGoesOn(List<Token> tokens, int nameEnd, int runEnd)
    {
        var last = runEnd - 1;
        while (last > 0 && tokens[last].End > nameEnd && s_postNominals.Contains(tokens[last].Text)) last--;
        return tokens[last].End > nameEnd;
    }

    /// <summary>"P.": a capital letter and a full stop.</summary>
    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    private static readonly string[] s_wordCounts = { "words:1", "words:2", "words:3", "words:4" };

    /// <summary>
    /// The signals of a name's shape and context that the rules do not decide on alone: its length, common words in it,
    /// how often its last word stands alone, whether the article uses that word as a thing, whether it stands in a list.
    /// </summary>
    private List<string> Signals(string text, List<Token> tokens, int first, int runEnd, List<Token> nameTokens, bool whole, bool shortForms, int p)
    {
        var signals = new List<string> { PersonDetection.Bias, s_wordCounts[Math.Min(nameTokens.Count, 4) - 1] };
        if (!whole) signals.Add("part-of-run");
        if (shortForms) signals.Add("short-form");
        if (_titleCase.Contains(p)) signals.Add("title-case");
        if (AnyCommonWord(nameTokens)) signals.Add("common-word");
        var last = nameTokens[nameTokens.Count - 1];
        var standalone = Standalone(last.Text);
        signals.Add(standalone == 0 ? "surname-alone:0" : standalone == 1 ? "surname-alone:1" : "surname-alone:2+");
        if (IsOrganisation(last.Text)) signals.Add("used-as-thing");
        if (last.Word.FirstNameGender != '\0' && nameTokens.Count > 1) signals.Add("ends-with-given-name");
        foreach (var token in nameTokens)
        {
            if (token.Is(WordTraits.Acronym) && !token.Is(WordTraits.DottedInitials)) { signals.Add("acronym"); break; }
        }
        if (last.Text.IndexOf('-') > 0) signals.Add("hyphenated");
        // In a list: a comma or "and" joins it to another capitalised run ("Noel, Caldwell-Pope and Kuzma"). Punctuation is no
        // token: the marks are read from the text between the words.
        var listedBefore = ListMemberBefore(text, tokens, first) is var member && member >= 0 && tokens[member].IsCapitalised;
        var listedAfter = runEnd + 1 < tokens.Count && tokens[runEnd + 1].IsCapitalised
            && (tokens[runEnd].Text == "and" && Gap.IsSpaces(text, tokens[runEnd - 1].End, tokens[runEnd].Start)
                || tokens[runEnd].IsCapitalised && Gap.IsCommaSpace(text, tokens[runEnd - 1].End, tokens[runEnd].Start));
        if (listedBefore || listedAfter) signals.Add("listed");
        if (last.Possessive) signals.Add("possessive");
        if (OpensSentence(text, tokens, first) || OpensQuote(text, SkipSpaceBack(text, tokens[first].Start) - 1)) signals.Add("sentence-start");
        return signals;
    }

    /// <summary>
    /// "signed Brandon Ingram, Jordan Clarkson, Tarik Bleck and Thomas Robinson": a first and last name no list knows, after
    /// a list member the article names as a person in full on other evidence, is a person too. Only a member after a person:
    /// a list may go on from people to bands, films or companies ("Justin Timberlake, Bruno Mars and Daft Punk"), so a
    /// name taken for its place in a list vouches for none after it; and not a name with a common word, an -ing word, an
    /// acronym or a word the article uses as a thing's.
    /// </summary>
    private bool ListedWithPerson(int p, string text, List<Token> tokens, int first, List<Token> nameTokens)
    {
        if (!MayBeListedName(p, nameTokens)) return false;
        var before = ListMemberBefore(text, tokens, first);
        if (before < 1 || MentionAt(p, tokens[before].Start) is not { } person || MentionAt(p, tokens[before - 1].Start) != person || HasSignal(person, ListedWithPeople)) return false;
        // A list, not a place after a town ("from Cole Harbour, Nova Scotia, came in"): "and" or "or" ends it here, or it goes on.
        var end = first + nameTokens.Count;
        return tokens[first - 1].Text is "and" or "or"
            || end + 1 < tokens.Count && tokens[end + 1].IsCapitalised && (Gap.IsCommaSpace(text, tokens[end - 1].End, tokens[end].Start) && tokens[end].IsCapitalised
                || tokens[end].Text is "and" or "or");
    }

    /// <summary>
    /// The shape a name needs to be a person by its place in a list alone: no headline, no common word, no "-ing" word or
    /// title in the plural first ("under Presidents Reagan and George W. Bush"), and words a name may have, none an
    /// acronym, a title, an honorific, a possessive or an organisation's word.
    /// </summary>
    private bool MayBeListedName(int p, List<Token> nameTokens)
    {
        if (_titleCase.Contains(p) || AnyCommonWord(nameTokens) || IsIngWord(nameTokens[0]) || NameParts.IsPluralTitle(nameTokens[0].Text)) return false;
        for (var k = 0; k < nameTokens.Count; k++)
        {
            var token = nameTokens[k];
            // A nationality's shape after a given name is a surname's ("Claudio Ranieri", "Gianluca Vialli").
            if (!token.Is(WordTraits.CanBeName) || token.Is(WordTraits.Acronym | WordTraits.TitleNoun | WordTraits.RoleWord | WordTraits.Honorific)
                || k == 0 && token.Is(WordTraits.Nationality) || token.Possessive || IsOrganisation(token.Text)) return false;
        }
        return true;
    }

    /// <summary>
    /// "under Gianluca Vialli and Claudio Ranieri", "Amadou Bagayoko and Elton John": a first and last name no list knows,
    /// that "and" joins to a full name of two or three words with a known given name and no common word, is a person too.
    /// Not after a determiner ("the Sony Walkman and …"), nor before a longer run ("… and Thomas Robinson Foundation").
    /// </summary>
    private bool ListedBeforePerson(int p, string text, List<Token> tokens, int first, int runEnd, List<Token> nameTokens)
    {
        if (!MayBeListedName(p, nameTokens) || first > 0 && tokens[first - 1].Is(WordTraits.Determiner)) return false;
        if (runEnd + 3 > tokens.Count || tokens[runEnd].Text != "and" || !Gap.IsSpaces(text, tokens[runEnd - 1].End, tokens[runEnd].Start)
            || !Gap.IsSpaces(text, tokens[runEnd].End, tokens[runEnd + 1].Start)) return false;
        var next = runEnd + 1;
        var end = next;
        while (end < tokens.Count && end - next < 4 && tokens[end].IsCapitalised && (end == next || Gap.IsSpaces(text, tokens[end - 1].End, tokens[end].Start))) end++;
        if (end - next is < 2 or > 3 || end < tokens.Count && tokens[end].IsCapitalised || !tokens[next].Is(WordTraits.FirstName) || tokens[end - 1].Possessive) return false;
        for (var k = next; k < end; k++)
        {
            if (!tokens[k].Is(WordTraits.CanBeName) || IsCommonWord(tokens[k].Word) || tokens[k].Is(WordTraits.Acronym | WordTraits.TitleNoun | WordTraits.RoleWord)) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether text[<paramref name="at"/>] is a quotation mark that opens a quote: "“", or a straight one at the paragraph's
    /// start or after a space. Not the mark that closes one before its speaker ("“…,” Trump said").
    /// </summary>
    private static bool OpensQuote(string text, int at) =>
        text[at] is '\u201C' or '\u201E' || text[at] == '"' && (at == 0 || text[at - 1] == ' ');

    /// <summary>The signal of a person only their place in a list made one (<see cref="ListedWithPerson"/>).</summary>
    private const string ListedWithPeople = "listed-with-people";

    /// <summary>Whether the decision that made <paramref name="person"/> saw <paramref name="signal"/>.</summary>
    private static bool HasSignal(PersonEntry person, string signal)
    {
        foreach (var held in person.Signals)
        {
            if (held == signal) return true;
        }
        return false;
    }

    /// <summary>
    /// The last word of the list member before token <paramref name="first"/> when ", ", " and " or ", and " stands between
    /// them; -1 otherwise.
    /// </summary>
    private static int ListMemberBefore(string text, List<Token> tokens, int first)
    {
        var k = first - 1;
        if (k < 0) return -1;
        if (tokens[k].Text != "and") return Gap.IsCommaSpace(text, tokens[k].End, tokens[first].Start) ? k : -1;
        if (k == 0 || !Gap.IsSpaces(text, tokens[k].End, tokens[first].Start)) return -1;
        return Gap.IsSpaces(text, tokens[k - 1].End, tokens[k].Start) || Gap.IsCommaSpace(text, tokens[k - 1].End, tokens[k].Start) ? k - 1 : -1;
    }

    private bool AnyCommonWord(List<Token> words)
    {
        foreach (var word in words)
        {
            if (IsCommonWord(word.Word)) return true;
        }
        return false;
    }

    /// <summary>The texts of <paramref name="count"/> tokens from <paramref name="from"/>, joined by single spaces.</summary>
    private static string JoinWords(List<Token> tokens, int from, int count)
    {
        if (count == 1) return tokens[from].Text;
        var length = count - 1;
        for (var k = from; k < from + count; k++) length += tokens[k].Text.Length;
        var builder = new System.Text.StringBuilder(length);
        for (var k = from; k < from + count; k++)
        {
            if (k > from) builder.Append(' ');
            builder.Append(tokens[k].Text);
        }
        return builder.ToString();
    }

    /// <summary>
    /// Whether a determiner opens the words before <paramref name="at"/>, with at most one lower-case word between that is
    /// no kin ("the standalone …", not "his wife …"; a title, "the actress …", makes the name titled).
    /// </summary>
    private static bool ThingPhraseBefore(List<Token> tokens, int at)
    {
        var k = at - 1;
        if (k >= 0 && tokens[k].Is(WordTraits.LowerCase) && !tokens[k].Is(WordTraits.Determiner))
        {
            if (Lexicon.IsNoun(tokens[k].Text, NounKinds.Kin)) return false;
            k--;
        }
        // "Apple’s standalone Magic Keyboard": a firm's or a person's name in the possessive stands for the determiner.
        return k >= 0 && (tokens[k].Is(WordTraits.Determiner) || tokens[k].Possessive && tokens[k].IsCapitalised);
    }

    /// <summary>Whether an opening quotation mark stands right before <paramref name="start"/>.</summary>
    private static bool OpensQuotation(string text, int start) => start > 0 && QuoteMarks.IsMark(text[start - 1]);

    private bool IsCommonWord(Word word) =>
        word.MetInLowerCase(_stamp) || word.Is(WordTraits.NonPerson);

    /// <summary>
    /// "the nominee for Governor of Virginia, answered", "the debate in St. Louis, lamented", "adviser to the Treasury, said":
    /// words after a preposition, or after one and "the", are its object, not the subject of the verb after them, unless
    /// they hold a title before the name ("with Jordanian Foreign Minister Ayman Safadi warning").
    /// </summary>
    private static bool ObjectOfPreposition(List<Token> tokens, int first, int nameStart)
    {
        var before = first > 1 && tokens[first - 1].Text == "the" ? first - 1 : first;
        if (before == 0 || !IsPreposition(tokens[before - 1].Text)) return false;
        for (var k = first; k < nameStart; k++)
        {
            if (tokens[k].Is(WordTraits.TitleNoun | WordTraits.RoleWord | WordTraits.Honorific)) return false;
        }
        return true;
    }

    /// <summary>The prepositions whose object a name after them is: "of", "from", "in", "at", "for", "to", "with", "by", "on".</summary>
    private static bool IsPreposition(string word) => word is "of" or "from" or "in" or "at" or "for" or "to" or "with" or "by" or "on";

    /// <summary>
    /// "a delegate from Houston, Texas, said": a lone word between commas after a capitalised word that a preposition
    /// governs is where that place lies, not who speaks. Not when the preposition opens the sentence: "In Washington,
    /// Pelosi, 76, said" names her.
    /// </summary>
    private static bool StateAfterTown(string text, List<Token> tokens, int first, int runEnd)
    {
        if (runEnd != first + 1 || first < 3 || runEnd >= tokens.Count || !Gap.IsCommaSpace(text, tokens[first].End, tokens[runEnd].Start)) return false;
        if (!Gap.IsCommaSpace(text, tokens[first - 1].End, tokens[first].Start) || !tokens[first - 1].IsCapitalised) return false;
        var town = first - 1;
        while (town > 0 && tokens[town - 1].IsCapitalised && Gap.IsOneSpace(text, tokens[town - 1], tokens[town])) town--;
        return town >= 2 && tokens[town - 1].Text is "from" or "in" or "of" or "near" or "outside" && Gap.IsOneSpace(text, tokens[town - 2], tokens[town - 1]);
    }

    /// <summary>
    /// Whether a title before the name sets it off as an apposition, and the role that title gives: "The leader of Ennahda,
    /// Rachid Ghannouchi," → "leader of Ennahda"; "Her campaign manager, Robby Mook," → "campaign manager". A noun for a
    /// person ends the words before the comma, or governs through "of" the capitalised words that do ("The former mayor of
    /// Reykjavik"); a determiner or a possessive opens them, at most three lower-case words before the noun; the name closes
    /// the apposition with a comma or ends the sentence. "The group, Liberty Watch," has no noun for a person. Kin ("her
    /// sister, Martha Fry,") and another person's ("Carlineo's attorney, Sonya Zoghlin,") make a person but give no role:
    /// neither is a title of their own that a later "the attorney said" would stand for.
    /// </summary>
    private static bool RoleBefore(string text, List<Token> tokens, int first, int nameEnd, out string? role)
    {
        role = null;
        if (first < 2 || nameEnd >= text.Length || text[nameEnd] is not (',' or '.')) return false;
        var comma = tokens[first].Start - 2;
        if (!Gap.IsCommaSpace(text, comma, tokens[first].Start) || tokens[first - 1].End != comma && !(tokens[first - 1].End == comma - 1 && text[comma - 1] == ')')) return false;
        var noun = first - 1;
        if (tokens[noun].IsCapitalised)
        {
            // Back over the named institution or place and the "of" that governs it: "of CEI (Italian Episcopal Conference)".
            var k = noun;
            while (k > 0 && k > first - 8 && (tokens[k].IsCapitalised || tokens[k].Text is "the" or "and") && !Gap.Breaks(text, tokens[k - 1].End, tokens[k].Start)) k--;
            if (tokens[k].Text != "of" || k == 0) return false;
            noun = k - 1;
        }
        // "secretary general", "attorney general": a title before "general" makes it one.
        var head = tokens[noun].Text == "general" && noun > 0 ? noun - 1 : noun;
        if (!tokens[noun].Is(WordTraits.LowerCase) || !NameParts.IsPersonNoun(tokens[head]) || tokens[noun].Possessive) return false;
        for (var k = head - 1; k >= 0 && k >= head - 4; k--)
        {
            // "the claimants’ lawyer": a plural's apostrophe stands in the gap after it.
            var plural = tokens[k + 1].Start - tokens[k].End == 2 && text[tokens[k].End] is '\'' or '\u2019' && text[tokens[k].End + 1] == ' '
                && tokens[k].Text.EndsWith("s", StringComparison.Ordinal);
            if (!plural && Gap.Breaks(text, tokens[k].End, tokens[k + 1].Start)) return false;
            if (tokens[k].Is(WordTraits.Determiner) || tokens[k].Possessive || plural)
            {
                if ((tokens[k].Possessive || plural) && tokens[k].IsCapitalised || Lexicon.IsNoun(tokens[head].Text, NounKinds.Kin) && !tokens[head].Is(WordTraits.TitleNoun)) return true;
                var roleEnd = tokens[first - 1].End;
                var bracket = text.IndexOf('(', tokens[k + 1].Start, roleEnd - tokens[k + 1].Start);
                if (bracket > 0) roleEnd = bracket - 1;
                role = text.Substring(tokens[k + 1].Start, roleEnd - tokens[k + 1].Start);
                return true;
            }
            if (!tokens[k].Is(WordTraits.LowerCase)) return false;
        }
        return false;
    }

    /// <summary>A name that a speech verb follows ("Ana Ruiz said") is a person even when its given name is not in our list.</summary>
    private static bool IsSubjectOfSpeech(List<Token> tokens, int next, bool fullName = false)
    {
        if (next >= tokens.Count) return false;
        // "Quina Jones, 25, said": an age may stand between a name and its verb.
        if (IsAge(tokens[next].Text) && next + 1 < tokens.Count) next++;
        // "Raphael Lemkin once said", "Ana Ruiz later told": so may an adverb after a full name, and "had" or "would" before
        // the verb ("Lincoln Humphries had said:", "Ana Ruiz would later tell"); a lone word with one is as often a country or
        // a publication ("Politifact then ruled"). Not "has", the tense of a firm's statement ("Ask Jeeves has said"), nor a
        // form of "be": "was told" makes the name the listener.
        if (fullName)
        {
            next = Words.PastAdverbs(tokens, next, tokens.Count);
            if (next + 1 < tokens.Count && tokens[next].Text is "had" or "would") next = Words.PastAdverbs(tokens, next + 1, tokens.Count);
        }
        return SpeechVerbs.At(tokens, next) is not null;
    }

    /// <summary>
    /// "Geraldo Rivera calls a screaming Santilli a “fascist”": the subject of a verb that characterises (<see
    /// cref="SpeechVerbs.IsCharacterising"/>), with a quotation mark later in its sentence, judges in its own words as the
    /// subject of a speech verb speaks.
    /// </summary>
    private static bool CharacterisesQuote(string text, List<Token> tokens, int next)
    {
        next = Words.PastAdverbs(tokens, next, tokens.Count);
        if (next >= tokens.Count || !SpeechVerbs.IsCharacterising(tokens[next].Text) || tokens[next].Text.EndsWith("ing", StringComparison.Ordinal)) return false;
        for (var at = tokens[next].End; at < text.Length && at < tokens[next].End + 200; at++)
        {
            if (QuoteMarks.IsMark(text[at])) return true;
            if (text[at] is '.' or '!' or '?') return false;
        }
        return false;
    }

    /// <summary>
    /// "Rep. Steve Israel (D-N.Y.) said": the token after the party and state in brackets right after a name, else
    /// <paramref name="next"/>.
    /// </summary>
    private static int PastBrackets(string text, List<Token> tokens, int next)
    {
        if (next == 0 || next + 1 >= tokens.Count || tokens[next].Start - tokens[next - 1].End != 2) return next;
        var close = PartyAndStateEnd(text, tokens[next]);
        return close >= 0 && tokens[next + 1].Start > close ? next + 1 : next;
    }

    /// <summary>
    /// Where the bracket closes after a party and state, or a party, alone in brackets, its full stop included: "(D-N.Y.)",
    /// "(R-Texas)", "(R)"; -1 for anything else, such as an organisation's short form ("Electronic Arts (EA) says").
    /// </summary>
    private static int PartyAndStateEnd(string text, Token token)
    {
        if (token.Start == 0 || text[token.Start - 1] != '(' || token.Text.IndexOf('-') < 0 && token.Text.Length > 1) return -1;
        var close = token.End;
        if (close < text.Length && text[close] == '.') close++;
        return close < text.Length && text[close] == ')' ? close : -1;
    }

    /// <summary>
    /// "… fasting during Ramadan, said Nazim Awan, president of …", "dubbed the Black Death, say officials": after a comma, a
    /// speech verb followed by a capitalised word, a determiner or a title in the plural has its subject after it; the word
    /// before the comma ends the words said.
    /// </summary>
    private static bool InvertedAfterComma(string text, List<Token> tokens, int next)
    {
        if (next + 1 >= tokens.Count || text.IndexOf(',', tokens[next - 1].End, tokens[next].Start - tokens[next - 1].End) < 0) return false;
        var after = tokens[next + 1];
        return Gap.IsOneSpace(text, tokens[next], after) && (after.IsCapitalised || after.Is(WordTraits.Determiner) || NameParts.IsPluralTitle(after.Text));
    }

    /// <summary>
    /// "Krystian Zimerman returned moments later and declared:": a full name whose own verb is joined by "and" to a speech
    /// verb, within the one clause (nothing but spaces between its words).
    /// </summary>
    private static bool SpeaksAfterAnd(string text, List<Token> tokens, int next)
    {
        // The word after the name is its verb: not a determiner or a preposition ("the BBC Sport Personality of the Year and
        // written a book" is no one's name).
        if (next >= tokens.Count || !tokens[next].Is(WordTraits.LowerCase) || tokens[next].Is(WordTraits.Determiner) || !Gap.IsOneSpace(text, tokens[next - 1], tokens[next])
            || IsPreposition(tokens[next].Text) || tokens[next].Text is "and" or "or") return false;
        for (var k = next + 1; k + 1 < tokens.Count && k <= next + 8; k++)
        {
            if (!Gap.IsSpaces(text, tokens[k - 1].End, tokens[k].Start)) return false;
            if (tokens[k].Text == "and") return SpeechVerbs.At(tokens, k + 1) is not null && tokens[k + 1].Text != "written" && Gap.IsSpaces(text, tokens[k].End, tokens[k + 1].Start);
        }
        return false;
    }

    /// <summary>
    /// "Hamidou Diallo missed his third straight game", "Ana Ruiz took herself out of the race": a name followed by its verb
    /// (and at most one word more) and then "his", "himself" or "herself" is a person's, as a company's is followed by "its"
    /// (<see cref="UseAsOrganisation"/>); so is one followed by "and his" or "and her" and someone of theirs ("Dougal Robertson
    /// and his family"). Not "her" after the verb, which is as often its object ("Sierra Wireless hired her"); not
    /// after a determiner, a possessive or a number ("the Second Amendment with his", "Loeb's Third Point aimed his", "three
    /// Boston Marathons before his"); and the word after the name is no preposition or conjunction ("Hurricane Sandy and his").
    /// </summary>
    private static bool ReferredToByPronoun(string text, List<Token> tokens, int first, int runEnd)
    {
        if (first > 0 && (tokens[first - 1].Is(WordTraits.Determiner) || tokens[first - 1].Possessive || tokens[first - 1].Is(WordTraits.Numeric))) return false;
        if (runEnd + 1 >= tokens.Count || !Gap.IsOneSpace(text, tokens[runEnd - 1], tokens[runEnd]) || !tokens[runEnd].Is(WordTraits.LowerCase)) return false;
        // "Dougal Robertson and his family", "Ana Ruiz and her husband".
        if (tokens[runEnd].Text == "and" && runEnd + 2 < tokens.Count && tokens[runEnd + 1].Text is "his" or "her" && Lexicon.IsNoun(tokens[runEnd + 2].Text, NounKinds.Kin)) return true;
        if (IsPreposition(tokens[runEnd].Text) || s_notVerbs.Contains(tokens[runEnd].Text)) return false;
        for (var k = runEnd + 1; k < tokens.Count && k <= runEnd + 2; k++)
        {
            if (!Gap.IsOneSpace(text, tokens[k - 1], tokens[k])) return false;
            if (tokens[k].Text is "his" or "himself" or "herself") return true;
            if (!tokens[k].Is(WordTraits.LowerCase)) return false;
        }
        return false;
    }

    // Conjunctions, relative pronouns and the prepositions IsPreposition leaves out: the word after a name that is no verb of it.
    private static readonly HashSet<string> s_notVerbs = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "nor", "as", "after", "before", "since", "while", "when", "if", "than", "into", "over", "under",
        "during", "through", "until", "between", "among", "about", "against", "despite", "including", "who", "which", "that",
        "whose", "where", "like", "near", "behind", "across", "around", "without", "within",
    };

    /// <summary>
    /// "Rucker Culpepper, who runs Clinton's effort for veterans' families, said": a clause on "who" (or "whose") between a
    /// name and its speech verb, set off by commas.
    /// </summary>
    private static bool SpeaksAfterWho(string text, List<Token> tokens, int next)
    {
        if (next >= tokens.Count || tokens[next].Text is not ("who" or "whose") || !Gap.IsCommaSpace(text, tokens[next - 1].End, tokens[next].Start)) return false;
        for (var k = next + 2; k < tokens.Count && k <= next + 25; k++)
        {
            if (!Gap.IsCommaSpace(text, tokens[k - 1].End, tokens[k].Start)) continue;
            return SpeechVerbs.At(tokens, Words.PastAdverbs(tokens, k, tokens.Count)) is not null;
        }
        return false;
    }

    /// <summary>
    /// "Avie Glazer, his brother, said", "Regassa Feyissa, an Ethiopian agricultural scientist and former head of the National
    /// Institute for Biodiversity, warns": a phrase that opens with a determiner or a possessive, set off by commas between
    /// a name and its speech verb; or where the person is from ("Johnnie Wilson, of Springfield, Va., said"); or what they
    /// were doing ("Delphine Pando, defending the magazine, said", "John Archer, wearing a T-shirt covered in buttons, said").
    /// </summary>
    private static bool SpeaksAfterApposition(string text, List<Token> tokens, int next)
    {
        // "Marley Anderson, 21, a junior from Las Vegas, said", "Monte Haines, 44, said": an age may open the apposition.
        if (AgeBetweenCommas(text, tokens, next))
        {
            if (SpeechVerbs.At(tokens, next + 1) is { } verb && SpeechVerbs.IsFinite(tokens[next + 1].Text, verb)) return true;
            next++;
        }
        if (next >= tokens.Count || !Gap.IsCommaSpace(text, tokens[next - 1].End, tokens[next].Start)) return false;
        // "Johnnie Wilson, of Springfield, Va., said": where the person is from, and the state after its own comma.
        var from = tokens[next].Text == "of";
        if (!(from || tokens[next].Is(WordTraits.Determiner) || tokens[next].Possessive || IsParticiple(tokens[next]))) return false;
        var places = 0;
        for (var k = next + 1; k < tokens.Count; k++)
        {
            if (from && Gap.IsCommaSpace(text, tokens[k - 1].End, tokens[k].Start) && SpeechVerbs.At(tokens, k) is null && tokens[k].IsCapitalised && ++places == 1) continue;
            // The state's abbreviation keeps its full stop before the comma ("Va., said").
            if (places == 1 && tokens[k].Start - tokens[k - 1].End == 3 && text[tokens[k - 1].End] == '.' && Gap.IsCommaSpace(text, tokens[k - 1].End + 1, tokens[k].Start))
                return SpeechVerbs.At(tokens, k) is { } said && SpeechVerbs.IsFinite(tokens[k].Text, said);
            // A bare form after a comma is more often an adjective of a list ("Hunky Dory, a mix of wordy, elaborate songwriting"),
            // and a participle hangs on a clause of its own ("Cell Systems, the team … downplayed the findings, noting").
            // "Magdy Adib Ishak-Hannah, an Egyptian-born private healthcare mogul, whose personal wealth is £45m, said": a
            // relative clause may follow the apposition, between its own commas.
            if (Gap.IsCommaSpace(text, tokens[k - 1].End, tokens[k].Start) && tokens[k].Text is "who" or "whose")
                return SpeaksAfterWho(text, tokens, k);
            if (Gap.IsCommaSpace(text, tokens[k - 1].End, tokens[k].Start))
                return Words.PastAdverbs(tokens, k, tokens.Count) is var verb && SpeechVerbs.At(tokens, verb) is { } lemma && SpeechVerbs.IsFinite(tokens[verb].Text, lemma);
            if (!Gap.IsOneSpace(text, tokens[k - 1], tokens[k])) return false;
        }
        return false;
    }

    /// <summary>A lower-case word in "-ing" that opens a phrase of what someone was doing ("defending", "speaking"); not a preposition in "-ing" ("including", "during").</summary>
    private static bool IsParticiple(Token token) =>
        Words.EndsInIng(token) && token.Text is not ("including" or "according" or "regarding" or "concerning" or "following" or "excluding" or "notwithstanding");

    /// <summary>Whether a relative "who", an apposition with a role ("an IT technician") or an age follows the name, after a comma.</summary>
    private static bool Described(string text, List<Token> tokens, int next)
    {
        if (next >= tokens.Count || !Gap.IsCommaSpace(text, tokens[next - 1].End, tokens[next].Start)) return false;
        return tokens[next].Text == "who" || IsAge(tokens[next].Text) || Apposition.Role(text, tokens[next - 1].End, tokens) is not null || DescribesAPerson(text, tokens, next);
    }

    /// <summary>
    /// "an IT technician", "a university lecturer": "a" or "an" and a person the article does not name
    /// (<see cref="NameParts.UnnamedPerson"/>), the phrase closing after the word for them or going on with where they are
    /// from or work ("an IT technician from a village on the coast", "a nurse at the clinic").
    /// </summary>
    private static bool DescribesAPerson(string text, List<Token> tokens, int next) =>
        tokens[next].Text is "a" or "an" && NameParts.UnnamedPerson(tokens, next, tokens.Count) is var k && k >= 0
        && (k + 1 == tokens.Count || !Gap.IsSpaces(text, tokens[k].End, tokens[k + 1].Start) || tokens[k + 1].Text is "from" or "at" or "in" or "with");

    /// <summary>
    /// "Ka-ki", "Kwok-hung", "Ing-wen", "Jae-myung": two syllables of at most five letters joined by a hyphen, the second in
    /// lower case, as Chinese and Korean given names are romanised. ("York-based", "Bush-era" are modifiers, which can be
    /// no name: <see cref="NameParts.IsModifier"/>.)
    /// </summary>
    private static bool IsRomanisedGivenName(string word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen < 2 || hyphen > 5 || word.Length - hyphen - 1 is < 2 or > 5 || !char.IsUpper(word[0])) return false;
        for (var i = 1; i < word.Length; i++)
        {
            if (i != hyphen && !(word[i] >= 'a' && word[i] <= 'z')) return false;
        }
        return true;
    }

    // The verbs of a player's line in a match report, before the count they made: "made 30 saves", "rushed for 101 yards".
    private static readonly HashSet<string> s_playerVerbs = new(StringComparer.Ordinal) { "scored", "had", "made", "stopped", "added", "rushed", "saved" };

    /// <summary>Whether a player's verb follows the name ending at <paramref name="next"/>, then a count in figures, after "for" or not.</summary>
    private static bool ScoresCount(string text, List<Token> tokens, int next)
    {
        if (next + 1 >= tokens.Count || !s_playerVerbs.Contains(tokens[next].Text) || !Gap.IsOneSpace(text, tokens[next - 1], tokens[next])) return false;
        var count = tokens[next + 1].Text == "for" && next + 2 < tokens.Count ? next + 2 : next + 1;
        return char.IsDigit(tokens[count].Text[0]) && Gap.IsOneSpace(text, tokens[count - 1], tokens[count]);
    }

    /// <summary>
    /// "is a Democratic consultant", "was the editor of", "has been a former Army captain": whether "is", "was", "became",
    /// "remains", "has been" or "had been" and an article at <paramref name="next"/> lead, within four words and no
    /// punctuation or word that opens a phrase or adverb, to a title or a noun for what a person does (no kin: "is the
    /// father of").
    /// </summary>
    private static bool IsCalledATitle(string text, List<Token> tokens, int next)
    {
        var k = next;
        if (k + 1 < tokens.Count && tokens[k].Text is "has" or "had" && tokens[k + 1].Text == "been") k += 2;
        else if (k < tokens.Count && tokens[k].Text is "is" or "was" or "became" or "remains") k++;
        else return false;
        if (k >= tokens.Count || tokens[k].Text is not ("a" or "an" or "the") || !Gap.IsOneSpace(text, tokens[k - 1], tokens[k])) return false;
        for (var j = k + 1; j < tokens.Count && j <= k + 4 && Gap.IsOneSpace(text, tokens[j - 1], tokens[j]); j++)
        {
            var word = tokens[j].Text;
            if (Apposition.IsRoleNoun(word)) return true;
            // An adverb makes an adjective's phrase of it ("is a remarkably tender and stirring story").
            if (word is "of" or "at" or "in" or "for" or "on" or "to" or "from" or "with" or "and" or "or" or "who" or "that" or "which"
                || word.EndsWith("ly", StringComparison.Ordinal)) return false;
        }
        return false;
    }

    /// <summary>"Luay Sami, 33, the …": an age set off by commas at <paramref name="next"/>.</summary>
    private static bool AgeBetweenCommas(string text, List<Token> tokens, int next) =>
        next + 1 < tokens.Count && IsAge(tokens[next].Text) && Gap.IsCommaSpace(text, tokens[next - 1].End, tokens[next].Start)
        && Gap.IsCommaSpace(text, tokens[next].End, tokens[next + 1].Start);

    private static bool IsAge(string word)
    {
        if (word.Length is not (1 or 2 or 3)) return false;
        foreach (var c in word)
        {
            if (!char.IsDigit(c)) return false;
        }
        return true;
    }

    /// <summary>"said Cornell Brooks": a name right after "said" or "says" (after "told" or "asked" it is the listener).</summary>
    private static bool IsObjectOfSpeech(string text, List<Token> tokens, int first) =>
        first > 0 && SpeechVerbs.InvertsSubject(tokens[first - 1].Text) && Gap.IsOneSpace(text, tokens[first - 1], tokens[first]);

    /// <summary>
    /// "“I live nearby,” recalled Munir": right after a quote's closing mark, a speech verb in the past tense has its subject
    /// after it, whatever the verb ("said", "added" and "wrote" do anywhere, <see cref="IsObjectOfSpeech"/>).
    /// </summary>
    private static bool InvertedAfterQuote(string text, List<Token> tokens, int first)
    {
        if (first == 0 || !Gap.IsOneSpace(text, tokens[first - 1], tokens[first]) || !tokens[first - 1].Text.EndsWith("ed", StringComparison.Ordinal)
            || SpeechVerbs.At(tokens, first - 1) is null) return false;
        var at = SkipSpaceBack(text, tokens[first - 1].Start);
        return at > 0 && QuoteMarks.IsMark(text[at - 1]) || at > 1 && text[at - 1] == ',' && QuoteMarks.IsMark(text[at - 2]);
    }

    /// <summary>Whether the verb before the name at <paramref name="first"/> opens the paragraph or follows punctuation ("“…,” said Brooks"), so the name is its subject.</summary>
    private static bool VerbBeforeSubject(string text, List<Token> tokens, int first) =>
        first == 1 || !Gap.IsSpaces(text, tokens[first - 2].End, tokens[first - 1].Start);

    /// <summary>
    /// "“…, it’s offensive!” Cruz said.": a lone word between a quote's closing mark and its speech verb is the speaker's
    /// name, though the article names them once; the mark closes a comma, "!", "?", a full stop, or a word where a page
    /// left the comma out ("“… too” Sweeny said").
    /// </summary>
    private static bool SubjectAfterQuote(string text, List<Token> tokens, int first, int runEnd)
    {
        var at = SkipSpaceBack(text, tokens[first].Start);
        if (at < 2 || at == tokens[first].Start || !QuoteMarks.IsMark(text[at - 1]) || !(text[at - 2] is ',' or '!' or '?' or '.' || char.IsLetter(text[at - 2]))) return false;
        return runEnd < tokens.Count && SpeechVerbs.At(tokens, runEnd) is not null && Gap.IsOneSpace(text, tokens[runEnd - 1], tokens[runEnd]);
    }

    /// <summary>"“…” ― Ivo Marsh": a name that signs a quote after a dash.</summary>
    private static bool SignsQuote(string text, int start)
    {
        var at = SkipSpaceBack(text, start);
        return at >= 2 && QuoteMarks.IsSignatureDash(text[at - 1]) && QuoteMarks.EndsBefore(text, at - 1);
    }

    /// <summary>The offset just past the last non-space character before <paramref name="end"/>.</summary>
    private static int SkipSpaceBack(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }

    private bool UsedAsThing(string word) => _organisations.TryGetValue(word, out var weight) && weight >= 1;

    public bool IsOrganisation(string word) => _organisations.TryGetValue(word, out var weight) && weight >= 2;

    private int Standalone(string word) => _standalone.TryGetValue(word, out var n) ? n : 0;

    /// <summary>
    /// Whether the article writes the last word of a name alone, as a person's surname: not only as a thing's ("pushed back
    /// the Taliban,") or where a place stands ("Old Oakland" … "in Oakland", "Real Madrid" … "in Madrid").
    /// </summary>
    private bool ReferredToAlone(string word) =>
        Standalone(word) > (_asPlace.TryGetValue(word, out var places) ? places : 0) && !UsedAsThing(word);

    private static bool IsTitleBefore(List<Token> tokens, int nameStart) =>
        nameStart > 0 && tokens[nameStart - 1].Is(WordTraits.Honorific | WordTraits.TitleNoun);

    private static readonly HashSet<string> s_sentenceOpeners = new(StringComparer.Ordinal)
    {
        "And", "But", "Or", "So", "Yet", "If", "As", "When", "While", "After", "Before", "Since", "Because", "Although", "Though",
        "For", "Like", "Unlike", "With", "Without", "Despite", "During", "However", "Meanwhile", "Earlier", "Later", "Now", "Then",
        "Today", "Yesterday", "Still", "Instead", "Once", "Also", "Even", "Only", "Either", "Neither", "Both",
    };

    /// <summary>
    /// "Speaker of the House Newt Gingrich", "Director of National Intelligence James Clapper", "Secretary of State
    /// Kerry": after a capitalised title and "of" (or "of the"), a run's first words name what the title is of, and its
    /// holder's name begins at the first given name or honorific after them that a surname follows. Without one, the
    /// run's last two words are the name when the words before them are role words ("House", "State") and no word of
    /// the name is a common word ("Head of Platform Solutions", "Professor of Evolutionary Psychology" name no one); in a
    /// run of two, its last word, when the article also uses it alone. Where the name begins, or -1 when no such title
    /// stands before the run.
    /// </summary>
    private int HolderAfterTitleOf(string text, List<Token> tokens, int first, int runEnd)
    {
        if (runEnd - first < 2) return -1;
        var of = TitleOf(tokens, first) + 1;
        if (of < 1 || tokens[of].Text != "of" || !tokens[of - 1].IsCapitalised || !tokens[of - 1].Is(WordTraits.TitleNoun) || tokens[of - 1].Possessive) return -1;
        for (var k = of; k <= first; k++)
        {
            if (!Gap.IsOneSpace(text, tokens[k - 1], tokens[k])) return -1;
        }
        // "CEO of Donald J. Trump for President": a middle initial belongs to the name the run opens with.
        if (first + 1 < runEnd && tokens[first].Is(WordTraits.FirstName) && tokens[first + 1].Is(WordTraits.DottedInitials)) return -1;
        for (var k = first + 1; k < runEnd; k++)
        {
            if (tokens[k].Is(WordTraits.FirstName | WordTraits.Honorific) && !tokens[k].Is(WordTraits.DottedInitials)) return k < runEnd - 1 ? k : -1;
        }
        var name = runEnd - first >= 3 ? runEnd - 2 : runEnd - 1;
        if (name == runEnd - 1 && Standalone(tokens[name].Text) == 0) return -1;
        for (var k = first; k < name; k++)
        {
            if (!tokens[k].Is(WordTraits.RoleWord | WordTraits.Nationality | WordTraits.Acronym)) return -1;
        }
        for (var k = name; k < runEnd; k++)
        {
            if (IsCommonWord(tokens[k].Word) || tokens[k].Is(WordTraits.TitleNoun | WordTraits.RoleWord | WordTraits.Acronym)) return -1;
        }
        return name;
    }

    /// <summary>Where the title stands before a run that "of" or "of the" opens onto: two tokens before it, or three.</summary>
    private static int TitleOf(List<Token> tokens, int first) => first - (first > 0 && tokens[first - 1].Text == "the" ? 3 : 2);

    /// <summary>
    /// The role a title before a name gives: <see cref="PrefixRole"/>, or with a title of something before the run
    /// (<see cref="HolderAfterTitleOf"/>) the whole title from its first role word to the name ("U.S. Secretary of State").
    /// </summary>
    private static string? TitleRole(string text, List<Token> tokens, int first, int nameStart, int holder)
    {
        if (holder < 0) return PrefixRole(text, tokens, first, nameStart);
        var title = TitleOf(tokens, first);
        var head = PrefixRole(text, tokens, title, title + 1);
        var start = head is null ? tokens[title].Start : tokens[title].End - head.Length;
        return text.Substring(start, tokens[nameStart - 1].End - start);
    }

    /// <summary>The office an abbreviated title right before the name stands for ("Sen.", "Gov."), or null.</summary>
    private static string? OfficeBefore(List<Token> tokens, int nameStart) =>
        nameStart > 0 && Lexicon.Offices.TryGetValue(tokens[nameStart - 1].Text, out var office) ? office : null;

    /// <summary>The role words before a name: the capitalised ones in its run, then lower-case ones before it ("Republican frontrunner").</summary>
    private static string? PrefixRole(string text, List<Token> tokens, int runStart, int nameStart)
    {
        var roleStart = nameStart;
        var institution = -1;
        while (roleStart > 0)
        {
            var word = tokens[roleStart - 1];
            if (roleStart - 1 < runStart && !Gap.IsOneSpace(text, word, tokens[roleStart])) break;
            if (word.Possessive && roleStart - 1 < runStart) break;
            // "Walt Disney Co. executive Kevin Mayer": an institution's name is part of the role, whatever its words.
            if (word.IsCapitalised && word.Is(WordTraits.InstitutionHead))
            {
                roleStart--;
                while (roleStart > 0 && tokens[roleStart - 1].IsCapitalised && !tokens[roleStart - 1].Possessive && Gap.IsOneSpace(text, tokens[roleStart - 1], tokens[roleStart])) roleStart--;
                // "The Acme Co.": not the word that opens the sentence.
                institution = roleStart;
                while (institution < nameStart && (tokens[institution].Is(WordTraits.Determiner) || s_sentenceOpeners.Contains(tokens[institution].Text))) institution++;
                continue;
            }
            if (!(word.Is(WordTraits.RoleWord) || (word.IsCapitalised && word.Is(WordTraits.NonPerson | WordTraits.Acronym | WordTraits.Nationality)))) break;
            if (!word.IsCapitalised && roleStart - 1 < runStart - 3) break;
            roleStart--;
        }
        // "But Sen. Richard J. Durbin", "As House Speaker Paul Ryan", "The actor Mark Rylance": the word that opens the sentence
        // and a determiner are not the role.
        while (roleStart < nameStart && (!tokens[roleStart].Is(WordTraits.RoleWord | WordTraits.Acronym | WordTraits.Nationality | WordTraits.NonPerson) && roleStart != institution
            || tokens[roleStart].Is(WordTraits.Determiner) || s_sentenceOpeners.Contains(tokens[roleStart].Text))) roleStart++;
        if (roleStart >= nameStart) return null;
        var roleEnd = nameStart;
        while (roleEnd > roleStart && !tokens[roleEnd - 1].Is(WordTraits.TitleNoun)) roleEnd--;
        if (roleEnd == roleStart) return null;
        for (var k = roleStart; k < roleEnd; k++)
        {
            var w = tokens[k].Text;
            var honorificOnly = tokens[k].Is(WordTraits.Honorific) && w.EndsWith(".", StringComparison.Ordinal) || IsCourtesyTitle(w);
            if (!honorificOnly) return text.Substring(tokens[roleStart].Start, tokens[roleEnd - 1].End - tokens[roleStart].Start);
        }
        return null;
    }
}
