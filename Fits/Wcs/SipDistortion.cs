namespace Fits.Wcs;

/// <summary>
/// SIP distortion: pixel offsets (u, v) from CRPIX become (u + A(u, v), v + B(u, v)) before the CD
/// matrix. The inverse polynomials AP and BP, when a header has them, only give the first guess of
/// the inversion, since they are fits and not exact; the answer always satisfies A and B.
/// </summary>
internal sealed class SipDistortion(SipPolynomial a, SipPolynomial b, SipPolynomial? inverseA, SipPolynomial? inverseB)
{
    /// <summary>Newton steps stop below this many pixels: far below what any use of a position needs.</summary>
    private const double TolerancePixels = 1e-10;

    /// <summary>Far from CRPIX a double cannot resolve 1e-10 pixels; there the steps stop at a few units in the last place.</summary>
    private const double RelativeTolerance = 1e-15;

    private const int MaxIterations = 50;

    public SipPolynomial A { get; } = a;

    public SipPolynomial B { get; } = b;

    public SipPolynomial? InverseA { get; } = inverseA;

    public SipPolynomial? InverseB { get; } = inverseB;

    public (double U, double V) Distort(double u, double v) => (u + A.Evaluate(u, v), v + B.Evaluate(u, v));

    /// <summary>
    /// The (u, v) that <see cref="Distort"/> takes to the given offsets, by Newton's method; false when
    /// it does not converge, as for points far outside the image where the polynomials run away.
    /// </summary>
    public bool TryUndistort(double distortedU, double distortedV, out double u, out double v)
    {
        u = distortedU;
        v = distortedV;
        if (InverseA is not null && InverseB is not null)
        {
            u += InverseA.Evaluate(distortedU, distortedV);
            v += InverseB.Evaluate(distortedU, distortedV);
        }

        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var residualU = u + A.Evaluate(u, v, out var aU, out var aV) - distortedU;
            var residualV = v + B.Evaluate(u, v, out var bU, out var bV) - distortedV;
            // Jacobian [[1 + aU, aV], [bU, 1 + bV]]; the step solves J · step = residual.
            var determinant = (1 + aU) * (1 + bV) - aV * bU;
            var stepU = ((1 + bV) * residualU - aV * residualV) / determinant;
            var stepV = ((1 + aU) * residualV - bU * residualU) / determinant;
            if (!double.IsFinite(stepU) || !double.IsFinite(stepV))
            {
                break;
            }

            u -= stepU;
            v -= stepV;
            if (Math.Abs(stepU) + Math.Abs(stepV) <= Math.Max(TolerancePixels, RelativeTolerance * (Math.Abs(u) + Math.Abs(v))))
            {
                return true;
            }
        }

        u = v = double.NaN;
        return false;
    }
}
