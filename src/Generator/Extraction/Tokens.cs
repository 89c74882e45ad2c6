using System;
using System.Collections.Generic;

namespace Byline.Generator.Extraction;

/// <summary>A word of a paragraph with its offset; a possessive "'s" is kept out of <see cref="Text"/>.</summary>
/// <remarks>
/// Sixteen bytes: the word, where it starts, and in one number its traits, how many characters of a possessive follow
/// the word's text (none, "'" or "'s") and its length. Every pass reads the tokens of every paragraph, so their size is
/// cache traffic; the length is kept so that a token's end needs no trip to its word, but for a token too long to keep.
/// </remarks>
internal readonly struct Token
{
    // Bits 0-22: the traits; 23-24: the possessive's length; 25-31: the token's length, or LongToken.
    private const int TailShift = 23;
    private const int LengthShift = 25;
    private const uint TraitsMask = (1u << TailShift) - 1;
    private const uint LongToken = 127;

    private readonly int _start;
    private readonly uint _bits;

    public Token(Word word, int start, int end, bool possessive)
        : this(word, word.Traits, start, end, possessive)
    {
    }

    public Token(Word word, WordTraits traits, int start, int end, bool possessive)
        : this(word, traits, start, end, word.Text.Length, possessive)
    {
    }

    /// <param name="length">The length of the word's text, which the tokenizer knows without a visit to the word.</param>
    public Token(Word word, WordTraits traits, int start, int end, int length, bool possessive)
    {
        var tail = end - start - length;
        if ((uint)tail > 2u || possessive != (tail > 0)) throw new ArgumentException($"A token ends at its word's end, or one or two characters of a possessive after it: '{word.Text}' at {start}..{end}.", nameof(end));
        Word = word;
        _start = start;
        _bits = (uint)traits | (uint)tail << TailShift | Math.Min((uint)(end - start), LongToken) << LengthShift;
    }

    /// <summary>Whether every trait fits below the bits of the possessive and the length; a test checks, as a new trait could outgrow them.</summary>
    internal static bool TraitsFit(WordTraits all) => ((uint)all & ~TraitsMask) == 0;

    /// <summary>The word, with what the word lists say of it.</summary>
    public Word Word { get; }

    /// <summary>The word's <see cref="Word.Traits"/>, copied here: reading them needs no trip to the word.</summary>
    public WordTraits Traits => (WordTraits)(_bits & TraitsMask);

    public string Text => Word.Text;

    public int Start => _start;

    /// <summary>Offset just past the word, the possessive included.</summary>
    public int End
    {
        get
        {
            var length = _bits >> LengthShift;
            return _start + (length != LongToken ? (int)length : Word.Text.Length + (int)(_bits >> TailShift & 3));
        }
    }

    public bool Possessive => (_bits >> TailShift & 3) != 0;

    public bool IsCapitalised => (_bits & (uint)WordTraits.Capitalised) != 0;

    public bool Is(WordTraits traits) => (_bits & (uint)traits) != 0;

    public override string ToString() => Text;
}

internal static class Tokenizer
{
    // How the tokenizer reads an ASCII character: most text is ASCII, and one table look-up replaces the runtime's
    // category tests. Any other character is asked of the runtime.
    private const byte Other = 0, LetterOrDigit = 1, MayJoin = 2;
    private static readonly byte[] s_ascii = AsciiClasses();

    private static byte[] AsciiClasses()
    {
        var classes = new byte[128];
        for (var c = 0; c < classes.Length; c++) classes[c] = char.IsLetterOrDigit((char)c) ? LetterOrDigit : c is '-' or '\'' or '.' or ',' ? MayJoin : Other;
        return classes;
    }

    /// <summary>Words: letters, digits and the joiners inside them (hyphen, apostrophe, a dot in an initial).</summary>
    public static List<Token> Split(string text)
    {
        // About one word in six characters of English prose, but a paragraph with shorter words would outgrow a list of
        // that size and copy it to one twice as large: one in five, for one allocation for nearly every paragraph.
        var tokens = new List<Token>(text.Length / 5 + 4);
        var vocabulary = Vocabulary.Current;
        var ascii = s_ascii;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c < 128 ? ascii[c] != LetterOrDigit : !char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }
            var start = i++;
            // The vocabulary's hash is taken while scanning (Vocabulary.Table.Hash), with the two before it: a possessive
            // "'s" is left out of the word.
            uint hash = c, withoutLast = 0, withoutLastTwo = 0;
            while (i < text.Length)
            {
                c = text[i];
                var joins = c < 128
                    ? ascii[c] == LetterOrDigit || ascii[c] == MayJoin && JoinsAt(text, i)
                    : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark || JoinsAt(text, i);
                if (!joins) break;
                withoutLastTwo = withoutLast;
                withoutLast = hash;
                hash = Vocabulary.Table.Step(hash, c);
                i++;
            }
            var end = i;
            // Initials keep their dot: "J." in "Mary J. Blige", "G.K." and "U.S."; so do titles and abbreviations ("Mr.", "Dr.", "Jr."). Any other
            // short word's full stop ends its sentence ("… Project Rub. Nintendo has …", "said Tim Yeo.").
            if (KeepsDotAt(text, start, end))
            {
                end = ++i;
                hash = Vocabulary.Table.Step(hash, '.');
            }
            // The word is found in the vocabulary from its slice: no string is cut out for a word met before.
            var length = end - start;
            var possessive = false;
            if (length > 2 && text[end - 1] is 's' && Words.IsApostrophe(text[end - 2]))
            {
                length -= 2;
                hash = withoutLastTwo;
                possessive = true;
            }
            else if (i < text.Length && Words.IsApostrophe(text[i]) && text[end - 1] == 's' && char.IsUpper(text[start]))
            {
                possessive = true; // "Reynolds'"
                end = ++i;
            }
            var word = vocabulary.Get(text, start, length, Vocabulary.Table.Finish(hash), out var traits);
            // "CruzRep": two words a page ran together are two tokens, not joined by a space; the second keeps its dot
            // ("CruzRep. Will Hurd") as it would on its own.
            while ((traits & WordTraits.Seam) != 0)
            {
                var seam = word.SeamAt;
                tokens.Add(new Token(vocabulary.Get(text, start, seam), start, start + seam, possessive: false));
                start += seam;
                length -= seam;
                if (end == start + length && KeepsDotAt(text, start, end))
                {
                    end = ++i;
                    length++;
                }
                word = vocabulary.Get(text, start, length, Vocabulary.Table.Hash(text, start, length), out traits);
            }
            tokens.Add(new Token(word, traits, start, end, length, possessive));
        }
        return tokens;
    }

    /// <summary>Index of the first of <paramref name="tokens"/> that starts at or after <paramref name="offset"/>: a binary search, as they are in order.</summary>
    public static int FirstAt(List<Token> tokens, int offset)
    {
        int low = 0, high = tokens.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (tokens[middle].Start < offset) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    // A joiner between two letters or digits continues the word.
    private static bool JoinsAt(string text, int i) => IsJoiner(text, i) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);

    /// <summary>
    /// Whether the short capitalised word [<paramref name="start"/>, <paramref name="end"/>) takes the full stop right after it:
    /// an initial, or an abbreviation or title of up to four letters ("Gen.", "Capt.", "Prof.", "Supt.").
    /// </summary>
    private static bool KeepsDotAt(string text, int start, int end) =>
        end < text.Length && text[end] == '.' && end - start <= 4 && char.IsUpper(text[start]) && (end + 1 >= text.Length || text[end + 1] == ' ')
        && KeepsDot(text, start, end);

    private static bool KeepsDot(string text, int start, int end) =>
        end - start == 1 || text.IndexOf('.', start, end - start) >= 0 || Sentences.IsAbbreviation(text.Substring(start, end - start)) || Lexicon.Honorifics.ContainsKey(text.Substring(start, end - start + 1));

    // A dot joins only single capitals ("U.S."); hyphens and apostrophes join any word ("Secretary-General", "Trump's").
    private static bool IsJoiner(string text, int i) => text[i] switch
    {
        '-' or '\'' or '\u2019' or '\u2010' => true,
        '.' => i > 0 && (char.IsDigit(text[i - 1]) || (char.IsUpper(text[i - 1]) && (i < 2 || !char.IsLetter(text[i - 2])))),
        ',' => i > 0 && char.IsDigit(text[i - 1]),
        _ => false,
    };
}

/// <summary>What stands between two words: the tests the passes ask of the text from one token's end to the next one's start.</summary>
internal static class Gap
{
    /// <summary>Whether <paramref name="next"/> follows <paramref name="previous"/> after exactly one space ("Jens Stoltenberg").</summary>
    public static bool IsOneSpace(string text, Token previous, Token next) => next.Start == previous.End + 1 && text[previous.End] == ' ';

    /// <summary>Whether text[<paramref name="from"/>..<paramref name="to"/>) is spaces only, or empty.</summary>
    public static bool IsSpaces(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] != ' ') return false;
        }
        return true;
    }

    /// <summary>Whether text[<paramref name="from"/>..<paramref name="to"/>) is ", " exactly.</summary>
    public static bool IsCommaSpace(string text, int from, int to) => to - from == 2 && text[from] == ',' && text[from + 1] == ' ';

    /// <summary>Whether text[<paramref name="from"/>..<paramref name="to"/>) holds more than spaces and brackets: a mark that ends or sets off a phrase.</summary>
    public static bool Breaks(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is not (' ' or '(' or ')')) return true;
        }
        return false;
    }

    /// <summary>Whether text[<paramref name="from"/>..<paramref name="to"/>) sets off a phrase: a comma or dash, with spaces only around it.</summary>
    public static bool SetsOff(string text, int from, int to)
    {
        var mark = false;
        for (var i = from; i < to; i++)
        {
            if (text[i] is ',' or '-' or '\u2013' or '\u2014') mark = true;
            else if (text[i] != ' ') return false;
        }
        return mark;
    }
}
