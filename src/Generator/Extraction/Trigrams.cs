namespace Byline.Generator.Extraction;

/// <summary>
/// A table of the first three characters of ASCII words (letters, and the space of "a hundred"), folded to lower case:
/// "can a word starting here be one of these?" in one array read, before any look-up or comparison.
/// </summary>
internal static class Trigrams
{
    private const int Size = 27; // 26 letters and the space

    public static bool[] Table(System.Collections.Generic.IEnumerable<string> words)
    {
        var table = new bool[Size * Size * Size];
        foreach (var word in words)
        {
            var index = Index(word, 0);
            if (index < 0) throw new System.ArgumentException($"'{word}' does not start with three ASCII letters or spaces.", nameof(words));
            table[index] = true;
        }
        return table;
    }

    /// <summary>Whether the three characters whose <see cref="Index"/> this is begin one of the table's words.</summary>
    public static bool In(bool[] table, int index) => index >= 0 && table[index];

    /// <summary>The table index of the three characters at <paramref name="start"/>; -1 when they are not all ASCII letters or spaces.</summary>
    public static int Index(string text, int start)
    {
        if (start + 3 > text.Length) return -1;
        var index = 0;
        for (var i = start; i < start + 3; i++)
        {
            var c = text[i];
            int code;
            if (c == ' ') code = 26;
            else if ((uint)((c | 0x20) - 'a') < 26u) code = (c | 0x20) - 'a';
            else return -1;
            index = index * Size + code;
        }
        return index;
    }
}
