using ObsCore.Model.Geometry;
using Soda.Service.Planning;

namespace Soda.Service.Tests;

/// <summary>
/// A gnomonic (TAN) projection with a CD matrix, written for the tests from the textbook formulas
/// (checked against astropy.wcs in <see cref="TanProjectionTests"/>); the host passes its real WCS instead.
/// </summary>
/// <param name="Reach">Beyond this distance (degrees) from the tangent point the projection refuses, as a WCS whose inverse fails away from its image would.</param>
internal sealed record TanProjection(SkyPoint Tangent, double CrPix1, double CrPix2, double Cd11, double Cd12, double Cd21, double Cd22, double Reach = 90)
{
    /// <summary>An image of <paramref name="naxis1"/> × <paramref name="naxis2"/> pixels centred on <paramref name="centre"/>, east to the left, turned by <paramref name="rotation"/> degrees.</summary>
    public static TanProjection Centred(SkyPoint centre, long naxis1, long naxis2, double scale, double rotation)
    {
        var (sin, cos) = Math.SinCos(double.DegreesToRadians(rotation));
        return new TanProjection(centre, (naxis1 + 1) / 2.0, (naxis2 + 1) / 2.0, -scale * cos, scale * sin, scale * sin, scale * cos);
    }

    public ImageGeometry Image(long naxis1, long naxis2) => new(naxis1, naxis2, SkyToPixel, PixelToSky);

    public bool SkyToPixel(double ra, double dec, out double x, out double y)
    {
        (x, y) = (double.NaN, double.NaN);
        var (sinDec, cosDec) = Math.SinCos(double.DegreesToRadians(dec));
        var (sinDec0, cosDec0) = Math.SinCos(double.DegreesToRadians(Tangent.Dec));
        var (sinDra, cosDra) = Math.SinCos(double.DegreesToRadians(ra - Tangent.Ra));
        var cosDistance = (sinDec0 * sinDec) + (cosDec0 * cosDec * cosDra);
        if (cosDistance <= Math.Cos(double.DegreesToRadians(Reach)) || cosDistance <= 0)
        {
            return false;
        }

        var xi = double.RadiansToDegrees(cosDec * sinDra / cosDistance);
        var eta = double.RadiansToDegrees(((cosDec0 * sinDec) - (sinDec0 * cosDec * cosDra)) / cosDistance);
        var determinant = (Cd11 * Cd22) - (Cd12 * Cd21);
        x = CrPix1 + (((Cd22 * xi) - (Cd12 * eta)) / determinant);
        y = CrPix2 + (((Cd11 * eta) - (Cd21 * xi)) / determinant);
        return true;
    }

    public (double Ra, double Dec) PixelToSky(double x, double y)
    {
        var xi = double.DegreesToRadians((Cd11 * (x - CrPix1)) + (Cd12 * (y - CrPix2)));
        var eta = double.DegreesToRadians((Cd21 * (x - CrPix1)) + (Cd22 * (y - CrPix2)));
        var (sinDec0, cosDec0) = Math.SinCos(double.DegreesToRadians(Tangent.Dec));
        var across = cosDec0 - (eta * sinDec0);
        var dec = Math.Atan2(sinDec0 + (eta * cosDec0), Math.Sqrt((xi * xi) + (across * across)));
        var ra = Tangent.Ra + double.RadiansToDegrees(Math.Atan2(xi, across));
        return ((ra % 360 + 360) % 360, double.RadiansToDegrees(dec));
    }
}
