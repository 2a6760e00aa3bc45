using System.Globalization;
using System.Text.RegularExpressions;
using Fits.Native;

namespace Fits;

/// <summary>
/// The header cards of a cutout, from the source's records: what is dropped because CFITSIO writes
/// it anew (structure, compression, checksums) and which WCS values move with the section.
/// A record that is kept and not shifted is written back exactly as read.
/// </summary>
internal static partial class CutoutHeader
{
    /// <summary>One card of the output: a source record as it was, or its replacement.</summary>
    internal readonly record struct OutputCard(HeaderRecord Source, FitsCard? Replacement);

    /// <summary>
    /// The cards of the cut image of <paramref name="source"/>, <paramref name="box"/> being in the
    /// source's pixels. With the section's offset (XMin - 1, YMin - 1):
    /// CRPIXn and CRPIXna decrease by it, so every WCS maps a cut pixel where it mapped the source
    /// pixel; IRAF's LTV1/LTV2 (image = LTM · physical + LTV) decrease by it; except for an
    /// alternate WCS in Rubin/afw's XY0 form (CTYPE1a = CTYPE2a = 'LINEAR', CRPIX1a = CRPIX2a = 1),
    /// which keeps CRPIX at 1 and moves CRVAL1a/CRVAL2a up by the offset, because afw reads the
    /// image's origin (XY0) from those CRVALs and requires CRPIX = 1.
    /// </summary>
    public static List<OutputCard> ForSection(IReadOnlyList<HeaderRecord> source, PixelBox box)
    {
        var header = new FitsHeader(source.Select(record => record.ToCard()));
        long[] offset = [box.XMin - 1, box.YMin - 1];
        var cards = new List<OutputCard>(source.Count);
        foreach (var record in source)
        {
            if (record.KeyClass is HeaderRecord.StructuralClass or HeaderRecord.CompressionClass or HeaderRecord.ChecksumClass)
            {
                continue;
            }
            cards.Add(new OutputCard(record, Shifted(record, header, offset)));
        }
        return cards;
    }

    /// <summary>
    /// The cards of the cutout's primary HDU, which holds no pixels: the source primary's, without
    /// structure, checksums, scaling and BLANK (which describe pixels), NEXTEND set to the number
    /// of cut extensions when the source had it. When the source primary held the pixels (a raw),
    /// its WCS goes with them to the extension: a WCS on NAXIS = 0 describes axes that do not exist.
    /// </summary>
    public static List<OutputCard> ForPrimary(IReadOnlyList<HeaderRecord> source, int extensionCount, bool primaryWasCut)
    {
        var cards = new List<OutputCard>(source.Count);
        foreach (var record in source)
        {
            if (record.KeyClass is HeaderRecord.StructuralClass or HeaderRecord.CompressionClass or HeaderRecord.ChecksumClass
                or HeaderRecord.ScalingClass or HeaderRecord.NullValueClass
                || (primaryWasCut && record.KeyClass == HeaderRecord.WcsClass))
            {
                continue;
            }
            var replacement = record.Keyword == "NEXTEND"
                ? record.ToCard() with { Value = extensionCount.ToString(CultureInfo.InvariantCulture) }
                : null;
            cards.Add(new OutputCard(record, replacement));
        }
        return cards;
    }

    private static FitsCard? Shifted(HeaderRecord record, FitsHeader header, long[] offset)
    {
        var match = ShiftedKeyword().Match(record.Keyword);
        var value = header.GetDouble(record.Keyword);
        if (!match.Success || value is null)
        {
            return null;
        }
        var axis = match.Groups["axis"].Value[0] - '1';
        var alternate = match.Groups["alternate"].Value;
        var shift = match.Groups["name"].Value switch
        {
            "LTV" when alternate.Length == 0 => -offset[axis],
            "CRPIX" when !IsXy0Form(header, alternate) => -offset[axis],
            "CRVAL" when alternate.Length == 1 && IsXy0Form(header, alternate) => offset[axis],
            _ => 0,
        };
        return shift == 0 ? null : record.ToCard() with { Value = FormatReal(value.Value + shift) };
    }

    private static bool IsXy0Form(FitsHeader header, string alternate) =>
        alternate.Length == 1
        && header.GetString("CTYPE1" + alternate) == "LINEAR"
        && header.GetString("CTYPE2" + alternate) == "LINEAR"
        && header.GetDouble("CRPIX1" + alternate) == 1.0
        && header.GetDouble("CRPIX2" + alternate) == 1.0;

    /// <summary>The shortest text that reads back as <paramref name="value"/>, always with a '.' or an exponent, as FITS reals have.</summary>
    private static string FormatReal(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    [GeneratedRegex("^(?<name>CRPIX|CRVAL|LTV)(?<axis>[12])(?<alternate>[A-Z]?)$")]
    private static partial Regex ShiftedKeyword();
}
