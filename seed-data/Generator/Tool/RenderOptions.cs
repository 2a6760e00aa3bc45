using System.Globalization;
using ObsCore.Model.Geometry;
using SeedData.Generator.Pixels;
using SeedData.Generator.Survey;

namespace SeedData.Generator.Tool;

/// <summary>The arguments of the <c>render</c> command: which image to draw and where to write it.</summary>
public sealed record RenderOptions(RenderRequest Request, string OutputPath)
{
    public const string Usage =
        """
        usage: SeedData.Generator render --out FILE --id DID --dataset-type TYPE --naxis1 N --naxis2 N
                   --footprint "ra1 dec1 ra2 dec2 ra3 dec3 ra4 dec4" [--band B] [--visit N] [--detector N] [--mjd T]
               writes the image of one dataset of the synthetic survey as a FITS file: raw (one 16-bit HDU),
               or calexp, difference image and coadd (IMAGE, MASK, VARIANCE); other dataset types are drawn as
               a calexp. The footprint is the dataset's s_region in degrees, the outer corners of pixels
               (1, 1), (N1, 1), (N1, N2), (1, N2) in this order; the band is u, g, r, i, z or y; T is the MJD (TAI).
        """;

    /// <summary>No side longer, and no image larger, than this: memory stays within a few gigabytes.</summary>
    public const int MaxSide = 20_000;
    public const long MaxPixels = 64_000_000;

    /// <summary>Parses the command's arguments (after <c>render</c>); throws <see cref="ArgumentException"/> with a message for the user.</summary>
    public static RenderOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? output = null, id = null, datasetType = null;
        int? naxis1 = null, naxis2 = null, detector = null;
        IReadOnlyList<SkyPoint>? footprint = null;
        Band? band = null;
        long? visit = null;
        double? mjd = null;
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{option} needs a value");
            switch (option)
            {
                case "--out": output = NonEmpty(option, Value()); break;
                case "--id": id = NonEmpty(option, Value()); break;
                case "--dataset-type": datasetType = NonEmpty(option, Value()); break;
                case "--naxis1": naxis1 = Side(option, Value()); break;
                case "--naxis2": naxis2 = Side(option, Value()); break;
                case "--footprint": footprint = Footprint(Value()); break;
                case "--band": band = Band.Named(Value()) ?? throw new ArgumentException("--band needs one of u, g, r, i, z, y"); break;
                case "--visit": visit = long.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : throw new ArgumentException("--visit needs a non-negative integer"); break;
                case "--detector": detector = int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : throw new ArgumentException("--detector needs a non-negative integer"); break;
                case "--mjd": mjd = Number(Value()) ?? throw new ArgumentException("--mjd needs a number (MJD, TAI)"); break;
                default: throw new ArgumentException($"unknown option '{option}'");
            }
        }

        var request = new RenderRequest(
            id ?? throw new ArgumentException("--id DID is required"),
            datasetType ?? throw new ArgumentException("--dataset-type TYPE is required"),
            naxis1 ?? throw new ArgumentException("--naxis1 N is required"),
            naxis2 ?? throw new ArgumentException("--naxis2 N is required"),
            footprint ?? throw new ArgumentException("--footprint is required"))
        {
            Band = band,
            Visit = visit,
            Detector = detector,
            Mjd = mjd,
        };
        if ((long)request.Naxis1 * request.Naxis2 > MaxPixels)
        {
            throw new ArgumentException($"an image of {request.Naxis1} x {request.Naxis2} pixels is larger than the {MaxPixels} pixels the renderer draws");
        }

        return new RenderOptions(request, output ?? throw new ArgumentException("--out FILE is required"));
    }

    private static string NonEmpty(string option, string value) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{option} needs a non-empty value") : value;

    private static int Side(string option, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= MaxSide
            ? value
            : throw new ArgumentException($"{option} needs a whole number of pixels from 1 to {MaxSide}");

    private static SkyPoint[] Footprint(string text)
    {
        var numbers = text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(Number).ToArray();
        if (numbers.Length != 8 || numbers.Any(n => n is null))
        {
            throw new ArgumentException($"--footprint needs the four corners as eight numbers \"ra1 dec1 ... ra4 dec4\" (degrees), not '{text}'");
        }

        var corners = Enumerable.Range(0, 4).Select(i => new SkyPoint(numbers[2 * i]!.Value, numbers[2 * i + 1]!.Value)).ToArray();
        return corners.Any(c => Math.Abs(c.Dec) > 90)
            ? throw new ArgumentException("--footprint has a declination beyond ±90°")
            : corners;
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
}
