using ObsCore.Model;
using VoTable;

namespace Soda.Service.Parameters;

/// <summary>
/// The standard parameters of SODA 1.0 the service supports, with the UCDs and units of its table of
/// three-factor semantics (§3.4), which clients use to recognise them.
/// </summary>
public static class SodaParameters
{
    private static readonly VoTableType Text = new(VoTableDatatype.Char, "*");
    private static readonly VoTableType DaliInterval = new(VoTableDatatype.Double, "2", "interval");

    public static readonly SodaParameter Id = new("ID", Text, null, "meta.ref.url;meta.curation",
        "The publisher's identifier of the dataset to cut (obs_publisher_did).");

    public static readonly SodaParameter Pos = new("POS", Text, null, "pos.outline;obs",
        "Region to cut out, ICRS degrees: CIRCLE ra dec radius, RANGE ra1 ra2 dec1 dec2 (ra1 > ra2 crosses RA 0; -Inf/+Inf for open ends), or POLYGON ra1 dec1 ra2 dec2 ...");

    public static readonly SodaParameter Circle = new("CIRCLE", new VoTableType(VoTableDatatype.Double, "3", "circle"), "deg", "pos.outline;obs",
        "Circle the cutout must hold: ICRS centre RA and Dec, and radius.");

    public static readonly SodaParameter Polygon = new("POLYGON", new VoTableType(VoTableDatatype.Double, "*", "polygon"), "deg", "pos.outline;obs",
        "Polygon the cutout must hold: ICRS RA and Dec of its vertices, at least three.");

    public static readonly SodaParameter Band = new("BAND", DaliInterval, "m", "em.wl;stat.interval",
        "Vacuum wavelength interval, lower and upper; the image is kept when its band pass meets it.");

    public static readonly SodaParameter Time = new("TIME", DaliInterval, "d", "time.interval;obs.exposure",
        "Time interval (MJD, UTC), lower and upper; the image is kept when its exposure meets it.");

    public static readonly SodaParameter Pol = new("POL", Text, null, "meta.code;phys.polarization",
        "Polarisation state to keep; repeat for several. The image is kept when it has one of them.");

    /// <summary>Every parameter, in the order descriptors list them.</summary>
    public static readonly IReadOnlyList<SodaParameter> All = [Id, Pos, Circle, Polygon, Band, Time, Pol];

    /// <summary>The parameters that give the spatial cut; a request uses one of them.</summary>
    public static readonly IReadOnlyList<SodaParameter> Spatial = [Pos, Circle, Polygon];
}
