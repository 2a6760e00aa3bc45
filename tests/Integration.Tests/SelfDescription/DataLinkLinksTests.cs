using System.Net;
using System.Xml.Linq;
using Dapper;
using Npgsql;

namespace Integration.Tests.SelfDescription;

/// <summary>/datalink/links over HTTP on the committed sample: rows per ID in request order, from ObsCore and CAOM2.</summary>
[Collection(SampleServiceTests.Name)]
public sealed class DataLinkLinksTests(SampleService service)
{
    private const string Coadd = "ivo://lsst.example.org/images?deepCoadd/2741/72/g";
    private const string PublicCalexp = "ivo://lsst.example.org/images?calexp/2026103100001/0";
    private const string EmbargoedRaw = "ivo://lsst.example.org/images?raw/2026110100001/0";
    private static readonly XNamespace VoTable = "http://www.ivoa.net/xml/VOTable/v1.3";

    [Fact]
    public async Task Repeated_ids_get_their_rows_grouped_in_request_order_with_an_error_row_for_an_unknown_one()
    {
        var links = await GetLinksAsync($"ID={Escape(PublicCalexp)}&id=ivo%3A%2F%2Fnothing&Id={Escape(Coadd)}");

        Assert.Equal(
            [PublicCalexp, "ivo://nothing", Coadd],
            links.Rows.Select(r => r["ID"]).Distinct());
        Assert.Equal(["#this", "#preview", "#cutout"], links.Rows.Where(r => r["ID"] == PublicCalexp).Select(r => r["semantics"]));
        var error = links.Rows.Single(r => r["ID"] == "ivo://nothing");
        Assert.StartsWith("NotFoundFault:", error["error_message"], StringComparison.Ordinal);
        Assert.Equal(string.Empty, error["access_url"]);
    }

    [Fact]
    public async Task The_image_link_agrees_with_the_caom2_artifact_and_the_obscore_row()
    {
        var links = await GetLinksAsync("ID=" + Escape(PublicCalexp));
        await using var dataSource = NpgsqlDataSource.Create(AdminConnectionString());
        await using var connection = await dataSource.OpenConnectionAsync();
        var artifact = await connection.QuerySingleAsync<(string Uri, string Type, long Length, long EstSize)>(
            """
            SELECT a.artifact_uri, a.content_type, a.content_length, o.access_estsize
            FROM caom2.artifact a JOIN ivoa.obscore o ON o.obs_publisher_did = a.publisher_did
            WHERE a.publisher_did = @did
            """,
            new { did = PublicCalexp });

        var image = links.Rows.Single(r => r["semantics"] == "#this");
        Assert.EndsWith(artifact.Uri["butler://".Length..], image["access_url"], StringComparison.Ordinal);
        Assert.StartsWith(SampleService.PublicBaseUrl + "/files/", image["access_url"], StringComparison.Ordinal);
        Assert.Equal(artifact.Type, image["content_type"]);
        Assert.Equal(artifact.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), image["content_length"]);
        Assert.Equal(artifact.EstSize, artifact.Length / 1000);
        Assert.Equal("T", image["link_authorized"]);
    }

    [Fact]
    public async Task A_coadd_lists_its_inputs_from_caom2_provenance_as_progenitors()
    {
        var links = await GetLinksAsync("ID=" + Escape(Coadd));
        await using var dataSource = NpgsqlDataSource.Create(AdminConnectionString());
        await using var connection = await dataSource.OpenConnectionAsync();
        var inputs = await connection.QueryAsync<string>(
            "SELECT input_did FROM caom2.provenance_input WHERE publisher_did = @did ORDER BY input_did", new { did = Coadd });

        Assert.Equal(
            inputs.Select(input => SampleService.PublicBaseUrl + "/datalink/links?ID=" + Uri.EscapeDataString(input)),
            links.Rows.Where(r => r["semantics"] == "#progenitor").Select(r => r["access_url"]));
    }

    [Fact]
    public async Task The_cutout_row_names_a_descriptor_in_the_response_whose_id_is_fixed_to_the_dataset()
    {
        var links = await GetLinksAsync($"ID={Escape(PublicCalexp)}&ID={Escape(Coadd)}");

        foreach (var id in new[] { PublicCalexp, Coadd })
        {
            var cutout = links.Rows.Single(r => r["ID"] == id && r["semantics"] == "#cutout");
            var descriptor = links.Document.Descendants(VoTable + "RESOURCE")
                .Single(r => (string?)r.Attribute("ID") == cutout["service_def"]);
            Assert.Equal("adhoc:service", (string?)descriptor.Attribute("utype"));
            var idParameter = descriptor.Descendants(VoTable + "PARAM").Single(p => (string?)p.Attribute("name") == "ID");
            Assert.Equal(id, (string?)idParameter.Attribute("value"));
        }
    }

    [Fact]
    public async Task An_embargoed_id_is_not_found_by_an_anonymous_caller()
    {
        var links = await GetLinksAsync("ID=" + Escape(EmbargoedRaw));

        var image = links.Rows.Single(r => r["semantics"] == "#this");
        Assert.StartsWith("NotFoundFault", image["error_message"], StringComparison.Ordinal);
        Assert.DoesNotContain(links.Rows, r => r["semantics"] == "#preview");
    }

    [Fact]
    public async Task Post_takes_many_ids()
    {
        using var client = service.CreateClient();
        using var form = new FormUrlEncodedContent([new("ID", Coadd), new("ID", PublicCalexp)]);
        using var response = await client.PostAsync(new Uri("/datalink/links", UriKind.Relative), form);
        var links = await ReadLinksAsync(response);

        Assert.Equal([Coadd, PublicCalexp], links.Rows.Select(r => r["ID"]).Distinct());
    }

    [Fact]
    public async Task Maxrec_cuts_the_rows_and_says_overflow()
    {
        var links = await GetLinksAsync($"ID={Escape(Coadd)}&MAXREC=2");

        Assert.Equal(2, links.Rows.Count);
        Assert.Equal("OVERFLOW", links.Document.Descendants(VoTable + "INFO").Last(i => (string?)i.Attribute("name") == "QUERY_STATUS").Attribute("value")!.Value);
    }

    [Theory]
    [InlineData("", "ID")]
    [InlineData("ID=x&RESPONSEFORMAT=text/csv", "RESPONSEFORMAT")]
    [InlineData("ID=x&MAXREC=-1", "MAXREC")]
    public async Task Bad_requests_are_usage_errors(string query, string named)
    {
        using var client = service.CreateClient();
        using var response = await client.GetAsync(new Uri("/datalink/links?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_datalink_capabilities_name_the_links_endpoint()
    {
        using var client = service.CreateClient();
        var document = XDocument.Parse(await client.GetStringAsync(new Uri("/datalink/capabilities", UriKind.Relative)));

        var links = document.Root!.Elements("capability").Single(c => (string?)c.Attribute("standardID") == "ivo://ivoa.net/std/DataLink#links-1.1");
        Assert.Equal(SampleService.PublicBaseUrl + "/datalink/links", links.Element("interface")!.Element("accessURL")!.Value);
    }

    private static string Escape(string id) => Uri.EscapeDataString(id);

    private string AdminConnectionString() => service.AdminConnectionString;

    private async Task<LinksTable> GetLinksAsync(string query)
    {
        using var client = service.CreateClient();
        using var response = await client.GetAsync(new Uri("/datalink/links?" + query, UriKind.Relative));
        return await ReadLinksAsync(response);
    }

    private static async Task<LinksTable> ReadLinksAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-votable+xml;content=datalink", response.Content.Headers.ContentType!.ToString().Replace(" ", string.Empty, StringComparison.Ordinal));
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var names = document.Descendants(VoTable + "FIELD").Select(f => (string)f.Attribute("name")!).ToList();
        var rows = document.Descendants(VoTable + "TR")
            .Select(tr => tr.Elements(VoTable + "TD").Select((td, i) => (names[i], td.Value)).ToDictionary(c => c.Item1, c => c.Value))
            .ToList();
        return new LinksTable(document, rows);
    }

    private sealed record LinksTable(XDocument Document, IReadOnlyList<Dictionary<string, string>> Rows);
}
