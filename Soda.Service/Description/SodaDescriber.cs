using ObsCore.Model.Geometry;
using Soda.Service.Parameters;
using Soda.Service.Planning;
using Soda.Service.Values;
using Dali;

namespace Soda.Service.Description;

/// <summary>The SODA parameters as data for the host's service descriptors and capabilities.</summary>
public static class SodaDescriber
{
    public const string SyncStandardId = "ivo://ivoa.net/std/SODA#sync-1.0";
    public const string AsyncStandardId = "ivo://ivoa.net/std/SODA#async-1.0";

    /// <summary>For a descriptor that serves every dataset (TAP and SIAv2 results): the parameters without VALUES.</summary>
    public static IReadOnlyList<DescribedSodaParameter> Generic { get; } = [.. SodaParameters.All.Select(p => new DescribedSodaParameter(p))];

    /// <summary>
    /// For one image (a links response), with the values for which a cut yields data: the footprint
    /// as POLYGON's MAX and the smallest circle holding it as CIRCLE's, the band pass and exposure as
    /// BAND's and TIME's MIN and MAX (when known), and its states as POL's options. POL is left out
    /// for an image without polarisation states, since no value of it would give data.
    /// </summary>
    public static IReadOnlyList<DescribedSodaParameter> For(ImageCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        return [.. SodaParameters.All.Select(parameter => Describe(parameter, coverage)).OfType<DescribedSodaParameter>()];
    }

    private static DescribedSodaParameter? Describe(SodaParameter parameter, ImageCoverage coverage)
    {
        var plain = new DescribedSodaParameter(parameter);
        var footprint = coverage.Footprint;
        return parameter switch
        {
            _ when parameter == SodaParameters.Circle && footprint is not null => plain with { Max = CoveringCircleText(footprint) },
            _ when parameter == SodaParameters.Polygon && footprint is not null => plain with { Max = VerticesText(footprint) },
            _ when parameter == SodaParameters.Band => plain with { Min = Text(coverage.EmMin), Max = Text(coverage.EmMax) },
            _ when parameter == SodaParameters.Time => plain with { Min = Text(coverage.TMin), Max = Text(coverage.TMax) },
            _ when parameter == SodaParameters.Pol => coverage.PolarisationStates.Count > 0 ? plain with { Options = coverage.PolarisationStates } : null,
            _ => plain,
        };
    }

    /// <summary>"ra dec radius", the radius rounded up so that the written circle still holds the footprint.</summary>
    private static string CoveringCircleText(SkyPolygon footprint)
    {
        var (centre, radius) = CoveringCircle.Of(footprint.Vertices);
        var written = Math.Ceiling((radius + 1e-9) * 1e10) / 1e10;
        return $"{SkyPolygon.Format(centre.Ra)} {SkyPolygon.Format(centre.Dec)} {SkyPolygon.Format(written)}";
    }

    /// <summary>"ra1 dec1 ra2 dec2 ...", the footprint's vertices counter-clockwise as DALI's polygon wants them.</summary>
    private static string VerticesText(SkyPolygon footprint) =>
        string.Join(' ', footprint.Vertices.Select(v => $"{SkyPolygon.Format(v.Ra)} {SkyPolygon.Format(v.Dec)}"));

    private static string? Text(double? value) => value is { } number ? DaliNumbers.Format(number) : null;
}
