using Fits.Tests.Support;

namespace Fits.Tests;

public class FitsFileTests(TestImageFiles files) : IClassFixture<TestImageFiles>
{
    [Fact]
    public async Task Written_files_pass_fitsverify_and_astropy_checksums()
    {
        foreach (var path in new[] { files.Calexp, files.Raw })
        {
            await FitsJudges.AssertValidAsync(path);
            var checksums = await FitsJudges.AstropyAsync("checksums", path);
            Assert.True(checksums.GetProperty("ok").GetBoolean(), checksums.ToString());
        }
    }

    [Fact]
    public void A_calexp_has_a_primary_header_and_three_named_images()
    {
        using var file = FitsFile.Open(files.Calexp);

        Assert.Equal(4, file.HduCount);
        Assert.Null(file.Image);
        var names = Enumerable.Range(2, 3).Select(hdu => { file.MoveToHdu(hdu); return file.ExtensionName; }).ToList();
        Assert.Equal<string?>(["IMAGE", "MASK", "VARIANCE"], names);
        Assert.Equal(4, file.CurrentHdu);
        Assert.Equal(new FitsImageInfo(-32, FitsPixelType.Single, [TestImages.Width, TestImages.Height]).Axes, file.Image!.Axes);
        Assert.Equal(FitsPixelType.Single, file.Image.PixelType);
    }

    [Fact]
    public void Headers_read_back_the_cards_written()
    {
        using var file = FitsFile.Open(files.Calexp);
        var primary = file.ReadHeader();
        file.MoveToHdu(2);
        var image = file.ReadHeader();

        Assert.Equal("MC_O_20261201_000042", primary.GetString("OBSID"));
        Assert.Equal(61010.123456789, primary.GetDouble("MJD-OBS"));
        Assert.Contains(primary.Cards, card => card.Keyword == "COMMENT" && card.Comment == "a comment card that must survive a cutout");
        Assert.Equal(-32, image.GetInteger("BITPIX"));
        Assert.Equal("IMAGE", image.GetString("EXTNAME"));
        Assert.Equal(1000.0, image.GetDouble("CRVAL1A"));
        Assert.Equal("applied", image.GetString("LSST ISR BIAS"));
        Assert.True(image.Contains("CHECKSUM") && image.Contains("DATASUM"));
    }

    [Fact]
    public void A_section_reads_the_pixels_of_the_box_and_a_step_samples_them()
    {
        using var file = FitsFile.Open(files.Calexp);
        file.MoveToHdu(2);

        var section = file.ReadPixels<float>(new PixelBox(11, 13, 21, 22));
        var sampled = file.ReadPixels<float>(new PixelBox(1, 200, 1, 150), step: 50);

        Assert.Equal([TestImages.ImageValue(11, 21), TestImages.ImageValue(12, 21), TestImages.ImageValue(13, 21),
            TestImages.ImageValue(11, 22), TestImages.ImageValue(12, 22), TestImages.ImageValue(13, 22)], section);
        Assert.Equal(4 * 3, sampled.Length);
        Assert.Equal(TestImages.ImageValue(51, 101), sampled[(2 * 4) + 1]);
    }

    [Fact]
    public void A_raw_reads_as_unsigned_16_bit_through_BZERO()
    {
        using var file = FitsFile.Open(files.Raw);

        Assert.Equal(1, file.HduCount);
        Assert.Equal(16, file.Image!.Bitpix);
        Assert.Equal(FitsPixelType.UInt16, file.Image.PixelType);
        var pixels = file.ReadPixels<ushort>(file.Image.Bounds);
        Assert.Equal(TestImages.Pixels(TestImages.RawValue), pixels);
        Assert.Contains(pixels, value => value > short.MaxValue);
        Assert.Equal(32768, file.ReadHeader().GetDouble("BZERO"));
    }

    [Fact]
    public void A_tile_compressed_HDU_presents_the_image_it_stores()
    {
        using var file = FitsFile.Open(files.CalexpGzip);
        file.MoveToHdu(3);

        Assert.True(file.IsCompressedImage);
        Assert.Equal(FitsHduType.Image, file.HduType);
        Assert.Equal(32, file.Image!.Bitpix);
        var header = file.ReadHeader();
        Assert.Equal("IMAGE", header.GetString("XTENSION"));
        Assert.Equal(32, header.GetInteger("BITPIX"));
        Assert.Equal(TestImages.Width, header.GetInteger("NAXIS1"));
        Assert.Equal("MASK", header.GetString("EXTNAME"));
        Assert.False(header.Contains("ZIMAGE"));
        Assert.Equal(TestImages.Pixels(TestImages.MaskValue), file.ReadPixels<int>(file.Image.Bounds));
    }

    [Fact]
    public void A_missing_file_is_a_FitsException_naming_it()
    {
        var path = files.InFolder("missing.fits");

        var exception = Assert.Throws<FitsException>(() => FitsFile.Open(path));

        Assert.Equal(104, exception.Status);
        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_FITS_is_a_FitsException()
    {
        var path = files.InFolder("not-fits.fits");
        File.WriteAllText(path, "SIMPLE? no, just text\n");

        var exception = Assert.Throws<FitsException>(() => FitsFile.Open(path));

        Assert.NotEqual(0, exception.Status);
        Assert.Contains("opening", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_box_outside_the_image_is_refused_before_reading()
    {
        using var file = FitsFile.Open(files.Calexp);
        file.MoveToHdu(2);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => file.ReadPixels<float>(new PixelBox(190, 201, 1, 10)));

        Assert.Contains("200x150", exception.Message, StringComparison.Ordinal);
    }
}
