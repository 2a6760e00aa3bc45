namespace ObsCore.Model;

/// <summary>
/// How a published column is typed: its VOTable serialisation (what TAP_SCHEMA and result
/// FIELDs declare) and its PostgreSQL storage type (what the DDL in schema/ must create).
/// </summary>
public sealed record DataType(string VoTableType, string? ArraySize, string? XType, string PostgresType)
{
    public static readonly DataType Short = new("short", null, null, "smallint");
    public static readonly DataType Int = new("int", null, null, "integer");
    public static readonly DataType Long = new("long", null, null, "bigint");
    public static readonly DataType Float = new("float", null, null, "real");
    public static readonly DataType Double = new("double", null, null, "double precision");
    public static readonly DataType Boolean = new("boolean", null, null, "boolean");
    public static readonly DataType Text = new("char", "*", null, "text");

    /// <summary>DALI timestamp: ISO-8601 UTC without offset.</summary>
    public static readonly DataType Timestamp = new("char", "*", "timestamp", "timestamp without time zone");

    /// <summary>
    /// ObsCore types s_region as an ADQL region; TAP validators expect a char column with this xtype,
    /// so the footprint is published as STC-S text while the database holds a pg_sphere polygon.
    /// </summary>
    public static readonly DataType Region = new("char", "*", "adql:REGION", "spoly");

    /// <summary>DALI point: two doubles (longitude, latitude) in degrees, stored as a pg_sphere point.</summary>
    public static readonly DataType Point = new("double", "2", "point", "spoint");

    public bool IsGeometry => PostgresType is "spoly" or "spoint";
}
