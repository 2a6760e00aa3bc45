using System.Globalization;
using Dali;

namespace Sia.Service.Values;

/// <summary>Numbers as SIAv2 writes them (DALI: decimal, with -Inf/+Inf for open ends).</summary>
internal static class Numbers
{
    public static double ParseDouble(string parameter, string text)
    {
        var trimmed = text.Trim();
        switch (trimmed.ToUpperInvariant())
        {
            case "-INF" or "-INFINITY":
                return double.NegativeInfinity;
            case "INF" or "+INF" or "INFINITY" or "+INFINITY":
                return double.PositiveInfinity;
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        throw new DaliParameterException(parameter, $"'{text}' is not a number");
    }

    public static long ParseInteger(string parameter, string text) =>
        long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DaliParameterException(parameter, $"'{text}' is not an integer");

    /// <summary>Splits on blanks; SIAv2 separates the numbers of one value by spaces.</summary>
    public static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
