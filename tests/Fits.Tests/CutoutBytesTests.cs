using Fits.Tests.Support;

namespace Fits.Tests;

/// <summary>
/// A stored image's pixels are copied from the file byte for byte, a tile-compressed one's are
/// decompressed by CFITSIO: two independent ways to the same data units, which must agree exactly,
/// with DATASUM and CHECKSUM that astropy and fitsverify accept. (The headers differ: fpack adds cards.)
/// </summary>
public class CutoutBytesTests(TestImageFiles files) : IClassFixture<TestImageFiles>
{
    private static readonly FitsCard[] Provenance = [new("HISTORY", null, "a cutout of the Fits tests")];

    /// <summary>Inside, as wide as the image, the whole image, and boxes on each edge and corner.</summary>
    public static TheoryData<int, int, int, int> Boxes => new()
    {
        { 21, 71, 31, 81 },
        { 1, TestImages.Width, 40, 90 },
        { 1, TestImages.Width, 1, TestImages.Height },
        { 1, 1, 1, TestImages.Height },
        { TestImages.Width, TestImages.Width, 1, 1 },
        { 150, TestImages.Width, 100, TestImages.Height },
        { 2, 4, TestImages.Height - 2, TestImages.Height },
    };

    [Theory]
    [MemberData(nameof(Boxes))]
    public async Task A_stored_calexp_and_its_lossless_GZIP_2_copy_give_the_same_data_units_byte_for_byte(int xMin, int xMax, int yMin, int yMax)
    {
        var box = new PixelBox(xMin, xMax, yMin, yMax);

        var stored = await CutAsync(files.Calexp, box);
        var decompressed = await CutAsync(files.CalexpGzip, box);

        var expected = DataUnits(stored);
        if (box.Intersect(new PixelBox(TestImages.NanX, TestImages.NanX, TestImages.NanY, TestImages.NanY)) is not null)
        {
            // CFITSIO decompresses every NaN as all ones (as funpack does); the file stores C#'s NaN, 0xFFC00000.
            var nan = ((TestImages.NanY - box.YMin) * box.Width + TestImages.NanX - box.XMin) * sizeof(float);
            Assert.Equal([0xFF, 0xC0, 0x00, 0x00], expected[2][(int)nan..(int)(nan + 4)]);
            expected[2].AsSpan((int)nan, 4).Fill(0xFF);
        }
        Assert.Equal(expected, DataUnits(decompressed));
        await AssertChecksumsRightAsync(stored);
    }

    [Theory]
    [MemberData(nameof(Boxes))]
    public async Task A_stored_16_bit_raw_and_its_RICE_1_copy_give_the_same_data_units_byte_for_byte(int xMin, int xMax, int yMin, int yMax)
    {
        var box = new PixelBox(xMin, xMax, yMin, yMax);

        var stored = await CutAsync(files.Raw, box);
        var decompressed = await CutAsync(files.RawRice, box);

        Assert.Equal(DataUnits(decompressed), DataUnits(stored));
        await AssertChecksumsRightAsync(stored);
    }

    /// <summary>
    /// An image of several megabytes is read in several bands; 16-bit rows of an odd width end
    /// inside a 32-bit word of the checksum, so a band boundary falls inside one too.
    /// </summary>
    [Theory]
    [InlineData(2, 1000, 1, 1000)]
    [InlineData(1, 1101, 3, 998)]
    [InlineData(1101, 1101, 1, 1000)]
    public async Task A_cutout_read_in_several_bands_keeps_every_pixel_and_a_right_checksum(int xMin, int xMax, int yMin, int yMax)
    {
        const int Width = 1101;
        const int Height = 1000;
        var source = files.InFolder($"{Guid.NewGuid():N}.fits");
        using (var file = FitsFile.Create(source))
        {
            var pixels = new short[Width * Height];
            for (var i = 0; i < pixels.Length; i++)
            {
                pixels[i] = (short)((i * 7919) % 65521);
            }
            file.AppendImage<short>(Width, Height, pixels, []);
        }
        var compressed = await FitsJudges.FpackAsync(source, files.InFolder($"{Guid.NewGuid():N}.fits.fz"), "-r");
        var box = new PixelBox(xMin, xMax, yMin, yMax);

        var stored = await CutAsync(source, box);
        var decompressed = await CutAsync(compressed, box);

        Assert.Equal(DataUnits(decompressed), DataUnits(stored));
        await AssertChecksumsRightAsync(stored);
        using var original = FitsFile.Open(source);
        using var cut = FitsFile.Open(stored);
        cut.MoveToHdu(2);
        Assert.Equal(original.ReadPixels<short>(box), cut.ReadPixels<short>(cut.Image!.Bounds));
    }

    [Fact]
    public async Task The_length_known_before_writing_is_the_length_written()
    {
        using var cutout = FitsCutout.Open(files.Calexp, new PixelBox(3, 77, 5, 120), Provenance);
        using var output = new MemoryStream();

        await cutout.WriteToAsync(output);

        Assert.Equal(cutout.Length, output.Length);
        Assert.Equal(0, output.Length % 2880);
    }

    private async Task<string> CutAsync(string source, PixelBox box)
    {
        var path = files.InFolder($"cutout-{Guid.NewGuid():N}.fits");
        await using var output = File.Create(path);
        await FitsCutout.WriteAsync(source, box, output, Provenance);
        return path;
    }

    /// <summary>The data unit of each extension, padding included, as bytes of the file (the last one ends the file).</summary>
    private static List<byte[]> DataUnits(string path)
    {
        var bytes = File.ReadAllBytes(path);
        using var file = FitsFile.Open(path);
        var units = new List<byte[]>();
        var end = 0L;
        for (var hdu = 2; hdu <= file.HduCount; hdu++)
        {
            file.MoveToHdu(hdu);
            var image = file.Image!;
            var length = FitsBlocks.Padded(image.Width * image.Height * Math.Abs(image.Bitpix) / 8);
            units.Add(bytes.AsSpan((int)file.DataStart, (int)length).ToArray());
            end = file.DataStart + length;
        }
        Assert.Equal(bytes.Length, end);
        return units;
    }

    private static async Task AssertChecksumsRightAsync(string cutout)
    {
        await FitsJudges.AssertValidAsync(cutout);
        var checksums = await FitsJudges.AstropyAsync("checksums", cutout);
        Assert.True(checksums.GetProperty("ok").GetBoolean(), checksums.ToString());
        Assert.Equal(checksums.GetProperty("hdus").GetInt32(), checksums.GetProperty("with_checksum").GetInt32());
    }
}
