using Dapper;
using Integration.Tests.Database;
using Tap.Service.Uws;

namespace Integration.Tests.Uws;

/// <summary>Several instances on one database: who runs a job, restarts, and jobs whose worker vanished.</summary>
[Collection(UwsTests.Name)]
public sealed class ReplicaTests(DatabaseFixture database) : IAsyncLifetime
{
    private readonly ServiceHost _host = new(database);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Job_created_on_one_instance_is_completed_by_another()
    {
        using var frontEnd = _host.Start(workerCount: 0);
        using var worker = _host.Start(workerCount: 1);

        var job = await frontEnd.CreateAsync(("QUERY", "SELECT 42 AS answer"), ("PHASE", "RUN"));

        var completed = await frontEnd.WaitForPhaseAsync(job, "COMPLETED");
        var href = completed.Element(UwsClient.UwsNamespace + "results")!.Element(UwsClient.UwsNamespace + "result")!.Attribute(UwsClient.Xlink + "href")!.Value;
        Assert.Contains("<TD>42</TD>", await frontEnd.Http.GetStringAsync(href), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_a_job_on_another_instance_cancels_its_statement()
    {
        var marker = "delete_" + Guid.NewGuid().ToString("N");
        using var frontEnd = _host.Start(workerCount: 0);
        using var worker = _host.Start(workerCount: 1);
        var job = await frontEnd.CreateAsync(("QUERY", $"SELECT pg_sleep(60) AS {marker}"), ("PHASE", "RUN"));
        await frontEnd.WaitForPhaseAsync(job, "EXECUTING");
        Assert.True(await StatementActivity.WaitUntilAsync(database, marker, running: true, TimeSpan.FromSeconds(10)), "The query never ran.");

        (await frontEnd.Http.DeleteAsync(job)).Dispose();

        Assert.True(await StatementActivity.WaitUntilAsync(database, marker, running: false, TimeSpan.FromSeconds(10)), "The statement still runs in PostgreSQL.");
    }

    [Fact]
    public async Task Queued_job_runs_after_a_restart()
    {
        string job;
        using (var before = _host.Start(workerCount: 0))
        {
            job = await before.CreateAsync(("QUERY", "SELECT 1"), ("PHASE", "RUN"));
            await Task.Delay(500);
            Assert.Equal("QUEUED", await before.PhaseAsync(job));
        }

        await _host.StopAsync(0);
        using var after = _host.Start();

        await after.WaitForPhaseAsync(job, "COMPLETED");
    }

    [Fact]
    public async Task Stopping_an_instance_cancels_its_running_job_and_queues_it_again()
    {
        var marker = "requeue_" + Guid.NewGuid().ToString("N");
        using var stopping = _host.Start();
        using var observer = _host.Start(workerCount: 0);
        var job = await stopping.CreateAsync(("QUERY", $"SELECT pg_sleep(60) AS {marker}"), ("PHASE", "RUN"));
        await stopping.WaitForPhaseAsync(job, "EXECUTING");

        await _host.StopAsync(0);

        Assert.Equal("QUEUED", await observer.PhaseAsync(job));
        Assert.True(await StatementActivity.WaitUntilAsync(database, marker, running: false, TimeSpan.FromSeconds(10)), "The statement still runs in PostgreSQL.");
        var requeued = await observer.GetDocumentAsync(job);
        Assert.Equal("true", requeued.Element(UwsClient.UwsNamespace + "startTime")!.Attribute(UwsClient.Xsi + "nil")?.Value);
        (await observer.PostAsync(job + "/phase", ("PHASE", "ABORT"))).Dispose();
    }

    [Fact]
    public async Task Executing_job_whose_worker_vanished_becomes_error_but_another_replicas_live_job_does_not()
    {
        var orphan = await InsertExecutingJobAsync("now() - interval '1 minute'");
        var live = await InsertExecutingJobAsync("now() + interval '1 hour'");

        using var client = _host.Start();

        var failed = await client.WaitForPhaseAsync("/tap/async/" + orphan, "ERROR");
        Assert.Equal(JobHousekeeping.OrphanMessage, failed.Element(UwsClient.UwsNamespace + "errorSummary")!.Element(UwsClient.UwsNamespace + "message")!.Value);
        await Task.Delay(1000);
        Assert.Equal("EXECUTING", await client.PhaseAsync("/tap/async/" + live));
    }

    [Fact]
    public async Task Abort_racing_the_worker_wins_over_its_completion()
    {
        using var client = _host.Start(workerCount: 0);
        var job = LastSegment(await client.CreateAsync(("QUERY", "SELECT 1"), ("PHASE", "RUN")));
        var store = _host.Service<JobStore>();
        var now = DateTime.UtcNow;
        var claim = await ClaimAsync(store, job);

        (await client.PostAsync("/tap/async/" + job + "/phase", ("PHASE", "ABORT"))).Dispose();
        var finished = await store.TryFinishAsync(
            claim, j => j.Complete(now, [new JobResult { JobId = job, ResultId = JobResult.QueryResultId, FileName = "unused" }]), CancellationToken.None);

        Assert.False(finished);
        Assert.Equal("ABORTED", await client.PhaseAsync("/tap/async/" + job));
    }

    [Fact]
    public async Task Two_replicas_never_claim_the_same_job()
    {
        using var first = _host.Start(workerCount: 0);
        using var second = _host.Start(workerCount: 0);
        var jobs = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            jobs.Add(LastSegment(await first.CreateAsync(("QUERY", "SELECT 1"), ("PHASE", "RUN"))));
        }

        var claims = await Task.WhenAll(ClaimAllAsync(_host.Service<JobStore>(0)), ClaimAllAsync(_host.Service<JobStore>(1)));

        var claimed = claims.SelectMany(ids => ids).Where(jobs.Contains).ToList();
        Assert.Equal(jobs.Order(StringComparer.Ordinal), claimed.Order(StringComparer.Ordinal));
    }

    private static string LastSegment(string url) => JobLifecycleTests.JobId(url);

    private static async Task<JobClaim> ClaimAsync(JobStore store, string jobId)
    {
        while (await store.TryClaimNextAsync("test", TimeSpan.FromHours(1), perOwnerLimit: 0, TimeProvider.System, CancellationToken.None) is { } claim)
        {
            if (claim.Job.JobId == jobId)
            {
                return claim;
            }
        }

        throw new InvalidOperationException($"Job {jobId} was not in the queue.");
    }

    private static async Task<List<string>> ClaimAllAsync(JobStore store)
    {
        var claimed = new List<string>();
        while (await store.TryClaimNextAsync("test", TimeSpan.FromHours(1), perOwnerLimit: 0, TimeProvider.System, CancellationToken.None) is { } claim)
        {
            claimed.Add(claim.Job.JobId);
        }

        return claimed;
    }

    private async Task<string> InsertExecutingJobAsync(string leaseExpires)
    {
        var jobId = Guid.NewGuid().ToString("N")[..24];
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            $"""
            INSERT INTO uws.job (job_id, phase, start_time, execution_duration, destruction_time, parameters, executing_instance, lease_expires)
            VALUES (@jobId, 'EXECUTING', now(), 600, now() + interval '1 day', @parameters::jsonb, 'another-host:1:gone', {leaseExpires})
            """,
            new { jobId, parameters = """{"QUERY": ["SELECT 1"]}""" });
        return jobId;
    }
}
