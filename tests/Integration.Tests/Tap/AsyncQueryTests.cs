using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;

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
        using var created = await client.PostAsync(new Uri("/tap/async", UriKind.Relative), create);
        Assert.Equal(HttpStatusCode.SeeOther, created.StatusCode);
        // The Location is on the public base URL; the test server answers the same path under /tap/async.
        var job = "/tap/async/" + created.Headers.Location!.Segments[^1];

        string phase;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            var document = XDocument.Parse(await client.GetStringAsync(new Uri(job + "?WAIT=2", UriKind.Relative)));
            phase = document.Root!.Element(Uws + "phase")!.Value;
        }
        while (phase is "PENDING" or "QUEUED" or "EXECUTING" && DateTime.UtcNow < deadline);

        Assert.Equal("COMPLETED", phase);
        var asynchronous = await client.GetStringAsync(new Uri(job + "/results/result", UriKind.Relative));
        var synchronous = await TapResponse.GetAsync(client, ("LANG", "ADQL"), ("QUERY", Adql));
        var rows = new TapResponse(HttpStatusCode.OK, null, asynchronous, null).Rows;
        Assert.Equal(5, rows.Count);
        Assert.Equal(synchronous.Rows, rows);
    }
}
