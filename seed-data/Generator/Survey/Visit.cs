using ObsCore.Model.Geometry;
using SeedData.Generator.Randomness;

namespace SeedData.Generator.Survey;

/// <summary>One 30-second visit of the survey (a single snap, so its exposure has the same identifier).</summary>
/// <param name="Id">Visit identifier as Rubin forms it: day_obs × 100000 + seq_num.</param>
/// <param name="Start">Start of the exposure, UTC.</param>
/// <param name="Boresight">Pointing of the optical axis (the field centre plus a dither).</param>
/// <param name="RotationDegrees">Angle of the focal plane's y axis from north through east.</param>
/// <param name="SeeingArcsec">Delivered image quality (PSF FWHM), <see cref="Seeing"/> of the visit.</param>
/// <param name="FieldId">Survey field this visit observes.</param>
public sealed record Visit(
    long Id, DateTime Start, Band Band, SkyPoint Boresight, double RotationDegrees, double SeeingArcsec, int FieldId)
{
    public static readonly TimeSpan ExposureTime = TimeSpan.FromSeconds(30);

    private const ulong SeeingKey = 0x5EE1_9000;

    public DateTime End => Start + ExposureTime;

    /// <summary>
    /// The seeing (FWHM, arcsec) of a visit, decided by its identifier alone so that the metadata and
    /// the rendered images agree: log-normal about the band's median, kept within 0.6″ to 1.2″.
    /// </summary>
    public static double Seeing(long visitId, Band band)
    {
        ArgumentNullException.ThrowIfNull(band);
        var random = new SeededRandom(SeededRandom.Key(SeeingKey, visitId));
        return Math.Clamp(band.MedianSeeing * Math.Exp(0.2 * random.NextGaussian()), 0.6, 1.2);
    }
}
