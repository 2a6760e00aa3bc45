namespace Fits.Wcs;

/// <summary>
/// FITS's TAN projection and the rotation from native to celestial coordinates (Calabretta and
/// Greisen 2002, "Representations of celestial coordinates in FITS", eqs. 2, 5, 54, 55), between
/// intermediate world coordinates (x, y) in degrees and (ra, dec) in degrees. For a zenithal
/// projection the reference point is the native pole, so CRVAL gives the pole's celestial position
/// and LATPOLE plays no part.
/// </summary>
/// <remarks>
/// Sines and cosines are combined without forming the native angles, and angles come out of atan2
/// only, so the results keep full precision at the reference point, at the celestial poles and
/// across RA = 0.
/// </remarks>
internal readonly struct GnomonicProjection
{
    private readonly double _ra0;
    private readonly double _sinDec0;
    private readonly double _cosDec0;
    private readonly double _sinLonPole;
    private readonly double _cosLonPole;

    public GnomonicProjection(double crval1, double crval2, double lonPole)
    {
        _ra0 = crval1;
        (_sinDec0, _cosDec0) = double.SinCosPi(crval2 / 180);
        (_sinLonPole, _cosLonPole) = double.SinCosPi(lonPole / 180);
    }

    public (double Ra, double Dec) ToSky(double x, double y)
    {
        var xr = double.DegreesToRadians(x);
        var yr = double.DegreesToRadians(y);
        // TAN: sin θ = 1/√(1+r²); (cos θ sin φ, cos θ cos φ) = (x, −y)/√(1+r²), r in radians.
        var sinTheta = 1 / Math.Sqrt(1 + xr * xr + yr * yr);
        var cosThetaSinPhi = xr * sinTheta;
        var cosThetaCosPhi = -yr * sinTheta;
        // Dphi = φ − φp, the native longitude counted from the celestial pole's (LONPOLE).
        var cosThetaSinDphi = cosThetaSinPhi * _cosLonPole - cosThetaCosPhi * _sinLonPole;
        var cosThetaCosDphi = cosThetaCosPhi * _cosLonPole + cosThetaSinPhi * _sinLonPole;
        var cosDecSinDra = -cosThetaSinDphi;
        var cosDecCosDra = sinTheta * _cosDec0 - cosThetaCosDphi * _sinDec0;
        var sinDec = sinTheta * _sinDec0 + cosThetaCosDphi * _cosDec0;
        var ra = _ra0 + double.RadiansToDegrees(Math.Atan2(cosDecSinDra, cosDecCosDra));
        var dec = double.RadiansToDegrees(Math.Atan2(sinDec, double.Hypot(cosDecSinDra, cosDecCosDra)));
        return (NormalizedRa(ra), dec);
    }

    /// <summary>False for points 90° or more from the reference point, which TAN cannot project.</summary>
    public bool TryToPlane(double ra, double dec, out double x, out double y)
    {
        var (sinDec, cosDec) = double.SinCosPi(dec / 180);
        var (sinDra, cosDra) = double.SinCosPi((ra - _ra0) / 180);
        var sinTheta = sinDec * _sinDec0 + cosDec * _cosDec0 * cosDra;
        if (!(sinTheta > 0))
        {
            x = y = double.NaN;
            return false;
        }

        // Dphi = φ − φp, then φ itself by adding LONPOLE.
        var cosThetaSinDphi = -cosDec * sinDra;
        var cosThetaCosDphi = sinDec * _cosDec0 - cosDec * _sinDec0 * cosDra;
        var cosThetaSinPhi = cosThetaSinDphi * _cosLonPole + cosThetaCosDphi * _sinLonPole;
        var cosThetaCosPhi = cosThetaCosDphi * _cosLonPole - cosThetaSinDphi * _sinLonPole;
        x = double.RadiansToDegrees(cosThetaSinPhi / sinTheta);
        y = double.RadiansToDegrees(-cosThetaCosPhi / sinTheta);
        return true;
    }

    private static double NormalizedRa(double ra)
    {
        var normalized = ra % 360;
        if (normalized < 0)
        {
            normalized += 360;
        }

        // A tiny negative angle plus 360 rounds to 360 itself.
        return normalized >= 360 ? 0 : normalized;
    }
}
