using VoTable;

namespace Adql.Translation;

/// <summary>
/// How the SQL delivers a result column's value, so a result writer knows what it reads.
/// </summary>
public enum SqlValueEncoding
{
    /// <summary>A number, string or boolean, written as its VOTable datatype says (numeric may arrive as decimal).</summary>
    Plain,

    /// <summary>
    /// A DALI timestamp already formatted by the SQL: text <c>YYYY-MM-DDThh:mm:ss.sss</c>, UTC, no offset.
    /// Write it as it is.
    /// </summary>
    IsoTimestamp,

    /// <summary>
    /// A DALI point or circle as a float8[] in degrees: point [lon, lat], circle [lon, lat, radius].
    /// Write the numbers space-separated.
    /// </summary>
    DegreesArray,

    /// <summary>
    /// A polygon (a DALI polygon, or an adql:REGION, which is always a polygon here) as pg_sphere's
    /// own text of it, <c>{(lon1 , lat1),(lon2 , lat2),...}</c> in radians (pg_sphere's default output,
    /// which the service never changes). pg_sphere has no accessor for the vertices, and taking that
    /// text apart in SQL cost PostgreSQL about 15 µs a row, more than the rest of a row; the writer
    /// converts it to degrees, as numbers (polygon) or STC-S <c>POLYGON ICRS lon1 lat1 ...</c> (region).
    /// </summary>
    PolygonText,
}

/// <summary>A result column: its name and everything a VOTable FIELD declares, plus how its SQL value is encoded.</summary>
public sealed record OutputColumn(
    string Name,
    VoTableType VoTable,
    string? Unit,
    string? Ucd,
    string? Utype,
    string? Description,
    SqlValueEncoding Encoding);
