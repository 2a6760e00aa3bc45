using System.Globalization;
using Fits.Wcs;
using ObsCore.Model.Geometry;
using SeedData.Generator.Pixels;
using SeedData.Generator.Survey;

namespace SeedData.Generator.Tests;

/// <summary>Render requests for images made up by the tests, at the survey's 0.2"/pixel.</summary>
internal static class TestImages
{
    public const double Scale = 0.2 / 3600;

    /// <summary>The footprint of an image: the sky positions of the outer corners of its corner pixels, in s_region's order.</summary>
    public static SkyPoint[] Footprint(TanWcs wcs, int width, int height) =>
        [.. new[] { (0.5, 0.5), (width + 0.5, 0.5), (width + 0.5, height + 0.5), (0.5, height + 0.5) }
            .Select(p => wcs.PixelToSky(p.Item1, p.Item2)).Select(s => new SkyPoint(s.Ra, s.Dec))];

    /// <summary>
    /// A 1500x1200 image about a centre, north up and east left turned by the rotation, of the
    /// dataset "type/visit/detector" or, for a coadd, "deepCoadd/tract/patch/band".
    /// </summary>
    public static RenderRequest Small(SkyPoint centre, double rotationDegrees, string datasetType, string localId)
    {
        const int width = 1500, height = 1200;
        var (sin, cos) = Math.SinCos(double.DegreesToRadians(rotationDegrees));
        var wcs = new TanWcs((width + 1) / 2.0, (height + 1) / 2.0, centre.Ra, centre.Dec, new CdMatrix(-Scale * cos, Scale * sin, Scale * sin, Scale * cos));
        var parts = localId.Split('/');
        var isCoadd = ImageKinds.Of(datasetType) == ImageKind.Coadd;
        return new RenderRequest($"ivo://lsst.example.org/images?{localId}", datasetType, width, height, Footprint(wcs, width, height))
        {
            Band = isCoadd ? Band.I : Band.R,
            Visit = isCoadd ? null : long.Parse(parts[1], CultureInfo.InvariantCulture),
            Detector = isCoadd ? null : int.Parse(parts[2], CultureInfo.InvariantCulture),
            Mjd = 61345.37,
        };
    }
}
