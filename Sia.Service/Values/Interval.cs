namespace Sia.Service.Values;

/// <summary>A closed interval; either end may be infinite, meaning open on that side.</summary>
public sealed record Interval(double Lower, double Upper)
{
    /// <summary>"lo hi", or one number meaning the point [v, v].</summary>
    public static Interval Parse(string parameter, string text)
    {
        var words = Numbers.Words(text);
        return words.Length switch
        {
            1 => Point(Numbers.ParseDouble(parameter, words[0])),
            2 => new Interval(Numbers.ParseDouble(parameter, words[0]), Numbers.ParseDouble(parameter, words[1])),
            _ => throw new SiaUsageException(parameter, $"'{text}' is not an interval: expected one value or two (lower upper)"),
        };
    }

    private static Interval Point(double value) =>
        double.IsInfinity(value) ? new Interval(double.NegativeInfinity, double.PositiveInfinity) : new Interval(value, value);

    /// <summary>
    /// The ADQL condition "[minColumn, maxColumn] overlaps this interval", without the comparisons
    /// an infinite end makes always true; null when nothing is left (the interval is everything).
    /// </summary>
    public string? OverlapAdql(string minColumn, string maxColumn) =>
        Conjunction(Lower, $" <= {maxColumn}", Upper, $"{minColumn} <= ");

    /// <summary>The ADQL condition "column lies in this interval", or null for the whole line.</summary>
    public string? ContainsAdql(string column) =>
        Conjunction(Lower, $" <= {column}", Upper, $"{column} <= ");

    private static string? Conjunction(double lower, string lowerSuffix, double upper, string upperPrefix)
    {
        var parts = new List<string>(2);
        if (!double.IsInfinity(lower))
        {
            parts.Add(Numbers.ToAdql(lower) + lowerSuffix);
        }

        if (!double.IsInfinity(upper))
        {
            parts.Add(upperPrefix + Numbers.ToAdql(upper));
        }

        return parts.Count == 0 ? null : string.Join(" AND ", parts);
    }
}
