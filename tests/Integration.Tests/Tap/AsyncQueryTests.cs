using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Tap.Service.Uws;

namespace Integration.Tests.Tap;

/// <summary>The UWS workers run ADQL through the same executor as /tap/sync.</summary>
[Collection(TapTests.Name)]
public sealed class AsyncQueryTests(TapFixture tap)
{
    private static readonly XNamespace Uws = "http://www.ivoa.net/xml/UWS/v1.0";

    [Fact]
    public async Task An_async_job_compiles_ADQL_and_writes_the_same_result_as_sync()
    {
        const string Adql = "SELECT TOP 5 obs_publisher_did FROM ivoa.obscore ORDER BY obs_publisher_did";
        using var client = tap.Host().CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var create = new FormUrlEncodedContent([new("LANG", "ADQL"), new("QUERY", Adql), new("PHASE", "RUN")]);

        var job = await RunToEndAsync(client, create);

        Assert.Equal("COMPLETED", job.Phase);
        var asynchronous = await client.GetStringAsync(new Uri(job.Path + "/results/result", UriKind.Relative));
        var synchronous = await TapResponse.GetAsync(client, ("LANG", "ADQL"), ("QUERY", Adql));
        var rows = new TapResponse(HttpStatusCode.OK, null, asynchronous, null).Rows;
        Assert.Equal(5, rows.Count);
        Assert.Equal(synchronous.Rows, rows);
    }

    [Fact]
    public async Task An_async_job_joins_a_table_uploaded_with_its_creation_and_deleting_it_removes_the_upload()
    {
        const string Adql = "SELECT u.id, COUNT(*) AS images FROM TAP_UPLOAD.t AS u JOIN ivoa.obscore AS o "
            + "ON CONTAINS(POINT(u.ra, u.dec), o.s_region) = 1 GROUP BY u.id ORDER BY u.id";
        await using var admin = await tap.Database.OpenAsync();
        var centre = await Dapper.SqlMapper.QueryFirstAsync<(double Ra, double Dec)>(
            admin, "SELECT s_ra, s_dec FROM ivoa.obscore WHERE dataproduct_subtype = 'lsst.calexp' ORDER BY obs_publisher_did LIMIT 1");
        using var client = tap.Host().CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var create = TargetLists.UploadForm(Adql, TargetLists.TableData([(7, centre.Ra, centre.Dec), (8, 0.0, 89.0)]), ("PHASE", "RUN"));

        var job = await RunToEndAsync(client, create);

        Assert.True(job.Phase == "COMPLETED", job.Document.ToString());
        var result = await client.GetStringAsync(new Uri(job.Path + "/results/result", UriKind.Relative));
        var rows = new TapResponse(HttpStatusCode.OK, null, result, null).Rows;
        // Only the target inside the survey is in an image; the one near the pole joins nothing.
        Assert.Equal("7", Assert.Single(rows)[0]);
        using var deleted = await client.DeleteAsync(new Uri(job.Path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.SeeOther, deleted.StatusCode);
        var resultsFolder = tap.Host().Services.GetRequiredService<JobResultFiles>().Folder;
        Assert.Empty(Directory.EnumerateFiles(resultsFolder, job.Path.Split('/')[^1] + ".*"));
    }

    private static async Task<(string Path, string Phase, XDocument Document)> RunToEndAsync(HttpClient client, HttpContent create)
    {
        using var created = await client.PostAsync(new Uri("/tap/async", UriKind.Relative), create);
        Assert.True(created.StatusCode == HttpStatusCode.SeeOther, $"{created.StatusCode}: {await created.Content.ReadAsStringAsync()}");
        // The Location is on the public base URL; the test server answers the same path under /tap/async.
        var job = "/tap/async/" + created.Headers.Location!.Segments[^1];

        XDocument document;
        string phase;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            document = XDocument.Parse(await client.GetStringAsync(new Uri(job + "?WAIT=2", UriKind.Relative)));
            phase = document.Root!.Element(Uws + "phase")!.Value;
        }
        while (phase is "PENDING" or "QUEUED" or "EXECUTING" && DateTime.UtcNow < deadline);

        return (job, phase, document);
    }
}
