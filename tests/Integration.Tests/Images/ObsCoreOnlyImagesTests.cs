using System.Net;
using System.Xml.Linq;
using Integration.Tests.Database;
using Integration.Tests.Load;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Integration.Tests.Images;

/// <summary>
/// ObsCore rows loaded from CSV, as Rubin's exports arrive (access_url a DataLink document, no CAOM2
/// artifact): their links come from ObsCore itself, #this leads to the file (never back to
/// DataLink), and the synthetic store renders the image from the row. Own database.
/// </summary>
public sealed class ObsCoreOnlyImagesTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string Id = "ivo://org.rubinobs/usdac/lsst-dp1?repo=dp1&id=a0f7";
    private static readonly XNamespace VoTable = "http://www.ivoa.net/xml/VOTable/v1.3";

    private readonly string _folder = Directory.CreateTempSubdirectory("obscore-only-").FullName;
    private WebApplicationFactory<Program> _host = null!;

    public async Task InitializeAsync()
    {
        var csv = Path.Combine(_folder, "export.csv");
        await File.WriteAllLinesAsync(csv,
        [
            "dataproduct_type,calib_level,obs_collection,obs_id,obs_publisher_did,access_url,access_format,access_estsize,s_ra,s_dec,s_region,s_xel1,s_xel2,t_min,t_max,em_min,em_max,lsst_dataset_type,lsst_band,data_rights",
            $"image,2,DP1,a0f7,{Id},https://data.example.org/api/datalink/links?ID=x,application/x-votable+xml;content=datalink,12,"
            + "53.1,-28.1,POLYGON ICRS 53.12 -28.12 53.08 -28.12 53.08 -28.08 53.12 -28.08,400,400,61000.1,61000.2,5.4e-7,7e-7,visit_image,r,public",
        ]);
        var load = await LoadRunner.LoadAsync(database.AdminConnectionString, "--csv", csv);
        Assert.True(load.ExitCode == 0, load.Error);
        var service = new NpgsqlConnectionStringBuilder(database.AdminConnectionString) { Username = "metadata_service" };
        var renderer = SourceTree.PathOf("seed-data", "Generator", "bin", "Release", "net10.0", "SeedData.Generator");
        _host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Database:AdminConnectionString", database.AdminConnectionString);
            builder.UseSetting("Database:ServiceConnectionString", service.ConnectionString);
            builder.UseSetting("Service:PublicBaseUrl", "https://data.example.org/api");
            builder.UseSetting("Uws:ResultsFolder", Path.Combine(_folder, "results"));
            builder.UseSetting("Uws:WorkerCount", "0");
            builder.UseSetting("Images:Root", Path.Combine(_folder, "images"));
            builder.UseSetting("Images:PreviewFolder", Path.Combine(_folder, "previews"));
            builder.UseSetting("Images:Renderer", renderer);
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Links_lead_to_the_file_the_preview_and_a_cutout_and_the_file_is_rendered_from_the_row()
    {
        using var client = _host.CreateClient();

        var links = XDocument.Parse(await client.GetStringAsync("/datalink/links?ID=" + Uri.EscapeDataString(Id)));
        var rows = Rows(links);
        var file = rows.Single(row => row["semantics"] == "#this");
        var path = new Uri(file["access_url"]).AbsolutePath["/api".Length..];
        using var image = await client.GetAsync(path);
        var saved = Path.Combine(_folder, "image.fits");
        await File.WriteAllBytesAsync(saved, await image.Content.ReadAsByteArrayAsync());
        using var preview = await client.GetAsync(new Uri(rows.Single(row => row["semantics"] == "#preview")["access_url"]).AbsolutePath["/api".Length..]);

        Assert.Equal(["#this", "#preview", "#cutout"], rows.Select(row => row["semantics"]));
        Assert.Equal("https://data.example.org/api/files/obscore/org.rubinobs/usdac/lsst-dp1/repo%3Ddp1%26id%3Da0f7.fits", file["access_url"]);
        Assert.Equal("application/fits", file["content_type"]);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        await FitsJudges.AssertValidAsync(saved);
        var header = await FitsJudges.AstropyAsync("header", saved, "1");
        Assert.Contains(header.EnumerateArray(), card => card[0].GetString() == "NAXIS1" && card[1].GetString() == "400");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("image/png", preview.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_SODA_cutout_of_a_CSV_row_is_made_from_its_rendered_image()
    {
        using var client = _host.CreateClient();

        using var response = await client.GetAsync($"/soda/sync?ID={Uri.EscapeDataString(Id)}&CIRCLE=53.1%20-28.1%200.002");
        var saved = Path.Combine(_folder, "cutout.fits");
        await File.WriteAllBytesAsync(saved, await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await FitsJudges.AssertValidAsync(saved);
    }

    /// <summary>The links table's rows as column name to cell text.</summary>
    private static List<Dictionary<string, string>> Rows(XDocument document)
    {
        var table = document.Descendants(VoTable + "TABLE").First();
        var names = table.Elements(VoTable + "FIELD").Select(field => (string)field.Attribute("name")!).ToList();
        return [.. table.Descendants(VoTable + "TR").Select(row => row.Elements(VoTable + "TD")
            .Select((cell, i) => (names[i], cell.Value)).ToDictionary(pair => pair.Item1, pair => pair.Value))];
    }
}
