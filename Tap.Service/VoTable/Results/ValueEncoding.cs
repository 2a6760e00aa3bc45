namespace Tap.Service.VoTable.Results;

/// <summary>How the value the database returns becomes the value a result column declares.</summary>
internal enum ValueEncoding
{
    /// <summary>The SQL value as it is: a number, boolean or text.</summary>
    Scalar,

    /// <summary>A <c>double precision[]</c> holding a DALI point, circle or polygon in degrees, written as a double array.</summary>
    DaliGeometry,

    /// <summary>A <c>double precision[]</c> of polygon vertices in degrees, written as STC-S text <c>POLYGON ICRS ra1 dec1 ...</c>.</summary>
    StcsPolygon,

    /// <summary>A <c>timestamp</c>, written as a DALI timestamp: UTC ISO-8601 without offset.</summary>
    Timestamp,
}
