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
    /// A DALI geometry as a float8[] in degrees: point [lon, lat], circle [lon, lat, radius],
    /// polygon [lon1, lat1, lon2, lat2, ...]. Write the numbers space-separated.
    /// </summary>
    DegreesArray,

    /// <summary>An adql:REGION value already formatted by the SQL as STC-S text, e.g. <c>POLYGON ICRS 10 20 11 20 11 21</c>.</summary>
    StcsText,
}

/// <summary>A result column: its name and everything a VOTable FIELD declares, plus how its SQL value is encoded.</summary>
public sealed record OutputColumn(
    string Name,
    string Datatype,
    string? ArraySize,
    string? XType,
    string? Unit,
    string? Ucd,
    string? Utype,
    string? Description,
    SqlValueEncoding Encoding);
