using Adql.Syntax;
using Dali;
using static Adql.Syntax.SyntaxFactory;

namespace Sia.Service.Values;

/// <summary>A closed interval; either end may be infinite, meaning open on that side.</summary>
public sealed record Interval(double Lower, double Upper)
{
    /// <summary>"lo hi", or one number meaning the point [v, v].</summary>
    public static Interval Parse(string parameter, string text)
    {
        var words = DaliNumbers.Words(text);
        return words.Length switch
        {
            1 => Point(DaliNumbers.ParseOne(parameter, words[0])),
            2 => new Interval(DaliNumbers.ParseOne(parameter, words[0]), DaliNumbers.ParseOne(parameter, words[1])),
            _ => throw new DaliParameterException(parameter, $"'{text}' is not an interval: expected one value or two (lower upper)"),
        };
    }

    private static Interval Point(double value) =>
        double.IsInfinity(value) ? new Interval(double.NegativeInfinity, double.PositiveInfinity) : new Interval(value, value);

    /// <summary>
    /// The condition "[minColumn, maxColumn] overlaps this interval", without the comparisons an
    /// infinite end makes always true; null when nothing is left (the interval is everything).
    /// </summary>
    public Expression? Overlaps(string minColumn, string maxColumn) => Within(Column(maxColumn), Column(minColumn));

    /// <summary>The condition "column lies in this interval", or null for the whole line.</summary>
    public Expression? Contains(string column) => Within(Column(column), Column(column));

    /// <summary>lower &lt;= <paramref name="atLeastLower"/> AND <paramref name="atMostUpper"/> &lt;= upper, for the finite ends.</summary>
    private Expression? Within(Expression atLeastLower, Expression atMostUpper)
    {
        var conditions = new List<Expression>(2);
        if (!double.IsInfinity(Lower))
        {
            conditions.Add(Compare(Number(Lower), ComparisonOperator.LessOrEqual, atLeastLower));
        }

        if (!double.IsInfinity(Upper))
        {
            conditions.Add(Compare(atMostUpper, ComparisonOperator.LessOrEqual, Number(Upper)));
        }

        return AllOf(conditions);
    }
}
