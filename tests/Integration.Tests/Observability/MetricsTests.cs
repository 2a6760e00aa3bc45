using System.Net;
using System.Text.RegularExpressions;
using Integration.Tests.Tap;
using Tap.Service.Uws;

namespace Integration.Tests.Observability;

/// <summary>/metrics before and after a burst of requests: every count moves by exactly what was asked.</summary>
[Collection(TapTests.Name)]
public sealed class MetricsTests(TapFixture tap)
{
    private const string Requests = "http_server_request_duration_seconds_count";

    [Fact]
    public async Task A_burst_of_queries_moves_the_request_query_row_and_fault_counts_by_exactly_its_size()
    {
        using var client = tap.Host().CreateClient();
        using var otherHost = tap.Host().CreateClient();
        var before = await PrometheusScrape.ReadAsync(client);

        long rowsReceived = 0;
        for (var i = 1; i <= 7; i++)
        {
            rowsReceived += await RowsOfAsync(client, $"/tap/sync?LANG=ADQL&QUERY={Uri.EscapeDataString($"SELECT TOP {i} obs_id FROM ivoa.obscore")}");
        }

        foreach (var raft in new[] { "R22", "R11", "R33" })
        {
            rowsReceived += await RowsOfAsync(client, $"/sia/query?LSST_RAFT={raft}&LSST_CCD=S11&MAXREC=5");
        }

        await AssertStatusAsync(client, "/tap/sync?LANG=ADQL&QUERY=SELECT%20nothing%20FROM", HttpStatusCode.BadRequest);
        await AssertStatusAsync(client, "/sia/query?POS=CIRCLE%20a%20b", HttpStatusCode.BadRequest);
        // Another instance in the same process counts on its own: this must not show here.
        await RowsOfAsync(otherHost, "/tap/sync?LANG=ADQL&QUERY=SELECT%20TOP%201%20obs_id%20FROM%20ivoa.obscore");

        var after = await PrometheusScrape.ReadUntilAsync(client, scrape => scrape.Sum(Requests) - before.Sum(Requests) >= 12);
        double Moved(string name, params (string, string)[] labels) => after.Sum(name, labels) - before.Sum(name, labels);

        Assert.Equal(7, Moved(Requests, ("http_route", "/tap/sync"), ("http_response_status_code", "200")));
        Assert.Equal(1, Moved(Requests, ("http_route", "/tap/sync"), ("http_response_status_code", "400")));
        Assert.Equal(3, Moved(Requests, ("http_route", "/sia/query"), ("http_response_status_code", "200")));
        Assert.Equal(1, Moved(Requests, ("http_route", "/sia/query"), ("http_response_status_code", "400")));
        // The two bad requests fail before a query reaches the database.
        Assert.Equal(10, Moved("metadata_queries_total"));
        Assert.Equal(10, Moved("metadata_query_duration_seconds_count"));
        Assert.Equal(rowsReceived, Moved("metadata_query_rows_total"));
        Assert.Equal(2, Moved("metadata_faults_total", ("dali_fault", "usage")));
        Assert.Equal(2, Moved("metadata_faults_total"));
    }

    [Fact]
    public async Task Jobs_are_counted_by_protocol_and_phase_from_the_shared_job_table()
    {
        using var client = tap.Host().CreateClient(new() { AllowAutoRedirect = false });
        using var uws = new UwsClient(client, waitSeconds: 1);
        var before = await PrometheusScrape.ReadAsync(client);

        await uws.CreateAsync(("LANG", "ADQL"), ("QUERY", "SELECT TOP 1 obs_id FROM ivoa.obscore"));
        await uws.CreateAsync(("LANG", "ADQL"), ("QUERY", "SELECT TOP 2 obs_id FROM ivoa.obscore"));
        var after = await PrometheusScrape.ReadAsync(client);

        Assert.Equal(2, after.Sum("metadata_uws_jobs", ("uws_service", "tap"), ("uws_phase", "PENDING"))
                        - before.Sum("metadata_uws_jobs", ("uws_service", "tap"), ("uws_phase", "PENDING")));
        // Every pair is reported, zero included, so that no series vanishes with its last job.
        Assert.Equal(Enum.GetValues<UwsService>().Length * Enum.GetValues<ExecutionPhase>().Length, after.Count("metadata_uws_jobs"));
    }

    private static async Task<int> RowsOfAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return Regex.Count(body, "<TR>");
    }

    private static async Task AssertStatusAsync(HttpClient client, string url, HttpStatusCode expected)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
    }
}
