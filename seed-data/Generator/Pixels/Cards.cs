using System.Globalization;
using Fits;

namespace SeedData.Generator.Pixels;

/// <summary>Header cards with their values written as FITS value texts.</summary>
public static class Cards
{
    public static FitsCard Text(string keyword, string value, string comment) =>
        new(keyword, "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'", comment);

    public static FitsCard Integer(string keyword, long value, string comment) =>
        new(keyword, value.ToString(CultureInfo.InvariantCulture), comment);

    /// <summary>A real, always with a decimal point so readers take it as one (30.0, not 30).</summary>
    public static FitsCard Real(string keyword, double value, string comment) =>
        new(keyword, value.ToString("0.0##########", CultureInfo.InvariantCulture), comment);

    public static FitsCard Logical(string keyword, bool value, string comment) => new(keyword, value ? "T" : "F", comment);
}
