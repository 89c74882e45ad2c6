using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Byline.Generator.Extraction;

/// <summary>Tests on single words: can this be part of a name, a role, a title?</summary>
internal static class NameParts
{
    private static readonly TieredRegex s_nationality = new(@"^\p{Lu}\p{Ll}+(?:an|ian|ish|ese|ch|ic|i)$", RegexOptions.CultureInvariant);

    public static bool IsParticle(string word) => word is "de" or "van" or "von" or "der" or "den" or "da" or "di" or "du" or "la" or "le" or "bin" or "al" or "ter" or "dos" or "das" or "del" or "al-";

    public static bool IsRoleWord(string word) => Lexicon.RoleWords.Contains(word) || IsDerivedOccupation(word);

    /// <summary>A title or occupation (person-nouns.txt), or one shared with "co-": "co-author", "co-chairman", "co-host".</summary>
    public static bool IsTitleNoun(string word) =>
        Lexicon.TitleNouns.Contains(word)
        || word.Length > 4 && word[2] == '-' && word[0] is 'c' or 'C' && word[1] == 'o' && Lexicon.TitleNouns.Contains(word.Substring(3))
        || IsDerivedOccupation(word);

    /// <summary>
    /// A lower-case occupation the list does not hold, by its form: a student of a science ("immunologist",
    /// "gastroenterologist"), or a word that ends in one of the titles that open compounds for occupations
    /// ("neurosurgeon", "biochemist", "speechwriter", "shopkeeper"). Not any title at a word's end: "administer",
    /// "contractor", "wheelchair" and "loudspeaker" are no one.
    /// </summary>
    private static bool IsDerivedOccupation(string word)
    {
        if (word.Length < 8 || !char.IsLower(word[0]) || word.IndexOf('-') >= 0) return false;
        if (word.EndsWith("ologist", StringComparison.Ordinal)) return true;
        foreach (var head in s_compoundingTitles)
        {
            if (word.Length >= head.Length + 3 && word.EndsWith(head, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly string[] s_compoundingTitles = { "scientist", "surgeon", "chemist", "physicist", "writer", "teacher", "keeper", "owner", "leader", "delegate", "author" };

    /// <summary>A title in the plural, in any case: "hosts", "officials", "Campaigners".</summary>
    public static bool IsPluralTitle(string word) =>
        word.Length > 3 && word[word.Length - 1] == 's' && IsTitleNoun(word.Substring(0, word.Length - 1));

    /// <summary>
    /// A title, an age ("31-year-old") or a lower-case noun for a person by its ending: "producer", "comedian", "chairman",
    /// "novelist", "director". Not the things with those endings that report or hold words ("the paper adds", "the letter").
    /// </summary>
    public static bool IsPersonNoun(Token token)
    {
        if (token.Is(WordTraits.TitleNoun) || token.Text.EndsWith("year-old", StringComparison.Ordinal)) return true;
        return token.Is(WordTraits.LowerCase) && HasPersonEnding(token.Text);
    }

    /// <summary>
    /// A lower-case word with the ending of a noun for a person ("neuroscientist", "trader", "fisherman"), unless the word
    /// list calls it a thing or a function word ("paper", "letter", "however").
    /// </summary>
    public static bool HasPersonEnding(string word) =>
        word.Length > 0 && char.IsLower(word[0])
        && (word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("or", StringComparison.Ordinal) || word.EndsWith("ist", StringComparison.Ordinal)
            || word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("man", StringComparison.Ordinal))
        && !Lexicon.IsNoun(word, NounKinds.Thing | NounKinds.FunctionWord);

    /// <summary>
    /// Where "a", "an", "one" or "another", up to two describing words and a word for a person ("a top aide", "one former
    /// executive", "an IT technician") or for one who speaks for another ("a source close to the campaign") stand among the
    /// tokens [<paramref name="from"/>, <paramref name="to"/>): the index of that word, else -1. Not before a name ("a
    /// spokesman, Tom Cole,"), nor one a possessive owns.
    /// </summary>
    public static int UnnamedPerson(List<Token> all, int from, int to)
    {
        if (from >= to || all[from].Text is not ("a" or "an" or "one" or "another" or "A" or "An" or "One" or "Another")) return -1;
        for (var k = from + 1; k < to && k <= from + 3; k++)
        {
            // Describing words are lower case, a short form ("an IT technician"), or the name of a body or place the
            // person works for ("a US Embassy spokesman", "a White House official"), not a given name ("a Tony aide").
            if (!all[k].Is(WordTraits.LowerCase | WordTraits.Acronym | WordTraits.Capitalised) || all[k].Is(WordTraits.FirstName) || all[k].Possessive) return -1;
            if (!all[k].IsCapitalised && (IsPersonNoun(all[k]) || EndsWithTitle(all[k].Text) || Lexicon.IsNoun(all[k].Text, NounKinds.StandIn))) return k;
        }
        return -1;
    }

    /// <summary>'f' for a noun for a woman ("spokeswoman", "chairwoman"), 'm' for one for a man ("spokesman"), else '-'.</summary>
    public static char GenderOfNoun(string noun) =>
        noun.EndsWith("woman", StringComparison.OrdinalIgnoreCase) ? 'f' : noun.EndsWith("man", StringComparison.OrdinalIgnoreCase) ? 'm' : '-';

    /// <summary>"neurosurgeon", "co-chairman": a word that ends in a title noun of five letters or more.</summary>
    public static bool EndsWithTitle(string word)
    {
        for (var i = 1; i + 5 <= word.Length; i++)
        {
            if (IsTitleNoun(word.Substring(i))) return true;
        }
        return false;
    }

    /// <summary>"NATO", "U.S.", "CEO"; not an initial ("H.").</summary>
    public static bool IsAcronym(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c)) return false;
                letters++;
            }
            else if (c != '.' && !char.IsDigit(c)) return false;
        }
        return letters >= 2;
    }

    /// <summary>
    /// "G.K.", "J.R.": capitals each followed by a full stop, as a person's initials are written; not the abbreviation of a
    /// place, a body or a time that is spelt so ("U.S.", "D.C.", "P.O.", "A.M.").
    /// </summary>
    public static bool IsDottedInitials(string word)
    {
        if (word.Length < 4 || word.Length % 2 != 0 || s_dottedAbbreviations.Contains(word)) return false;
        for (var i = 0; i < word.Length; i += 2)
        {
            if (!char.IsUpper(word[i]) || word[i + 1] != '.') return false;
        }
        return true;
    }

    // Dotted capitals that abbreviate something other than a person's given names, each met before a capitalised word.
    private static readonly HashSet<string> s_dottedAbbreviations = new(StringComparer.Ordinal)
    {
        "U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "L.A.", "N.Y.", "N.J.", "N.C.", "S.C.", "N.H.", "N.D.", "S.D.", "P.O.", "P.D.",
        "P.S.", "A.M.", "P.M.", "D.A.", "U.A.E.",
    };

    public static bool IsNationality(string word) => HasNationalityShape(word) && !Lexicon.FirstNames.ContainsKey(word);

    /// <summary>Whether the word is shaped like a nationality or faith ("Kenyan", "Christian"), given names ("Brian") included.</summary>
    public static bool HasNationalityShape(string word) => s_nationality.IsMatch(word);

    /// <summary>
    /// An Arabic surname with its article joined by a hyphen: "al-Bayad", "el-Kadiri", "ash-Shaykh", "ad-Din". Lower-case,
    /// but a word of the name it follows ("Rashid al-Bayad").
    /// </summary>
    public static bool IsPrefixedSurname(string word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen is >= 2 and <= 3 && hyphen + 2 < word.Length && char.IsUpper(word[hyphen + 1])
            && word.Substring(0, hyphen) is "al" or "el" or "ad" or "ash" or "as" or "at" or "az" or "ar" or "an" or "ul" or "ud";
    }

    /// <summary>The surname without its joined article ("Assad" for "al-Assad"), or the surname itself.</summary>
    public static string WithoutArticle(string surname) => IsPrefixedSurname(surname) ? surname.Substring(surname.IndexOf('-') + 1) : surname;

    /// <summary>A word that can stand in a person's name: letters (with joiners), not an acronym or a number.</summary>
    public static bool CanBeName(string word)
    {
        if (IsParticle(word) || IsPrefixedSurname(word)) return true;
        if (word.Length < 2 || !char.IsUpper(word[0]) || IsAcronym(word) && !word.EndsWith(".", StringComparison.Ordinal) && !IsGenerationalSuffix(word)) return false;
        if (word.Length > 2 && word[word.Length - 1] == 's' && IsAcronym(word.Substring(0, word.Length - 1))) return false; // "MPs", "PCs"
        // "NBA-leading", "Trump-led", "Texas-based": a compound that ends in a participle is a modifier, not a name
        // (names with a lower-case part stay names: "Kim Jong-un", "Ban Ki-moon").
        if (IsModifier(word)) return false;
        if (IsCamelCaseBrand(word)) return false;
        // "I'll", "I've", "I’m": the pronoun and its verb ("the president I'll be stopped by"); "I'Anson" is a name.
        if (word.Length > 2 && word[0] == 'I' && Words.IsApostrophe(word[1]) && char.IsLower(word[2])) return false;
        return word.All(c => char.IsLetter(c) || c is '-' or '\'' or '\u2019' or '.' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);
    }

    /// <summary>
    /// "PolitiFact", "LinkedIn", "MasterCard": a capital inside a word after five lower-case letters or more names a brand, or
    /// a scraped page ran two words together ("Susan CollinsSen", "Zach CarterFlagShareLikeReply"). Names put their inner
    /// capital after a short prefix ("McConnell", "MacArthur", "DeAndre", "KellyAnne", "VandeHei"), or after "Vander".
    /// </summary>
    public static bool IsCamelCaseBrand(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            var lower = LowerRunBefore(word, i);
            if (lower >= 5 && char.IsUpper(word[i]) && !(lower == 5 && string.CompareOrdinal(word, i - 6, "Vander", 0, 6) == 0)) return true;
        }
        return false;
    }

    /// <summary>How many lower-case letters stand right before <paramref name="i"/>, after the word's first character.</summary>
    private static int LowerRunBefore(string word, int i)
    {
        var run = 0;
        while (i - run - 1 >= 1 && char.IsLower(word[i - run - 1])) run++;
        return run;
    }

    /// <summary>
    /// Where a scraped page ran a name into the honorific of the next ("Ted CruzRep. Will Hurd", "Susan CollinsSen"): the
    /// offset of the capital that follows three lower-case letters or more and begins an honorific running to the word's
    /// end or its next such capital; 0 for none. Names put a capital after a short prefix ("McConnell", "DeAndre"), and
    /// "KellyAnne" ends in a given name, not an honorific: neither is split.
    /// </summary>
    public static int SeamAt(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (!char.IsUpper(word[i]) || LowerRunBefore(word, i) < 3) continue;
            var end = i + 1;
            while (end < word.Length && !(char.IsUpper(word[end]) && char.IsLower(word[end - 1]))) end++;
            var next = word.Substring(i, end - i);
            if (Lexicon.Honorifics.ContainsKey(next) || Lexicon.Honorifics.ContainsKey(next + ".")) return i; // "Lt" of "Lt."
        }
        return 0;
    }

    /// <summary>"NBA-leading", "Texas-based": a compound that ends in a participle, which qualifies the name after it.</summary>
    public static bool IsModifier(string word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]) && IsModifierPart(word.Substring(hyphen + 1));
    }

    private static bool IsModifierPart(string part) =>
        part.EndsWith("ed", StringComparison.Ordinal) || part.EndsWith("ing", StringComparison.Ordinal)
        || part is "born" or "based" or "led" or "elect" or "era" or "style" or "made" or "run" or "owned" or "like" or "type";

    /// <summary>"Jr.", "Sr", "III": a suffix after a surname, which a short form leaves out ("Mr. Biden" for "Joseph R. Biden Jr.").</summary>
    public static bool IsGenerationalSuffix(string word)
    {
        var length = word.Length > 0 && word[word.Length - 1] == '.' ? word.Length - 1 : word.Length;
        foreach (var suffix in s_generationalSuffixes)
        {
            if (suffix.Length == length && string.Compare(word, 0, suffix, 0, length, StringComparison.OrdinalIgnoreCase) == 0) return true;
        }
        return false;
    }

    private static readonly string[] s_generationalSuffixes = { "jr", "sr", "ii", "iii", "iv" };

    /// <summary>The last of <paramref name="parts"/> that is not a generational suffix.</summary>
    public static string Surname(IReadOnlyList<string> parts)
    {
        var last = parts.Count - 1;
        while (last > 0 && IsGenerationalSuffix(parts[last])) last--;
        return parts[last];
    }

    /// <summary>Whether two forms of a name are the same, taking every apostrophe ('’ʼ) for one.</summary>
    public static bool Same(string a, string b) => a.Length == b.Length && Same(a, 0, b);

    /// <summary>
    /// Whether <paramref name="text"/> from <paramref name="start"/> to its end is <paramref name="name"/>, taking every
    /// apostrophe for one and a letter with an accent for the letter without it ("Simon Ličen", "Simon Licen").
    /// </summary>
    public static bool Same(string text, int start, string name)
    {
        if (text.Length - start != name.Length) return false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = text[start + i];
            var d = name[i];
            if (c != d && !(Words.IsApostrophe(c) && Words.IsApostrophe(d)) && !((c >= '\u00C0' || d >= '\u00C0') && BaseLetter(c) == BaseLetter(d))) return false;
        }
        return true;
    }

    /// <summary>The letter without its accent: the first character of its canonical decomposition.</summary>
    private static char BaseLetter(char c) => c < '\u00C0' || char.IsSurrogate(c) ? c : c.ToString().Normalize(System.Text.NormalizationForm.FormD)[0];

    /// <summary>Whether the name that ends at <paramref name="end"/> of <paramref name="text"/> is a possessive ("Trump's").</summary>
    public static bool EndsPossessive(string text, int end) => end >= 2 && text[end - 1] == 's' && Words.IsApostrophe(text[end - 2]);

    public static string StripPossessive(string form)
    {
        if (form.Length > 2 && EndsPossessive(form, form.Length)) return form.Substring(0, form.Length - 2);
        if (form.Length > 1 && Words.IsApostrophe(form[form.Length - 1])) return form.Substring(0, form.Length - 1);
        return form;
    }
}

/// <summary>A role given after a name: "Jens Stoltenberg, NATO's secretary-general, said".</summary>
internal static class Apposition
{
    // The words before the title noun: capitalised ones ("NATO's", "Foreign") and lower-case role words ("executive",
    // "senior", "former"), which Role checks against the role-word list. The noun ends the role before a comma, a clause,
    // or a preposition that opens its field, whom it serves or what its holder made ("an adviser to the mayor", "the
    // blogger behind the site"); no lower-case word of the role may be one of those. An age after the article is read past
    // and is no part of the role ("a 25-year-old doctor from Bolton" is a doctor).
    private const string RolePattern =
        @"^, (?:the |a |an |another )?(?:\d+-year-old )?(?:\p{Ll}+(?:'s|’s) )?(?<role>(?:[\p{Lu}][\p{L}.’'-]*(?:'s|’s)? |{0}(?<lower>(?!(?:of|for|at|in|on|with|and|to|behind|from|who|whose|said)\b)\p{Ll}(?:[\p{Ll}-]|\.(?! ))*) )*(?<noun>[\p{L}-]+))(?=[,.;]| who| said| of | at | for | from | in | on | with | and | to | behind )";

    private static readonly TieredRegex s_role = new(RolePattern.Replace("{0}", ""), RegexOptions.CultureInvariant);

    // The same, with the small words of a name between capitalised ones: "Color of Change's executive director", "Commerce
    // and Industry Minister". Tried second, as it would read "Secretary of State" on to "State". It runs wherever the first
    // finds no role, after most names followed by a comma: interpreted, it cost extraction about 3%.
    private static readonly TieredRegex s_namedRole = new(RolePattern.Replace("{0}", @"(?<=\p{Lu}[\p{L}.’'-]* )(?:of|and|the) (?=\p{Lu})|"), RegexOptions.CultureInvariant);

    /// <param name="tokens">The words of <paramref name="text"/>, which the name finder has; split here when not given.</param>
    public static string? Role(string text, int nameEnd, List<Token>? tokens = null)
    {
        // Every apposition opens with ", ": most names are followed by something else, and the expression is not run.
        if (nameEnd + 1 >= text.Length || text[nameEnd] != ',' || text[nameEnd + 1] != ' ') return null;
        // Nor is it run where none of the words it reads is a title: most commas after a name open a clause or a list.
        if (!HasTitleNoun(tokens ?? Tokenizer.Split(text), nameEnd + 2, nameEnd + Math.Min(80, text.Length - nameEnd))) return null;
        // The name finder asks of one name more than once (is it a person, what is their role): the last few answers are kept.
        var recent = t_recent ??= new RecentRoles();
        if (recent.TryGet(text, nameEnd, out var known)) return known;
        var role = Role(s_role, text, nameEnd) ?? (JoinsCapitalisedWords(text, nameEnd) ? ListsNoInstitutions(Role(s_namedRole, text, nameEnd)) : null);
        recent.Add(text, nameEnd, role);
        return role;
    }

    [ThreadStatic]
    private static RecentRoles? t_recent;

    /// <summary>The roles read after the last few names, by the paragraph's text (the same string) and where the name ends.</summary>
    private sealed class RecentRoles
    {
        private readonly string?[] _texts = new string?[8];
        private readonly int[] _ends = new int[8];
        private readonly string?[] _roles = new string?[8];
        private int _next;

        public bool TryGet(string text, int nameEnd, out string? role)
        {
            for (var i = 0; i < _texts.Length; i++)
            {
                if (ReferenceEquals(_texts[i], text) && _ends[i] == nameEnd)
                {
                    role = _roles[i];
                    return true;
                }
            }
            role = null;
            return false;
        }

        public void Add(string text, int nameEnd, string? role)
        {
            _texts[_next] = text;
            _ends[_next] = nameEnd;
            _roles[_next] = role;
            _next = (_next + 1) % _texts.Length;
        }
    }

    // The small words the second expression reads between capitalised words, with the spaces around them.
    private static readonly string[] s_joiningWords = { " of ", " and ", " the " };

    /// <summary>
    /// Whether "of", "and" or "the" stands before a capital in the 80 characters after the name: only there can the second
    /// expression read a role that the first does not.
    /// </summary>
    private static bool JoinsCapitalisedWords(string text, int nameEnd)
    {
        var end = nameEnd + Math.Min(80, text.Length - nameEnd);
        foreach (var word in s_joiningWords)
        {
            for (var at = text.IndexOf(word, nameEnd, end - nameEnd, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, end - at - 1, StringComparison.Ordinal))
            {
                if (at + word.Length < end && char.IsUpper(text[at + word.Length])) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a word starting in text[<paramref name="from"/>..<paramref name="to"/>) is a title noun, as the expression's
    /// noun must be: a word of letters and hyphens, which is always one word to the tokenizer.
    /// </summary>
    private static bool HasTitleNoun(List<Token> tokens, int from, int to)
    {
        for (var k = Tokenizer.FirstAt(tokens, from); k < tokens.Count && tokens[k].Start < to; k++)
        {
            if (tokens[k].Is(WordTraits.TitleNoun) || tokens[k].Is(WordTraits.LowerCase) && NamesOccupation(tokens[k].Text)) return true;
            // "Gen." keeps its full stop as a word (Tokenizer.KeepsDotAt); the expression reads the noun without it.
            var word = tokens[k].Text;
            if (word.Length > 1 && word[word.Length - 1] == '.' && NameParts.IsTitleNoun(word.Substring(0, word.Length - 1))) return true;
        }
        return false;
    }

    /// <summary>
    /// A title ("adviser", "curator"), or a noun a person's by its ending that says what they do ("neuroscientist",
    /// "trader", "fisherman"); not whose kin they are ("the father of …", "her daughter"), which is no role.
    /// </summary>
    public static bool IsRoleNoun(string word) => NameParts.IsTitleNoun(word) || NamesOccupation(word);

    /// <summary>A noun a person's by its ending that is no kin ("trader", not "father"); the title nouns are asked first.</summary>
    private static bool NamesOccupation(string word) => NameParts.HasPersonEnding(word) && !Lexicon.IsNoun(word, NounKinds.Kin);

    /// <summary>
    /// The apposition as the person's role: null where its noun is "man" or "woman" ("Sharron Storer, the Birmingham woman
    /// who …", "Mukesh Ambani, the country's wealthiest man"), which says who someone is, not what they do, though it still
    /// says they are a person.
    /// </summary>
    public static string? AsFunction(string? apposition) =>
        apposition is null || Words.LastWord(apposition) is "man" or "woman" ? null : apposition;

    /// <summary>"The Sacramento Bee, Miami Herald and Kansas City Star": a list of institutions is no role.</summary>
    private static string? ListsNoInstitutions(string? role)
    {
        if (role is null) return null;
        var words = role.Split(' ');
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (words[i + 1] == "and" && Lexicon.InstitutionHeads.Contains(words[i])) return null;
        }
        return role;
    }

    private static string? Role(TieredRegex role, string text, int nameEnd)
    {
        var match = role.Match(text, nameEnd, Math.Min(80, text.Length - nameEnd)); // the 80 characters after the name, as their own input
        if (!match.Success || !IsRoleNoun(match.Groups["noun"].Value)) return null;
        // Lower-case words before the title noun are role words ("senior", "executive") or at most two that describe its
        // field ("political science professor", "longtime campaign adviser"). A function word or an adverb or past
        // participle makes a clause of it (", who was then mayor,", ", once again chairman,", ", recently named director,").
        var describing = 0;
        foreach (Capture word in match.Groups["lower"].Captures)
        {
            if (NameParts.IsRoleWord(word.Value)) continue;
            if (++describing > 2 || !Describes(word.Value)) return null;
        }
        return match.Groups["role"].Value;
    }

    // Function words, and the adverbs that do not end in "-ly".
    private static readonly WordSet s_functionWords = new(
        FigureParser.StopWords.Split('|').Concat(new[] { "once", "yet", "ever", "never", "often", "soon", "later" }),
        ignoreCase: false);

    private static bool Describes(string word) =>
        !s_functionWords.Contains(word) && !word.EndsWith("ly", StringComparison.Ordinal) && !word.EndsWith("ed", StringComparison.Ordinal)
        && word.IndexOf('.') < 0;
}
