using System.Globalization;
using Dali;

namespace Sia.Service.Values;

/// <summary>Integers as SIAv2 writes them; decimals are DALI's (<see cref="DaliNumbers"/>).</summary>
internal static class Numbers
{
    public static long ParseInteger(string parameter, string text) =>
        long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DaliParameterException(parameter, $"'{text}' is not an integer");
}
