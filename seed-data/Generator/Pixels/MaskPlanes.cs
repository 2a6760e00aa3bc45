using System.Globalization;
using Fits;

namespace SeedData.Generator.Pixels;

/// <summary>
/// The mask planes of Rubin's images, with the bits the LSST pipelines give them; a MASK HDU names
/// each in an MP_ card, as afw writes them, so a reader finds the bit by name.
/// </summary>
public static class MaskPlanes
{
    public const int Bad = 1 << 0;
    public const int Saturated = 1 << 1;
    public const int Interpolated = 1 << 2;
    public const int CosmicRay = 1 << 3;
    public const int Edge = 1 << 4;
    public const int Detected = 1 << 5;
    public const int DetectedNegative = 1 << 6;
    public const int Suspect = 1 << 7;
    public const int NoData = 1 << 8;

    /// <summary>The planes by name and bit number, in bit order.</summary>
    public static readonly IReadOnlyList<(string Name, int Bit)> Planes =
    [
        ("BAD", 0), ("SAT", 1), ("INTRP", 2), ("CR", 3), ("EDGE", 4),
        ("DETECTED", 5), ("DETECTED_NEGATIVE", 6), ("SUSPECT", 7), ("NO_DATA", 8),
    ];

    /// <summary>One MP_name card per plane (longer names as HIERARCH cards, as afw writes them).</summary>
    public static IEnumerable<FitsCard> Cards() =>
        Planes.Select(plane => new FitsCard("MP_" + plane.Name, plane.Bit.ToString(CultureInfo.InvariantCulture), "Mask plane bit"));
}
