using Dali;

namespace Soda.Service.Values;

/// <summary>
/// A DALI floating-point interval (BAND in metres, TIME in MJD): both ends included, an infinite end
/// leaving that side open. A single value is written as the pair "v v", as DALI 1.1 requires.
/// </summary>
public readonly record struct Interval(double Lower, double Upper)
{
    /// <summary>"lower upper", either end -Inf or +Inf for an open side.</summary>
    public static Interval Parse(string parameter, string text)
    {
        var numbers = DaliNumbers.Parse(parameter, text);
        if (numbers.Length != 2)
        {
            throw new DaliParameterException(parameter,
                $"'{text}' is not an interval: give two numbers, lower and upper (-Inf or +Inf for an open end; 'v v' for one value)");
        }

        var (lower, upper) = (numbers[0], numbers[1]);
        if (double.IsPositiveInfinity(lower) || double.IsNegativeInfinity(upper))
        {
            throw new DaliParameterException(parameter, $"'{text}' is empty: the lower end cannot be +Inf nor the upper end -Inf");
        }

        return lower <= upper
            ? new Interval(lower, upper)
            : throw new DaliParameterException(parameter,
                $"the lower end {DaliNumbers.Format(lower)} is greater than the upper end {DaliNumbers.Format(upper)}");
    }

    /// <summary>
    /// Whether this interval meets the data's extent [<paramref name="min"/>, <paramref name="max"/>];
    /// an unknown (null) end of the extent is taken as open, so a cut along an axis the data does
    /// not describe removes nothing.
    /// </summary>
    public bool Overlaps(double? min, double? max) =>
        Lower <= (max ?? double.PositiveInfinity) && Upper >= (min ?? double.NegativeInfinity);

    /// <summary>The DALI text, which <see cref="Parse"/> reads back.</summary>
    public override string ToString() => $"{DaliNumbers.Format(Lower)} {DaliNumbers.Format(Upper)}";
}
