using ObsCore.Model.Geometry;
using Soda.Service.Values;
using Dali;

namespace Soda.Service.Shapes;

/// <summary>
/// POS=RANGE: the points whose right ascension lies from <see cref="RaMin"/> eastward to
/// <see cref="RaMax"/> and whose declination lies in [<see cref="DecMin"/>, <see cref="DecMax"/>].
/// When RaMin is greater than RaMax the range crosses RA 0 (RANGE 359 1 ... is two degrees wide);
/// RANGE 0 360 is every right ascension. Open ends were resolved when parsing (-Inf → 0 or -90, +Inf → 360 or 90).
/// </summary>
public sealed class RangeShape : SodaShape
{
    internal RangeShape(double raMin, double raMax, double decMin, double decMax)
    {
        RaMin = raMin;
        RaMax = raMax;
        DecMin = decMin;
        DecMax = decMax;
    }

    public double RaMin { get; }

    public double RaMax { get; }

    public double DecMin { get; }

    public double DecMax { get; }

    /// <summary>The width in right ascension, counted eastward from RaMin to RaMax (through 0 when they wrap); 360 for every RA.</summary>
    public double RaWidth => RaMin <= RaMax ? RaMax - RaMin : RaMax + 360 - RaMin;

    private bool IsWholeRaCircle => RaWidth >= 360;

    public override bool Contains(SkyPoint point)
    {
        if (point.Dec < DecMin || point.Dec > DecMax)
        {
            return false;
        }

        // At a pole every right ascension meets: the pole belongs to every range that reaches it.
        return IsWholeRaCircle || Math.Abs(point.Dec) >= 90 || Wrapped(point.Ra - RaMin) <= RaWidth;
    }

    public override string ToString() =>
        $"RANGE {DaliNumbers.Format(RaMin)} {DaliNumbers.Format(RaMax)} {DaliNumbers.Format(DecMin)} {DaliNumbers.Format(DecMax)}";

    /// <summary>Two parallels (small circles of constant Dec) and, unless the range goes all around, two meridian arcs (great circles).</summary>
    internal override IEnumerable<BoundaryArc> Boundary()
    {
        var width = Math.Min(RaWidth, 360);
        foreach (var dec in (double[])[DecMin, DecMax])
        {
            yield return new BoundaryArc(t => new SkyPoint(Wrapped(RaMin + (t * width)), dec), width * Math.Cos(double.DegreesToRadians(dec)));
        }

        if (!IsWholeRaCircle)
        {
            foreach (var ra in (double[])[RaMin, Wrapped(RaMin + width)])
            {
                yield return new BoundaryArc(t => new SkyPoint(ra, DecMin + t * (DecMax - DecMin)), DecMax - DecMin);
            }
        }
    }

    /// <summary>The same angle in [0, 360), as a WCS expects right ascensions.</summary>
    private static double Wrapped(double degrees) => ((degrees % 360) + 360) % 360;
}
