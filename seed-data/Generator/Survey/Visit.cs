using ObsCore.Model.Geometry;

namespace SeedData.Generator.Survey;

/// <summary>One 30-second visit of the survey (a single snap, so its exposure has the same identifier).</summary>
/// <param name="Id">Visit identifier as Rubin forms it: day_obs × 100000 + seq_num.</param>
/// <param name="Start">Start of the exposure, UTC.</param>
/// <param name="Boresight">Pointing of the optical axis (the field centre plus a dither).</param>
/// <param name="RotationDegrees">Angle of the focal plane's y axis from north through east.</param>
/// <param name="SeeingArcsec">Delivered image quality (PSF FWHM).</param>
/// <param name="FieldId">Survey field this visit observes.</param>
public sealed record Visit(
    long Id, DateTime Start, Band Band, SkyPoint Boresight, double RotationDegrees, double SeeingArcsec, int FieldId)
{
    public static readonly TimeSpan ExposureTime = TimeSpan.FromSeconds(30);

    public DateTime End => Start + ExposureTime;
}
