using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Byline.Generator.Model;

namespace Byline.Generator.Extraction;

/// <summary>Figures in a sentence: percentages, money, counts with their base, durations, ages, multiples and numbers.</summary>
internal static class FigureParser
{
    private static readonly string[] s_ordinalWords = { "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth" };

    internal const string NumberWords = "tens of thousands|hundreds of thousands|tens of millions|hundreds of millions|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a thousand|a million|dozens|hundreds|thousands|millions|billions|a dozen|zero";
    private const string Num = @"(?:\d+(?:[.,]\d+)*(?:\.\d+)?|(?:" + NumberWords + @")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)";
    private const string Scale = @"(?:\s?(?:bn|m|k|billion|million|trillion|thousand)\b)?";
    // Approximations and positions before a figure ("at least 18", "last 10 games") are found by looking back from
    // the figure, not by the patterns: a pattern that may start with any of these words cannot skip ahead quickly.
    private static readonly string[] s_qualifiers =
    {
        "at least ", "more than ", "less than ", "fewer than ", "nearly ", "almost ", "about ", "around ", "roughly ", "some ",
        "over ", "under ", "up to ", "just ", "only ", "approximately ", "last ", "past ", "next ", "final ",
    };

    // The words a number counts ("15 games", "3,000 Afghan refugees", "1.2 gigabits per second"): up to four, stopping
    // at a function word, a preposition or adverb of place ("12 suspects without trial", "6,000 companies here"), a verb
    // in the past tense, regular or not ("5,196 firms found", "400,000 people bought"), or punctuation.
    internal const string StopWords = "are|were|is|was|be|been|have|has|had|will|would|could|should|can|may|might|must|do|does|did|to|in|on|at|for|and|or|but|who|that|which|of|the|a|an|than|from|with|by|as|after|before|since|ago|into|over|under|it|its|their|his|her|they|he|she|we|i|you|this|these|those|while|when|if|because|so|not|no|last|next|despite|including|against|during|through|until|between|among|about|per cent|percent|put|puts|got|get|gets|today|yesterday|tomorrow|tonight|now|then|alone|each|apiece|without|within|across|around|toward|towards|beyond|near|amid|behind|above|below|via|like|unlike|upon|onto|except|whether|there|here|together|also|again|already|still|even|found|said|told|took|gave|went|came|saw|kept|held|sold|brought|bought|thought|felt|became|began|grew|fell|spent|sent|made|feels|seems|looks";
    // A stop word ends the counted words before a space or a mark, or an apostrophe that opens a contraction ("I've").
    private const string Stop = "(?:" + StopWords + @")(?=[ ,.;:!?)'\u2019]|$)";
    private const string Counted = @"(?<u>(?: (?!" + Stop + @")(?![\p{L}-]+ed\b)(?:per [\p{L}]+|[\p{L}][\p{L}-]*)){0,4})";

    // A number in digits is one word; one in words may have more after its first: "tens of thousands" (NumberWords) and
    // "hundreds of thousands nine" (Num, with a unit after them). A pattern's gate word follows the number's words.
    private const int NumberWordsWords = 2;
    private const int NumWords = NumberWordsWords + 1;

    // The words that open a pattern's match where no number does, written once for the expression, its gate and the
    // words it is tried at (initialised before the patterns that use them).
    private static readonly string[] s_multiplying = { "doubled", "tripled", "trebled", "quadrupled", "halved", "twice" };
    private static readonly string[] s_changes = { "rose", "fell", "increased", "decreased", "grew", "dropped", "declined", "jumped", "climbed", "gained", "lost", "surged", "slumped" };
    private static readonly WordSet s_multiplyingWords = new(s_multiplying, ignoreCase: true);
    private static readonly WordSet s_changeVerbs = new(s_changes, ignoreCase: true);

    private static readonly FigurePattern[] s_patterns = FigurePattern.Numbered(
        new(FigureKind.Multiple, s_multiplying.Concat(new[] { "times", "fold" }).ToArray(), @"\b(?<t>(?:(?:" + string.Join("|", s_multiplying) + @")(?! down\b)|(?:" + Num + @") times(?: more| as \w+)?|(?:" + Num + @")-?fold))\b", true,
            startWord: word => s_multiplyingWords.Contains(word) || word.EndsWith("fold", StringComparison.OrdinalIgnoreCase), gateAfter: (1, NumWords)),
        new(FigureKind.Multiple, new[] { " by " }, @"\b(?<t>(?:" + string.Join("|", s_changes) + @") by (?<n>" + Num + @")(?:%| per ?cent| points?| percentage points?)?)", false,
            startWord: s_changeVerbs.Contains),
        new(FigureKind.Number, new[] { " to ", " or " }, @"(?<![\p{L}\d])(?<t>(?<n>[$£€]?\d+(?:[.,]\d+)*|" + NumberWords + @") (?:to|or) (?<b2>[$£€]?\d+(?:[.,]\d+)*|" + NumberWords + @")(?:%| ?per ?cent\b)?" + Counted + ")", true, gateAfter: (1, NumberWordsWords), numberAfterGate: 1),
        new(FigureKind.Count, new[] { " of " }, @"\b(?<t>(?<n>" + Num + @") (?:of|out of) (?:(?:the|its|their|his|her|[\p{L}]+['’]s|[\p{L}]+-[\p{L}]+) ){0,3}(?<b>\d+(?:,\d+)*|" + NumberWords + @")" + Counted + @")", true, gateAfter: (2, NumWords), numberAfterGate: 4),
        new(FigureKind.Percentage, new[] { "%", "per cent", "percent", "percentage" }, @"\b(?<t>(?<n>\d+(?:\.\d+)?|" + NumberWords + @") ?(?<u>%|per ?cent\b|percentage points?\b))", true),
        new(FigureKind.Money, new[] { "$", "£", "€", "¥" }, @"(?<t>(?<u>US\$|[$£€¥])\s?(?<n>\d+(?:[.,]\d+)*)" + Scale + @"(?: (?:a|per) (?:week|month|year|day))?)", false),
        new(FigureKind.Money, new[] { "dollars", "euros", "pounds", "yen", "yuan", "rupees", "roubles", "rubles" }, @"\b(?<t>(?<n>\d+(?:[.,]\d+)*)" + Scale + @" (?<u>dollars|euros|pounds|yen|yuan|rupees|roubles|rubles))\b", false),
        new(FigureKind.Age, new[] { "aged", "year-old" }, @"\b(?<t>aged (?<n>\d+)|(?<n>\d+|" + NumberWords + @")-year-old)\b", true, startWord: word => word.Equals("aged", StringComparison.OrdinalIgnoreCase)),
        new(FigureKind.Duration, new[] { "year", "month", "week", "day", "hour", "minute", "second", "decade", "centur", "night" }, @"\b(?<t>(?<n>" + Num + @")(?: more)? (?<u>years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|nights?)(?: ago)?)\b", true, gateAfter: (2, NumWords)),
        new(FigureKind.Ratio, new[] { "third", "quarter", "half", "fifth", "tenth", " in " }, @"\b(?<t>(?:a|one|two) (?:third|quarter|half|fifth|tenth)s?|(?<n>\d+|" + NumberWords + @") in (?<b>\d+|" + NumberWords + @"))\b", true, gateAfter: (1, NumberWordsWords)),
        new(FigureKind.Number, new[] { "th ", "st ", "nd ", "rd ", "th,", "th.", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth" }, @"\b(?<t>(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))" + Counted + @")\b", true, opens: OrdinalAt),
        // Tried at every number's start that no pattern before it took: read by hand (CountedNumber), as this expression reads it.
        new(FigureKind.Number, new string[0], @"(?<![\p{L}\d])(?<t>(?<n>\d+(?:[.,]\d+)*(?:-\d+)?(?:st|nd|rd|th)?|(?:" + NumberWords + @")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)(?:-(?!year-old)[\p{L}]+)?" + Scale + Counted + @")(?![\p{L}\d])", true, CountedNumber.TryRead));

    /// <summary>The patterns, in the order they are tried.</summary>
    internal static IReadOnlyList<FigurePattern> Patterns => s_patterns;

    private static readonly WordSet s_numberStartWords = new(
        NumberWords.Split('|').Select(w => w.Split(' ')[0]).Concat(s_ordinalWords), ignoreCase: true);

    // Every figure has a digit, a number or ordinal word, or a word of multiplying; a sentence with none has no figure.
    // These are the beginnings of such words (a word that starts with one counts: "tenfold"), listed under their first letter.
    private static readonly string[][] s_numericPrefixes = Words.ByFirstLetter(NumberWords.Split('|')
        .Concat(new[] { "half", "third", "quarter", "fifth", "tenth", "twice", "doubled", "tripled", "trebled", "quadrupled", "halved", "fold", "fourth", "sixth", "seventh", "eighth", "ninth", "eleventh", "twelfth" }));

    private static readonly bool[] s_numericTrigrams = Trigrams.Table(s_numericPrefixes.SelectMany(list => list));

    public static List<FigureModel> Find(string sentence)
    {
        var tokens = Tokenizer.Split(sentence);
        return Find(sentence, tokens, 0, tokens.Count, 0);
    }

    /// <summary>
    /// The figures of a sentence whose words are <paramref name="tokens"/>[<paramref name="from"/>..<paramref name="to"/>),
    /// which start <paramref name="offset"/> characters before their offsets in the sentence (the sentence's start in its
    /// paragraph). The words say where numbers start (<see cref="NumberStarts(string, List{Token}, int, int, int, out bool)"/>)
    /// and, <paramref name="gated"/>, which patterns' gate words the sentence may hold (<see cref="Gates"/>): the others are
    /// not tried.
    /// </summary>
    public static List<FigureModel> Find(string sentence, List<Token> tokens, int from, int to, int offset, bool gated = true)
    {
        var starts = NumberStarts(sentence, tokens, from, to, offset, out var numeric);
        if (!numeric) return new List<FigureModel>();
        var gates = gated ? Gates(sentence, tokens, from, to) : -1;
        var taken = new bool[sentence.Length];
        // Markup a scraped page left in its text states nothing: no figure starts inside a tag.
        Markup.MarkTags(sentence, taken);
        var found = new List<(int Start, FigureModel Figure)>();
        foreach (var pattern in s_patterns)
        {
            // Each pattern needs one of a few words or symbols; a sentence without them cannot match it. A pattern tried
            // at each number's start also asks for them near that start.
            var gate = pattern.Gate;
            if (pattern.Anchored is not null && pattern.StartWord is null && starts.Count == 0 || gate.Length > 0 && (gates & pattern.Bit) == 0) continue;
            if (gate.Length > 0 && !ContainsAny(sentence, gate)) continue;
            // A pattern that starts with a number or one of a few words is tried only where those start (anchored there),
            // which is far cheaper than letting it scan every letter.
            if (pattern.Anchored is { } anchored)
            {
                foreach (var start in pattern.StartWord is null ? starts : WithWordStarts(pattern.AtNumber ? starts : null, pattern.Bit, tokens, from, to, offset))
                {
                    // A match here would start inside a figure already taken, or lacks the word its pattern needs near its number:
                    // in the words after the start where the pattern says how many (GateAfter), else in the characters.
                    if (taken[start]) continue;
                    var windowed = gated && pattern.GateAfter.Words > 0;
                    if (windowed ? !GateWordWithin(sentence, start, tokens, offset, pattern) : gate.Length > 0 && !NearAny(sentence, gate, start)) continue;
                    // Nor where the text does not open as the pattern must.
                    if (gated && pattern.Opens is { } opens && !opens(sentence, start)) continue;
                    if (pattern.Reader is { } read)
                    {
                        if (read(sentence, start, out var groups)) Take(pattern, groups, sentence, taken, found);
                        continue;
                    }
                    var match = anchored.Match(sentence, start);
                    if (match.Success) Take(pattern, FigureGroups.Of(match, pattern), sentence, taken, found);
                }
                continue;
            }
            // Any other pattern scans the sentence. A rejected match (a date, a label) may hide a figure inside it ("1986
            // killing all six aboard"): search on from just after where it started rather than after its end.
            for (var match = pattern.Regex!.Match(sentence); match.Success;)
            {
                var groups = FigureGroups.Of(match, pattern);
                Take(pattern, groups, sentence, taken, found);
                var t = groups.T;
                match = t.Length > 0 && taken[t.Index] ? match.NextMatch() : pattern.Regex!.Match(sentence, match.Index + 1);
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found.ConvertAll(f => f.Figure);
    }

    /// <summary>
    /// Where a number starts (<paramref name="numberStarts"/>, if given) or a word does that the pattern of <paramref name="bit"/>
    /// may start with (<see cref="Word.FigureStarts"/>), in order.
    /// </summary>
    private static List<int> WithWordStarts(List<int>? numberStarts, int bit, List<Token> tokens, int from, int to, int offset)
    {
        List<int>? starts = null;
        for (var t = from; t < to; t++)
        {
            var at = tokens[t].Start - offset;
            if (at < 0 || (tokens[t].Word.FigureStarts & bit) == 0) continue;
            starts ??= numberStarts is null ? new List<int>() : new List<int>(numberStarts);
            starts.Add(at);
        }
        if (starts is null) return numberStarts ?? s_noStarts;
        if (numberStarts is { Count: > 0 }) starts.Sort();
        return starts;
    }

    private static readonly List<int> s_noStarts = new();

    /// <summary>The patterns that may start with <paramref name="word"/> (<see cref="FigurePattern.StartWord"/>), one bit each. Read once per distinct word.</summary>
    public static int StartsOf(string word)
    {
        var starts = 0;
        foreach (var pattern in s_patterns)
        {
            if (pattern.StartWord is { } takes && takes(word)) starts |= pattern.Bit;
        }
        return starts;
    }

    /// <summary>
    /// Whether the word where a number starts at <paramref name="start"/>, or one of the words after it that the number and
    /// the pattern's gate word may take (<see cref="FigurePattern.GateAfter"/>), may hold that gate word: a pattern whose gate
    /// word follows its number so closely cannot match where none does.
    /// </summary>
    private static bool GateWordWithin(string sentence, int start, List<Token> tokens, int offset, FigurePattern pattern)
    {
        var at = start + offset;
        var k = Tokenizer.FirstAt(tokens, at);
        if (k > 0 && tokens[k - 1].End > at) k--; // a number inside a word ("COVID-19")
        // A number in digits, after a currency sign or not, is one word.
        var words = pattern.GateAfter.Words + (char.IsDigit(sentence[start]) || Array.IndexOf(s_currencySigns, sentence[start]) >= 0 ? 0 : pattern.GateAfter.NumberWords);
        for (var last = Math.Min(tokens.Count - 1, k + words); k <= last; k++)
        {
            if ((tokens[k].Word.FigureGates & pattern.Bit) != 0 && NumberWithin(tokens, k + 1, pattern.NumberAfterGate)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a number may start in the <paramref name="count"/> words from <paramref name="first"/>: a word that makes its
    /// sentence numeric, or an "a" ("a hundred"); true where no number need follow (a count of 0).
    /// </summary>
    private static bool NumberWithin(List<Token> tokens, int first, int count)
    {
        if (count == 0) return true;
        for (var last = Math.Min(tokens.Count - 1, first + count - 1); first <= last; first++)
        {
            if (tokens[first].Is(WordTraits.Numeric | WordTraits.EndsWithA)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether an ordinal may open at <paramref name="at"/>: one of the ordinal words, or digits and then a letter ("21st").
    /// Compared ignoring case as ordinal comparison does, which takes every spelling the expression takes.
    /// </summary>
    private static bool OrdinalAt(string sentence, int at)
    {
        if (char.IsDigit(sentence[at]))
        {
            while (at < sentence.Length && char.IsDigit(sentence[at])) at++;
            return at < sentence.Length && char.IsLetter(sentence[at]);
        }
        foreach (var word in s_ordinalWords)
        {
            if (string.Compare(sentence, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
        }
        return false;
    }

    /// <summary>Takes a match as a figure, with the qualifier before it, unless it overlaps one taken or is a date or a label.</summary>
    private static void Take(FigurePattern pattern, FigureGroups match, string sentence, bool[] taken, List<(int Start, FigureModel Figure)> found)
    {
        var t = match.T;
        if (t.Length == 0 || Overlaps(taken, t.Index, t.Length)) return;
        if (pattern.Kind == FigureKind.Number && IsDateOrLabel(sentence, match)) return;
        var start = QualifierStart(sentence, t.Index);
        var end = t.Index + t.Length;
        for (var i = start; i < end; i++) taken[i] = true;
        var qualifier = start < t.Index ? sentence.Substring(start, t.Index - start).Trim() : null;
        found.Add((start, Build(pattern, match, sentence, sentence.Substring(start, end - start).TrimEnd(), qualifier)));
    }

    /// <summary>
    /// The patterns whose gate a word may belong to, one bit each (<see cref="FigurePattern.Bit"/>): a pattern's gate can
    /// only stand in a sentence where one of its words' bits is set, or, for a symbol ("%", "$"), where the symbol is.
    /// A gate word is found in a word by the part of it that a word holds whole: "by" is the word of " by ", "th" ends
    /// the word of "th ", "per" ends the word of "per cent", "centur" is inside "century". Read once per distinct word.
    /// </summary>
    public static int GatesOf(string word)
    {
        // Every piece opens with two lower-case letters: at each pair of letters of the word, only the pieces that open
        // with that pair are tried.
        var lower = Words.ToLowerInvariant(word).TrimEnd('.');
        var gates = 0;
        for (var k = 0; k + 1 < lower.Length; k++)
        {
            var pair = LetterPair(lower, k);
            if (pair < 0) continue;
            foreach (var (piece, bit) in s_piecesByFirstLetters[pair])
            {
                if ((gates & bit) == 0 && piece.At(lower, k)) gates |= bit;
            }
        }
        return gates;
    }

    /// <summary>The two letters a-z at <paramref name="at"/> as one number, or -1.</summary>
    private static int LetterPair(string text, int at)
    {
        var first = text[at] - 'a';
        var second = text[at + 1] - 'a';
        return (uint)first < 26u && (uint)second < 26u ? first * 26 + second : -1;
    }

    // The gate pieces of every pattern, with the pattern's bit, under the two letters each opens with.
    private static readonly (GatePiece Piece, int Bit)[][] s_piecesByFirstLetters = PiecesByFirstLetters();

    private static (GatePiece Piece, int Bit)[][] PiecesByFirstLetters()
    {
        var table = new List<(GatePiece, int)>[26 * 26];
        foreach (var pattern in s_patterns)
        {
            foreach (var piece in pattern.GatePieces)
            {
                // A piece that did not open with two letters a-z would never be found, and its pattern never tried.
                var pair = piece.Letters.Length >= 2 ? LetterPair(piece.Letters, 0) : -1;
                if (pair < 0) throw new InvalidOperationException($"The gate piece '{piece.Letters}' does not open with two letters a-z.");
                (table[pair] ??= new List<(GatePiece, int)>()).Add((piece, pattern.Bit));
            }
        }
        return table.Select(list => list?.ToArray() ?? Array.Empty<(GatePiece, int)>()).ToArray();
    }

    /// <summary>The patterns whose gate may stand in the words <paramref name="tokens"/>[<paramref name="from"/>..<paramref name="to"/>) of <paramref name="sentence"/>.</summary>
    public static int Gates(string sentence, List<Token> tokens, int from, int to)
    {
        var gates = sentence.IndexOfAny(s_gateSymbols) >= 0 ? s_symbolGates : 0;
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Is(WordTraits.FigureGate)) gates |= tokens[i].Word.FigureGates;
        }
        return gates;
    }

    // The symbols gates are made of, and the patterns that have such a gate.
    private static readonly char[] s_gateSymbols = s_patterns.SelectMany(p => p.Gate).Where(g => !g.Any(char.IsLetter)).SelectMany(g => g).Distinct().ToArray();
    private static readonly int s_symbolGates = s_patterns.Where(p => p.Gate.Any(g => !g.Any(char.IsLetter))).Aggregate(0, (bits, p) => bits | p.Bit);

    /// <summary>
    /// Whether the words <paramref name="tokens"/>[<paramref name="from"/>..<paramref name="to"/>) may hold a figure:
    /// one of them makes its sentence numeric, or an "a" stands before a word that makes a figure of it.
    /// </summary>
    public static bool MayHaveFigure(List<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Is(WordTraits.Numeric)) return true;
            if (tokens[i].Is(WordTraits.EndsWithA) && i + 1 < tokens.Count && CountsAfterA(tokens[i + 1].Text)) return true;
        }
        return false;
    }

    /// <summary>Whether the last part of a word is "a" on its own, which a figure may begin ("a hundred").</summary>
    public static bool EndsWithA(string word) =>
        word.Length > 0 && (word[word.Length - 1] | 0x20) == 'a' && (word.Length == 1 || !char.IsLetterOrDigit(word[word.Length - 2]));

    /// <summary>Whether <paramref name="next"/>, the word after an "a", makes a figure of it ("a hundred", "a dozen", "a third").</summary>
    public static bool CountsAfterA(string next) => AfterAAt(next, 0);

    /// <summary>
    /// <see cref="NumberStarts(string, out bool)"/> from the sentence's words: each word knows where in it a number may
    /// start (<see cref="Word.NumberStarts"/>), and only an "a" at a word's end ("a hundred") and a currency sign, which
    /// is no word, are read in the sentence. The same starts in the same order, without reading every character.
    /// </summary>
    public static List<int> NumberStarts(string sentence, List<Token> tokens, int from, int to, int offset, out bool numeric)
    {
        var starts = new List<int>();
        numeric = false;
        for (var t = from; t < to; t++)
        {
            var token = tokens[t];
            var at = token.Start - offset;
            if (at < 0) continue; // a word begun before the sentence (its splitter never cuts one)
            if (token.Is(WordTraits.Numeric))
            {
                numeric = true;
                foreach (var start in token.Word.NumberStarts) starts.Add(at + start);
            }
            if (token.Is(WordTraits.EndsWithA) && CountsAfterA(sentence, at + token.Text.Length))
            {
                starts.Add(at + token.Text.Length - 1);
                numeric = true;
            }
        }
        // A currency sign where a word may start (after no letter or digit) starts a number too.
        var signs = false;
        for (var i = sentence.IndexOfAny(s_currencySigns); i >= 0; i = i + 1 < sentence.Length ? sentence.IndexOfAny(s_currencySigns, i + 1) : -1)
        {
            if (i > 0 && IsWordCharacter(sentence[i - 1])) continue;
            starts.Add(i);
            signs = true;
        }
        if (signs) starts.Sort();
        return starts;
    }

    private static readonly char[] s_currencySigns = { '$', '\u00A3', '\u20AC', '\u00A5' };

    /// <summary>A letter or a digit, as <see cref="NumberStarts(string, out bool)"/> tells a word's characters.</summary>
    private static bool IsWordCharacter(char c) => c < '\u0080' ? (uint)(c - '0') <= 9u || (uint)((c | 0x20) - 'a') < 26u : char.IsLetterOrDigit(c);

    /// <summary>
    /// One reading of the sentence: the offsets where a word starts that can begin a number (a digit, a currency
    /// symbol, a number or ordinal word), and whether it has a figure at all: a digit anywhere, or a word that begins
    /// with a number word or a word of multiplying ("tenfold", "doubled"). A sentence with neither has no figure.
    /// </summary>
    internal static List<int> NumberStarts(string sentence, out bool numeric)
    {
        var starts = new List<int>();
        numeric = false;
        var afterWord = false; // whether the previous character is a letter or a digit
        for (var i = 0; i < sentence.Length; i++)
        {
            var c = sentence[i];
            bool digit, letter;
            if (c < '\u0080')
            {
                digit = (uint)(c - '0') <= 9u;
                letter = (uint)((c | 0x20) - 'a') < 26u;
            }
            else
            {
                digit = char.IsDigit(c);
                letter = !digit && char.IsLetter(c);
            }
            var wordStart = !afterWord;
            afterWord = IsWordCharacter(c);
            if (digit)
            {
                numeric = true;
                if (wordStart) starts.Add(i);
                continue;
            }
            if (!wordStart) continue;
            if (c is '$' or '\u00A3' or '\u20AC' or '\u00A5')
            {
                starts.Add(i);
                continue;
            }
            if (!letter) continue;
            var end = i + 1;
            while (end < sentence.Length && char.IsLetter(sentence[end])) end++;
            // Both look-ups below begin with the word's first three letters: they are read once.
            var trigram = Trigrams.Index(sentence, i);
            if (MayStartNumber(sentence, i, end, trigram) && s_numberStartWords.Contains(sentence, i, end - i) && (end - i > 1 || CountsAfterA(sentence, end)))
            {
                starts.Add(i);
                numeric = true;
            }
            else if (!numeric)
            {
                var first = (c | 0x20) - 'a';
                numeric = (uint)first < 26u && StartsNumberWord(sentence, i, first, trigram);
            }
            i = end - 1; // the rest of the word is letters: none starts a word
        }
        return starts;
    }

    // The first letters and the longest length of the words that can begin a number: most words fail this before any look-up.
    private static readonly bool[] s_numberStartTrigrams = Trigrams.Table(s_numberStartWords.Words.Where(word => word.Length >= 3));
    private static readonly int s_longestNumberStart = s_numberStartWords.Words.Max(word => word.Length);

    // Every word that can begin a number is "a" or has three letters or more, whose first three rule out most words.
    private static bool MayStartNumber(string sentence, int start, int end, int trigram) =>
        end - start == 1 ? (sentence[start] | 0x20) == 'a' : end - start >= 3 && end - start <= s_longestNumberStart && Trigrams.In(s_numberStartTrigrams, trigram);

    // "a" begins a figure only as "a hundred", "a dozen" or "a third": anywhere else it is the article, and a pattern
    // tried after every "a" of a sentence would cost more than all the others.
    private static readonly string[] s_afterA = { "hundred", "thousand", "million", "dozen", "third", "quarter", "half", "fifth", "tenth" };

    private static bool CountsAfterA(string sentence, int end) => end + 1 < sentence.Length && sentence[end] == ' ' && AfterAAt(sentence, end + 1);

    /// <summary>Whether the text at <paramref name="at"/> begins with one of the words that make a figure of an "a" before them.</summary>
    private static bool AfterAAt(string text, int at)
    {
        foreach (var word in s_afterA)
        {
            if (string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
        }
        return false;
    }

    private static bool StartsNumberWord(string sentence, int i, int letter, int trigram)
    {
        // Every prefix has at least three characters; their first three, folded to lower case, rule out most words at once.
        if (!Trigrams.In(s_numericTrigrams, trigram)) return false;
        foreach (var prefix in s_numericPrefixes[letter])
        {
            if (string.Compare(sentence, i, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether one of <paramref name="words"/> begins close enough after a number's start to belong to a figure that starts
    /// there: within the number itself (a run of digits and separators, or at most a few number words) and a word or two more.
    /// </summary>
    private static bool NearAny(string sentence, string[] words, int start)
    {
        var run = start;
        while (run < sentence.Length && (char.IsDigit(sentence[run]) || sentence[run] is '.' or ',' or '$' or '\u00A3' or '\u20AC' or '\u00A5')) run++;
        var window = Math.Min(Math.Max(run - start, LongestNumberWords) + 12, sentence.Length - start);
        foreach (var word in words)
        {
            if (sentence.IndexOf(word, start, window, StringComparison.OrdinalIgnoreCase) >= 0) return true;
        }
        return false;
    }

    // "hundreds of thousands" and "forty-nine": the longest number the patterns read as words.
    private static readonly int LongestNumberWords = NumberWords.Split('|').Max(w => w.Length) + "-seven".Length;

    /// <summary>
    /// Whether the sentence holds one of the gate words in any case. The gates are lower-case ASCII, so a comparison that
    /// ignores case finds them where a lower-cased copy of the sentence would, without making the copy.
    /// </summary>
    private static bool ContainsAny(string sentence, string[] words)
    {
        foreach (var word in words)
        {
            if (sentence.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0) return true;
        }
        return false;
    }

    private static bool Overlaps(bool[] taken, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (taken[i]) return true;
        }
        return false;
    }

    /// <summary>
    /// Years, days of the month and clock times are dates, not figures; so are numbers inside names ("STS-133", "Firefox 85",
    /// "the Six Nations") and "one" that counts nothing (a pronoun, "the one sign").
    /// </summary>
    private static bool IsDateOrLabel(string sentence, FigureGroups match)
    {
        var n = match.N.Value(sentence);
        var t = match.T;
        var hyphenated = sentence.IndexOf('-', t.Index, t.Length) > t.Index;
        if (IsYear(n) && !hyphenated) return true;
        // Ten digits or more with no separator are an id, a time stamp or a telephone number: prose writes "1.4 billion" or
        // "1,400,000,000".
        if (n.Length >= 10 && AllAsciiDigits(n)) return true;
        if (IsDayOrYear(n) && !hyphenated && (NamesMonth(sentence, 0, t.Index) || NamesMonth(sentence, t.Index + n.Length, sentence.Length))) return true;
        if (t.Index > 0 && sentence[t.Index - 1] is '-' or ':' or '/') return true;
        var end = t.Index + n.Length;
        if (end < sentence.Length && sentence[end] is ':' or '/') return true;
        if (ClockTimeAt(sentence, end)) return true;
        // The digits after a decimal point or a thousands separator are the end of a number read before ("3.5", "10,000").
        if (t.Index > 1 && sentence[t.Index - 1] is '.' or ',' && IsAsciiDigit(sentence[t.Index - 2])) return true;
        // Digits right after a capitalised word belong to its name, unless they are a score ("beat Olympiakos 3-1") or a
        // measure ("the Olympic 5,000m champion").
        if (n.Length > 0 && IsAsciiDigit(n[0]) && n.IndexOf('-') < 0 && !(end < sentence.Length && char.IsLetter(sentence[end]))
            && FollowsName(sentence, t.Index)) return true;
        // A number word in capitals inside the sentence is a name's ("One Flew Over the Cuckoo's Nest", "the One X", "Radio Five").
        if (n.Length > 0 && char.IsUpper(n[0]) && !IsAsciiDigit(n[0]) && !OpensSentence(sentence, t.Index) && !StartsClause(sentence, t.Index)) return true;
        // "the Fifth Amendment", "23rd Street", "the Sixth Circuit": an ordinal that only capitalised words follow is part of a
        // name; one that counts a common noun is a figure ("his 15th Brit award", "the 39th mission").
        if ((n.Length == 0 || n.Length > 2 && char.IsLetter(n[n.Length - 1]) && IsAsciiDigit(n[0])) && !hyphenated && OrdinalAt(sentence, t.Index)) return NamesOnly(match.U.Value(sentence));
        // "520 Third Street", "131 West 23rd Street": digits before a capitalised ordinal or a compass point are an address.
        if (AllAsciiDigits(n) && match.U.Length > 1 && sentence[match.U.Index] == ' ' && char.IsUpper(sentence[match.U.Index + 1])
            && (OrdinalAt(sentence, match.U.Index + 1) || StartsWithCompassPoint(sentence, match.U.Index + 1))) return true;
        if (!n.Equals("one", StringComparison.OrdinalIgnoreCase)) return false;
        // "one" alone, in "one another" or in "no one" is a pronoun; after "the" or "this" it picks one out ("the one sign you
        // can point to"): it counts nothing. Nor does it in "at one point", "at one time" and "on one hand", which say when or
        // how, not how many, nor before "or another" or "or the other" ("of one sort or another", "one way or the other").
        var counted = match.U.Value(sentence).Trim();
        return counted.Length == 0 || counted.Equals("another", StringComparison.OrdinalIgnoreCase)
            || EndsWithWord(sentence, t.Index, "the") || EndsWithWord(sentence, t.Index, "this") || EndsWithWord(sentence, t.Index, "no")
            || EndsWithWord(sentence, t.Index, "at") && (PhraseAt(counted, 0, "point") || PhraseAt(counted, 0, "time"))
            || EndsWithWord(sentence, t.Index, "on") && PhraseAt(counted, 0, "hand")
            || PhraseAt(sentence, match.U.Index + match.U.Length, " or another") || PhraseAt(sentence, match.U.Index + match.U.Length, " or the other");
    }

    /// <summary>Whether <paramref name="phrase"/> stands at <paramref name="at"/> in <paramref name="text"/>, as whole words.</summary>
    private static bool PhraseAt(string text, int at, string phrase) =>
        string.CompareOrdinal(text, at, phrase, 0, phrase.Length) == 0 && (at + phrase.Length == text.Length || !char.IsLetter(text[at + phrase.Length]));

    /// <summary>
    /// Whether the hour that ends at <paramref name="at"/> is a clock time: its minutes after a full stop, if any, then
    /// "am" or "pm" in either case, with or without full stops ("at 6.15am", "until 4 a.m.", "at 4.24pm", "7.00 P.M.").
    /// </summary>
    private static bool ClockTimeAt(string sentence, int at)
    {
        if (at + 2 < sentence.Length && sentence[at] == '.' && IsAsciiDigit(sentence[at + 1]) && IsAsciiDigit(sentence[at + 2])) at += 3;
        if (at < sentence.Length && sentence[at] == ' ') at++;
        if (at + 1 >= sentence.Length || sentence[at] is not ('a' or 'p' or 'A' or 'P')) return false;
        var m = sentence[at + 1] == '.' ? at + 2 : at + 1;
        if (m >= sentence.Length || sentence[m] is not ('m' or 'M')) return false;
        var after = m + 1;
        if (sentence[at + 1] == '.') return after < sentence.Length && sentence[after] == '.' || after == sentence.Length;
        return after == sentence.Length || !char.IsLetter(sentence[after]);
    }

    private static bool StartsWithCompassPoint(string sentence, int at)
    {
        foreach (var point in s_compassPoints)
        {
            var end = at + point.Length;
            if (string.CompareOrdinal(sentence, at, point, 0, point.Length) == 0 && (end == sentence.Length || !char.IsLetter(sentence[end]))) return true;
        }
        return false;
    }

    private static readonly string[] s_compassPoints = { "North", "South", "East", "West" };

    /// <summary>
    /// Whether the words are one or more and each is capitalised as a name is, a capital and then a small letter ("Street",
    /// "Amendment"); an acronym is a common noun's short form ("the seventh EV").
    /// </summary>
    private static bool NamesOnly(string words)
    {
        var any = false;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] == ' ' || i > 0 && words[i - 1] != ' ') continue;
            if (!char.IsUpper(words[i]) || i + 1 >= words.Length || !char.IsLower(words[i + 1])) return false;
            any = true;
        }
        return any;
    }

    /// <summary>Whether the word at <paramref name="at"/> is the sentence's first, after spaces and an opening quotation mark.</summary>
    private static bool OpensSentence(string sentence, int at)
    {
        var k = 0;
        while (k < at && (sentence[k] == ' ' || QuoteMarks.IsMark(sentence[k]))) k++;
        return k == at;
    }

    /// <summary>Whether only spaces and a colon, dash or opening mark stand between <paramref name="at"/> and the clause before ("…: Three people died").</summary>
    private static bool StartsClause(string sentence, int at)
    {
        var k = at - 1;
        while (k >= 0 && sentence[k] == ' ') k--;
        return k >= 0 && (sentence[k] is ':' or '\u2014' or '\u2013' or '(' or '[' || QuoteMarks.IsMark(sentence[k]));
    }

    /// <summary>Whether the word right before <paramref name="at"/>, one space before it, is <paramref name="word"/> in any case.</summary>
    private static bool EndsWithWord(string sentence, int at, string word)
    {
        var start = at - 1 - word.Length;
        return start >= 0 && sentence[at - 1] == ' ' && string.Compare(sentence, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (start == 0 || !char.IsLetter(sentence[start - 1]));
    }

    /// <summary>
    /// Whether the number in digits at <paramref name="at"/> follows a capitalised word inside the sentence, one space before
    /// it: it is part of a name ("Fathers 4 Justice", "Firefox 85", "Number 10", "S&amp;P 500", "Destiny 2"), not a count.
    /// </summary>
    private static bool FollowsName(string sentence, int at)
    {
        if (at < 2 || sentence[at - 1] != ' ') return false;
        var end = at - 1;
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(sentence[start - 1])) start--;
        // The sentence's first word is capitalised for being first ("Almost 400,000 people").
        if (start == end || OpensSentence(sentence, start)) return false;
        // A possessive or a word that ends in a full stop or comma ends the name before the number ("India's 35 states").
        for (var i = start; i < end; i++)
        {
            if (Words.IsApostrophe(sentence[i])) return false;
        }
        return char.IsUpper(sentence[start]) && char.IsLetter(sentence[end - 1]) && !NamesMonth(sentence, start, end)
            && !IsCurrencyCode(sentence, start, end);
    }

    /// <summary>A currency written as a code before the amount: rupees ("Rs 25 lakh"), or three capitals ending as USD, EUR, JPY, GBP and CHF do.</summary>
    private static bool IsCurrencyCode(string sentence, int start, int end) =>
        end - start == 2 && sentence[start] == 'R' && sentence[start + 1] == 's'
        || end - start == 3 && char.IsUpper(sentence[start + 1]) && sentence[start + 2] is 'D' or 'R' or 'Y' or 'P' or 'F';

    /// <summary>1900 to 2099: "19" or "20" and two more digits.</summary>
    private static bool IsYear(string n) =>
        n.Length == 4 && (n[0] == '1' && n[1] == '9' || n[0] == '2' && n[1] == '0') && char.IsDigit(n[2]) && char.IsDigit(n[3]);

    /// <summary>A year, or a day of the month: one or two digits with an optional ordinal suffix ("5", "21st").</summary>
    private static bool IsDayOrYear(string n)
    {
        if (IsYear(n)) return true;
        var digits = n.Length >= 3 && IsOrdinalSuffix(n, n.Length - 2) ? n.Length - 2 : n.Length;
        if (digits is < 1 or > 2) return false;
        for (var i = 0; i < digits; i++)
        {
            if (!char.IsDigit(n[i])) return false;
        }
        return true;
    }

    private static bool IsOrdinalSuffix(string text, int at) => text[at] switch
    {
        's' => text[at + 1] == 't',
        'n' or 'r' => text[at + 1] == 'd',
        't' => text[at + 1] == 'h',
        _ => false,
    };

    private static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9u;

    private static bool AllAsciiDigits(string text)
    {
        foreach (var c in text)
        {
            if (!IsAsciiDigit(c)) return false;
        }
        return true;
    }

    /// <summary>Whether the text in [<paramref name="from"/>, <paramref name="to"/>) opens or ends with a month ("March 5", "in Dec. ").</summary>
    private static bool NamesMonth(string text, int from, int to) => MonthStarts(text, from, to) || MonthEnds(text, from, to);

    /// <summary>A capitalised month abbreviation, more lower-case letters, a full stop and spaces, ending the text at <paramref name="to"/>.</summary>
    private static bool MonthEnds(string text, int from, int to)
    {
        var at = to;
        while (at > from && char.IsWhiteSpace(text[at - 1])) at--;
        if (at > from && text[at - 1] == '.') at--;
        var letters = at;
        while (letters > from && text[letters - 1] is >= 'a' and <= 'z') letters--;
        // The abbreviation's capital stands just before the run of lower-case letters, and its next two letters open that run.
        return letters > from && at - letters >= 2 && IsMonth(text, letters - 1);
    }

    /// <summary>Spaces, then a month abbreviation, from <paramref name="from"/>.</summary>
    private static bool MonthStarts(string text, int from, int to)
    {
        var at = from;
        while (at < to && char.IsWhiteSpace(text[at])) at++;
        return at + 3 <= to && IsMonth(text, at);
    }

    private static bool IsMonth(string text, int at)
    {
        foreach (var month in PublicationDate.MonthAbbreviations)
        {
            if (string.CompareOrdinal(text, at, month, 0, 3) == 0) return true;
        }
        return false;
    }

    /// <summary>Where a qualifier that stands right before the figure starts, or the figure's own start.</summary>
    private static int QualifierStart(string sentence, int figure)
    {
        // Every qualifier ends with a space.
        if (figure == 0 || sentence[figure - 1] != ' ') return figure;
        foreach (var phrase in s_qualifiers)
        {
            var at = figure - phrase.Length;
            if (at < 0 || string.Compare(sentence, at, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            if (at == 0 || !char.IsLetterOrDigit(sentence[at - 1])) return at;
        }
        return figure;
    }

    private static FigureModel Build(FigurePattern pattern, FigureGroups match, string sentence, string text, string? qualifier)
    {
        var kind = pattern.Kind;
        var unit = match.U.Value(sentence).Trim();
        var value = Value(match.N.Value(sentence), text);
        var b = match.B;
        double? @base = b.Success ? Value(b.Value(sentence), text) : null;
        if (kind == FigureKind.Count && @base is null) kind = FigureKind.Number;
        if (kind == FigureKind.Percentage) unit = "%";
        if (kind == FigureKind.Money) unit = Currency(unit);
        return new FigureModel(text, value, s_kindNames[(int)kind], unit.Length == 0 ? null : unit, @base, qualifier);
    }

    // Enum.ToString looks the name up by reflection at every call; figures are many.
    private static readonly string[] s_kindNames = ((FigureKind[])Enum.GetValues(typeof(FigureKind))).OrderBy(k => (int)k).Select(k => k.ToString()).ToArray();

    private static string Currency(string symbol) => symbol.ToLowerInvariant() switch
    {
        "$" or "us$" or "dollars" => "USD",
        "£" or "pounds" => "GBP",
        "€" or "euros" => "EUR",
        "¥" or "yen" => "JPY",
        "yuan" => "CNY",
        "rupees" => "INR",
        "roubles" or "rubles" => "RUB",
        _ => symbol,
    };

    private static double? Value(string number, string context)
    {
        if (number.Length == 0) return context switch
        {
            _ when context.IndexOf("doubled", StringComparison.OrdinalIgnoreCase) >= 0 || context.StartsWith("twice", StringComparison.OrdinalIgnoreCase) => 2,
            _ when context.IndexOf("tripled", StringComparison.OrdinalIgnoreCase) >= 0 || context.IndexOf("trebled", StringComparison.OrdinalIgnoreCase) >= 0 => 3,
            _ when context.IndexOf("quadrupled", StringComparison.OrdinalIgnoreCase) >= 0 => 4,
            _ when context.IndexOf("halved", StringComparison.OrdinalIgnoreCase) >= 0 => 0.5,
            _ when context.IndexOf("third", StringComparison.OrdinalIgnoreCase) >= 0 => 1.0 / 3,
            _ when context.IndexOf("quarter", StringComparison.OrdinalIgnoreCase) >= 0 => 0.25,
            _ when context.IndexOf("half", StringComparison.OrdinalIgnoreCase) >= 0 => 0.5,
            _ => null,
        };
        var digits = number.Replace(",", "");
        var dash = digits.IndexOf('-');
        if (dash > 0) digits = digits.Substring(0, dash);
        digits = digits.TrimEnd(s_ordinalSuffixLetters);
        double? value = double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : NumberWordValue(number);
        if (value is null) return null;
        return value * ScaleOf(context);
    }

    // The letters of "st", "nd", "rd", "th" and a plural "s": one array, not one per call as a params list would make.
    private static readonly char[] s_ordinalSuffixLetters = { 's', 't', 'n', 'd', 'r', 'h' };

    private static readonly string[] s_units = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
    private static readonly string[] s_tens = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

    // A scale word after a digit multiplies the value; the first that the figure's text holds, in this order.
    private static readonly (string[] Words, double Factor)[] s_scales =
    {
        (new[] { "bn", "billion" }, 1e9),
        (new[] { "m", "million" }, 1e6),
        (new[] { "k", "thousand" }, 1e3),
        (new[] { "trillion" }, 1e12),
    };

    internal static double ScaleOf(string context)
    {
        // The first scale in the list that follows a digit anywhere: one reading of the digits, each asked only of the
        // scales before the best found so far.
        var best = s_scales.Length;
        for (var i = 0; i < context.Length && best > 0; i++)
        {
            if (!char.IsDigit(context[i])) continue;
            var at = i + 1;
            for (var s = 0; s < best; s++)
            {
                var words = s_scales[s].Words;
                if (ScaleWordAt(context, at, words) || at < context.Length && char.IsWhiteSpace(context[at]) && ScaleWordAt(context, at + 1, words)) best = s;
            }
        }
        return best < s_scales.Length ? s_scales[best].Factor : 1;
    }

    /// <summary>Whether one of <paramref name="words"/> stands at <paramref name="at"/>, in any case, as a whole word.</summary>
    private static bool ScaleWordAt(string text, int at, string[] words)
    {
        foreach (var word in words)
        {
            var end = at + word.Length;
            if (end <= text.Length && string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (end == text.Length || !IsRegexWordChar(text[end]))) return true;
        }
        return false;
    }

    /// <summary>A character of a word as a regular expression's \b sees it: a letter, a digit, a joining mark or a connector.</summary>
    internal static bool IsRegexWordChar(char c)
    {
        if (c < '\u0080') return (uint)((c | 0x20) - 'a') < 26u || IsAsciiDigit(c) || c == '_';
        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
                or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => true,
            _ => c is '\u200C' or '\u200D',
        };
    }

    private static double? NumberWordValue(string words)
    {
        double total = 0;
        foreach (var word in words.ToLowerInvariant().Split(' ', '-'))
        {
            var u = Array.IndexOf(s_units, word);
            var t = Array.IndexOf(s_tens, word);
            if (u >= 0) total += u;
            else if (t >= 2) total += t * 10;
            else if (word is "hundred") total = Math.Max(total, 1) * 100;
            else if (word is "thousand") total = Math.Max(total, 1) * 1000;
            else if (word is "million") total = Math.Max(total, 1) * 1e6;
            else if (word is "dozen") total = Math.Max(total, 1) * 12;
            else if (word is "a") continue;
            else return null;
        }
        return total;
    }
}

/// <summary>
/// One figure pattern: the kind of figure it finds, the words or symbols it cannot match without, and its expression.
/// A pattern whose every match begins where a number starts is also kept anchored (\G), to be tried there only.
/// Its groups are read by number: a look-up by name costs a hash look-up on every match.
/// </summary>
internal sealed class FigurePattern
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    /// <param name="atNumber">Whether a match may start where a number starts.</param>
    /// <param name="startWord">Which words other than numbers a match may start with, if it can start nowhere else.</param>
    /// <param name="gateAfter">
    /// Where the pattern matches at a number, the most words its gate word may stand after the number's last, and the most
    /// words a number in words may have after its first; none where the gate word need not be near.
    /// </param>
    /// <param name="opens">A test of where a match may start, cheaper than the expression and true wherever it matches.</param>
    /// <param name="numberAfterGate">Within how many words after its gate word the pattern reads a second number ("9 of the 20"); 0 where it reads none.</param>
    public FigurePattern(FigureKind kind, string[] gate, string expression, bool atNumber, FigureReader? reader = null, Func<string, bool>? startWord = null,
        (int Words, int NumberWords) gateAfter = default, Func<string, int, bool>? opens = null, int numberAfterGate = 0)
    {
        GateAfter = gateAfter;
        NumberAfterGate = numberAfterGate;
        Opens = opens;
        Kind = kind;
        Gate = gate;
        GatePieces = gate.Select(GatePiece.Of).Where(piece => piece is not null).Select(piece => piece!.Value).ToArray();
        Reader = reader;
        AtNumber = atNumber;
        StartWord = startWord;
        // Each pattern keeps the one expression it uses: anchored where a match may start (a number, a start word), or
        // scanning the sentence. Each is compiled only once it has been used often (TieredRegex); one read by hand is never
        // used in extraction, only by the tests that hold it to the reader.
        if (atNumber || startWord is not null) Anchored = new TieredRegex(@"\G(?:" + expression + ")", Options);
        else Regex = new TieredRegex(expression, Options);
        // Groups are read by number; wrapping in (?:) keeps the numbers, but read them from the expression built.
        var source = Anchored ?? Regex!;
        T = source.GroupNumberFromName("t");
        N = source.GroupNumberFromName("n");
        U = source.GroupNumberFromName("u");
        B = source.GroupNumberFromName("b");
    }

    public FigureKind Kind { get; }

    public string[] Gate { get; }

    /// <summary>This pattern's bit in a mask of patterns (<see cref="FigureParser.GatesOf"/>): one for its place in the list.</summary>
    public int Bit { get; private set; }

    /// <summary>The patterns, each given the bit of its place.</summary>
    public static FigurePattern[] Numbered(params FigurePattern[] patterns)
    {
        if (patterns.Length > 31) throw new ArgumentException("A mask of patterns has 31 bits.", nameof(patterns));
        for (var i = 0; i < patterns.Length; i++) patterns[i].Bit = 1 << i;
        return patterns;
    }

    /// <summary>For each gate made of letters, the part a single word holds; a gate of symbols only has none.</summary>
    public GatePiece[] GatePieces { get; }

    /// <summary>The expression that scans a sentence, for a pattern not tried at numbers' starts.</summary>
    public TieredRegex? Regex { get; }

    /// <summary>The expression tried only where a match may start: where a number starts (<see cref="AtNumber"/>) or a <see cref="StartWord"/> does.</summary>
    public TieredRegex? Anchored { get; }

    public bool AtNumber { get; }

    /// <summary>
    /// Which words other than numbers a match may start with ("doubled", "threefold", "rose" in "rose by 5%"): tried at
    /// each, a pattern need not scan the sentence, which for an expression that opens with a long list of words costs tens
    /// of microseconds a sentence.
    /// </summary>
    public Func<string, bool>? StartWord { get; }

    /// <summary>
    /// Where the pattern matches at a number, the most words its gate word may stand after the number's last word, and the
    /// most words a number in words may have after its first; (0, 0) where the gate word need not be near.
    /// </summary>
    public (int Words, int NumberWords) GateAfter { get; }

    /// <summary>Within how many words after its gate word the pattern reads a second number, at most; 0 where it reads none.</summary>
    public int NumberAfterGate { get; }

    /// <summary>A test of where a match may start, cheaper than the expression and true wherever it matches; null where there is none.</summary>
    public Func<string, int, bool>? Opens { get; }

    /// <summary>A hand-written reader that stands for <see cref="Anchored"/> where a number starts, with the same result.</summary>
    public FigureReader? Reader { get; }

    /// <summary>The numbers of the groups "t" (the figure), "n" (number), "u" (unit) and "b" (base); -1 reads as an unmatched group.</summary>
    public int T { get; }

    public int N { get; }

    public int U { get; }

    public int B { get; }
}

/// <summary>Reads the figure a pattern finds at <paramref name="start"/>, as its anchored expression would.</summary>
internal delegate bool FigureReader(string sentence, int start, out FigureGroups groups);

/// <summary>
/// The part of a gate that one word holds whole: its first run of letters (a hyphen joins, as in a word), with whether a
/// space or sign stands before or after it in the gate. " by " is the whole word "by"; "th " ends a word; "per cent"
/// ends a word with "per"; "centur" stands anywhere in one.
/// </summary>
internal readonly struct GatePiece
{
    private GatePiece(string letters, bool wordStart, bool wordEnd)
    {
        Letters = letters;
        WordStart = wordStart;
        WordEnd = wordEnd;
    }

    public string Letters { get; }

    public bool WordStart { get; }

    public bool WordEnd { get; }

    public static GatePiece? Of(string gate)
    {
        var start = 0;
        while (start < gate.Length && !char.IsLetter(gate[start])) start++;
        if (start == gate.Length) return null;
        var end = start;
        while (end < gate.Length && (char.IsLetter(gate[end]) || gate[end] == '-')) end++;
        return new GatePiece(gate.Substring(start, end - start), start > 0, end < gate.Length);
    }

    /// <summary>
    /// Whether a word, in lower case and without a final full stop, holds this piece at <paramref name="at"/>, where the gate
    /// puts it: the whole word, its start, its end, or anywhere.
    /// </summary>
    public bool At(string word, int at) =>
        (!WordStart || at == 0) && (!WordEnd || at + Letters.Length == word.Length) && at + Letters.Length <= word.Length
        && string.CompareOrdinal(word, at, Letters, 0, Letters.Length) == 0;
}

/// <summary>The kinds of figure; the names match the runtime's <c>Byline.FigureKind</c>, which the emitter writes.</summary>
internal enum FigureKind
{
    Number,
    Percentage,
    Money,
    Count,
    Ratio,
    Duration,
    Age,
    Multiple,
    Date,
}
