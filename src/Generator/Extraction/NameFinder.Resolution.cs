using System;
using System.Collections.Generic;
using System.Linq;

namespace Byline.Generator.Extraction;

/// <summary>How a name found in the text is tied to a person: one person behind every form the article uses.</summary>
internal sealed partial class NameFinder
{
    private PersonEntry? Resolve(string name, char gender = '-')
    {
        if (NamedAs(name, gender) is { } named) return named;
        var space = name.LastIndexOf(' ');
        if (space < 0)
        {
            // A single word refers to the person whose surname (or given name) it is, the first such person of a fitting gender.
            foreach (var person in _people)
            {
                // "Assad" after "Bashar al-Assad".
                if ((NameParts.Same(person.Surname, name) || NameParts.Same(person.SurnameWithoutArticle, name)) && !NameParts.Same(person.Name, name) && Fits(person, gender)) return person;
            }
            foreach (var person in _people)
            {
                if (NameParts.Same(person.Parts[0], name) && person.Parts.Length > 1 && Fits(person, gender)) return person;
            }
            return SpeltAlike(name, gender);
        }
        var surname = name.Substring(space + 1);
        // "Bobby Scott" after Robert C. "Bobby" Scott: the nickname and the surname.
        foreach (var person in _people)
        {
            if (person.Nickname is { } nickname && space == nickname.Length && name.StartsWith(nickname, StringComparison.Ordinal) && NameParts.Same(person.Surname, surname)) return person;
        }
        var fuller = Lexicon.FirstNames.TryGetValue(name.Substring(0, name.IndexOf(' ')), out var g) ? g : gender;
        foreach (var person in _people)
        {
            if (person.Parts.Length == 1 && NameParts.Same(person.Name, surname) && Fits(person, fuller)) return person;
        }
        foreach (var person in _people)
        {
            if (NameParts.Same(person.Surname, surname) && Fits(person, fuller) && (EndsWithWords(person.Name, name) || EndsWithWords(name, person.Name))) return person;
        }
        return SameButInitials(name.Split(' '), fuller) ?? SpeltAlike(name, fuller);
    }

    /// <summary>
    /// The person whose name or an alias is <paramref name="name"/>, of a fitting gender. Names are compared with every
    /// apostrophe alike: an article may write "O’Neill" in one paragraph and "O'Neill" in the next.
    /// </summary>
    private PersonEntry? NamedAs(string name, char gender)
    {
        foreach (var person in _people)
        {
            if ((NameParts.Same(person.Name, name) || AnySame(person.Aliases, name)) && Fits(person, gender)) return person;
        }
        return null;
    }

    /// <summary>
    /// A name that differs from a person's by a slip of the keyboard: an "s" more after a full name ("Wayne Rooneys" for
    /// Wayne Rooney's; a surname alone so is a family, "the Clintons"), or one letter added, dropped, changed or swapped in
    /// a surname of six letters or more ("Mr Barrioneuvo" after "Jose Barrionuevo", "Sharption" after "Al Sharpton",
    /// "Angela Correy" after "Angela Corey"). A misspelt surname alone must be no given name and near one person's only;
    /// with a given name, the given name must be the person's too.
    /// </summary>
    private PersonEntry? SpeltAlike(string name, char gender)
    {
        var space = name.LastIndexOf(' ');
        var lastLength = name.Length - space - 1;
        if (lastLength < 5) return null;
        if (space > 0 && name[name.Length - 1] == 's' && NamedAs(name.Substring(0, name.Length - 1), gender) is { } owner) return owner;
        if (lastLength < 6 || space > 0 && name.IndexOf(' ') != space) return null;
        var last = name.AsSpan(space + 1);
        PersonEntry? found = null;
        foreach (var person in _people)
        {
            if (person.Parts.Length < 2 || Math.Abs(person.Surname.Length - lastLength) > 1) continue;
            // "the Clintons" is the family, not a misspelt Clinton.
            if (!OneEditApart(person.Surname.AsSpan(), last) || IsPlural(last, person.Surname) || !Fits(person, gender)) continue;
            if (space > 0 && (person.Parts.Length != 2 || string.CompareOrdinal(person.Parts[0], 0, name, 0, space) != 0 || person.Parts[0].Length != space)) continue;
            if (found is not null && found != person) return null;
            found = person;
        }
        // A given name alone is no misspelt surname.
        return found is not null && space < 0 && Lexicon.FirstNames.ContainsKey(name) ? null : found;
    }

    /// <summary>Whether <paramref name="word"/> is <paramref name="of"/> with an "s" after it, ignoring case.</summary>
    private static bool IsPlural(ReadOnlySpan<char> word, string of) =>
        word.Length == of.Length + 1 && word[word.Length - 1] == 's' && word.Slice(0, of.Length).Equals(of.AsSpan(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether two words differ by one letter added, dropped, changed, or two neighbours swapped, ignoring case.</summary>
    internal static bool OneEditApart(string a, string b) => OneEditApart(a.AsSpan(), b.AsSpan());

    private static bool OneEditApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && char.ToLowerInvariant(a[i]) == char.ToLowerInvariant(b[i])) i++;
        if (i == a.Length && i == b.Length) return false;
        if (a.Length == b.Length)
            return SameIgnoringCase(a.Slice(i + 1), b.Slice(i + 1))
                || i + 1 < a.Length && char.ToLowerInvariant(a[i]) == char.ToLowerInvariant(b[i + 1]) && char.ToLowerInvariant(a[i + 1]) == char.ToLowerInvariant(b[i]) && SameIgnoringCase(a.Slice(i + 2), b.Slice(i + 2));
        return a.Length > b.Length ? SameIgnoringCase(a.Slice(i + 1), b.Slice(i)) : SameIgnoringCase(a.Slice(i), b.Slice(i + 1));
    }

    private static bool SameIgnoringCase(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => a.Equals(b, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Donald J. Trump" after "Donald Trump", "Loretta E. Lynch" after "Loretta Lynch": one given name and surname, with a
    /// middle initial or a generational suffix more or less, is one person. Not two suffixes ("Charles Elliott Jr" and
    /// "Charles Elliott III" are father and son), nor where the article has named another of the family: "George Bush"
    /// beside "George W. Bush" and "Laura Bush" is the father.
    /// </summary>
    private PersonEntry? SameButInitials(string[] parts, char gender)
    {
        if (parts.Length < 2 || !OnlyInitialsBetween(parts)) return null;
        var surname = NameParts.Surname(parts);
        foreach (var person in _people)
        {
            if (person.Parts.Length < 2 || !NameParts.Same(person.Parts[0], parts[0]) || !NameParts.Same(person.Surname, surname) || !Fits(person, gender)
                || !OnlyInitialsBetween(person.Parts) || Suffix(person.Parts) is { } one && Suffix(parts) is { } other && !NameParts.Same(one, other)) continue;
            foreach (var relative in _people)
            {
                if (relative.Parts.Length >= 2 && NameParts.Same(relative.Surname, surname) && !NameParts.Same(relative.Parts[0], parts[0])) return null;
            }
            return person;
        }
        return null;
    }

    /// <summary>Whether every word between a name's first and its surname is an initial ("W.", "J", none at all).</summary>
    private static bool OnlyInitialsBetween(string[] parts)
    {
        var last = parts.Length - 1;
        while (last > 0 && NameParts.IsGenerationalSuffix(parts[last])) last--;
        for (var k = 1; k < last; k++)
        {
            var word = parts[k];
            if (!(word.Length == 1 || word.Length == 2 && word[1] == '.') || !char.IsUpper(word[0])) return false;
        }
        return last > 0;
    }

    /// <summary>The generational suffix a name ends with ("Jr.", "III"), or null.</summary>
    private static string? Suffix(string[] parts) => parts.Length > 1 && NameParts.IsGenerationalSuffix(parts[parts.Length - 1]) ? parts[parts.Length - 1].TrimEnd('.') : null;

    private static bool AnySame(List<string> names, string name)
    {
        foreach (var other in names)
        {
            if (NameParts.Same(other, name)) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="text"/> ends with a space and then <paramref name="words"/>.</summary>
    private static bool EndsWithWords(string text, string words) =>
        text.Length > words.Length && text[text.Length - words.Length - 1] == ' ' && NameParts.Same(text, text.Length - words.Length, words);

    private static bool Fits(PersonEntry person, char gender) => gender == '-' || person.Gender == '-' || person.Gender == gender;

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
        var mention = new PersonMention(p, start, end, person);
        _mentions.Add(mention);
        if (!_byParagraph.TryGetValue(p, out var list)) _byParagraph[p] = list = new List<PersonMention>();
        list.Add(mention);
        if (role is not null && person.Role is null) person.Role = role;
    }

    /// <summary>Records the form used for a person at a mention, so aliases list every form the article uses.</summary>
    /// <summary>
    /// Removes the people the project says are none (byline.json's notPeople), by name or alias, with their mentions,
    /// before any speaker is resolved: quotes are then resolved as if the name were no one's. Returns the names removed.
    /// </summary>
    public List<string> Exclude(IReadOnlyCollection<string> notPeople)
    {
        var removed = new List<string>();
        if (notPeople.Count == 0) return removed;
        var gone = new HashSet<PersonEntry>();
        foreach (var person in _people)
        {
            foreach (var name in notPeople)
            {
                if (!string.Equals(person.Name, name, System.StringComparison.OrdinalIgnoreCase) && !person.Aliases.Any(a => string.Equals(a, name, System.StringComparison.OrdinalIgnoreCase))) continue;
                gone.Add(person);
                if (!removed.Contains(name)) removed.Add(name);
            }
        }
        if (gone.Count == 0) return removed;
        _people.RemoveAll(gone.Contains);
        _mentions.RemoveAll(m => gone.Contains(m.Person));
        foreach (var list in _byParagraph.Values) list.RemoveAll(m => gone.Contains(m.Person));
        return removed;
    }

    public void CollectAliases(IReadOnlyList<string> paragraphs)
    {
        foreach (var mention in _mentions)
        {
            var form = paragraphs[mention.Paragraph].Substring(mention.Start, mention.End - mention.Start);
            form = NameParts.StripPossessive(form);
            if (form != mention.Person.Name && !mention.Person.Aliases.Contains(form)) mention.Person.Aliases.Add(form);
        }
    }

    /// <summary>The first mention in paragraph <paramref name="p"/> that starts in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public PersonEntry? FirstStartingIn(int p, int from, int to)
    {
        foreach (var m in MentionsIn(p))
        {
            if (m.Start >= from && m.Start < to) return m.Person;
        }
        return null;
    }

    /// <summary>The first mention in paragraph <paramref name="p"/> that lies wholly in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public PersonMention FirstWithin(int p, int from, int to)
    {
        // By index: a foreach over the read-only list would box its enumerator, and the resolver asks this for every quote.
        var mentions = MentionsIn(p);
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].Start >= from && mentions[k].End <= to) return mentions[k];
        }
        return default;
    }

    /// <summary>The last mention in paragraph <paramref name="p"/> that lies wholly in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public PersonEntry? LastWithin(int p, int from, int to) => LastMentionWithin(p, from, to).Person;

    /// <summary>The last mention that lies whole in [<paramref name="from"/>, <paramref name="to"/>) of paragraph <paramref name="p"/>, or none.</summary>
    public PersonMention LastMentionWithin(int p, int from, int to)
    {
        var mentions = MentionsIn(p);
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            if (mentions[k].Start >= from && mentions[k].End <= to) return mentions[k];
        }
        return default;
    }

    /// <summary>The person named by the mention that covers <paramref name="offset"/> in paragraph <paramref name="p"/>.</summary>
    public PersonEntry? MentionAt(int p, int offset)
    {
        // By index, as FirstWithin: the resolver asks this for most words near a quote.
        var mentions = MentionsIn(p);
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].Start <= offset && offset < mentions[k].End) return mentions[k].Person;
        }
        return null;
    }

    /// <summary>
    /// The last person named before an offset whose gender fits a pronoun's: what "he" or "she" refers to. Mentions
    /// <paramref name="skip"/> holds are passed over (the resolver's: those inside quotes).
    /// </summary>
    public PersonEntry? LastMentionBefore(int paragraph, int offset, char gender, Func<PersonMention, bool>? skip = null)
    {
        for (var k = _mentions.Count - 1; k >= 0; k--)
        {
            var m = _mentions[k];
            if (m.Paragraph > paragraph || m.Paragraph == paragraph && m.Start >= offset || skip is not null && skip(m)) continue;
            if (Pronouns.Compatible(gender, m.Person.Gender)) return m.Person;
        }
        return null;
    }

    /// <summary>
    /// The people the article gave a role ending in this title noun ("the minister" → "Finance Minister"), who hold it
    /// (<see cref="Holds"/>): "the governor" is not the former New Jersey governor.
    /// </summary>
    public IEnumerable<PersonEntry> WithRole(string noun) => _people.Where(x => HoldsTitle(x, noun));

    /// <summary>
    /// The first person whose role ends in all the words of <paramref name="title"/> ("prime minister", "New Jersey governor"),
    /// not as a deputy's, a shadow's or a former holder's: "the prime minister" is not the deputy prime minister, nor "the
    /// minister" the former deputy prime minister. One the article gives no role holds the office their abbreviated title
    /// stands for ("Sen. Marco Rubio" is "the senator").
    /// </summary>
    public PersonEntry? HolderOf(string title) => _people.FirstOrDefault(x => HoldsTitle(x, title));

    /// <summary>Whether <paramref name="person"/> holds <paramref name="title"/> (<see cref="HolderOf"/>).</summary>
    public static bool HoldsTitle(PersonEntry person, string title) =>
        person.Role is { } role ? Holds(role, title) : person.Office is { } office && Holds(office, title);

    private static bool Holds(string role, string title)
    {
        if (!role.EndsWith(title, StringComparison.OrdinalIgnoreCase)) return false;
        var before = role.Substring(0, role.Length - title.Length);
        if (before.Length == 0) return true;
        if (before[before.Length - 1] != ' ') return false;
        foreach (var word in before.TrimEnd().Split(' '))
        {
            if (s_lesserOffices.Contains(word)) return false;
        }
        return true;
    }

    /// <summary>A word that makes a title a lesser office than the title alone: "deputy", "shadow", "former".</summary>
    public static bool IsLesserOffice(string word) => s_lesserOffices.Contains(word);

    private static readonly HashSet<string> s_lesserOffices = new(StringComparer.OrdinalIgnoreCase) { "deputy", "shadow", "vice", "former", "assistant", "acting", "junior", "ex" };
}
