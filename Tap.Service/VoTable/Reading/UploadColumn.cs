using System.Globalization;
using System.Text;
using Adql.Semantics;
using Tap.Service.Protocol;
using VoTable;

namespace Tap.Service.VoTable.Reading;

/// <summary>
/// An uploaded FIELD as a column of the temporary table: its PostgreSQL type, its ADQL type for the
/// compiler, and the conversion of a TABLEDATA cell into PostgreSQL's COPY text format. DALI
/// point, circle and polygon (and STC-S polygons) become pg_sphere values, like published geometry.
/// </summary>
internal sealed class UploadColumn
{
    private readonly Func<string, string?> _convert;

    private UploadColumn(VoTableField field, AdqlType type, string sqlType, Func<string, string?> convert)
    {
        Field = field;
        Type = type;
        SqlType = sqlType;
        _convert = convert;
    }

    public VoTableField Field { get; }

    public AdqlType Type { get; }

    /// <summary>The column's PostgreSQL type in CREATE TABLE.</summary>
    public string SqlType { get; }

    public static UploadColumn For(VoTableField field, string source)
    {
        var scalar = string.IsNullOrEmpty(field.ArraySize) || field.ArraySize == "1";
        var text = field.Datatype.IsText();
        return (field.XType?.ToLowerInvariant(), field.Datatype) switch
        {
            ("timestamp", _) when text => new(field, AdqlType.Timestamp, "timestamp", Timestamp),
            ("point", VoTableDatatype.Double or VoTableDatatype.Float) => new(field, AdqlType.Point, "spoint", cell => Point(Numbers(cell, 2, 2))),
            ("circle", VoTableDatatype.Double or VoTableDatatype.Float) => new(field, AdqlType.Circle, "scircle", Circle),
            ("polygon", VoTableDatatype.Double or VoTableDatatype.Float) => new(field, AdqlType.Polygon, "spoly", cell => Polygon(Numbers(cell, 6, int.MaxValue))),
            ("adql:region" or "region", _) when text => new(field, AdqlType.Region, "spoly", StcsPolygon),
            (_, _) when text => new(field, scalar && field.Datatype == VoTableDatatype.Char && field.ArraySize is null ? AdqlType.Char : AdqlType.Varchar, "text", Text),
            (_, VoTableDatatype.Boolean) when scalar => new(field, AdqlType.Boolean, "boolean", Boolean),
            (_, VoTableDatatype.UnsignedByte or VoTableDatatype.Short) when scalar => new(field, AdqlType.Smallint, "smallint", cell => Integer(cell, short.MinValue, short.MaxValue)),
            (_, VoTableDatatype.Int) when scalar => new(field, AdqlType.Integer, "integer", cell => Integer(cell, int.MinValue, int.MaxValue)),
            (_, VoTableDatatype.Long) when scalar => new(field, AdqlType.Bigint, "bigint", cell => Integer(cell, long.MinValue, long.MaxValue)),
            (_, VoTableDatatype.Float) when scalar => new(field, AdqlType.Real, "real", Real),
            (_, VoTableDatatype.Double) when scalar => new(field, AdqlType.Double, "double precision", Real),
            _ => throw new DaliUsageException(
                $"{source}: FIELD {field.Name} (datatype {field.Datatype.ToVoTableName()}, arraysize {field.ArraySize ?? "1"}, xtype {field.XType ?? "none"}) cannot be uploaded; "
                + "columns must be numbers, booleans, text, timestamps, or DALI point, circle or polygon."),
        };
    }

    /// <summary>The catalogue column the compiler binds, with the FIELD's unit and UCD.</summary>
    public CatalogueColumn ToCatalogueColumn() => CatalogueColumn.Of(Field.Name, Type, Field.Unit, Field.Ucd);

    /// <summary>Appends the cell in COPY text format (\N for null); a value that does not fit the column is a usage error.</summary>
    public void AppendCopyText(StringBuilder line, string? cell, long row, string source)
    {
        string? value;
        try
        {
            value = cell is null ? null : _convert(cell);
        }
        catch (FormatException invalid)
        {
            throw new DaliUsageException($"{source}, row {row}, column {Field.Name}: '{Shorten(cell!)}' is not a valid {Field.Datatype.ToVoTableName()} value ({invalid.Message}).", invalid);
        }
        catch (OverflowException outOfRange)
        {
            throw new DaliUsageException($"{source}, row {row}, column {Field.Name}: '{Shorten(cell!)}' is out of range.", outOfRange);
        }

        if (value is null)
        {
            line.Append("\\N");
            return;
        }

        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => line.Append("\\\\"),
                '\t' => line.Append("\\t"),
                '\n' => line.Append("\\n"),
                '\r' => line.Append("\\r"),
                '\0' => throw new DaliUsageException($"{source}, row {row}, column {Field.Name}: text may not contain NUL characters."),
                _ => line.Append(c),
            };
        }
    }

    private static string Shorten(string cell) => cell.Length <= 40 ? cell : cell[..40] + "…";

    private static string Text(string cell) => cell;

    private static string? Boolean(string cell) => cell.Trim().ToUpperInvariant() switch
    {
        "T" or "TRUE" or "1" => "t",
        "F" or "FALSE" or "0" => "f",
        "?" or "" => null,
        _ => throw new FormatException("expected T, F, true, false, 1, 0 or ?"),
    };

    private static string? Integer(string cell, long min, long max)
    {
        var trimmed = cell.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        var value = long.Parse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return value < min || value > max ? throw new OverflowException() : value.ToString(CultureInfo.InvariantCulture);
    }

    private static string? Real(string cell)
    {
        var trimmed = cell.Trim();
        return trimmed.Length == 0 ? null : FormatReal(ParseReal(trimmed));
    }

    private static double ParseReal(string text) => text switch
    {
        "NaN" => double.NaN,
        "+Inf" or "Inf" or "Infinity" or "+Infinity" => double.PositiveInfinity,
        "-Inf" or "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static string FormatReal(double value) =>
        double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "Infinity"
        : double.IsNegativeInfinity(value) ? "-Infinity"
        : value.ToString("R", CultureInfo.InvariantCulture);

    private static string? Timestamp(string cell)
    {
        var trimmed = cell.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        // DALI: ISO 8601 in UTC, with an optional Z; stored as timestamp without time zone (UTC).
        var value = DateTime.Parse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        return value.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture);
    }

    /// <summary>The numbers of an array cell, between <paramref name="min"/> and <paramref name="max"/> of them, all finite; null when any is missing.</summary>
    private static double[]? Numbers(string cell, int min, int max)
    {
        var parts = cell.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        var values = Array.ConvertAll(parts, ParseReal);
        if (values.Any(double.IsNaN))
        {
            return null;
        }

        return values.Length < min || values.Length > max || values.Any(double.IsInfinity)
            ? throw new FormatException($"expected {(min == max ? min.ToString(CultureInfo.InvariantCulture) : $"at least {min}")} finite numbers")
            : values;
    }

    private static string Degrees(double value) => value.ToString("R", CultureInfo.InvariantCulture) + "d";

    private static string? Point(double[]? lonLat) => lonLat is null ? null : $"({Degrees(lonLat[0])},{Degrees(lonLat[1])})";

    private static string? Circle(string cell) =>
        Numbers(cell, 3, 3) is { } c ? $"<({Degrees(c[0])},{Degrees(c[1])}),{Degrees(c[2])}>" : null;

    private static string? Polygon(double[]? vertices)
    {
        if (vertices is null)
        {
            return null;
        }

        if (vertices.Length % 2 != 0)
        {
            throw new FormatException("a polygon needs pairs of numbers");
        }

        var points = Enumerable.Range(0, vertices.Length / 2).Select(i => $"({Degrees(vertices[2 * i])},{Degrees(vertices[(2 * i) + 1])})");
        return "{" + string.Join(',', points) + "}";
    }

    /// <summary>STC-S <c>POLYGON [frame] lon1 lat1 ...</c>; the frame, if any, must be ICRS (or unknown).</summary>
    private static string? StcsPolygon(string cell)
    {
        var words = cell.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        if (!string.Equals(words[0], "POLYGON", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException("only STC-S POLYGON regions can be uploaded");
        }

        var numbers = words.Skip(1).SkipWhile(word => !double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out _)).ToList();
        var frame = words.Skip(1).Take(words.Length - 1 - numbers.Count).ToList();
        if (frame.Any(word => !word.Equals("ICRS", StringComparison.OrdinalIgnoreCase) && !word.Equals("UNKNOWNFrame", StringComparison.OrdinalIgnoreCase)))
        {
            throw new FormatException("the frame must be ICRS");
        }

        return Polygon(Numbers(string.Join(' ', numbers), 6, int.MaxValue));
    }
}
