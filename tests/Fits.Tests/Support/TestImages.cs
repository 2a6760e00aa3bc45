using System.Globalization;
using Fits;

namespace Fits.Tests.Support;

/// <summary>
/// Small images in Rubin's layouts, written with <see cref="FitsFile"/>: a calexp-like file
/// (primary + IMAGE float32, MASK int32, VARIANCE float32) with a TAN WCS, afw's XY0 alternate WCS
/// 'A', a general alternate WCS 'B' and IRAF's LTV; and a single-HDU 16-bit raw (BZERO 32768).
/// Pixel values are functions of (x, y), so any section can be predicted.
/// </summary>
public static class TestImages
{
    public const int Width = 200;
    public const int Height = 150;

    /// <summary>afw's XY0 of the test image: its pixel (1, 1) is pixel (X0, Y0) of its parent.</summary>
    public const int X0 = 1000;
    public const int Y0 = 2000;

    /// <summary>The VARIANCE pixel that is NaN.</summary>
    public const int NanX = 11;
    public const int NanY = 7;

    public static readonly IReadOnlyList<FitsCard> PrimaryCards =
    [
        new("TELESCOP", "'LSST    '", "telescope"),
        new("INSTRUME", "'LSSTCam '", null),
        new("OBSID", "'MC_O_20261201_000042'", "observation id"),
        new("MJD-OBS", "61010.123456789", "[d] start of exposure"),
        new("EXPTIME", "30.0", "[s]"),
        new("NEXTEND", "3", "number of extensions"),
        new("DETECTOR", "42", null),
        new("HISTORY", null, "made by the Fits tests"),
        new("COMMENT", null, "a comment card that must survive a cutout"),
    ];

    /// <summary>Writes the calexp-like file; one VARIANCE pixel is NaN, as masked pixels are.</summary>
    public static void WriteCalexp(string path)
    {
        using var file = FitsFile.Create(path);
        file.WritePrimaryHeader(PrimaryCards);
        file.AppendImage(Width, Height, Pixels((x, y) => ImageValue(x, y)), ExtensionCards("IMAGE", "'nJy     '"));
        file.AppendImage(Width, Height, Pixels((x, y) => MaskValue(x, y)), ExtensionCards("MASK", null));
        var variance = Pixels((x, y) => VarianceValue(x, y));
        variance[(NanY - 1) * Width + (NanX - 1)] = float.NaN;
        file.AppendImage(Width, Height, variance, ExtensionCards("VARIANCE", "'nJy2    '"));
    }

    /// <summary>Writes a single-HDU raw: unsigned 16-bit pixels, stored as BITPIX 16 with BZERO 32768.</summary>
    public static void WriteRaw(string path)
    {
        using var file = FitsFile.Create(path);
        List<FitsCard> cards = [.. PrimaryCards.Where(card => card.Keyword != "NEXTEND"), .. TanWcs()];
        cards.Add(new("DATASEC", "'[9:190,1:150]'", "illuminated pixels"));
        file.AppendImage(Width, Height, Pixels((x, y) => RawValue(x, y)), cards);
    }

    /// <summary>A slope with deterministic noise of ±4, so that fpack's float quantisation (for RICE) is lossy, as on real images.</summary>
    public static float ImageValue(long x, long y) => (float)(x + (1000.0 * y) + 0.25 + (((x * 7919) + (y * 104729)) % 97 / 12.0) - 4.0);

    public static int MaskValue(long x, long y) => x % 37 == 0 ? 1 << 8 : (int)((x * y) % 5);

    public static float VarianceValue(long x, long y) => (float)(1.0 / (x + y));

    /// <summary>Covers the whole unsigned range, so values above 32767 prove BZERO is honoured.</summary>
    public static ushort RawValue(long x, long y) => (ushort)((x * 331) + (y * 433));

    public static T[] Pixels<T>(Func<long, long, T> value)
    {
        var pixels = new T[Width * Height];
        for (var y = 1; y <= Height; y++)
        {
            for (var x = 1; x <= Width; x++)
            {
                pixels[((y - 1) * Width) + x - 1] = value(x, y);
            }
        }
        return pixels;
    }

    public static List<FitsCard> ExtensionCards(string extensionName, string? unit)
    {
        List<FitsCard> cards = [new("EXTNAME", $"'{extensionName}'", "extension name")];
        if (unit is not null)
        {
            cards.Add(new("BUNIT", unit, null));
        }
        cards.AddRange(TanWcs());
        cards.AddRange(
        [
            // afw's XY0: a LINEAR alternate WCS anchored at pixel 1 whose CRVALs are the origin.
            new("CTYPE1A", "'LINEAR  '", null),
            new("CTYPE2A", "'LINEAR  '", null),
            new("CRPIX1A", "1.0", null),
            new("CRPIX2A", "1.0", null),
            new("CRVAL1A", X0.ToString(CultureInfo.InvariantCulture), null),
            new("CRVAL2A", Y0.ToString(CultureInfo.InvariantCulture), null),
            new("CUNIT1A", "'PIXEL   '", null),
            new("CUNIT2A", "'PIXEL   '", null),
            // Another alternate WCS, in no special form: its CRPIX moves like the primary WCS's.
            new("CTYPE1B", "'LINEAR  '", null),
            new("CTYPE2B", "'LINEAR  '", null),
            new("CRPIX1B", "50.5", null),
            new("CRPIX2B", "-20.25", null),
            new("CRVAL1B", "3.0", null),
            new("CRVAL2B", "4.0", null),
            new("CDELT1B", "0.5", null),
            new("CDELT2B", "0.5", null),
            new("LTV1", (-X0).ToString(CultureInfo.InvariantCulture), "IRAF image = physical + LTV"),
            new("LTV2", (-Y0).ToString(CultureInfo.InvariantCulture), null),
            new("LTM1_1", "1.0", null),
            new("LTM2_2", "1.0", null),
            new("HIERARCH LSST ISR BIAS", "'applied '", "a long keyword of Rubin's kind"),
        ]);
        return cards;
    }

    /// <summary>A TAN WCS at 0.2″ per pixel, slightly rotated, centred on the image.</summary>
    public static IEnumerable<FitsCard> TanWcs() =>
    [
        new("CTYPE1", "'RA---TAN'", null),
        new("CTYPE2", "'DEC--TAN'", null),
        new("CRPIX1", "100.5", null),
        new("CRPIX2", "75.5", null),
        new("CRVAL1", "150.1234", null),
        new("CRVAL2", "2.2345", null),
        new("CD1_1", "-5.5E-05", null),
        new("CD1_2", "1.1E-06", null),
        new("CD2_1", "1.2E-06", null),
        new("CD2_2", "5.5E-05", null),
        new("RADESYS", "'ICRS    '", null),
    ];
}
