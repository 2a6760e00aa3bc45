using System.Net;
using System.Xml.Linq;
using Integration.Tests.Database;
using static TestSupport.UwsClient;

namespace Integration.Tests.Uws;

/// <summary>
/// Per-user limits over HTTP: a user's job past Uws:MaxExecutingJobsPerUser stays QUEUED while
/// another user's job runs; a sync query past Query:MaxSyncQueriesPerUser is answered 429.
/// </summary>
[Collection(UwsTests.Name)]
public sealed class LimitTests(DatabaseFixture database) : IAsyncLifetime
{
    private static readonly XNamespace VoTable = "http://www.ivoa.net/xml/VOTable/v1.3";

    private readonly ServiceHost _host = new(database);

    [Fact]
    public async Task A_users_job_past_the_limit_stays_queued_while_another_users_job_runs()
    {
        _host.Start(workerCount: 3, new Dictionary<string, string> { ["Uws:MaxExecutingJobsPerUser"] = "1" }).Dispose();
        using var alice = _host.SignedIn("alice", []);
        using var bob = _host.SignedIn("bob", []);
        var marker = "limit_" + Guid.NewGuid().ToString("N");
        var slow = await alice.CreateAsync(("QUERY", $"SELECT pg_sleep(60) AS {marker}"), ("PHASE", "RUN"));
        await alice.WaitForPhaseAsync(slow, "EXECUTING");

        var held = await alice.CreateAsync(("QUERY", "SELECT 1 AS one"), ("PHASE", "RUN"));
        var others = await bob.CreateAsync(("QUERY", "SELECT 2 AS two"), ("PHASE", "RUN"));
        await bob.WaitForPhaseAsync(others, "COMPLETED");
        await Task.Delay(500);

        Assert.Equal("QUEUED", await alice.PhaseAsync(held));
        using (var aborted = await alice.PostAsync(slow + "/phase", ("PHASE", "ABORT")))
        {
            Assert.Equal(HttpStatusCode.SeeOther, aborted.StatusCode);
        }

        await alice.WaitForPhaseAsync(held, "COMPLETED");
    }

    [Fact]
    public async Task A_sync_query_past_the_users_limit_is_answered_429_and_the_slot_comes_back()
    {
        _host.Start(settings: new Dictionary<string, string>
        {
            ["Query:MaxSyncQueriesPerUser"] = "1",
            ["Query:SyncExecutionDuration"] = "00:00:15",
        }).Dispose();
        using var alice = _host.SignedIn("alice", []);
        using var bob = _host.SignedIn("bob", []);
        var marker = "limit_" + Guid.NewGuid().ToString("N");
        // Slow on any data: a count over a five-fold cross join of the TAP_SCHEMA columns.
        var slowQuery = $"SELECT COUNT(*) AS {marker} FROM TAP_SCHEMA.columns AS a, TAP_SCHEMA.columns AS b, TAP_SCHEMA.columns AS c, "
            + "TAP_SCHEMA.columns AS d, TAP_SCHEMA.columns AS e";
        using var stopSlow = new CancellationTokenSource();
        var running = alice.Http.GetAsync(SyncUrl(slowQuery), stopSlow.Token);
        Assert.True(await StatementActivity.WaitUntilAsync(database, marker, running: true, TimeSpan.FromSeconds(20)), "The slow query never ran.");

        using var refused = await alice.Http.GetAsync(SyncUrl("SELECT TOP 1 table_name FROM TAP_SCHEMA.tables"));
        using var othersQuery = await bob.Http.GetAsync(SyncUrl("SELECT TOP 1 table_name FROM TAP_SCHEMA.tables"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("application/x-votable+xml", refused.Content.Headers.ContentType?.MediaType);
        var info = XDocument.Parse(await refused.Content.ReadAsStringAsync()).Descendants(VoTable + "INFO").Single();
        Assert.Equal("ERROR", info.Attribute("value")!.Value);
        Assert.Contains("1 synchronous query running", info.Value, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, othersQuery.StatusCode);

        await stopSlow.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.Equal(HttpStatusCode.OK, await StatusOnceFreeAsync(alice, SyncUrl("SELECT TOP 1 table_name FROM TAP_SCHEMA.tables")));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync();

    private static string SyncUrl(string query) => "/tap/sync?LANG=ADQL&QUERY=" + Uri.EscapeDataString(query);

    /// <summary>
    /// The status of the query once the cancelled one has given its slot back: when the server notices
    /// the cancellation, or at the latest when the statement timeout ends the query.
    /// </summary>
    private static async Task<HttpStatusCode> StatusOnceFreeAsync(UwsClient client, string url)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var response = await client.Http.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || DateTime.UtcNow > deadline)
            {
                return response.StatusCode;
            }

            await Task.Delay(100);
        }
    }
}
