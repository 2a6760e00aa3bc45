using System.Globalization;
using Fits;
using SeedData.Generator.Camera;
using SeedData.Generator.Products;
using SeedData.Generator.Survey;

namespace SeedData.Generator.Pixels;

/// <summary>
/// The header cards of a rendered image in Rubin's layout: what the dataset is (identifier, type,
/// band, visit, detector or tract and patch, time, exposure) in the primary header, and in each
/// pixel HDU its name, the celestial WCS and afw's XY0 as the alternate WCS 'A' with LTV1/LTV2.
/// </summary>
/// <param name="Origin">XY0: where pixel (1, 1) lies in the parent grid (0-based), the patch's place in its tract.</param>
/// <param name="CelestialWcs">The cards of the image's TAN WCS.</param>
public sealed record ImageHeaders(RenderRequest Request, Exposure Exposure, int StackDepth, (int X, int Y) Origin, IReadOnlyList<FitsCard> CelestialWcs)
{
    /// <summary>What the dataset is; the primary header of a multi-HDU image, the start of a raw's only header.</summary>
    public IEnumerable<FitsCard> Primary()
    {
        yield return Cards.Text("ORIGIN", "SeedData.Generator", "Synthetic Rubin-like survey");
        yield return Cards.Text("TELESCOP", LsstCam.Facility, "Telescope");
        yield return Cards.Text("INSTRUME", LsstCam.Instrument, "Camera");
        // A comment, which CFITSIO continues over as many cards as it takes: a string value is cut at 68 characters.
        yield return new FitsCard("COMMENT", null, "Dataset (ObsCore obs_publisher_did): " + Request.Id);
        yield return Cards.Text("DSTYPE", Request.DatasetType, "Butler dataset type");
        yield return Cards.Text("FILTER", Exposure.Band.Filter, "Physical filter");
        yield return Cards.Text("BAND", Exposure.Band.Name, "Abstract filter (band)");
        if (Request.Mjd is { } mjd)
        {
            yield return Cards.Text("TIMESYS", "TAI", "Time scale of DATE-OBS and MJD-OBS");
            yield return Cards.Text("DATE-OBS", Time.FromMjd(mjd).ToString("yyyy-MM-ddTHH:mm:ss.fff", CultureInfo.InvariantCulture), "Start of the exposure");
            yield return Cards.Real("MJD-OBS", mjd, "[d] Start of the exposure");
        }

        yield return Cards.Real("EXPTIME", Exposure.Seconds * StackDepth, "[s] Exposure time");
        if (Request.Visit is { } visit)
        {
            yield return Cards.Integer("VISIT", visit, "Visit identifier");
        }

        if (Request.Detector is { } detector)
        {
            yield return Cards.Integer("DETECTOR", detector, "Detector number");
            if (detector >= 0 && detector < LsstCam.Detectors.Count)
            {
                var ccd = LsstCam.Detectors[detector];
                yield return Cards.Text("DETNAME", $"{ccd.Raft}_{ccd.Ccd}", "Raft and sensor");
            }
        }

        if (Request.Kind == ImageKind.Coadd && Identifiers.CoaddOf(Request.Id) is { } coadd)
        {
            yield return Cards.Integer("TRACT", coadd.Tract, "Sky-map tract");
            yield return Cards.Integer("PATCH", coadd.Patch, "Patch of the tract");
        }

        yield return Cards.Real("SEEING", Exposure.SeeingArcsec, "[arcsec] FWHM of the Gaussian PSF");
    }

    /// <summary>The one header of a raw: the primary cards, the electronics and the WCS (no XY0: raws have none).</summary>
    public IEnumerable<FitsCard> Raw() =>
        Primary()
            .Append(Cards.Text("BUNIT", "adu", "Pixel unit"))
            .Append(Cards.Real("GAIN", Sensor.Gain, "[e-/adu] Amplifier gain"))
            .Append(Cards.Real("RDNOISE", Sensor.ReadNoise, "[e-] Read noise"))
            .Append(Cards.Real("BIASLVL", Sensor.BiasLevel, "[adu] Bias level"))
            .Append(Cards.Real("SATURATE", Sensor.SaturationAdu, "[adu] Saturation level"))
            .Concat(CelestialWcs);

    /// <summary>The header of one plane of a calibrated image (IMAGE, MASK or VARIANCE).</summary>
    public IEnumerable<FitsCard> Plane(string name, string? unit, IEnumerable<FitsCard> specific)
    {
        ArgumentNullException.ThrowIfNull(specific);
        yield return Cards.Text("EXTNAME", name, "Plane of the exposure");
        yield return Cards.Text("EXTTYPE", name, "Plane of the exposure");
        yield return Cards.Logical("INHERIT", true, "Primary header cards apply");
        if (unit is not null)
        {
            yield return Cards.Text("BUNIT", unit, "Pixel unit");
        }

        foreach (var card in specific.Concat(CelestialWcs).Concat(Xy0()))
        {
            yield return card;
        }
    }

    /// <summary>afw's XY0: pixel (1, 1) is parent pixel (X0, Y0), as the linear alternate WCS 'A' and as IRAF's LTV.</summary>
    private IEnumerable<FitsCard> Xy0()
    {
        yield return Cards.Text("CTYPE1A", "LINEAR", "Parent pixel column");
        yield return Cards.Text("CTYPE2A", "LINEAR", "Parent pixel row");
        yield return Cards.Text("CUNIT1A", "pixel", "Unit of the alternate WCS");
        yield return Cards.Text("CUNIT2A", "pixel", "Unit of the alternate WCS");
        yield return Cards.Real("CRPIX1A", 1, "Pixel of the reference point");
        yield return Cards.Real("CRPIX2A", 1, "Pixel of the reference point");
        yield return Cards.Real("CRVAL1A", Origin.X, "X0: parent column of pixel 1");
        yield return Cards.Real("CRVAL2A", Origin.Y, "Y0: parent row of pixel 1");
        yield return Cards.Real("LTV1", -Origin.X, "Minus X0");
        yield return Cards.Real("LTV2", -Origin.Y, "Minus Y0");
    }
}
