using System.Globalization;
using ObsCore.Model.Geometry;

namespace ObsCore.Model.Csv;

/// <summary>
/// The text form of column values in CSV files, both ways: what the committed sample is written in
/// and what the loader accepts from other tools. Empty text is NULL.
/// </summary>
public static class ColumnText
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.FFF";

    /// <summary>The CLR type a value of this column has in a generated or parsed row.</summary>
    public static Type ClrType(DataType type) => type.PostgresType switch
    {
        "smallint" => typeof(short),
        "integer" => typeof(int),
        "bigint" => typeof(long),
        "real" => typeof(float),
        "double precision" => typeof(double),
        "boolean" => typeof(bool),
        "text" => typeof(string),
        "timestamp without time zone" => typeof(DateTime),
        "spoly" => typeof(SkyPolygon),
        "spoint" => typeof(SkyPoint),
        _ => throw new NotSupportedException($"No text form for PostgreSQL type {type.PostgresType}"),
    };

    public static string Format(object? value) => value switch
    {
        null => "",
        string text => text,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime time => time.ToString(TimestampFormat, CultureInfo.InvariantCulture),
        SkyPolygon polygon => polygon.ToStcs(),
        SkyPoint point => $"{SkyPolygon.Format(point.Ra)} {SkyPolygon.Format(point.Dec)}",
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new NotSupportedException($"No text form for {value.GetType().Name}"),
    };

    /// <summary>Parses a field; throws <see cref="FormatException"/> with a message fit for the user.</summary>
    public static object? Parse(DataType type, string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var clrType = ClrType(type);
        return clrType == typeof(string) ? text
            : clrType == typeof(SkyPolygon) ? RegionText.ParsePolygon(text)
            : clrType == typeof(SkyPoint) ? RegionText.ParsePoint(text)
            : clrType == typeof(DateTime) ? ParseTimestamp(text)
            : clrType == typeof(bool) ? ParseBoolean(text)
            : ParseNumber(clrType, text);
    }

    private static object ParseNumber(Type clrType, string text)
    {
        const NumberStyles integer = NumberStyles.Integer;
        const NumberStyles real = NumberStyles.Float;
        var invariant = CultureInfo.InvariantCulture;
        object? value = clrType == typeof(short) && short.TryParse(text, integer, invariant, out var s) ? s
            : clrType == typeof(int) && int.TryParse(text, integer, invariant, out var i) ? i
            : clrType == typeof(long) && long.TryParse(text, integer, invariant, out var l) ? l
            : clrType == typeof(float) && float.TryParse(text, real, invariant, out var f) ? f
            : clrType == typeof(double) && double.TryParse(text, real, invariant, out var d) ? d
            : null;
        var kind = clrType == typeof(float) || clrType == typeof(double) ? "a number" : "an integer";
        return value ?? throw new FormatException($"'{text}' is not {kind}");
    }

    private static DateTime ParseTimestamp(string text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new FormatException($"'{text}' is not an ISO-8601 timestamp");

    private static bool ParseBoolean(string text) =>
        text.ToUpperInvariant() switch
        {
            "TRUE" or "T" or "1" => true,
            "FALSE" or "F" or "0" => false,
            _ => throw new FormatException($"'{text}' is not a boolean"),
        };
}
