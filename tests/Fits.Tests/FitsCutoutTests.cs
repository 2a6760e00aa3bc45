using System.Text.Json;
using Fits.Tests.Support;

namespace Fits.Tests;

public class FitsCutoutTests(TestImageFiles files) : IClassFixture<TestImageFiles>
{
    private static readonly PixelBox Stamp = new(21, 71, 31, 81);

    private static readonly FitsCard[] Provenance =
    [
        new("SODAID", "'ivo://example.org/calexp?42'", "cutout source"),
        new("HISTORY", null, "SODA cutout POS=CIRCLE 150.1 2.2 0.001"),
    ];

    public static TheoryData<int, int, int, int> Boxes => new()
    {
        { 21, 71, 31, 81 },
        { 1, 200, 1, 150 },
        { 1, 1, 1, 1 },
        { 200, 200, 150, 150 },
        { 120, 200, 1, 7 },
    };

    [Theory]
    [MemberData(nameof(Boxes))]
    public async Task A_cutout_has_the_pixels_of_the_same_slice_read_by_astropy(int xMin, int xMax, int yMin, int yMax)
    {
        var cutout = await CutAsync(files.Calexp, new PixelBox(xMin, xMax, yMin, yMax));

        var hdus = await SliceAsync(cutout, files.Calexp, new PixelBox(xMin, xMax, yMin, yMax));

        Assert.Equal(["IMAGE", "MASK", "VARIANCE"], hdus.Select(hdu => hdu.GetProperty("name").GetString()));
        Assert.All(hdus, hdu => Assert.Equal([yMax - yMin + 1, xMax - xMin + 1], hdu.GetProperty("shape").EnumerateArray().Select(n => n.GetInt32())));
        Assert.All(hdus, hdu => Assert.True(hdu.GetProperty("equal").GetBoolean(), hdu.ToString()));
    }

    [Fact]
    public async Task Cutouts_pass_fitsverify_and_astropy_finds_their_checksums_right()
    {
        foreach (var source in new[] { files.Calexp, files.Raw, files.CalexpRice, files.RawRice })
        {
            var cutout = await CutAsync(source, Stamp);

            await FitsJudges.AssertValidAsync(cutout);
            var checksums = await FitsJudges.AstropyAsync("checksums", cutout);
            Assert.True(checksums.GetProperty("ok").GetBoolean(), checksums.ToString());
            Assert.Equal(checksums.GetProperty("hdus").GetInt32(), checksums.GetProperty("with_checksum").GetInt32());
        }
    }

    [Fact]
    public async Task A_cutout_keeps_every_header_card_but_those_CFITSIO_writes()
    {
        var cutout = await CutAsync(files.Calexp, Stamp);

        using var source = FitsFile.Open(files.Calexp);
        using var cut = FitsFile.Open(cutout);
        Assert.Equal(KeptCards(source.ReadHeader()).Concat(Provenance), KeptCards(cut.ReadHeader()));
        string[] shifted = ["CRPIX1", "CRPIX2", "CRPIX1B", "CRPIX2B", "CRVAL1A", "CRVAL2A", "LTV1", "LTV2"];
        for (var hdu = 2; hdu <= 4; hdu++)
        {
            source.MoveToHdu(hdu);
            cut.MoveToHdu(hdu);
            var expected = KeptCards(source.ReadHeader()).ToList();
            var actual = KeptCards(cut.ReadHeader()).ToList();
            Assert.Equal(expected.Select(card => card.Keyword), actual.Select(card => card.Keyword));
            Assert.Equal(expected.Where(card => !shifted.Contains(card.Keyword)), actual.Where(card => !shifted.Contains(card.Keyword)));
        }
    }

    [Fact]
    public async Task The_cutout_WCS_maps_each_pixel_where_the_source_WCS_maps_the_same_pixel()
    {
        var cutout = await CutAsync(files.Calexp, Stamp);

        var comparisons = (await FitsJudges.AstropyAsync("wcs", cutout, files.Calexp, "20", "30")).EnumerateArray().ToList();

        Assert.Equal(3 * 3, comparisons.Count);
        Assert.Equal(["", "A", "B"], comparisons.Select(c => c.GetProperty("key").GetString()).Distinct());
        Assert.All(comparisons, c => Assert.True(c.GetProperty("max_difference").GetDouble() < 1e-9, c.ToString()));
    }

    [Fact]
    public async Task The_afw_XY0_WCS_keeps_CRPIX_at_1_and_moves_CRVAL_and_LTV_by_the_offset()
    {
        var cutout = await CutAsync(files.Calexp, Stamp);

        using var cut = FitsFile.Open(cutout);
        cut.MoveToHdu(2);
        var header = cut.ReadHeader();
        Assert.Equal(1.0, header.GetDouble("CRPIX1A"));
        Assert.Equal(1.0, header.GetDouble("CRPIX2A"));
        Assert.Equal(TestImages.X0 + 20.0, header.GetDouble("CRVAL1A"));
        Assert.Equal(TestImages.Y0 + 30.0, header.GetDouble("CRVAL2A"));
        Assert.Equal(-(TestImages.X0 + 20.0), header.GetDouble("LTV1"));
        Assert.Equal(-(TestImages.Y0 + 30.0), header.GetDouble("LTV2"));
        Assert.Equal(100.5 - 20, header.GetDouble("CRPIX1"));
        Assert.Equal(50.5 - 20, header.GetDouble("CRPIX1B"));
    }

    [Fact]
    public async Task The_primary_HDU_keeps_the_source_primary_with_NEXTEND_and_the_provenance()
    {
        var cutout = await CutAsync(files.Calexp, Stamp);

        var cards = (await FitsJudges.AstropyAsync("header", cutout, "0")).EnumerateArray()
            .Select(card => (card[0].GetString(), card[1].GetString())).ToList();

        Assert.Contains(("NEXTEND", "3"), cards);
        Assert.Contains(("OBSID", "MC_O_20261201_000042"), cards);
        Assert.Contains(("SODAID", "ivo://example.org/calexp?42"), cards);
        Assert.Contains(("NAXIS", "0"), cards);
    }

    [Fact]
    public async Task Long_string_values_are_kept_and_declared_as_fitsverify_asks()
    {
        var source = files.InFolder($"{Guid.NewGuid():N}.fits");
        await FitsJudges.AstropyAsync("write-long-strings", source);

        var cutout = await CutAsync(source, new PixelBox(2, 5, 3, 6));

        await FitsJudges.AssertValidAsync(cutout);
        var primary = (await FitsJudges.AstropyAsync("header", cutout, "0")).EnumerateArray().Select(card => (card[0].GetString(), card[1].GetString()));
        var image = (await FitsJudges.AstropyAsync("header", cutout, "1")).EnumerateArray().Select(card => (card[0].GetString(), card[1].GetString()));
        Assert.Contains(("LONGSTR", new string('a', 120)), primary);
        Assert.Contains(("LONGSTR", new string('b', 150)), image);
        Assert.Contains(("LONGSTRN", "OGIP 1.0"), image);
    }

    [Fact]
    public async Task A_raw_is_cut_into_an_IMAGE_extension_with_its_WCS_and_unsigned_pixels()
    {
        var cutout = await CutAsync(files.Raw, Stamp);

        var hdus = await SliceAsync(cutout, files.Raw, Stamp);
        var hdu = Assert.Single(hdus);
        Assert.True(hdu.GetProperty("equal").GetBoolean(), hdu.ToString());
        Assert.Equal("uint16", hdu.GetProperty("dtype").GetString());
        var comparisons = (await FitsJudges.AstropyAsync("wcs", cutout, files.Raw, "20", "30")).EnumerateArray();
        Assert.All(comparisons, c => Assert.True(c.GetProperty("max_difference").GetDouble() < 1e-9, c.ToString()));
        using var cut = FitsFile.Open(cutout);
        Assert.False(cut.ReadHeader().Contains("CRPIX1"), "the dataless primary must not carry the WCS of the pixels");
        Assert.Equal("LSSTCam", cut.ReadHeader().GetString("INSTRUME"));
    }

    [Fact]
    public async Task A_GZIP_2_copy_gives_exactly_the_pixels_of_the_uncompressed_file()
    {
        var cutout = await CutAsync(files.CalexpGzip, Stamp);

        var hdus = await SliceAsync(cutout, files.Calexp, Stamp);

        Assert.Equal(3, hdus.Count);
        Assert.All(hdus, hdu => Assert.True(hdu.GetProperty("equal").GetBoolean(), hdu.ToString()));
        using var cut = FitsFile.Open(cutout);
        cut.MoveToHdu(2);
        Assert.False(cut.IsCompressedImage);
        Assert.DoesNotContain(cut.ReadHeader().Cards, card => card.Keyword.StartsWith('Z') || card.Keyword.StartsWith('T'));
    }

    /// <summary>
    /// RICE_1 is lossless for integers, but fpack quantises floating-point images before RICE
    /// (lossless floats need GZIP with -q 0): so MASK and the raw equal the original, and IMAGE
    /// and VARIANCE equal the compressed file's own values, as funpack decompresses them.
    /// </summary>
    [Fact]
    public async Task A_RICE_1_copy_gives_the_pixels_CFITSIO_decompresses_and_integers_unchanged()
    {
        var cutout = await CutAsync(files.CalexpRice, Stamp);
        var unpacked = await FitsJudges.FunpackAsync(files.CalexpRice, files.InFolder($"{Guid.NewGuid():N}.fits"));

        Assert.All(await SliceAsync(cutout, unpacked, Stamp), hdu => Assert.True(hdu.GetProperty("equal").GetBoolean(), hdu.ToString()));
        var againstOriginal = await SliceAsync(cutout, files.Calexp, Stamp);
        Assert.True(againstOriginal.Single(hdu => hdu.GetProperty("name").GetString() == "MASK").GetProperty("equal").GetBoolean());
        Assert.False(againstOriginal.Single(hdu => hdu.GetProperty("name").GetString() == "IMAGE").GetProperty("equal").GetBoolean());
        var raw = await CutAsync(files.RawRice, Stamp);
        Assert.True(Assert.Single(await SliceAsync(raw, files.Raw, Stamp)).GetProperty("equal").GetBoolean());
    }

    [Fact]
    public async Task Concurrent_cutouts_of_one_file_each_get_their_own_pixels()
    {
        var boxes = Enumerable.Range(0, 12).Select(i => new PixelBox(1 + (i * 10), 60 + (i * 10), 1 + (i * 5), 80 + (i * 5))).ToList();

        var cutouts = await Task.WhenAll(boxes.Select(box => Task.Run(() => CutAsync(files.Calexp, box))));

        foreach (var (box, cutout) in boxes.Zip(cutouts))
        {
            using var cut = FitsFile.Open(cutout);
            cut.MoveToHdu(2);
            var pixels = cut.ReadPixels<float>(cut.Image!.Bounds);
            Assert.Equal(TestImages.ImageValue(box.XMin, box.YMin), pixels[0]);
            Assert.Equal(TestImages.ImageValue(box.XMax, box.YMax), pixels[^1]);
        }
    }

    [Fact]
    public async Task A_box_outside_the_image_is_refused_before_anything_is_written()
    {
        using var destination = new MemoryStream();

        var exception = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => FitsCutout.WriteAsync(files.Calexp, new PixelBox(150, 260, 1, 10), destination, Provenance));

        Assert.Contains("150:260,1:10", exception.Message, StringComparison.Ordinal);
        Assert.Contains("200x150", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, destination.Length);
    }

    [Fact]
    public async Task A_missing_or_non_FITS_source_is_a_FitsException()
    {
        var text = files.InFolder("text.fits");
        await File.WriteAllTextAsync(text, "not FITS at all");

        var missing = await Assert.ThrowsAsync<FitsException>(
            () => FitsCutout.WriteAsync(files.InFolder("absent.fits"), Stamp, Stream.Null, Provenance));
        var notFits = await Assert.ThrowsAsync<FitsException>(() => FitsCutout.WriteAsync(text, Stamp, Stream.Null, Provenance));

        Assert.Contains("absent.fits", missing.Message, StringComparison.Ordinal);
        Assert.Contains("text.fits", notFits.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_cutout_stops_with_OperationCanceledException()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => FitsCutout.WriteAsync(files.Calexp, Stamp, Stream.Null, Provenance, cancelled.Token));
    }

    private async Task<string> CutAsync(string source, PixelBox box)
    {
        var path = files.InFolder($"cutout-{Guid.NewGuid():N}.fits");
        await using var output = File.Create(path);
        await FitsCutout.WriteAsync(source, box, output, Provenance);
        return path;
    }

    private static async Task<List<JsonElement>> SliceAsync(string cutout, string source, PixelBox box) =>
        [.. (await FitsJudges.AstropyAsync("slice", cutout, source, $"{box.XMin}", $"{box.XMax}", $"{box.YMin}", $"{box.YMax}")).EnumerateArray()];

    /// <summary>The cards a cutout must keep: all but the structure and the checksums, which CFITSIO writes anew.</summary>
    private static IEnumerable<FitsCard> KeptCards(FitsHeader header)
    {
        string[] rewritten = ["SIMPLE", "XTENSION", "BITPIX", "NAXIS", "NAXIS1", "NAXIS2", "EXTEND", "PCOUNT", "GCOUNT", "CHECKSUM", "DATASUM"];
        return header.Cards.Where(card => !rewritten.Contains(card.Keyword)
            && !(card.Keyword == "COMMENT" && (card.Comment ?? "").Contains("FITS (Flexible Image", StringComparison.Ordinal)
                || (card.Comment ?? "").Contains("and Astrophysics', volume 376", StringComparison.Ordinal)));
    }
}
