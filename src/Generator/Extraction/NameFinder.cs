using System;
using System.Collections.Generic;
using System.Linq;

namespace Byline.Generator.Extraction;

/// <summary>
/// Finds the people an article names. A run of capitalised words is a person when a title or honorific
/// stands before it, when it starts with a known given name, or when it is a form (surname, given name)
/// of a person already found. Organisations, places, days and months are never people.
/// </summary>
internal sealed class NameFinder
{
    private readonly List<PersonEntry> _people = new();
    private readonly List<PersonMention> _mentions = new();

    public IReadOnlyList<PersonEntry> People => _people;

    public IReadOnlyList<PersonMention> Mentions => _mentions;

    /// <summary>Reads the paragraphs twice: full names first, then the short forms that refer back to them.</summary>
    public static NameFinder Find(IReadOnlyList<string> paragraphs, IReadOnlyList<List<Token>> tokens)
    {
        var finder = new NameFinder();
        for (var p = 0; p < paragraphs.Count; p++) finder.FindFullNames(p, paragraphs[p], tokens[p]);
        for (var p = 0; p < paragraphs.Count; p++) finder.FindShortForms(p, paragraphs[p], tokens[p]);
        finder._mentions.Sort((a, b) => a.Paragraph != b.Paragraph ? a.Paragraph.CompareTo(b.Paragraph) : a.Start.CompareTo(b.Start));
        finder._people.Sort((a, b) => a.FirstParagraph != b.FirstParagraph ? a.FirstParagraph.CompareTo(b.FirstParagraph) : a.FirstOffset.CompareTo(b.FirstOffset));
        return finder;
    }

    private void FindFullNames(int p, string text, List<Token> tokens)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var run = CapitalisedRun(text, tokens, i);
            if (run == 0)
            {
                i++;
                continue;
            }
            TryName(p, text, tokens, i, run, shortForms: false);
            i += run;
        }
    }

    private void FindShortForms(int p, string text, List<Token> tokens)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var run = CapitalisedRun(text, tokens, i);
            if (run == 0)
            {
                i++;
                continue;
            }
            if (!_mentions.Any(m => m.Paragraph == p && m.Start == tokens[i + run - 1].Start || m.Paragraph == p && m.Start <= tokens[i].Start && m.End >= tokens[i + run - 1].Start))
            {
                TryName(p, text, tokens, i, run, shortForms: true);
            }
            i += run;
        }
    }

    /// <summary>How many tokens from <paramref name="i"/> form one run of capitalised words, joined by single spaces.</summary>
    private static int CapitalisedRun(string text, List<Token> tokens, int i)
    {
        var n = 0;
        while (i + n < tokens.Count)
        {
            var token = tokens[i + n];
            var particle = n > 0 && NameParts.IsParticle(token.Text) && i + n + 1 < tokens.Count && tokens[i + n + 1].IsCapitalised;
            if (!token.IsCapitalised && !particle) break;
            if (n > 0 && !JoinedBySpace(text, tokens[i + n - 1], token)) break;
            n++;
            if (token.Possessive) break;
        }
        return n;
    }

    private static bool JoinedBySpace(string text, Token previous, Token next) =>
        next.Start == previous.End + 1 && text[previous.End] == ' ';

    private void TryName(int p, string text, List<Token> tokens, int first, int count, bool shortForms)
    {
        // Leading titles and role words ("NATO Secretary-General", "President", "Mr") are not part of the name.
        var nameStart = first;
        var titled = false;
        var gender = '-';
        while (nameStart < first + count - 1)
        {
            var word = tokens[nameStart].Text;
            if (Lexicon.Honorifics.TryGetValue(word, out var g))
            {
                titled = true;
                if (g != '-') gender = g;
            }
            else if (!NameParts.IsRoleWord(word) && !Lexicon.NonPersonWords.Contains(word) && !NameParts.IsAcronym(word)) break;
            else if (NameParts.IsRoleWord(word)) titled |= NameParts.IsTitleNoun(word);
            nameStart++;
        }
        var nameTokens = tokens.Skip(nameStart).Take(first + count - nameStart).ToList();
        if (nameTokens.Count == 0 || nameTokens.Any(t => !NameParts.CanBeName(t.Text))) return;
        if (nameTokens.Any(t => Lexicon.NonPersonWords.Contains(t.Text) && !Lexicon.FirstNames.ContainsKey(t.Text))) return;
        if (nameTokens.Count > 4) return;
        var name = string.Join(" ", nameTokens.Select(t => t.Text));
        var start = nameTokens[0].Start;
        var end = nameTokens[nameTokens.Count - 1].End;

        var existing = Resolve(name);
        if (existing is not null)
        {
            if (nameTokens.Count > 1 && existing.Name.Split(' ').Length < nameTokens.Count && existing.Name != name) Promote(existing, name);
            AddMention(p, start, end, existing, titled ? PrefixRole(text, tokens, first, nameStart) : null);
            return;
        }
        if (shortForms && !titled) return;
        var firstName = nameTokens[0].Text;
        var knownFirst = Lexicon.FirstNames.TryGetValue(firstName, out var fg);
        var role = PrefixRole(text, tokens, first, nameStart) ?? Apposition.Role(text, end);
        var accepted = titled && (nameTokens.Count > 1 || IsTitleBefore(tokens, nameStart))
            || (nameTokens.Count >= 2 && (knownFirst || role is not null || IsSubjectOfSpeech(tokens, first + count)));
        if (!accepted) return;
        if (gender == '-' && knownFirst && nameTokens.Count > 1) gender = fg;
        var person = new PersonEntry(name, p, start) { Gender = gender };
        _people.Add(person);
        AddMention(p, start, end, person, role);
    }

    /// <summary>A name that a speech verb follows ("Ana Ruiz said") is a person even when its given name is not in our list.</summary>
    private static bool IsSubjectOfSpeech(List<Token> tokens, int next) =>
        next < tokens.Count && SpeechVerbs.At(tokens, next) is not null;

    private static bool IsTitleBefore(List<Token> tokens, int nameStart) =>
        nameStart > 0 && (Lexicon.Honorifics.ContainsKey(tokens[nameStart - 1].Text) || NameParts.IsTitleNoun(tokens[nameStart - 1].Text));

    /// <summary>The role words before a name: the capitalised ones in its run, then lower-case ones before it ("Republican frontrunner").</summary>
    private static string? PrefixRole(string text, List<Token> tokens, int runStart, int nameStart)
    {
        var roleStart = nameStart;
        while (roleStart > 0)
        {
            var word = tokens[roleStart - 1];
            if (roleStart - 1 < runStart && !JoinedBySpace(text, word, tokens[roleStart])) break;
            if (word.Possessive && roleStart - 1 < runStart) break;
            if (!(NameParts.IsRoleWord(word.Text) || (word.IsCapitalised && (Lexicon.NonPersonWords.Contains(word.Text) || NameParts.IsAcronym(word.Text) || NameParts.IsNationality(word.Text))))) break;
            if (!word.IsCapitalised && roleStart - 1 < runStart - 3) break;
            roleStart--;
        }
        while (roleStart < nameStart && !NameParts.IsRoleWord(tokens[roleStart].Text) && !NameParts.IsAcronym(tokens[roleStart].Text) && !NameParts.IsNationality(tokens[roleStart].Text) && !Lexicon.NonPersonWords.Contains(tokens[roleStart].Text)) roleStart++;
        if (roleStart >= nameStart) return null;
        var words = tokens.Skip(roleStart).Take(nameStart - roleStart).ToList();
        while (words.Count > 0 && !NameParts.IsTitleNoun(words[words.Count - 1].Text)) words.RemoveAt(words.Count - 1);
        if (words.Count == 0 || words.All(w => Lexicon.Honorifics.ContainsKey(w.Text) && w.Text.EndsWith(".", StringComparison.Ordinal) || w.Text is "Mr" or "Mrs" or "Ms" or "Dr" or "Miss")) return null;
        return text.Substring(words[0].Start, words[words.Count - 1].End - words[0].Start);
    }

    private PersonEntry? Resolve(string name)
    {
        foreach (var person in _people)
        {
            if (person.Name == name || person.Aliases.Contains(name)) return person;
        }
        var parts = name.Split(' ');
        if (parts.Length == 1)
        {
            // A single word refers to the person whose surname (or given name) it is, the first such person first.
            return _people.FirstOrDefault(p => p.Surname == name) ?? _people.FirstOrDefault(p => p.Name.Split(' ')[0] == name && p.Name.Split(' ').Length > 1);
        }
        var surname = parts[parts.Length - 1];
        return _people.FirstOrDefault(p => p.Name.Split(' ').Length == 1 && p.Name == surname)
            ?? _people.FirstOrDefault(p => p.Surname == surname && (p.Name.EndsWith(" " + name, StringComparison.Ordinal) || name.EndsWith(" " + p.Name, StringComparison.Ordinal)));
    }

    /// <summary>A fuller form of a known person ("Vladimir Putin" after "Putin") becomes their canonical name.</summary>
    private static void Promote(PersonEntry person, string fuller)
    {
        if (!person.Aliases.Contains(person.Name)) person.Aliases.Add(person.Name);
        person.Aliases.Remove(fuller);
        person.Name = fuller;
        if (person.Gender == '-' && Lexicon.FirstNames.TryGetValue(fuller.Split(' ')[0], out var g)) person.Gender = g;
    }

    private void AddMention(int p, int start, int end, PersonEntry person, string? role)
    {
        _mentions.Add(new PersonMention(p, start, end, person));
        if (role is not null && person.Role is null) person.Role = role;
    }

    /// <summary>Records the form used for a person at a mention, so aliases list every form the article uses.</summary>
    public void CollectAliases(IReadOnlyList<string> paragraphs)
    {
        foreach (var mention in _mentions)
        {
            var form = paragraphs[mention.Paragraph].Substring(mention.Start, mention.End - mention.Start);
            form = NameParts.StripPossessive(form);
            if (form != mention.Person.Name && !mention.Person.Aliases.Contains(form)) mention.Person.Aliases.Add(form);
        }
    }
}
