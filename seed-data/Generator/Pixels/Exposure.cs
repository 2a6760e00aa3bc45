using SeedData.Generator.Camera;
using SeedData.Generator.Survey;

namespace SeedData.Generator.Pixels;

/// <summary>
/// The photometry of one exposure (or of one visit's worth of a stack): how many electrons a star
/// and the sky give in a pixel, how wide the PSF is, and the calibration to nJy.
/// </summary>
/// <param name="Seconds">Exposure time of one visit.</param>
/// <param name="SeeingArcsec">FWHM of the Gaussian PSF.</param>
public sealed record Exposure(Band Band, double Seconds, double SeeingArcsec)
{
    private static readonly double PixelArea = LsstCam.PixelScaleArcsec * LsstCam.PixelScaleArcsec;

    /// <summary>AB magnitude that gives one electron in the whole exposure.</summary>
    public double ZeroPoint => Band.ZeroPoint + 2.5 * Math.Log10(Seconds);

    /// <summary>Sky background in one pixel, electrons.</summary>
    public double SkyElectrons => Math.Pow(10, -0.4 * (Band.SkyBrightness - ZeroPoint)) * PixelArea;

    /// <summary>The calibration: flux density of one electron of this exposure, nJy.</summary>
    public double NanojanskyPerElectron => Math.Pow(10, 0.4 * (Sky.Star.NanojanskyZeroPoint - ZeroPoint));

    /// <summary>Standard deviation of the Gaussian PSF in pixels.</summary>
    public double PsfSigmaPixels => SeeingArcsec / (2 * Math.Sqrt(2 * Math.Log(2))) / LsstCam.PixelScaleArcsec;

    public double Electrons(double nanojansky) => nanojansky / NanojanskyPerElectron;
}
