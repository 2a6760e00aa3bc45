using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using CsvHelper;
using Fits.Wcs;
using ObsCore.Model.Csv;
using ObsCore.Model.Geometry;
using SeedData.Generator.Pixels;
using SeedData.Generator.Products;
using SeedData.Generator.Sky;
using SeedData.Generator.Survey;
using SeedData.Generator.Tool;
using Soda.Service.Images;
using Xunit.Abstractions;

namespace SeedData.Generator.Tests;

/// <summary>The render command as the image store runs it, its files judged by fitsverify and astropy.</summary>
public sealed class RenderCommandTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string Executable = Path.Combine(AppContext.BaseDirectory, "SeedData.Generator");

    private readonly string _folder = Directory.CreateTempSubdirectory("render-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_calexp_of_the_sample_is_written_whole_as_its_metadata_describe_it()
    {
        var sample = SeedDataSet.Generate(SurveyParameters.Sample);
        var ccd = sample.CcdImages.First(c => c.Detector.Number == 94);
        // The footprint as s_region publishes it, rounded to 10 decimals.
        var request = ProductImages.Of(sample, ProductType.Calexp, ccd) with
        {
            Footprint = [.. ccd.Footprint.Vertices.Select(v => new SkyPoint(Math.Round(v.Ra, 10), Math.Round(v.Dec, 10)))],
        };
        var path = Path.Combine(_folder, "calexp.fits");

        var clock = Stopwatch.StartNew();
        await new CommandImageRenderer(Executable, TimeSpan.FromMinutes(2)).RenderAsync(Dataset(request), path, CancellationToken.None);
        output.WriteLine($"{request.Naxis1}x{request.Naxis2} calexp rendered and written in {clock.Elapsed.TotalSeconds:F2} s");

        Assert.Equal(ArtifactContentLength(request.Id), new FileInfo(path).Length);
        await FitsJudges.AssertValidAsync(path);
        var view = await ImageJudges.AstropyAsync(path, request.Footprint, []);
        Assert.Equal(["PRIMARY", "IMAGE", "MASK", "VARIANCE"], view.Hdus.Select(h => h.Name));
        Assert.Equal(["", ">f4", ">i4", ">f4"], view.Hdus.Select(h => h.Dtype));
        Assert.All(view.Hdus.Skip(1), h => Assert.Equal([4000, 4072], h.Shape));
        AssertCornersOnFootprint(view, request, 0.1);
    }

    [Theory]
    [InlineData("raw")]
    [InlineData("calexp")]
    [InlineData("goodSeeingDiff_differenceExp")]
    [InlineData("deepCoadd")]
    [InlineData("visit_image")]
    public async Task Every_kind_of_image_passes_fitsverify_and_astropy_reads_it_as_rubin_lays_it_out(string datasetType)
    {
        var request = TestImages.Small(new SkyPoint(150.0, -30.0), 20, datasetType, datasetType == "deepCoadd" ? "deepCoadd/9813/37/i" : $"{datasetType}/2026103100001/5");
        var path = Path.Combine(_folder, datasetType + ".fits");

        Assert.Equal(0, RenderCommand.Run(Arguments(request, path), TextWriter.Null));

        Assert.Equal(ImageRenderer.Plan(request, SkyCatalogue.Survey).FileLength, new FileInfo(path).Length);
        await FitsJudges.AssertValidAsync(path);
        var view = await ImageJudges.AstropyAsync(path, request.Footprint, []);
        AssertCornersOnFootprint(view, request, 0.001);
        if (request.Kind == ImageKind.Raw)
        {
            var raw = Assert.Single(view.Hdus);
            Assert.Equal(("uint16", 16, 32768.0), (raw.Dtype, raw.Bitpix, raw.Bzero));
            Assert.Null(view.Xy0);
            return;
        }

        Assert.Equal(["PRIMARY", "IMAGE", "MASK", "VARIANCE"], view.Hdus.Select(h => h.Name));
        Assert.Equal([8, -32, 32, -32], view.Hdus.Select(h => h.Bitpix));
        Assert.Equal(MaskPlanes.Planes.ToDictionary(p => p.Name, p => p.Bit), view.Hdus[2].MaskPlanes);
        Assert.Equal(request.Kind == ImageKind.Coadd ? [22400.0, 9600.0] : [0.0, 0.0], view.Xy0);
    }

    [Fact]
    public async Task A_star_in_the_overlap_of_two_images_is_found_at_the_same_sky_position_in_both()
    {
        var first = TestImages.Small(new SkyPoint(150.0, -30.0), 0, "calexp", "calexp/2026103100001/5");
        var second = TestImages.Small(new SkyPoint(150.015, -29.99), 30, "calexp", "calexp/2026103100002/6");
        var stars = IsolatedStarsInBoth(first, second);
        Assert.True(stars.Count >= 3, $"only {stars.Count} isolated stars in the overlap");

        var inFirst = await FoundAsync(first, stars);
        var inSecond = await FoundAsync(second, stars);

        for (var i = 0; i < stars.Count; i++)
        {
            var catalogue = new SkyPoint(stars[i].Ra, stars[i].Dec);
            Assert.True(inFirst[i].SeparationDegrees(inSecond[i]) * 3600 < 0.05, $"star {stars[i].Id} found at {inFirst[i]} and {inSecond[i]}");
            Assert.True(inFirst[i].SeparationDegrees(catalogue) * 3600 < 0.05, $"star {stars[i].Id} found at {inFirst[i]}, not at {catalogue}");
        }
    }

    [Fact]
    public void The_same_arguments_give_the_same_bytes_and_another_dataset_other_bytes()
    {
        var request = TestImages.Small(new SkyPoint(150.0, -30.0), 10, "goodSeeingDiff_differenceExp", "goodSeeingDiff_differenceExp/2026103100001/5");
        var other = request with { Id = "ivo://lsst.example.org/images?goodSeeingDiff_differenceExp/2026103100001/6", Detector = 6 };

        var hashes = new[] { request, request, other }.Select((r, i) =>
        {
            var path = Path.Combine(_folder, $"{i}.fits");
            Assert.Equal(0, RenderCommand.Run(Arguments(r, path), TextWriter.Null));
            return Convert.ToHexString(SHA256.HashData(WithoutChecksumDates(File.ReadAllBytes(path))));
        }).ToList();

        Assert.Equal(hashes[0], hashes[1]);
        Assert.NotEqual(hashes[0], hashes[2]);
    }

    [Theory]
    [InlineData("--naxis1", "0", "--naxis1 needs a whole number of pixels")]
    [InlineData("--footprint", "10 -30 10.1 -29.9 10.1 -30 10 -29.9", "convex quadrilateral")]
    [InlineData("--band", "q", "--band needs one of u, g, r, i, z, y")]
    public async Task Bad_arguments_exit_with_2_and_say_what_is_wrong(string option, string value, string message)
    {
        var request = TestImages.Small(new SkyPoint(150.0, -30.0), 0, "calexp", "calexp/2026103100001/5");

        var (exitCode, messages) = await ExternalTool.RunAsync(Executable, "dotnet build seed-data/Generator", ["render", .. Arguments(request, Path.Combine(_folder, "x.fits")), option, value]);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, messages, StringComparison.Ordinal);
        Assert.Contains("usage: SeedData.Generator render", messages, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "x.fits")));
    }

    [Fact]
    public void A_file_that_cannot_be_written_exits_with_1_and_says_why()
    {
        var request = TestImages.Small(new SkyPoint(150.0, -30.0), 0, "calexp", "calexp/2026103100001/5");
        using var error = new StringWriter();

        Assert.Equal(1, RenderCommand.Run(Arguments(request, Path.Combine(_folder, "missing", "x.fits")), error));
        Assert.Contains("missing", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The file with the CHECKSUM and DATASUM cards blanked: CFITSIO dates them (in their comments) when
    /// it writes them, so they differ from one second to the next; every other byte must not.
    /// </summary>
    private static byte[] WithoutChecksumDates(byte[] file)
    {
        for (var card = 0; card + 80 <= file.Length; card += 80)
        {
            var keyword = System.Text.Encoding.ASCII.GetString(file, card, 8);
            if (keyword is "CHECKSUM" or "DATASUM ")
            {
                Array.Fill(file, (byte)' ', card, 80);
            }
        }

        return file;
    }

    /// <summary>The render command's arguments (after "render") as the image store passes them.</summary>
    private static string[] Arguments(RenderRequest request, string path) => [.. CommandImageRenderer.Arguments(Dataset(request), path).Skip(1)];

    /// <summary>The image store's view of the dataset: what it reads from the ObsCore row.</summary>
    private static ImageDataset Dataset(RenderRequest request) => new()
    {
        PublisherDid = request.Id,
        StorePath = "synthetic/" + request.DatasetType + ".fits",
        ContentType = "application/fits",
        DatasetType = request.DatasetType,
        Naxis1 = request.Naxis1,
        Naxis2 = request.Naxis2,
        Footprint = [.. request.Footprint.SelectMany(p => new[] { p.Ra, p.Dec })],
        Band = request.Band?.Name,
        Visit = request.Visit,
        Detector = request.Detector,
        TimeMin = request.Mjd,
    };

    /// <summary>The footprint's corners, through the file's WCS as astropy reads it, are the outer corners of the image's corner pixels.</summary>
    private static void AssertCornersOnFootprint(AstropyView view, RenderRequest request, double tolerancePixels)
    {
        double[][] expected = [[0.5, 0.5], [request.Naxis1 + 0.5, 0.5], [request.Naxis1 + 0.5, request.Naxis2 + 0.5], [0.5, request.Naxis2 + 0.5]];
        foreach (var (corner, pixel) in view.Corners.Zip(expected))
        {
            var miss = double.Hypot(corner[0] - pixel[0], corner[1] - pixel[1]);
            Assert.True(miss <= tolerancePixels, $"a footprint corner lands {miss} px from pixel corner ({pixel[0]}, {pixel[1]})");
        }
    }

    private async Task<List<SkyPoint>> FoundAsync(RenderRequest request, IReadOnlyList<Star> stars)
    {
        var path = Path.Combine(_folder, $"{request.Detector}.fits");
        Assert.Equal(0, RenderCommand.Run(Arguments(request, path), TextWriter.Null));
        var view = await ImageJudges.AstropyAsync(path, request.Footprint, [.. stars.Select(s => new SkyPoint(s.Ra, s.Dec))]);
        return [.. view.Stars.Select(p => new SkyPoint(p[0], p[1]))];
    }

    /// <summary>The isolated, bright but unsaturated constant stars at least 20 pixels inside both images.</summary>
    private static List<Star> IsolatedStarsInBoth(RenderRequest first, RenderRequest second)
    {
        var firstWcs = WcsOf(first);
        var secondWcs = WcsOf(second);
        var candidates = SkyCatalogue.Survey.StarsNear(first.Footprint, 0.01).ToList();
        return [.. candidates.Where(star =>
            star.MagnitudeR is > 17.5 and < 21 && !star.IsVariable
            && Inside(firstWcs, first, star) && Inside(secondWcs, second, star)
            && !candidates.Any(other => other.Id != star.Id && other.MagnitudeR < star.MagnitudeR + 4
                && new SkyPoint(other.Ra, other.Dec).SeparationDegrees(new SkyPoint(star.Ra, star.Dec)) * 3600 < 4))];
    }

    private static bool Inside(TanWcs wcs, RenderRequest request, Star star) =>
        wcs.TrySkyToPixel(star.Ra, star.Dec, out var x, out var y) && x > 20 && x < request.Naxis1 - 20 && y > 20 && y < request.Naxis2 - 20;

    private static TanWcs WcsOf(RenderRequest request) =>
        TanWcs.FromFootprint(request.Naxis1, request.Naxis2, [.. request.Footprint.Select(c => (c.Ra, c.Dec))]);

    /// <summary>The content_length the committed sample gives the dataset's file.</summary>
    private static long ArtifactContentLength(string did)
    {
        using var csv = new CsvReader(CsvTables.OpenText(SourceTree.PathOf("seed-data", "sample", "caom2.artifact.csv.gz")), CsvTables.Format);
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            if (csv.GetField("publisher_did") == did)
            {
                return long.Parse(csv.GetField("content_length")!, CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"The sample has no artifact of {did}.");
    }
}
