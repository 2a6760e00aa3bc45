using VoTable;

namespace ObsCore.Model;

/// <summary>
/// How a published column is typed: its VOTable serialisation (what TAP_SCHEMA and result
/// FIELDs declare) and its PostgreSQL storage type (what the DDL in schema/ must create).
/// </summary>
public sealed record DataType(VoTableType VoTable, string PostgresType)
{
    public static readonly DataType Short = new(new(VoTableDatatype.Short), "smallint");
    public static readonly DataType Int = new(new(VoTableDatatype.Int), "integer");
    public static readonly DataType Long = new(new(VoTableDatatype.Long), "bigint");
    public static readonly DataType Float = new(new(VoTableDatatype.Float), "real");
    public static readonly DataType Double = new(new(VoTableDatatype.Double), "double precision");
    public static readonly DataType Boolean = new(new(VoTableDatatype.Boolean), "boolean");
    public static readonly DataType Text = new(new(VoTableDatatype.Char, "*"), "text");

    /// <summary>DALI timestamp: ISO-8601 UTC without offset.</summary>
    public static readonly DataType Timestamp = new(new(VoTableDatatype.Char, "*", "timestamp"), "timestamp without time zone");

    /// <summary>
    /// ObsCore types s_region as an ADQL region; TAP validators expect a char column with this xtype,
    /// so the footprint is published as STC-S text while the database holds a pg_sphere polygon.
    /// </summary>
    public static readonly DataType Region = new(new(VoTableDatatype.Char, "*", "adql:REGION"), "spoly");

    /// <summary>DALI point: two doubles (longitude, latitude) in degrees, stored as a pg_sphere point.</summary>
    public static readonly DataType Point = new(new(VoTableDatatype.Double, "2", "point"), "spoint");

    public bool IsGeometry => PostgresType is "spoly" or "spoint";
}
