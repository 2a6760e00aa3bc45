namespace SeedData.Generator.Camera;

/// <summary>
/// One science CCD of the focal plane. Positions are in millimetres on the focal plane, x and y
/// growing with the column and row digits of the raft and sensor names; the CCD's pixel columns run
/// along x and its rows along y.
/// </summary>
/// <param name="Number">Detector number, 0 to 188, counted raft by raft (raft-major order).</param>
/// <param name="Raft">Raft name, R{row}{column}, e.g. R22 for the central raft.</param>
/// <param name="Ccd">Sensor name within the raft, S{row}{column}, e.g. S11 for its centre.</param>
public sealed record Detector(int Number, string Raft, string Ccd, double CentreXMm, double CentreYMm)
{
    /// <summary>
    /// The four corners of the light-sensitive area, in the order x-/y-, x+/y-, x+/y+, x-/y+: the
    /// outer corners of pixels (1, 1), (NAXIS1, 1), (NAXIS1, NAXIS2) and (1, NAXIS2).
    /// </summary>
    public IReadOnlyList<(double X, double Y)> CornersMm
    {
        get
        {
            const double halfWidth = LsstCam.CcdWidthMm / 2;
            const double halfHeight = LsstCam.CcdHeightMm / 2;
            return
            [
                (CentreXMm - halfWidth, CentreYMm - halfHeight),
                (CentreXMm + halfWidth, CentreYMm - halfHeight),
                (CentreXMm + halfWidth, CentreYMm + halfHeight),
                (CentreXMm - halfWidth, CentreYMm + halfHeight),
            ];
        }
    }
}
