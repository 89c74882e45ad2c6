namespace Byline;

/// <summary>A figure a claim states, typed: "at least 18 of the alliance's 32 member countries", "2%", "$4.5bn".</summary>
public sealed class Figure
{
    internal Figure(string text, double? value, FigureKind kind, string? unit, double? @base, string? qualifier)
    {
        Text = text;
        Value = value;
        Kind = kind;
        Unit = unit;
        Base = @base;
        Qualifier = qualifier;
    }

    /// <summary>The figure as written ("18 of the alliance's 32 member countries").</summary>
    public string Text { get; }

    /// <summary>The numeric value (18, 2 for "2%", 4.5e9 for "$4.5bn"), when it has one.</summary>
    public double? Value { get; }

    /// <summary>What the figure measures.</summary>
    public FigureKind Kind { get; }

    /// <summary>The unit or currency ("%", "USD", "years", "countries"), if any.</summary>
    public string? Unit { get; }

    /// <summary>For a count out of a whole, the whole (32 in "18 of 32").</summary>
    public double? Base { get; }

    /// <summary>An approximation the text puts on the figure ("at least", "more than", "nearly"), if any.</summary>
    public string? Qualifier { get; }

    /// <summary>The text.</summary>
    public override string ToString() => Text;
}

/// <summary>What a <see cref="Figure"/> measures.</summary>
public enum FigureKind
{
    /// <summary>A plain number.</summary>
    Number,

    /// <summary>A percentage ("2%", "11 per cent").</summary>
    Percentage,

    /// <summary>An amount of money with its currency.</summary>
    Money,

    /// <summary>A count out of a whole ("18 of 32").</summary>
    Count,

    /// <summary>A ratio or fraction ("a third", "one in five").</summary>
    Ratio,

    /// <summary>A length of time ("75 years", "four months").</summary>
    Duration,

    /// <summary>An age ("aged 34").</summary>
    Age,

    /// <summary>A multiple or change ("more than doubled", "rose by 3.2 points").</summary>
    Multiple,

    /// <summary>A year or date that carries the fact.</summary>
    Date,
}
