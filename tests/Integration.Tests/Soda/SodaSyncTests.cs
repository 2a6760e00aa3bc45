using System.Globalization;
using System.Net;
using System.Text.Json;
using Integration.Tests.Tap;

namespace Integration.Tests.Soda;

/// <summary>
/// SODA 1.0 sync over HTTP on images of the sample: cutouts judged by fitsverify and astropy, and
/// every kind of bad request answered as SODA says (text/plain, the standard's labels), never a 500.
/// </summary>
[Collection(TapTests.Name)]
public sealed class SodaSyncTests(TapFixture tap) : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("soda-store-").FullName;
    private SampleImage _image = null!;
    private string _source = null!;

    public async Task InitializeAsync()
    {
        _image = await SodaImages.FindAsync(tap.Database.AdminConnectionString, "public");
        _source = SodaImages.Write(_root, _image);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_circle_cutout_is_valid_FITS_with_the_source_pixels_and_WCS_of_its_box()
    {
        var (ra, dec) = _image.SkyAt(120, 150);
        var radius = 10 * 2.0 / 3600; // 10 pixels of 2" (a tenth-size image)
        using var client = Client();

        using var response = await client.GetAsync(Url(("ID", _image.Id), ("CIRCLE", $"{N(ra)} {N(dec)} {N(radius)}")));
        var cutout = await SaveAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fits", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new FileInfo(cutout).Length, response.Content.Headers.ContentLength);
        await FitsJudges.AssertValidAsync(cutout);
        var box = await BoxOfAsync(cutout);
        Assert.InRange(box.XMin, 108, 111);
        Assert.InRange(box.XMax, 129, 132);
        Assert.InRange(box.YMin, 138, 141);
        Assert.InRange(box.YMax, 159, 162);
        var slices = await FitsJudges.AstropyAsync("slice", cutout, _source, $"{box.XMin}", $"{box.XMax}", $"{box.YMin}", $"{box.YMax}");
        Assert.Equal(["IMAGE", "MASK", "VARIANCE"], slices.EnumerateArray().Select(hdu => hdu.GetProperty("name").GetString()));
        Assert.All(slices.EnumerateArray(), hdu => Assert.True(hdu.GetProperty("equal").GetBoolean(), hdu.ToString()));
        var wcs = await FitsJudges.AstropyAsync("wcs", cutout, _source, $"{box.XMin - 1}", $"{box.YMin - 1}");
        Assert.All(wcs.EnumerateArray(), hdu => Assert.True(hdu.GetProperty("max_difference").GetDouble() < 0.001 * 2.0 / 3600, hdu.ToString()));
    }

    [Theory]
    [InlineData("POS", "RANGE {0} {1} {2} {3}")]
    [InlineData("POS", "POLYGON {0} {2} {1} {2} {1} {3}")]
    [InlineData("POLYGON", "{0} {2} {1} {2} {1} {3} {0} {3}")]
    public async Task Range_and_polygon_cutouts_are_answered_with_FITS(string parameter, string form)
    {
        var (ra1, dec1) = _image.SkyAt(100, 100);
        var (ra2, dec2) = _image.SkyAt(140, 140);
        var value = string.Format(CultureInfo.InvariantCulture, form, N(Math.Min(ra1, ra2)), N(Math.Max(ra1, ra2)), N(Math.Min(dec1, dec2)), N(Math.Max(dec1, dec2)));
        using var client = Client();

        using var response = await client.GetAsync(Url(("ID", _image.Id), (parameter, value)));
        var cutout = await SaveAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await FitsJudges.AssertValidAsync(cutout);
    }

    [Fact]
    public async Task A_region_that_misses_the_image_gets_no_content()
    {
        var (ra, dec) = _image.SkyAt(_image.Width / 2.0, _image.Height / 2.0);
        using var client = Client();

        using var response = await client.GetAsync(Url(("ID", _image.Id), ("CIRCLE", $"{N((ra + 180) % 360)} {N(-dec)} 0.1")));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_huge_circle_gives_the_whole_image()
    {
        var (ra, dec) = _image.SkyAt(1, 1);
        using var client = Client();

        using var response = await client.GetAsync(Url(("ID", _image.Id), ("CIRCLE", $"{N(ra)} {N(dec)} 170")));
        var box = await BoxOfAsync(await SaveAsync(response));

        Assert.Equal((1, _image.Width, 1, _image.Height), (box.XMin, box.XMax, box.YMin, box.YMax));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "UsageError: POS", "POS", "CIRCLE 10 20")]
    [InlineData(HttpStatusCode.BadRequest, "UsageError: POS", "POS", "RANGE 10 11 80 91")]
    [InlineData(HttpStatusCode.BadRequest, "UsageError: POLYGON", "POLYGON", "10 20 11 20")]
    [InlineData(HttpStatusCode.BadRequest, "UsageError: CIRCLE", "CIRCLE", "10 20 200")]
    [InlineData(HttpStatusCode.BadRequest, "UsageError: BAND", "BAND", "5e-7 4e-7")]
    [InlineData(HttpStatusCode.BadRequest, "UsageError: POS", "POS", "ELLIPSE 10 20 1 2 0")]
    public async Task Malformed_parameters_are_usage_errors_naming_the_parameter(HttpStatusCode status, string start, string name, string value)
    {
        using var client = Client();

        using var response = await client.GetAsync(Url(("ID", _image.Id), (name, value)));

        await AssertSodaErrorAsync(response, status, start);
    }

    [Fact]
    public async Task Both_POS_and_CIRCLE_is_a_usage_error()
    {
        using var client = Client();

        using var response = await client.GetAsync(Url(("ID", _image.Id), ("POS", "CIRCLE 10 20 1"), ("CIRCLE", "10 20 1")));

        await AssertSodaErrorAsync(response, HttpStatusCode.BadRequest, "UsageError:");
    }

    [Fact]
    public async Task Several_IDs_or_regions_in_sync_are_multi_valued_params_not_supported()
    {
        using var client = Client();

        using var ids = await client.GetAsync(Url(("ID", _image.Id), ("ID", _image.Id + "x")));
        using var circles = await client.GetAsync(Url(("ID", _image.Id), ("CIRCLE", "10 20 1"), ("CIRCLE", "11 20 1")));

        await AssertSodaErrorAsync(ids, HttpStatusCode.BadRequest, "MultiValuedParamNotSupported: ID");
        await AssertSodaErrorAsync(circles, HttpStatusCode.BadRequest, "MultiValuedParamNotSupported: CIRCLE");
    }

    [Fact]
    public async Task An_unknown_ID_is_an_error_naming_it_and_no_ID_a_usage_error()
    {
        using var client = Client();

        using var unknown = await client.GetAsync(Url(("ID", "ivo://nowhere/none"), ("CIRCLE", "10 20 1")));
        using var none = await client.GetAsync(Url(("CIRCLE", "10 20 1")));

        await AssertSodaErrorAsync(unknown, HttpStatusCode.NotFound, "Error: No dataset has the ID 'ivo://nowhere/none'");
        await AssertSodaErrorAsync(none, HttpStatusCode.BadRequest, "UsageError:");
    }

    [Fact]
    public async Task An_embargoed_image_is_not_found_by_an_anonymous_caller_as_if_it_did_not_exist()
    {
        var embargoed = await SodaImages.FindAsync(tap.Database.AdminConnectionString, "proprietary");
        SodaImages.Write(_root, embargoed);
        var (ra, dec) = embargoed.SkyAt(50, 50);
        using var client = Client();

        using var response = await client.GetAsync(Url(("ID", embargoed.Id), ("CIRCLE", $"{N(ra)} {N(dec)} 0.01")));

        await AssertSodaErrorAsync(response, HttpStatusCode.NotFound, $"Error: No dataset has the ID '{embargoed.Id}'");
    }

    [Fact]
    public async Task A_cutout_beyond_the_size_limit_is_a_usage_error_saying_the_limit()
    {
        var (ra, dec) = _image.SkyAt(120, 150);
        using var client = tap.Host(("Images:Root", _root), ("Images:MaxCutoutPixels", "100")).CreateClient();

        using var response = await client.GetAsync(Url(("ID", _image.Id), ("CIRCLE", $"{N(ra)} {N(dec)} 0.01")));

        await AssertSodaErrorAsync(response, HttpStatusCode.BadRequest, "UsageError:");
        Assert.Contains("more than the limit of 100", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task POST_takes_the_same_parameters_with_names_in_any_case()
    {
        var (ra, dec) = _image.SkyAt(60, 60);
        using var client = Client();

        using var response = await client.PostAsync("/soda/sync", new FormUrlEncodedContent(
            [new("id", _image.Id), new("Circle", $"{N(ra)} {N(dec)} 0.005")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await FitsJudges.AssertValidAsync(await SaveAsync(response));
    }

    [Theory]
    [InlineData("-r")]
    [InlineData("-g2", "-q", "0")]
    public async Task A_tile_compressed_image_gives_the_cutout_of_its_decompressed_pixels(params string[] fpack)
    {
        var (ra, dec) = _image.SkyAt(80, 90);
        var circle = $"{N(ra)} {N(dec)} 0.01";
        using var client = Client();
        var plain = await SaveAsync(await client.GetAsync(Url(("ID", _image.Id), ("CIRCLE", circle))));
        var packed = await FitsJudges.FpackAsync(_source, _source + ".fz", fpack);
        File.Move(packed, _source, overwrite: true);
        var unpacked = await FitsJudges.FunpackAsync(_source, _source + ".unpacked");

        var cutout = await SaveAsync(await client.GetAsync(Url(("ID", _image.Id), ("CIRCLE", circle))));
        var box = await BoxOfAsync(cutout);

        Assert.Equal(await BoxOfAsync(plain), box);
        await FitsJudges.AssertValidAsync(cutout);
        var slices = await FitsJudges.AstropyAsync("slice", cutout, unpacked, $"{box.XMin}", $"{box.XMax}", $"{box.YMin}", $"{box.YMax}");
        Assert.All(slices.EnumerateArray(), hdu => Assert.True(hdu.GetProperty("equal").GetBoolean(), hdu.ToString()));
    }

    [Fact]
    public async Task The_capabilities_name_sync_and_async_by_standardID_and_availability_answers()
    {
        using var client = Client();

        var capabilities = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync("/soda/capabilities"));
        using var availability = await client.GetAsync("/soda/availability");

        var standards = capabilities.Root!.Elements("capability").Select(c => (string?)c.Attribute("standardID")).ToList();
        Assert.Contains("ivo://ivoa.net/std/SODA#sync-1.0", standards);
        Assert.Contains("ivo://ivoa.net/std/SODA#async-1.0", standards);
        Assert.Equal(HttpStatusCode.OK, availability.StatusCode);
    }

    private HttpClient Client() => tap.Host(("Images:Root", _root)).CreateClient();

    private static string Url(params (string Name, string Value)[] parameters) =>
        "/soda/sync?" + string.Join('&', parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));

    private static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private async Task<string> SaveAsync(HttpResponseMessage response)
    {
        var path = Path.Combine(_root, Guid.NewGuid().ToString("N") + ".fits");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        return path;
    }

    /// <summary>The source pixels a cutout holds, from the provenance HISTORY card the service writes.</summary>
    private static async Task<(long XMin, long XMax, long YMin, long YMax)> BoxOfAsync(string cutout)
    {
        var cards = await FitsJudges.AstropyAsync("header", cutout, "0");
        var history = string.Concat(cards.EnumerateArray().Where(card => card[0].GetString() == "HISTORY").Select(card => card[1].GetString()));
        var section = System.Text.RegularExpressions.Regex.Match(history, @"Pixels \[(\d+):(\d+),(\d+):(\d+)\]");
        Assert.True(section.Success, history);
        long At(int group) => long.Parse(section.Groups[group].Value, CultureInfo.InvariantCulture);
        return (At(1), At(2), At(3), At(4));
    }

    private static async Task AssertSodaErrorAsync(HttpResponseMessage response, HttpStatusCode status, string start)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(start, body, StringComparison.Ordinal);
    }
}
