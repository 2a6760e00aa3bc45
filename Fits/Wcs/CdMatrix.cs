namespace Fits.Wcs;

/// <summary>
/// The linear part of a WCS, FITS's CDi_j matrix in degrees per pixel: intermediate world
/// coordinates (x, y) = CD · (u, v), where (u, v) is the pixel offset from the reference pixel.
/// </summary>
public readonly record struct CdMatrix(double Cd11, double Cd12, double Cd21, double Cd22)
{
    public double Determinant => Cd11 * Cd22 - Cd12 * Cd21;

    /// <summary>The matrix PC scaled row by row by CDELT, as a header with PCi_j and CDELTi means it.</summary>
    internal static CdMatrix FromPc(double pc11, double pc12, double pc21, double pc22, double cdelt1, double cdelt2) =>
        new(cdelt1 * pc11, cdelt1 * pc12, cdelt2 * pc21, cdelt2 * pc22);

    internal (double X, double Y) Apply(double u, double v) => (Cd11 * u + Cd12 * v, Cd21 * u + Cd22 * v);

    /// <summary>The inverse; callers check first that the determinant is non-zero and finite.</summary>
    internal CdMatrix Inverse()
    {
        var determinant = Determinant;
        return new CdMatrix(Cd22 / determinant, -Cd12 / determinant, -Cd21 / determinant, Cd11 / determinant);
    }
}
