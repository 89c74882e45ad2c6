using System.Collections.Generic;

namespace Byline.Generator.Extraction;

/// <summary>A person the article names, with every form it uses for them.</summary>
internal sealed class PersonEntry
{
    public PersonEntry(string name, int firstParagraph, int firstOffset)
    {
        Name = name;
        FirstParagraph = firstParagraph;
        FirstOffset = firstOffset;
    }

    private string _name = "";

    /// <summary>The fullest form the article gives.</summary>
    public string Name
    {
        get => _name;
        set
        {
            _name = value;
            Parts = value.Split(' ');
            Surname = NameParts.Surname(Parts);
            SurnameWithoutArticle = NameParts.WithoutArticle(Surname);
        }
    }

    /// <summary>The words of <see cref="Name"/>.</summary>
    public string[] Parts { get; private set; } = System.Array.Empty<string>();

    public List<string> Aliases { get; } = new();

    public string? Role { get; set; }

    /// <summary>
    /// The title an apposition before the name gives it ("Her campaign manager, Robby Mook,"): the role when no mention gives
    /// one, since a title written before the name ("Clinton campaign manager Robby Mook") is the fuller form.
    /// </summary>
    public string? SetOffBy { get; set; }

    /// <summary>
    /// The office an abbreviated title right before the name stands for ("Sen. Marco Rubio": "Senator"), which a description
    /// ("the senator said") finds them by when the article gives them no role. Not their role: "Gov. Mike Pence" may be
    /// "Vice President" elsewhere in the corpus.
    /// </summary>
    public string? Office { get; set; }

    /// <summary>'m', 'f' or '-' when the article does not tell.</summary>
    public char Gender { get; set; } = '-';

    public int FirstParagraph { get; set; }

    public int FirstOffset { get; set; }

    /// <summary>What the name finder saw when it took the name for a person (<see cref="PersonDetection"/>).</summary>
    public IReadOnlyList<string> Signals { get; set; } = PersonDetection.Unseen;

    /// <summary>The nickname the article quotes inside the name (Robert C. "Bobby" Scott), if any: "Bobby Scott" is them too.</summary>
    public string? Nickname { get; set; }

    /// <summary>The last word of the name that is not a generational suffix: "Biden" in "Joseph R. Biden Jr.".</summary>
    public string Surname { get; private set; } = "";

    /// <summary>The surname without an article joined to it ("Assad" for "al-Assad"; <see cref="NameParts.WithoutArticle"/>), worked out once per name.</summary>
    public string SurnameWithoutArticle { get; private set; } = "";

    public override string ToString() => Name;
}

/// <summary>One place where a paragraph names a person (or refers to one by pronoun, once resolved).</summary>
internal readonly struct PersonMention
{
    public PersonMention(int paragraph, int start, int end, PersonEntry person)
    {
        Paragraph = paragraph;
        Start = start;
        End = end;
        Person = person;
    }

    public int Paragraph { get; }

    public int Start { get; }

    public int End { get; }

    public PersonEntry Person { get; }
}

/// <summary>A decision of the name finder on a new name: where it stands, what the decision saw, and whether it is a person.</summary>
internal sealed record NameCandidate(int Paragraph, int Start, int End, string Name, IReadOnlyList<string> Signals, bool Accepted);
