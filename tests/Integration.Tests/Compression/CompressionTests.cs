using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using Integration.Tests.Observability;
using Integration.Tests.Soda;
using Integration.Tests.Tap;

namespace Integration.Tests.Compression;

/// <summary>
/// Answers are compressed when the client asks (gzip, Brotli) and decompress to the uncompressed
/// bytes; results still stream; images are sent as they are.
/// </summary>
[Collection(TapTests.Name)]
public sealed class CompressionTests(TapFixture tap) : IDisposable
{
    private const string Adql = "SELECT TOP 5 obs_id, s_ra, s_dec, s_region FROM ivoa.obscore ORDER BY obs_id";

    private static readonly string[] SentAsTheyAre = ["application/fits", "image/png"];

    private readonly string _root = Directory.CreateTempSubdirectory("compression-store-").FullName;
    private readonly string _previews = Directory.CreateTempSubdirectory("compression-previews-").FullName;

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_previews, recursive: true);
    }

    [Theory]
    [InlineData("votable", "gzip")]
    [InlineData("votable", "br")]
    [InlineData("csv", "gzip")]
    [InlineData("csv", "br")]
    [InlineData("uws", "gzip")]
    [InlineData("uws", "br")]
    public async Task A_compressed_answer_decompresses_to_the_uncompressed_one(string answer, string encoding)
    {
        using var client = tap.Host().CreateClient();
        var url = await UrlOfAsync(client, answer);

        using var plain = await GetAsync(client, url, "identity");
        using var packed = await GetAsync(client, url, encoding);
        var plainBytes = await plain.Content.ReadAsByteArrayAsync();
        var packedBytes = await packed.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, packed.StatusCode);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal([encoding], packed.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", packed.Headers.Vary);
        Assert.Equal(plain.Content.Headers.ContentType, packed.Content.Headers.ContentType);
        Assert.True(packedBytes.Length < plainBytes.Length, $"{packedBytes.Length} compressed bytes for {plainBytes.Length}.");
        Assert.Equal(Encoding.UTF8.GetString(plainBytes), Encoding.UTF8.GetString(await DecompressAsync(packedBytes, encoding)));
    }

    [Fact]
    public async Task With_compression_turned_off_an_answer_asked_for_in_gzip_comes_uncompressed()
    {
        using var client = tap.Host(("Compression:Enabled", "false")).CreateClient();
        var url = await UrlOfAsync(client, "votable");

        using var plain = await GetAsync(client, url, "identity");
        using var asked = await GetAsync(client, url, "gzip, br");

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Empty(asked.Content.Headers.ContentEncoding);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await asked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FITS_files_cutouts_and_PNG_previews_are_sent_as_they_are_even_when_compression_is_asked_for()
    {
        var image = await SodaImages.FindAsync(tap.Database.AdminConnectionString, "public");
        SodaImages.Write(_root, image);
        var (ra, dec) = image.SkyAt(120, 150);
        using var client = tap.Host(("Images:Root", _root), ("Images:PreviewFolder", _previews)).CreateClient();
        string[] urls =
        [
            "/files/" + image.StorePath,
            "/previews/" + image.StorePath + ".png",
            "/soda/sync?ID=" + Uri.EscapeDataString(image.Id) + "&CIRCLE=" + Uri.EscapeDataString(string.Create(CultureInfo.InvariantCulture, $"{ra} {dec} 0.005")),
        ];

        foreach (var url in urls)
        {
            using var plain = await GetAsync(client, url, "identity");
            using var asked = await GetAsync(client, url, "gzip, br");

            Assert.True(asked.StatusCode == HttpStatusCode.OK, $"{url}: {asked.StatusCode}");
            Assert.Contains(asked.Content.Headers.ContentType?.MediaType, SentAsTheyAre);
            Assert.Empty(asked.Content.Headers.ContentEncoding);
            Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), await asked.Content.ReadAsByteArrayAsync());
        }
    }

    /// <summary>
    /// The test server hands the body over through a small pipe, so a service that held the compressed
    /// result back until the end could not let the client read rows while the query still runs: the
    /// query counter shows whether it had ended when the first rows were read.
    /// </summary>
    [Fact]
    public async Task A_large_compressed_result_streams_its_first_rows_before_the_query_ends()
    {
        const int rows = 100_000;
        using var client = tap.Host(("Query:HardMaxRec", "200000")).CreateClient();
        var adql = "SELECT a.obs_publisher_did, a.s_region, b.column_name FROM ivoa.obscore AS a CROSS JOIN tap_schema.columns AS b";
        var before = await PrometheusScrape.ReadAsync(client);
        using var request = new HttpRequestMessage(
            HttpMethod.Get, $"/tap/sync?LANG=ADQL&MAXREC={rows}&QUERY={Uri.EscapeDataString(adql)}");
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var body = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(body, Encoding.UTF8);
        var firstRows = 0;
        while (firstRows < 10 && await reader.ReadLineAsync() is { } line)
        {
            firstRows += line.Contains("<TR>", StringComparison.Ordinal) ? 1 : 0;
        }

        var whileReading = await PrometheusScrape.ReadAsync(client);
        var rest = await reader.ReadToEndAsync();
        var ended = await PrometheusScrape.ReadUntilAsync(client, scrape => scrape.Sum("metadata_queries_total") > before.Sum("metadata_queries_total"));

        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Null(response.Content.Headers.ContentLength);
        Assert.Equal(10, firstRows);
        Assert.Equal(0, whileReading.Sum("metadata_queries_total") - before.Sum("metadata_queries_total"));
        Assert.Equal(rows, firstRows + System.Text.RegularExpressions.Regex.Count(rest, "<TR>"));
        Assert.EndsWith("</VOTABLE>", rest.TrimEnd(), StringComparison.Ordinal);
        // The join has more rows than MAXREC: the result overflowed.
        Assert.Equal(1, ended.Sum("metadata_queries_total", ("query_status", "OVERFLOW")) - before.Sum("metadata_queries_total", ("query_status", "OVERFLOW")));
        Assert.Equal(rows, ended.Sum("metadata_query_rows_total") - before.Sum("metadata_query_rows_total"));
    }

    private async Task<string> UrlOfAsync(HttpClient client, string answer)
    {
        var query = $"/tap/sync?LANG=ADQL&QUERY={Uri.EscapeDataString(Adql)}";
        switch (answer)
        {
            case "votable":
                return query;
            case "csv":
                return query + "&RESPONSEFORMAT=csv";
            default:
                using (var uws = new UwsClient(tap.Host().CreateClient(new() { AllowAutoRedirect = false }), waitSeconds: 1))
                {
                    var job = new Uri(await uws.CreateAsync(("LANG", "ADQL"), ("QUERY", Adql)));
                    return "/tap/async/" + job.Segments[^1];
                }
        }
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
        return await client.SendAsync(request);
    }

    private static async Task<byte[]> DecompressAsync(byte[] bytes, string encoding)
    {
        await using Stream decompressing = encoding == "br"
            ? new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        await decompressing.CopyToAsync(plain);
        return plain.ToArray();
    }
}
