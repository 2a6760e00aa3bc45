namespace Fits.Wcs;

/// <summary>
/// The TAN WCS whose image corners land on four given sky corners.
/// </summary>
/// <remarks>
/// A gnomonic projection maps great circles to straight lines, and which lines end up parallel
/// depends only on the tangent point: two lines are parallel on the plane when their great circles
/// meet 90° from it. So the projection about T shows the quadrilateral as a parallelogram exactly
/// when both pairs of opposite sides meet on the great circle whose pole is T. The two meeting
/// points X and Y are cross products of the sides' planes, and T = X × Y, taken on the side of the
/// corners. On that plane an affine map (CD and CRPIX) takes the image's rectangle of pixel corners
/// onto the parallelogram; it is solved by least squares, which is exact for a parallelogram and
/// spreads only rounding otherwise. A footprint made by projecting a rectangle about a tangent
/// point (as the generator does for CCDs about the boresight and for patches about the tract
/// centre) gives that tangent point back.
/// </remarks>
internal static class FootprintFit
{
    public static TanWcs Fit(long naxis1, long naxis2, IReadOnlyList<(double Ra, double Dec)> corners)
    {
        if (naxis1 < 1 || naxis2 < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(naxis1), $"An image of {naxis1} × {naxis2} pixels has no footprint.");
        }

        if (corners.Count != 4)
        {
            throw new ArgumentException($"A footprint has four corners, not {corners.Count}.", nameof(corners));
        }

        var p = corners.Select(corner => UnitVector(corner.Ra, corner.Dec)).ToArray();
        if (!IsConvex(p))
        {
            throw new ArgumentException("The corners do not form a convex quadrilateral in the order given.", nameof(corners));
        }

        var tangent = Cross(Cross(Cross(p[0], p[1]), Cross(p[2], p[3])), Cross(Cross(p[1], p[2]), Cross(p[3], p[0])));
        var side = Dot(tangent, Sum(p));
        if (!(Math.Abs(side) > 0))
        {
            throw new ArgumentException("The footprint's corners are degenerate: its opposite sides do not determine a tangent point.", nameof(corners));
        }

        var (crval1, crval2) = RaDec(tangent, Math.Sign(side));
        var projection = new GnomonicProjection(crval1, crval2, TanWcs.DefaultLonPole(crval2));
        var plane = new (double X, double Y)[4];
        for (var i = 0; i < 4; i++)
        {
            if (!projection.TryToPlane(corners[i].Ra, corners[i].Dec, out plane[i].X, out plane[i].Y))
            {
                throw new ArgumentException("The footprint spans a hemisphere or more.", nameof(corners));
            }
        }

        // Pixel corners are the image centre ± half the size on each axis, with signs (−,−), (+,−), (+,+), (−,+).
        // For such a symmetric design the least-squares affine map has a closed form: the mean, and
        // the projections onto the two sign patterns.
        double[] signU = [-1, 1, 1, -1];
        double[] signV = [-1, -1, 1, 1];
        double meanX = 0, meanY = 0, slopeXu = 0, slopeXv = 0, slopeYu = 0, slopeYv = 0;
        for (var i = 0; i < 4; i++)
        {
            meanX += plane[i].X / 4;
            meanY += plane[i].Y / 4;
            slopeXu += signU[i] * plane[i].X / (2.0 * naxis1);
            slopeXv += signV[i] * plane[i].X / (2.0 * naxis2);
            slopeYu += signU[i] * plane[i].Y / (2.0 * naxis1);
            slopeYv += signV[i] * plane[i].Y / (2.0 * naxis2);
        }

        var cd = new CdMatrix(slopeXu, slopeXv, slopeYu, slopeYv);
        if (!(Math.Abs(cd.Determinant) > 0))
        {
            throw new ArgumentException("The footprint's corners are degenerate: they span no area.", nameof(corners));
        }

        // The image centre maps to the mean; CRPIX is the pixel that maps to the tangent point (0, 0).
        var (offsetU, offsetV) = cd.Inverse().Apply(meanX, meanY);
        return new TanWcs((naxis1 + 1) / 2.0 - offsetU, (naxis2 + 1) / 2.0 - offsetV, crval1, crval2, cd);
    }

    /// <summary>Every turn along the corners goes the same way, as it does around a convex quadrilateral in either winding.</summary>
    private static bool IsConvex((double X, double Y, double Z)[] p)
    {
        var turns = Enumerable.Range(0, 4).Select(i => Math.Sign(Dot(Cross(p[i], p[(i + 1) % 4]), p[(i + 2) % 4]))).ToArray();
        return turns.All(turn => turn != 0 && turn == turns[0]);
    }

    private static (double X, double Y, double Z) UnitVector(double ra, double dec)
    {
        var (sinRa, cosRa) = double.SinCosPi(ra / 180);
        var (sinDec, cosDec) = double.SinCosPi(dec / 180);
        return (cosDec * cosRa, cosDec * sinRa, sinDec);
    }

    private static (double Ra, double Dec) RaDec((double X, double Y, double Z) v, int sign)
    {
        var ra = double.RadiansToDegrees(Math.Atan2(sign * v.Y, sign * v.X));
        var dec = double.RadiansToDegrees(Math.Atan2(sign * v.Z, double.Hypot(v.X, v.Y)));
        return (ra < 0 ? ra + 360 : ra, dec);
    }

    private static (double X, double Y, double Z) Cross((double X, double Y, double Z) a, (double X, double Y, double Z) b) =>
        (a.Y * b.Z - a.Z * b.Y, a.Z * b.X - a.X * b.Z, a.X * b.Y - a.Y * b.X);

    private static double Dot((double X, double Y, double Z) a, (double X, double Y, double Z) b) =>
        a.X * b.X + a.Y * b.Y + a.Z * b.Z;

    private static (double X, double Y, double Z) Sum((double X, double Y, double Z)[] vectors) =>
        (vectors.Sum(v => v.X), vectors.Sum(v => v.Y), vectors.Sum(v => v.Z));
}
