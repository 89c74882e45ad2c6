using System;
using System.Collections.Generic;
using System.Linq;

namespace Byline.Generator.Extraction;

/// <summary>What the word lists and the word-shape tests say of a word (see <see cref="Word"/>).</summary>
[Flags]
internal enum WordTraits
{
    None = 0,

    /// <summary>Its first character is an upper-case letter.</summary>
    Capitalised = 1 << 0,

    /// <summary>Its first character is a lower-case letter.</summary>
    LowerCase = 1 << 1,

    /// <summary>In <see cref="Lexicon.FirstNames"/>.</summary>
    FirstName = 1 << 2,

    /// <summary>In <see cref="Lexicon.Honorifics"/>.</summary>
    Honorific = 1 << 3,

    /// <summary><see cref="NameParts.IsRoleWord"/>.</summary>
    RoleWord = 1 << 4,

    /// <summary><see cref="NameParts.IsTitleNoun"/>.</summary>
    TitleNoun = 1 << 5,

    /// <summary>In <see cref="Lexicon.NonPersonWords"/>.</summary>
    NonPerson = 1 << 6,

    /// <summary>In <see cref="Lexicon.InstitutionHeads"/>.</summary>
    InstitutionHead = 1 << 7,

    /// <summary><see cref="NameParts.IsAcronym"/>.</summary>
    Acronym = 1 << 8,

    /// <summary><see cref="NameParts.IsDottedInitials"/>.</summary>
    DottedInitials = 1 << 9,

    /// <summary><see cref="NameParts.IsModifier"/>.</summary>
    Modifier = 1 << 10,

    /// <summary><see cref="NameParts.IsParticle"/>.</summary>
    Particle = 1 << 11,

    /// <summary><see cref="NameParts.CanBeName"/>.</summary>
    CanBeName = 1 << 12,

    /// <summary><see cref="NameParts.IsNationality"/>.</summary>
    Nationality = 1 << 13,

    /// <summary>A determiner or possessive pronoun before a noun ("the", "his"), in any case.</summary>
    Determiner = 1 << 14,

    /// <summary>
    /// Makes its sentence numeric (<see cref="FigureParser.NumberStarts(string, out bool)"/> on the word alone): it has a
    /// digit, or a part of it that begins after a non-letter is a number word or begins like one or like a word of
    /// multiplying. A sentence with no such word, and no "a hundred", has no figure.
    /// </summary>
    Numeric = 1 << 15,

    /// <summary>Ends in "a" on its own (<see cref="FigureParser.EndsWithA"/>), which begins a figure before "hundred" or "third".</summary>
    EndsWithA = 1 << 16,

    /// <summary>Two words a scraped page ran together, the second an honorific ("CruzRep", "CollinsSen"): see <see cref="Word.SeamAt"/>.</summary>
    Seam = 1 << 17,

    /// <summary>A surname with its article joined by a hyphen, lower-case but part of a name: "al-Bayad" (<see cref="NameParts.IsPrefixedSurname"/>).</summary>
    PrefixedSurname = 1 << 18,

    /// <summary>A subject pronoun that tells a gender, "he" or "she" (<see cref="Pronouns.GenderOf(string)"/>).</summary>
    GenderedPronoun = 1 << 19,

    /// <summary>
    /// May be a speech verb where it stands (<see cref="SpeechVerbs.At"/>): a form of one (<see cref="Word.SpeechLemma"/>),
    /// or a word that is one with the word after it ("shot back", "went on").
    /// </summary>
    SpeechForm = 1 << 20,

    /// <summary>Holds a gate word of some figure pattern (<see cref="Word.FigureGates"/> is not 0).</summary>
    FigureGate = 1 << 21,
}

/// <summary>
/// One distinct word, with everything the passes ask of it worked out once: the name finder alone asks a dozen
/// questions of every capitalised word it reads, and each was a hash look-up of the string. A token refers to its
/// word, so a question is a bit test, and a word met again costs no new string.
/// </summary>
internal sealed class Word
{
    private Word? _folded;

    internal Word(string text, ProjectVerbs? verbs = null)
    {
        Text = text;
        FirstNameGender = Lexicon.FirstNames.TryGetValue(text, out var given) ? given : JoinedGivenNames(text);
        HonorificGender = Lexicon.Honorifics.TryGetValue(text, out var honorific) ? honorific : '\0';
        SpeechLemma = Lexicon.SpeechVerbs.TryGetValue(text, out var lemma) ? lemma : verbs?.LemmaOf(text);
        SeamAt = NameParts.SeamAt(text);
        FigureGates = FigureParser.GatesOf(text);
        FigureStarts = FigureParser.StartsOf(text);
        // One reading of the word for numbers: where they may start in it, and so whether it makes its sentence numeric.
        var starts = FigureParser.NumberStarts(text, out var numeric);
        NumberStarts = numeric && starts.Count > 0 ? starts.ToArray() : s_noStarts;
        Traits = Classify(text)
            | (FirstNameGender != '\0' ? WordTraits.FirstName : 0)
            | (HonorificGender != '\0' ? WordTraits.Honorific : 0)
            | (SeamAt > 0 ? WordTraits.Seam : 0)
            | (numeric ? WordTraits.Numeric : 0)
            | (SpeechLemma is not null || SpeechVerbs.IsPhrasalSpeechVerb(text) ? WordTraits.SpeechForm : 0)
            | (FigureGates != 0 ? WordTraits.FigureGate : 0);
    }

    private static readonly int[] s_noStarts = new int[0];

    /// <summary>
    /// "Rose-Lynn", "Jean-Pierre", "Mary-Kate": two given names joined by a hyphen are one, of the gender the first tells,
    /// else the second's; '\0' for any other word.
    /// </summary>
    private static char JoinedGivenNames(string text)
    {
        var hyphen = text.IndexOf('-');
        if (hyphen <= 0 || hyphen + 1 >= text.Length || text.IndexOf('-', hyphen + 1) >= 0 || !char.IsUpper(text[hyphen + 1])) return '\0';
        if (!Lexicon.FirstNames.TryGetValue(text.Substring(0, hyphen), out var first) || !Lexicon.FirstNames.TryGetValue(text.Substring(hyphen + 1), out var second)) return '\0';
        return first != '-' ? first : second;
    }

    /// <summary>Where in the word a number may start (<see cref="FigureParser.NumberStarts(string, out bool)"/> on the word alone); none for a word that is not <see cref="WordTraits.Numeric"/>.</summary>
    public int[] NumberStarts { get; }

    public string Text { get; }

    public WordTraits Traits { get; }

    /// <summary>'m', 'f' or '-' for a given name; '\0' for any other word.</summary>
    public char FirstNameGender { get; }

    /// <summary>'m', 'f' or '-' for an honorific or title; '\0' for any other word.</summary>
    public char HonorificGender { get; }

    /// <summary>Where the second of two words run together begins ("CruzRep": 4), or 0; the tokenizer splits them.</summary>
    public int SeamAt { get; }

    /// <summary>The figure patterns whose gate words this word may hold (<see cref="FigureParser.GatesOf"/>).</summary>
    public int FigureGates { get; }

    /// <summary>The figure patterns that may start with this word where no number does (<see cref="FigureParser.StartsOf"/>).</summary>
    public int FigureStarts { get; }

    /// <summary>The lemma when the word is a form of a speech verb ("said" → "say"), in any case; otherwise null.</summary>
    public string? SpeechLemma { get; }

    /// <summary>
    /// The word that stands for every spelling of this one that differs only in case (an ordinal case-insensitive
    /// comparison): two words are the same word ignoring case exactly when their folded words are one object.
    /// </summary>
    public Word Folded => _folded ??= Fold();

    public bool Is(WordTraits traits) => (Traits & traits) != 0;

    // The stamp of the last name-finder reading (on this thread) that met this spelling written in lower case, and the
    // spellings of this folded word that readings have so met, each listed once, the first time.
    private int _lowerCaseStamp;
    private bool _listed;
    private List<Word>? _lowerCaseSpellings;

    /// <summary>
    /// Marks this spelling as met in lower case by the name-finder reading <paramref name="stamp"/> (see <c>NameFinder</c>).
    /// Only this word is written to: the folded word is visited once, to list the spelling with it.
    /// </summary>
    public void StampLowerCase(int stamp)
    {
        _lowerCaseStamp = stamp;
        if (_listed) return;
        _listed = true;
        (Folded._lowerCaseSpellings ??= new List<Word>(2)).Add(this);
    }

    /// <summary>Whether the reading <paramref name="stamp"/> met any spelling of this word in lower case (<see cref="StampLowerCase"/>).</summary>
    public bool MetInLowerCase(int stamp)
    {
        var spellings = Folded._lowerCaseSpellings;
        if (spellings is null) return false;
        for (var i = 0; i < spellings.Count; i++)
        {
            if (spellings[i]._lowerCaseStamp == stamp) return true;
        }
        return false;
    }

    public override string ToString() => Text;

    private Word Fold()
    {
        // Ordinal case-insensitive comparison upper-cases each character; so does the key.
        var upper = Text.ToUpperInvariant();
        return string.Equals(upper, Text, StringComparison.Ordinal) ? this : Vocabulary.Get(upper, 0, upper.Length).Folded;
    }

    private static readonly HashSet<string> s_determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "our", "my", "your", "no", "any", "every", "another",
    };

    private static bool IsDottedAbbreviation(string text) => text.Length == 5 && text[4] == '.' && !Lexicon.Honorifics.ContainsKey(text);

    private static WordTraits Classify(string text)
    {
        var traits = WordTraits.None;
        if (text.Length > 0 && char.IsUpper(text[0])) traits |= WordTraits.Capitalised;
        if (text.Length > 0 && char.IsLower(text[0])) traits |= WordTraits.LowerCase;
        if (NameParts.IsRoleWord(text)) traits |= WordTraits.RoleWord;
        if (NameParts.IsTitleNoun(text)) traits |= WordTraits.TitleNoun;
        // "Corp." and "Sept." keep their full stop as tokens (Tokenizer.KeepsDotAt) and are still the words the lists hold
        // without it; a title ("Capt.", "Prof.") is read as a title.
        if (Lexicon.NonPersonWords.Contains(text) || IsDottedAbbreviation(text) && Lexicon.NonPersonWords.Contains(text.Substring(0, text.Length - 1))) traits |= WordTraits.NonPerson;
        if (Lexicon.InstitutionHeads.Contains(text)) traits |= WordTraits.InstitutionHead;
        if (NameParts.IsAcronym(text)) traits |= WordTraits.Acronym;
        if (NameParts.IsDottedInitials(text)) traits |= WordTraits.DottedInitials;
        if (NameParts.IsModifier(text)) traits |= WordTraits.Modifier;
        if (NameParts.IsParticle(text)) traits |= WordTraits.Particle;
        if (NameParts.IsPrefixedSurname(text)) traits |= WordTraits.PrefixedSurname;
        if (NameParts.CanBeName(text)) traits |= WordTraits.CanBeName;
        if (NameParts.IsNationality(text)) traits |= WordTraits.Nationality;
        if (s_determiners.Contains(text)) traits |= WordTraits.Determiner;
        if (FigureParser.EndsWithA(text)) traits |= WordTraits.EndsWithA;
        if (Pronouns.GenderOf(text) is not null) traits |= WordTraits.GenderedPronoun;
        return traits;
    }
}

/// <summary>
/// The distinct words met so far on this thread, each a <see cref="Word"/> found from a slice of text without cutting
/// it out. Extraction is single-threaded per article, and an article's words must all come from one table (words are
/// compared by reference), so a table is only ever replaced between articles: when it has grown past its bound, or
/// when the garbage collector took it while no article was being read (between articles the thread holds it only
/// weakly, so an idle compiler or IDE process does not keep it).
/// </summary>
internal static class Vocabulary
{
    // About a corpus's worth of distinct words (the 6.7 MB test corpus has 82,000 in 14 MB: 170 bytes a word with its text
    // and slot); a table past it is started afresh at the next article, so no thread keeps much more than 17 MB.
    private const int MaxWords = 100_000;

    // The table in use: held strongly while an article is read, and by any caller outside an article.
    [ThreadStatic]
    private static Table? t_table;

    // The table between articles, for the garbage collector to take if it needs the memory.
    [ThreadStatic]
    private static WeakReference<Table>? t_idle;

    /// <summary>The word text[start..start+length].</summary>
    public static Word Get(string text, int start, int length) => Current.Get(text, start, length);

    /// <summary>This thread's table: a pass that looks up many words reads the thread-static field once.</summary>
    public static Table Current => t_table ??= Revive() ?? new Table(ProjectVerbs.None);

    /// <summary>The word <paramref name="text"/>.</summary>
    public static Word Get(string text) => Get(text, 0, text.Length);

    /// <summary>
    /// Called before each article: holds the table for the article, or starts a new one past the bound, or when the
    /// project's own speech verbs (byline.json) differ from those the table's words were read with.
    /// </summary>
    public static void BeginArticle(ProjectVerbs? verbs = null)
    {
        verbs ??= ProjectVerbs.None;
        if (Current.Count > MaxWords || !Current.Verbs.Equals(verbs)) t_table = new Table(verbs);
    }

    /// <summary>Called after each article, also when it failed: from here the table is held weakly until the next article.</summary>
    public static void EndArticle()
    {
        if (t_table is null) return;
        if (t_idle is null) t_idle = new WeakReference<Table>(t_table);
        else t_idle.SetTarget(t_table);
        t_table = null;
    }

    private static Table? Revive() => t_idle is not null && t_idle.TryGetTarget(out var table) ? table : null;

    /// <summary>
    /// An open-addressing hash table keyed by the characters of a slice, laid out for the cache: a look-up of a word met
    /// before is memory-bound (when each slot held the word's string, two loads, of the slot and of the string, took more
    /// than half of the tokenizer's time), so the table is three compact arrays. The index holds, for each slot, a tag of
    /// the hash and the number of an entry: 4 bytes a slot. The entries and the words' characters are kept in the order the words were first met,
    /// so the common words, met first, share a few cache lines; a probe reads the word's characters from the arena, not
    /// from a string scattered on the heap, and a token takes its traits from the entry without a visit to the word.
    /// </summary>
    internal sealed class Table
    {
        public Table(ProjectVerbs verbs) => Verbs = verbs;

        /// <summary>The project's speech verbs this table's words were read with.</summary>
        public ProjectVerbs Verbs { get; }

        // The low bits of an index slot number the entry (plus one; 0 is an empty slot), the high bits are a tag of the hash,
        // which settles most probes of other words without reading their entry. An article has at most 8M characters, so
        // at most 4M new words (each needs a character and a separator) on top of the bound: the entry bits hold 16M.
        private const int EntryBits = 24;
        private const int EntryMask = (1 << EntryBits) - 1;

        private int[] _index = new int[4096];
        private Entry[] _entries = new Entry[1024];
        private char[] _chars = new char[16 * 1024];
        private int _charCount;

        public int Count { get; private set; }

        public Word Get(string text, int start, int length) => Get(text, start, length, Hash(text, start, length), out _);

        /// <summary>
        /// The word whose <see cref="Hash"/> is <paramref name="hash"/>, and its traits read from the table's entry: a
        /// token takes them without a visit to the word.
        /// </summary>
        public Word Get(string text, int start, int length, int hash, out WordTraits traits)
        {
            var index = _index;
            var mask = index.Length - 1;
            var tag = Tag(hash);
            for (var slot = hash & mask; ; slot = (slot + 1) & mask)
            {
                var held = index[slot];
                if (held == 0)
                {
                    var word = Add(text, start, length, hash, slot);
                    traits = word.Traits;
                    return word;
                }
                if ((held & ~EntryMask) != tag) continue;
                ref var entry = ref _entries[(held & EntryMask) - 1];
                if (entry.Hash == hash && SameText(_chars, entry.Start, entry.Length, text, start, length))
                {
                    traits = entry.Traits;
                    return entry.Word;
                }
            }
        }

        private Word Add(string text, int start, int length, int hash, int slot)
        {
            var word = new Word(start == 0 && length == text.Length ? text : text.Substring(start, length), Verbs);
            if (Count == _entries.Length) Array.Resize(ref _entries, Count * 2);
            if (_charCount + length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + length));
            text.CopyTo(start, _chars, _charCount, length);
            _entries[Count] = new Entry { Word = word, Hash = hash, Traits = word.Traits, Start = _charCount, Length = length };
            _charCount += length;
            _index[slot] = Tag(hash) | ++Count;
            if (Count * 2 > _index.Length) Grow();
            return word;
        }

        private static int Tag(int hash) => hash & ~EntryMask;

        private static bool SameText(char[] chars, int at, int count, string text, int start, int length)
        {
            if (count != length) return false;
            for (var i = 0; i < length; i++)
            {
                if (chars[at + i] != text[start + i]) return false;
            }
            return true;
        }

        private void Grow()
        {
            _index = new int[_index.Length * 2];
            var mask = _index.Length - 1;
            for (var e = 0; e < Count; e++)
            {
                var hash = _entries[e].Hash;
                var slot = hash & mask;
                while (_index[slot] != 0) slot = (slot + 1) & mask;
                _index[slot] = Tag(hash) | (e + 1);
            }
        }

        /// <summary>
        /// The hash of text[start..start+length]: the first character, then for each next one <see cref="Step"/>, then
        /// <see cref="Finish"/>. The tokenizer takes the same steps as it scans a word, and passes the hash in.
        /// </summary>
        public static int Hash(string text, int start, int length)
        {
            if (length == 0) return 0;
            var hash = (uint)text[start];
            for (var i = start + 1; i < start + length; i++) hash = Step(hash, text[i]);
            return Finish(hash);
        }

        public static uint Step(uint hash, char c) => unchecked((hash ^ c) * 16777619u);

        public static int Finish(uint hash) => (int)((hash ^ (hash >> 15)) & int.MaxValue);

        private struct Entry
        {
            public Word Word;
            public int Hash;
            public WordTraits Traits;
            public int Start;
            public int Length;
        }
    }
}

/// <summary>
/// Speech verbs a project adds (byline.json's speechVerbs), each lemma with its forms ("quip": quips, quipped, quipping).
/// Equal sets are equal, so a table of words read with them is kept from one article to the next.
/// </summary>
internal sealed class ProjectVerbs : IEquatable<ProjectVerbs>
{
    public static readonly ProjectVerbs None = new(Array.Empty<string>());

    private readonly string[] _lemmas;
    private readonly Dictionary<string, string> _forms = new(StringComparer.OrdinalIgnoreCase);

    public ProjectVerbs(IEnumerable<string> lemmas)
    {
        _lemmas = lemmas.Select(Normalize).Where(l => l.Length > 0).Distinct().OrderBy(l => l, StringComparer.Ordinal).ToArray();
        foreach (var lemma in _lemmas)
        {
            foreach (var form in Inflections.Of(lemma)) _forms[form] = lemma;
        }
    }

    public IReadOnlyList<string> Lemmas => _lemmas;

    /// <summary>A lemma as the project writes it, as this set keeps it.</summary>
    public static string Normalize(string lemma) => lemma.Trim().ToLowerInvariant();

    public string? LemmaOf(string word) => _forms.TryGetValue(word, out var lemma) ? lemma : null;

    public bool Equals(ProjectVerbs? other) => other is not null && _lemmas.SequenceEqual(other._lemmas, StringComparer.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as ProjectVerbs);

    public override int GetHashCode() => _lemmas.Aggregate(17, (h, l) => (h * 31) + StringComparer.Ordinal.GetHashCode(l));
}
