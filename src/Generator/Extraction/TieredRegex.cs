using System.Text.RegularExpressions;
using System.Threading;

namespace Byline.Generator.Extraction;

/// <summary>
/// A regular expression that is interpreted until it has been used often, then compiled, as the runtime's tiered JIT
/// treats methods. Compiling an expression (<see cref="RegexOptions.Compiled"/>) emits code the JIT must then compile:
/// with every expression compiled up front, extraction's first article cost a cold build about a second of JIT, most of
/// it for expressions a small project runs a few hundred times. Interpreted, the first article takes a tenth of that;
/// an expression that a large corpus runs thousands of times is compiled then, when its cost is repaid.
/// </summary>
/// <remarks>
/// Both forms match alike and number their groups alike. The swap is safe across threads: a <see cref="Regex"/> is
/// immutable, the reference is replaced whole, and only the use that the count makes the 2,000th compiles.
/// </remarks>
internal sealed class TieredRegex
{
    /// <summary>Uses after which the expression is compiled: about a hundred articles' worth for the busiest expressions.</summary>
    internal const int UsesBeforeCompiling = 2_000;

    private readonly string _pattern;
    private readonly RegexOptions _options;
    private Regex _regex;
    private int _uses;

    public TieredRegex(string pattern, RegexOptions options)
    {
        _pattern = pattern;
        _options = options & ~RegexOptions.Compiled;
        _regex = new Regex(pattern, _options);
    }

    /// <summary>Whether the compiled form is in use.</summary>
    public bool IsCompiled => (_regex.Options & RegexOptions.Compiled) != 0;

    /// <summary>The expression to run now; each call counts as a use.</summary>
    public Regex Current
    {
        get
        {
            if (Volatile.Read(ref _uses) < UsesBeforeCompiling && Interlocked.Increment(ref _uses) == UsesBeforeCompiling)
                Volatile.Write(ref _regex, new Regex(_pattern, _options | RegexOptions.Compiled));
            return Volatile.Read(ref _regex);
        }
    }

    public Match Match(string input) => Current.Match(input);

    public Match Match(string input, int startat) => Current.Match(input, startat);

    public Match Match(string input, int beginning, int length) => Current.Match(input, beginning, length);

    public bool IsMatch(string input) => Current.IsMatch(input);

    public string Replace(string input, string replacement) => Current.Replace(input, replacement);

    public string[] Split(string input) => Current.Split(input);

    /// <summary>The number of a named group, the same in both forms; not a use.</summary>
    public int GroupNumberFromName(string name) => _regex.GroupNumberFromName(name);

    public override string ToString() => _pattern;
}
