using ObsCore.Model.Geometry;
using SeedData.Generator.Randomness;

namespace SeedData.Generator.Sky;

/// <summary>
/// The stars of the synthetic sky, the same for every image: the sky is cut into cells of equal area
/// (rings of equal height in sin(dec), each cut into equal steps of right ascension), and the stars
/// of a cell are drawn from a stream keyed by the seed and the cell's index alone. Whatever region
/// asks for a cell gets the same stars, so a star sits at the same position in every image.
/// </summary>
/// <remarks>
/// Magnitudes (r, AB) follow a power-law count, log10 N(&lt; m) rising 0.3 per magnitude as star counts
/// do at faint magnitudes, from 12 to 25, 20,000 per square degree in all: about a thousand per CCD,
/// a few of them bright enough to saturate. One star in fifty varies.
/// </remarks>
public sealed class SkyCatalogue(ulong seed)
{
    public const int Rings = 480;
    public const int CellsPerRing = 1440;
    public const double BrightestMagnitude = 12;
    public const double FaintestMagnitude = 25;
    public const double StarsPerSquareDegree = 20_000;

    private const double CountSlope = 0.3;
    private const double VariableFraction = 0.02;
    private const int MaxStarsPerCell = 100_000;
    private const double SkySquareDegrees = 4 * Math.PI * (180 / Math.PI) * (180 / Math.PI);

    private static readonly double MeanStarsPerCell = StarsPerSquareDegree * SkySquareDegrees / ((double)Rings * CellsPerRing);
    private static readonly double BrightestCount = Math.Pow(10, CountSlope * BrightestMagnitude);
    private static readonly double FaintestCount = Math.Pow(10, CountSlope * FaintestMagnitude);

    /// <summary>The catalogue every rendered image of the survey draws from.</summary>
    public static SkyCatalogue Survey { get; } = new(20261102);

    /// <summary>
    /// The stars of every cell that the region around <paramref name="corners"/> touches: a superset
    /// of those within <paramref name="marginDegrees"/> of the quadrilateral, to be cut by the image's WCS.
    /// </summary>
    public IEnumerable<Star> StarsNear(IReadOnlyList<SkyPoint> corners, double marginDegrees)
    {
        ArgumentNullException.ThrowIfNull(corners);
        var (decMin, decMax) = (corners.Min(c => c.Dec) - marginDegrees, corners.Max(c => c.Dec) + marginDegrees);
        var firstRing = RingOf(Math.Max(decMin, -90));
        var lastRing = RingOf(Math.Min(decMax, 90));
        var (firstColumn, columnCount) = ColumnsSpanned(corners, marginDegrees, Math.Max(Math.Abs(decMin), Math.Abs(decMax)));
        for (var ring = firstRing; ring <= lastRing; ring++)
        {
            for (var i = 0; i < columnCount; i++)
            {
                foreach (var star in StarsInCell(ring, (firstColumn + i) % CellsPerRing))
                {
                    yield return star;
                }
            }
        }
    }

    /// <summary>The stars of one cell, always the same for the same seed.</summary>
    public IReadOnlyList<Star> StarsInCell(int ring, int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ring);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ring, Rings);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, CellsPerRing);
        var cell = (long)ring * CellsPerRing + column;
        var random = new SeededRandom(SeededRandom.Key(seed, cell));
        // Poisson counts: the normal approximation is close for a mean of about a thousand.
        var count = (int)Math.Clamp(Math.Round(MeanStarsPerCell + Math.Sqrt(MeanStarsPerCell) * random.NextGaussian()), 0, MaxStarsPerCell - 1);
        var zLow = RingEdge(ring);
        var zHigh = RingEdge(ring + 1);
        var stars = new Star[count];
        for (var i = 0; i < count; i++)
        {
            // Uniform in right ascension and in sin(dec): uniform on the sphere.
            var ra = (column + random.NextDouble()) * 360.0 / CellsPerRing;
            var dec = double.RadiansToDegrees(Math.Asin(Math.Clamp(zLow + (zHigh - zLow) * random.NextDouble(), -1, 1)));
            var magnitude = Math.Log10(BrightestCount + random.NextDouble() * (FaintestCount - BrightestCount)) / CountSlope;
            var colour = 0.2 + 1.2 * random.NextDouble();
            var variable = random.NextDouble() < VariableFraction;
            stars[i] = new Star(
                cell * MaxStarsPerCell + i, ra, dec, magnitude, colour,
                variable ? 0.05 + 0.45 * random.NextDouble() : 0,
                variable ? Math.Exp(Math.Log(0.1) + Math.Log(100) * random.NextDouble()) : 0,
                variable ? 2 * Math.PI * random.NextDouble() : 0);
        }

        return stars;
    }

    private static double RingEdge(int ring) => -1 + 2.0 * ring / Rings;

    private static int RingOf(double dec) =>
        Math.Clamp((int)Math.Floor((Math.Sin(double.DegreesToRadians(dec)) + 1) / 2 * Rings), 0, Rings - 1);

    /// <summary>The first cell column and the number of columns that the corners span in right ascension, with the margin; all of them near a pole.</summary>
    private static (int First, int Count) ColumnsSpanned(IReadOnlyList<SkyPoint> corners, double marginDegrees, double highestAbsDec)
    {
        var reference = corners[0].Ra;
        var offsets = corners.Select(c => Math.IEEERemainder(c.Ra - reference, 360)).ToArray();
        var cosDec = Math.Cos(double.DegreesToRadians(Math.Min(highestAbsDec, 90)));
        var raMargin = cosDec > 0 ? marginDegrees / cosDec : 360;
        var low = reference + offsets.Min() - raMargin;
        var high = reference + offsets.Max() + raMargin;
        if (highestAbsDec >= 89 || high - low >= 180)
        {
            return (0, CellsPerRing);
        }

        var first = (int)Math.Floor(low / 360 * CellsPerRing);
        var last = (int)Math.Floor(high / 360 * CellsPerRing);
        return ((first % CellsPerRing + CellsPerRing) % CellsPerRing, last - first + 1);
    }
}
