namespace Adql.Semantics;

/// <summary>
/// The types ADQL computes with. Geometry types are stored as pg_sphere values: POINT as spoint,
/// CIRCLE as scircle, POLYGON and REGION as spoly.
/// </summary>
public enum AdqlType
{
    /// <summary>Not known, e.g. after an error or for NULL; compatible with everything so errors do not cascade.</summary>
    Unknown,
    Boolean,
    Smallint,
    Integer,
    Bigint,
    Real,
    Double,
    Char,
    Varchar,
    Timestamp,
    Point,
    Circle,
    Polygon,
    Region,
}

public static class AdqlTypes
{
    public static bool IsInteger(this AdqlType type) => type is AdqlType.Smallint or AdqlType.Integer or AdqlType.Bigint;

    public static bool IsNumeric(this AdqlType type) => type.IsInteger() || type is AdqlType.Real or AdqlType.Double;

    public static bool IsString(this AdqlType type) => type is AdqlType.Char or AdqlType.Varchar;

    public static bool IsGeometry(this AdqlType type) => type is AdqlType.Point or AdqlType.Circle or AdqlType.Polygon or AdqlType.Region;

    /// <summary>A region in the ADQL sense: any geometry with an area (everything but a point).</summary>
    public static bool IsArea(this AdqlType type) => type is AdqlType.Circle or AdqlType.Polygon or AdqlType.Region;

    /// <summary>
    /// The ADQL type of a column as TAP_SCHEMA describes it (VOTable datatype, arraysize, xtype), for
    /// catalogue implementations that read TAP_SCHEMA.
    /// </summary>
    public static AdqlType FromVoTable(string datatype, string? arraySize, string? xtype)
    {
        ArgumentNullException.ThrowIfNull(datatype);
        switch (xtype?.ToUpperInvariant())
        {
            case "TIMESTAMP":
                return AdqlType.Timestamp;
            case "POINT":
                return AdqlType.Point;
            case "CIRCLE":
                return AdqlType.Circle;
            case "POLYGON":
                return AdqlType.Polygon;
            case "ADQL:REGION" or "REGION" or "SHAPE":
                return AdqlType.Region;
        }

        return datatype.ToUpperInvariant() switch
        {
            "BOOLEAN" => AdqlType.Boolean,
            "SHORT" or "UNSIGNEDBYTE" => AdqlType.Smallint,
            "INT" => AdqlType.Integer,
            "LONG" => AdqlType.Bigint,
            "FLOAT" => AdqlType.Real,
            "DOUBLE" => AdqlType.Double,
            "CHAR" or "UNICODECHAR" => arraySize is null || arraySize.Contains('*', StringComparison.Ordinal) ? AdqlType.Varchar : AdqlType.Char,
            _ => AdqlType.Unknown,
        };
    }
}

/// <summary>How a value of an ADQL type is described in VOTable (DALI for geometry and timestamps).</summary>
public readonly record struct VoTableType(string Datatype, string? ArraySize, string? XType)
{
    public static VoTableType For(AdqlType type) => type switch
    {
        AdqlType.Boolean => new("boolean", null, null),
        AdqlType.Smallint => new("short", null, null),
        AdqlType.Integer => new("int", null, null),
        AdqlType.Bigint => new("long", null, null),
        AdqlType.Real => new("float", null, null),
        AdqlType.Double => new("double", null, null),
        AdqlType.Timestamp => new("char", "*", "timestamp"),
        AdqlType.Point => new("double", "2", "point"),
        AdqlType.Circle => new("double", "3", "circle"),
        AdqlType.Polygon => new("double", "*", "polygon"),
        AdqlType.Region => new("char", "*", "adql:REGION"),
        _ => new("char", "*", null),
    };
}
