using VoTable;

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
    public static AdqlType FromVoTable(VoTableType votable)
    {
        switch (votable.XType?.ToUpperInvariant())
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

        return votable.Datatype switch
        {
            VoTableDatatype.Boolean => AdqlType.Boolean,
            VoTableDatatype.Short or VoTableDatatype.UnsignedByte => AdqlType.Smallint,
            VoTableDatatype.Int => AdqlType.Integer,
            VoTableDatatype.Long => AdqlType.Bigint,
            VoTableDatatype.Float => AdqlType.Real,
            VoTableDatatype.Double => AdqlType.Double,
            VoTableDatatype.Char or VoTableDatatype.UnicodeChar =>
                votable.ArraySize is null || votable.ArraySize.Contains('*', StringComparison.Ordinal) ? AdqlType.Varchar : AdqlType.Char,
            _ => AdqlType.Unknown,
        };
    }

    /// <summary>How a value of an ADQL type is described in VOTable (DALI for geometry and timestamps).</summary>
    public static VoTableType ToVoTable(this AdqlType type) => type switch
    {
        AdqlType.Boolean => new(VoTableDatatype.Boolean),
        AdqlType.Smallint => new(VoTableDatatype.Short),
        AdqlType.Integer => new(VoTableDatatype.Int),
        AdqlType.Bigint => new(VoTableDatatype.Long),
        AdqlType.Real => new(VoTableDatatype.Float),
        AdqlType.Double => new(VoTableDatatype.Double),
        AdqlType.Timestamp => new(VoTableDatatype.Char, "*", "timestamp"),
        AdqlType.Point => new(VoTableDatatype.Double, "2", "point"),
        AdqlType.Circle => new(VoTableDatatype.Double, "3", "circle"),
        AdqlType.Polygon => new(VoTableDatatype.Double, "*", "polygon"),
        AdqlType.Region => new(VoTableDatatype.Char, "*", "adql:REGION"),
        _ => new(VoTableDatatype.Char, "*"),
    };
}
