using System.Net;
using Integration.Tests.Soda;
using Integration.Tests.Tap;
using SkiaSharp;

namespace Integration.Tests.Images;

/// <summary>DataLink's #preview over HTTP: a PNG of the image's science pixels, made once and then served from the cache.</summary>
[Collection(TapTests.Name)]
public sealed class ImagePreviewTests(TapFixture tap) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("preview-store-").FullName;
    private readonly string _previews = Directory.CreateTempSubdirectory("previews-").FullName;

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_previews, recursive: true);
    }

    [Fact]
    public async Task A_preview_is_a_PNG_of_the_image_made_once()
    {
        var image = await SodaImages.FindAsync(tap.Database.AdminConnectionString, "public", skip: 3);
        SodaImages.Write(_root, image);
        using var client = tap.Host(("Images:Root", _root), ("Images:PreviewFolder", _previews)).CreateClient();

        using var first = await client.GetAsync("/previews/" + image.StorePath + ".png");
        var made = Directory.GetFiles(_previews, "*.png", SearchOption.AllDirectories).Single();
        var madeAt = File.GetLastWriteTimeUtc(made);
        using var second = await client.GetAsync("/previews/" + image.StorePath + ".png");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/png", first.Content.Headers.ContentType?.MediaType);
        using var png = SKBitmap.Decode(await first.Content.ReadAsByteArrayAsync());
        Assert.Equal((image.Width, image.Height), (png.Width, png.Height));
        // The test image grows with y (x + 1000 y): FITS's first row is the PNG's last, so the top is brighter.
        Assert.True(png.GetPixel(image.Width / 2, 0).Red > png.GetPixel(image.Width / 2, image.Height - 1).Red);
        Assert.Equal(madeAt, File.GetLastWriteTimeUtc(made));
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task Previews_of_no_image_not_PNG_or_an_image_under_embargo_are_not_found()
    {
        var embargoed = await SodaImages.FindAsync(tap.Database.AdminConnectionString, "proprietary");
        SodaImages.Write(_root, embargoed);
        using var client = tap.Host(("Images:Root", _root), ("Images:PreviewFolder", _previews)).CreateClient();

        using var missing = await client.GetAsync("/previews/LSSTCam/none.fits.png");
        using var notPng = await client.GetAsync("/previews/" + embargoed.StorePath + ".jpg");
        using var hidden = await client.GetAsync("/previews/" + embargoed.StorePath + ".png");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notPng.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Empty(Directory.GetFiles(_previews, "*", SearchOption.AllDirectories));
    }
}
