using System;
using System.Collections.Generic;
using System.Linq;

namespace Byline.Generator.Extraction;

/// <summary>A sentence of a paragraph, as an offset range into the paragraph's text.</summary>
internal readonly struct Sentence
{
    public Sentence(int start, int end)
    {
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public string Of(string text) => text.Substring(Start, End - Start);
}

/// <summary>Splits a paragraph into sentences; never after an abbreviation, and never inside a quotation unless asked.</summary>
internal static class Sentences
{
    private static readonly WordSet s_abbreviations = new(new[]
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Jr", "Sr", "Rev", "Mt", "No",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "vs", "v", "etc", "Inc", "Ltd", "Co", "Corp",
        "Det", "Supt", "Insp", "Ft", "approx", "Fig", "Vol", "Ave", "Blvd", "Rd",
    }.Concat(HonorificsWithDots()), ignoreCase: false);

    /// <summary>Every honorific the lexicon writes with a full stop ("Del.", "Amb.", "Atty."), without it: no full stop that ends one ends a sentence.</summary>
    private static IEnumerable<string> HonorificsWithDots() =>
        Lexicon.Honorifics.Keys.Where(h => h.Length > 1 && h[h.Length - 1] == '.').Select(h => h.Substring(0, h.Length - 1));

    // The only characters Split decides on: sentence ends and double quotation marks (QuoteMarks.IsMark); it skips to them.
    // The runtime vectorises a search for up to five characters, not one for eleven: the ends and the marks are searched
    // for apart (QuoteMarks.In).
    private static readonly char[] s_stops = { '.', '!', '?' };

    public static List<Sentence> Split(string text) => Split(text, insideQuotes: false);

    /// <inheritdoc cref="Split(string, bool, out bool)"/>
    public static List<Sentence> Split(string text, bool insideQuotes) => Split(text, insideQuotes, out _);

    /// <summary>
    /// Splits a paragraph into sentences; with <paramref name="insideQuotes"/>, also between the sentences of a quotation
    /// ("“We are not there yet. Our data rates run at 1.2 gigabits per second.”" is two claims, not one).
    /// <paramref name="quotes"/> tells whether the text has a quotation mark at all: without one, both splits are the same.
    /// </summary>
    public static List<Sentence> Split(string text, bool insideQuotes, out bool quotes)
    {
        // About one sentence in every hundred characters: sized so that a paragraph's list seldom grows.
        var sentences = new List<Sentence>(text.Length / 64 + 1);
        quotes = false;
        var start = 0;
        var quote = new QuoteTracker();
        var marks = QuoteMarks.In(text);
        var nextStop = text.IndexOfAny(s_stops);
        var nextMark = text.IndexOfAny(marks);
        for (var i = Earlier(nextStop, nextMark); i >= 0; i = Earlier(nextStop, nextMark))
        {
            // The cursor at i moves on; the other is still ahead of it.
            if (i == nextStop) nextStop = i + 1 < text.Length ? text.IndexOfAny(s_stops, i + 1) : -1;
            else nextMark = i + 1 < text.Length ? text.IndexOfAny(marks, i + 1) : -1;
            var c = text[i];
            if (QuoteMarks.IsMark(c))
            {
                quotes = true;
                quote.Read(text, i);
                continue;
            }
            if (c is not ('.' or '!' or '?')) continue;
            // A quote that closes right after its sentence's end ("… “without delay.” Mayor Ortiz said …"), or right after a
            // single-quoted one that ends there ("… I say: ‘Sellotape.’” She mimes …"), ends the sentence too; a quote inside it
            // ("… what he calls “hell.” …") does not.
            if (quote.Inside && !insideQuotes && !(quote.Nested == 0 && ClosesAfterSingleMarks(text, i + 1))) continue;
            var end = i + 1;
            while (end < text.Length && (QuoteMarks.IsMark(text[end]) || text[end] is ')' or '\'' or '\u2019')) end++;
            if (end >= text.Length || text[end] != ' ' || !StartsSentence(text, end + 1)) continue;
            if (c == '.' && IsAbbreviation(text, i)) continue;
            sentences.Add(new Sentence(start, end));
            start = end + 1;
            quote = new QuoteTracker();
        }
        if (start < text.Length) sentences.Add(new Sentence(start, text.Length));
        return sentences;
    }

    /// <summary>Whether a double mark closes a quote at <paramref name="at"/>, past any single closing marks.</summary>
    private static bool ClosesAfterSingleMarks(string text, int at)
    {
        while (at < text.Length && text[at] is '\'' or '\u2019') at++;
        return at < text.Length && QuoteMarks.Closes(text, at);
    }

    private static int Earlier(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);

    private static bool StartsSentence(string text, int i)
    {
        if (i >= text.Length) return false;
        var c = text[i];
        return char.IsUpper(c) || char.IsDigit(c) || QuoteMarks.IsMark(c) || c is '\'' or '\u2018' or '(' || IsEllipsisBeforeCapital(text, i);
    }

    /// <summary>"… knee sprain. ... Schröder got a": an ellipsis that separates items, then a capital, opens the next sentence.</summary>
    private static bool IsEllipsisBeforeCapital(string text, int i)
    {
        var end = text[i] == '\u2026' ? i + 1 : string.CompareOrdinal(text, i, "...", 0, 3) == 0 ? i + 3 : -1;
        return end > 0 && end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]);
    }

    /// <summary>Whether a word before a full stop is a known abbreviation ("Gen", "Jr", "St").</summary>
    public static bool IsAbbreviation(string word) => s_abbreviations.Contains(word);

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var length = dot - wordStart;
        if (length == 1 && char.IsUpper(text[wordStart])) return true; // an initial: "Mary J. Blige"
        if (length > 0 && text.IndexOf('.', wordStart, length) >= 0) return true; // "U.S.", "a.m."
        return s_abbreviations.Contains(text, wordStart, length);
    }
}
