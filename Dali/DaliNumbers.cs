using System.Globalization;
namespace Dali;

/// <summary>
/// The numbers of a DALI value (VOTable's array serialisation: decimals separated by blanks, with
/// -Inf and +Inf spelled out where an open end is allowed), for every protocol. NaN, and a decimal
/// too large for a double, are never values.
/// </summary>
public static class DaliNumbers
{
    /// <summary>Every blank-separated number of <paramref name="text"/>; infinities allowed, NaN refused.</summary>
    public static double[] Parse(string parameter, string text) => Parse(parameter, Words(text));

    /// <summary>Each word as a number; infinities allowed, NaN refused.</summary>
    public static double[] Parse(string parameter, IEnumerable<string> words) =>
        words.Select(word => ParseOne(parameter, word)).ToArray();

    /// <summary>Splits on blanks (spaces, tabs, line ends, as a form field may hold).</summary>
    public static string[] Words(string text) => (text ?? throw new ArgumentNullException(nameof(text))).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The value when finite; otherwise a usage error naming <paramref name="what"/>.</summary>
    public static double Finite(string parameter, string what, double value) =>
        double.IsFinite(value) ? value : throw new DaliParameterException(parameter, $"{what} must be finite, not {Format(value)}");

    /// <summary>Invariant text that reads back to the same double, with DALI's spelling of the infinities.</summary>
    public static string Format(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    /// <summary>One number; the infinities only as DALI spells them.</summary>
    public static double ParseOne(string parameter, string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        switch (word.Trim().ToUpperInvariant())
        {
            case "-INF" or "-INFINITY":
                return double.NegativeInfinity;
            case "INF" or "+INF" or "INFINITY" or "+INFINITY":
                return double.PositiveInfinity;
        }

        return double.TryParse(word.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new DaliParameterException(parameter, $"'{word}' is not a number");
    }
}
