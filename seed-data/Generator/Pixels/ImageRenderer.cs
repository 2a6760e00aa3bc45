using Fits.Wcs;
using SeedData.Generator.Camera;
using SeedData.Generator.Products;
using SeedData.Generator.Randomness;
using SeedData.Generator.Sky;
using SeedData.Generator.SkyMap;
using SeedData.Generator.Survey;

namespace SeedData.Generator.Pixels;

/// <summary>
/// Plans and draws the image of a dataset from its metadata: the stars of the sky catalogue through
/// the image's WCS, with a Gaussian PSF of the visit's seeing, the sky and its noise, the detector's
/// bad columns, in Rubin's layout for its kind. The same request always gives the same bytes.
/// </summary>
public static class ImageRenderer
{
    /// <summary>A coadd's PSF (FWHM, arcsec) and how many 30 s visits it stacks.</summary>
    public const double CoaddSeeing = 0.9;
    public const int CoaddDepth = 10;

    /// <summary>A difference image's noise is the science image's plus a deeper template's.</summary>
    public const double TemplateNoise = 0.25;

    private const ulong NoiseKey = 0x401_5E;
    private const ulong UnknownVisitKey = 0x715_17;

    /// <summary>
    /// The file of a dataset, its headers complete and its pixels drawn when they are written. Its
    /// WCS is the TAN WCS that puts the pixel corners on the footprint's corners.
    /// </summary>
    /// <exception cref="ArgumentException">The footprint is no convex quadrilateral.</exception>
    public static ImagePlan Plan(RenderRequest request, SkyCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(catalogue);
        var wcs = TanWcs.FromFootprint(request.Naxis1, request.Naxis2, [.. request.Footprint.Select(corner => (corner.Ra, corner.Dec))]);
        var kind = request.Kind;
        var band = request.Band ?? Band.R;
        var seeing = kind == ImageKind.Coadd ? CoaddSeeing
            : Visit.Seeing(request.Visit ?? (long)SeededRandom.Key(UnknownVisitKey, request.Id), band);
        var exposure = new Exposure(band, Visit.ExposureTime.TotalSeconds, seeing);
        var depth = kind == ImageKind.Coadd ? CoaddDepth : 1;
        var origin = kind == ImageKind.Coadd && Identifiers.CoaddOf(request.Id) is { } coadd ? Tract.PatchOrigin(coadd.Patch) : (0, 0);
        var headers = new ImageHeaders(request, exposure, depth, origin, [.. wcs.ToCards()]);
        var (width, height) = (request.Naxis1, request.Naxis2);

        var field = new Lazy<StarField>(() => StarField.Place(catalogue, request.Footprint, wcs.TrySkyToPixel, width, height, LsstCam.PixelScaleArcsec));
        var psf = new GaussianPsf(exposure.PsfSigmaPixels);
        var cutoff = 0.01 * Math.Sqrt((exposure.SkyElectrons + Sensor.ReadNoise * Sensor.ReadNoise) / depth);
        var mjd = request.Mjd ?? 0;
        // A CCD image sees a variable star as it was at the time; a coadd, as it is on average.
        Func<Sky.Star, double> light = kind == ImageKind.Coadd
            ? star => exposure.Electrons(star.Flux(band))
            : star => exposure.Electrons(star.Flux(band) + star.FluxChange(band, mjd));
        var scene = new Lazy<PixelScene>(() => new PixelScene(
            width,
            height,
            field.Value.Draw(psf, light, cutoff),
            exposure.SkyElectrons,
            kind == ImageKind.Coadd ? [] : Sensor.BadColumns(request.Detector ?? (long)SeededRandom.Key(0, request.Id), width, height),
            request.Visit is { } visit && request.Detector is { } detector && kind != ImageKind.Coadd
                ? SeededRandom.Key(SeededRandom.Key(NoiseKey, visit), detector)
                : SeededRandom.Key(NoiseKey, request.Id)));

        if (kind == ImageKind.Raw)
        {
            return new ImagePlan(null, [new ImagePlane<ushort>(width, height, [.. headers.Raw()], () => RawPixels.Draw(scene.Value))]);
        }

        var planes = new Lazy<CalibratedPlanes>(() => new CalibratedPixels(
                exposure.NanojanskyPerElectron,
                depth,
                kind == ImageKind.Difference ? field.Value.Draw(psf, star => exposure.Electrons(star.FluxChange(band, mjd)), cutoff) : null,
                kind == ImageKind.Difference ? TemplateNoise : 0)
            .Draw(scene.Value));
        return new ImagePlan(
            [.. headers.Primary()],
            [
                new ImagePlane<float>(width, height, [.. headers.Plane("IMAGE", "nJy", [])], () => planes.Value.Image),
                new ImagePlane<int>(width, height, [.. headers.Plane("MASK", null, MaskPlanes.Cards())], () => planes.Value.Mask),
                new ImagePlane<float>(width, height, [.. headers.Plane("VARIANCE", "nJy**2", [])], () => planes.Value.Variance),
            ]);
    }
}
