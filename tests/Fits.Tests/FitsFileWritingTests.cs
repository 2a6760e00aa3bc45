using Fits.Tests.Support;

namespace Fits.Tests;

public class FitsFileWritingTests(TestImageFiles files) : IClassFixture<TestImageFiles>
{
    [Fact]
    public void The_first_image_is_the_science_pixels_whatever_the_layout()
    {
        foreach (var (path, hdu) in new[] { (files.Calexp, 2), (files.Raw, 1), (files.RawRice, 2) })
        {
            using var file = FitsFile.Open(path);

            var image = file.MoveToFirstImage();

            Assert.Equal(hdu, file.CurrentHdu);
            Assert.Equal(new PixelBox(1, TestImages.Width, 1, TestImages.Height), image!.Bounds);
        }
    }

    [Fact]
    public void Creating_a_file_that_exists_is_refused()
    {
        var exception = Assert.Throws<FitsException>(() => FitsFile.Create(files.Calexp));

        Assert.Contains(files.Calexp, exception.Message, StringComparison.Ordinal);
        Assert.True(new FileInfo(files.Calexp).Length > 0);
    }

    [Theory]
    [InlineData("NAXIS1")]
    [InlineData("BZERO")]
    [InlineData("CHECKSUM")]
    [InlineData("XTENSION")]
    public void Cards_that_CFITSIO_writes_itself_are_refused(string keyword)
    {
        var path = files.InFolder($"{Guid.NewGuid():N}.fits");
        using var file = FitsFile.Create(path);

        var exception = Assert.Throws<ArgumentException>(() => file.AppendImage<float>(2, 2, new float[4], [new(keyword, "1", null)]));

        Assert.Contains(keyword, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_whose_writing_failed_is_deleted_not_left_half_written()
    {
        var path = files.InFolder($"{Guid.NewGuid():N}.fits");

        using (var file = FitsFile.Create(path))
        {
            file.WritePrimaryHeader([]);
            var exception = Assert.Throws<FitsException>(() => file.AppendImage<int>(2, 1, [1, 2], [new("BAD=NAME", "1", null)]));
            Assert.Contains("BAD=NAME", exception.Message, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(path));
    }

    [Fact]
    public void The_pixel_count_must_match_the_size()
    {
        using var file = FitsFile.Create(files.InFolder($"{Guid.NewGuid():N}.fits"));

        Assert.Throws<ArgumentException>(() => file.AppendImage<short>(3, 2, new short[5], []));
    }
}
