using System.Net;
using System.Net.Http.Headers;
using Dapper;
using Integration.Tests.Tap;
using Npgsql;

namespace Integration.Tests.Images;

/// <summary>
/// DataLink's #this over HTTP: GET /files/{path} serves the image file of a dataset from the image
/// store (a real repository here: files put in a folder), with ETag and Range, and refuses what it
/// must: embargoed data, unknown paths, and links that lead outside the store.
/// </summary>
[Collection(TapTests.Name)]
public sealed class ImageFilesTests(TapFixture tap) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("image-store-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_public_image_is_served_whole_with_its_length_type_and_validator()
    {
        var path = await StorePathAsync("public");
        var bytes = WriteFile(path, 100_000);
        using var client = Client();

        using var response = await client.GetAsync("/files/" + path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fits", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.Equal("bytes", response.Headers.AcceptRanges.Single());
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_range_request_gets_those_bytes_and_a_known_validator_gets_not_modified()
    {
        var path = await StorePathAsync("public");
        var bytes = WriteFile(path, 50_000);
        using var client = Client();
        using var whole = await client.GetAsync("/files/" + path);

        using var range = new HttpRequestMessage(HttpMethod.Get, "/files/" + path);
        range.Headers.Range = new RangeHeaderValue(2880, 5759);
        using var partial = await client.SendAsync(range);
        using var revalidation = new HttpRequestMessage(HttpMethod.Get, "/files/" + path);
        revalidation.Headers.IfNoneMatch.Add(whole.Headers.ETag!);
        using var unchanged = await client.SendAsync(revalidation);

        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(bytes[2880..5760], await partial.Content.ReadAsByteArrayAsync());
        Assert.Equal("bytes 2880-5759/50000", partial.Content.Headers.ContentRange?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
    }

    [Fact]
    public async Task An_embargoed_image_is_not_found_by_an_anonymous_caller_as_if_it_did_not_exist()
    {
        var path = await StorePathAsync("proprietary");
        WriteFile(path, 1000);
        using var client = Client();

        using var response = await client.GetAsync("/files/" + path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("QUERY_STATUS", body, StringComparison.Ordinal);
        Assert.Contains($"No image has the path '{path}'", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/files/LSSTCam/no/such/image.fits")]
    [InlineData("/files/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("/files/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/files//etc/passwd")]
    [InlineData("/files/obscore/nothing.fits")]
    public async Task Paths_of_no_image_are_not_found(string url)
    {
        using var client = Client();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("QUERY_STATUS", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_symbolic_link_out_of_the_store_is_not_followed()
    {
        var path = await StorePathAsync("public");
        var outside = Path.Combine(Directory.CreateTempSubdirectory("outside-").FullName, "secret.fits");
        await File.WriteAllTextAsync(outside, "not yours");
        var link = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, outside);
        using var client = Client();

        using var response = await client.GetAsync("/files/" + path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("not yours", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Directory.Delete(Path.GetDirectoryName(outside)!, recursive: true);
    }

    private HttpClient Client() => tap.Host(("Images:Root", _root)).CreateClient();

    /// <summary>The store path of a calexp of the sample with these data rights.</summary>
    private async Task<string> StorePathAsync(string dataRights)
    {
        await using var connection = new NpgsqlConnection(tap.Database.AdminConnectionString);
        var uri = await connection.QuerySingleAsync<string>(
            """
            SELECT a.artifact_uri FROM caom2.artifact a JOIN ivoa.obscore o ON o.obs_publisher_did = a.publisher_did
            WHERE o.data_rights = @dataRights AND o.lsst_dataset_type = 'calexp' AND a.product_type = 'this'
            ORDER BY a.artifact_uri LIMIT 1
            """,
            new { dataRights });
        return uri["butler://".Length..];
    }

    private byte[] WriteFile(string path, int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        var full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return bytes;
    }
}
