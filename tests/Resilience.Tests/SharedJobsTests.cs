using System.Diagnostics;
using System.Net;
using Resilience.Tests.Support;

namespace Resilience.Tests;

/// <summary>
/// Two service processes on one database and one results folder, as replicas behind a load
/// balancer: the front end runs no jobs (Uws:WorkerCount=0), so every job it takes runs on the other.
/// </summary>
[Collection(ResilienceTests.Name)]
public sealed class SharedJobsTests(ResilienceFixture fixture, ITestOutputHelper output)
{
    private const int Rows = 5;

    [Fact]
    public async Task A_job_created_on_one_instance_runs_on_the_other_and_both_see_every_change()
    {
        await using var frontEnd = await fixture.StartServiceAsync(("Uws:WorkerCount", "0"));
        await using var worker = await fixture.StartServiceAsync(("Uws:WorkerCount", "2"));
        using var a = new UwsClient(frontEnd.CreateClient(), ResilienceFixture.WaitSeconds);
        using var b = new UwsClient(worker.CreateClient(), ResilienceFixture.WaitSeconds);

        // Created and started on A, run by B; the result is one file that both serve.
        var completed = await a.CreateAsync(("LANG", "ADQL"), ("QUERY", $"SELECT TOP {Rows} obs_publisher_did FROM ivoa.obscore ORDER BY obs_publisher_did"), ("PHASE", "RUN"));
        var resultThroughA = await a.Http.GetStringAsync(UwsClient.ResultUrl(await a.WaitForPhaseAsync(completed, "COMPLETED")));
        var resultThroughB = await b.Http.GetStringAsync(UwsClient.ResultUrl(await b.GetDocumentAsync(Jobs.On(worker, completed))));
        Assert.Equal(Rows, resultThroughA.Split("<TR>").Length - 1);
        Assert.Equal(resultThroughA, resultThroughB);

        // Created on A, started on B: A sees it leave PENDING and complete.
        var startedElsewhere = await a.CreateAsync(("LANG", "ADQL"), ("QUERY", "SELECT TOP 1 obs_id FROM ivoa.obscore"));
        Assert.Equal("PENDING", await b.PhaseAsync(Jobs.On(worker, startedElsewhere)));
        (await b.PostAsync(Jobs.On(worker, startedElsewhere) + "/phase", ("PHASE", "RUN"))).Dispose();
        await a.WaitForPhaseAsync(startedElsewhere, "COMPLETED");

        // Aborted on A while B executes it: B reports ABORTED and its worker cancels the statement.
        var aborted = await a.CreateAsync(("LANG", "ADQL"), ("QUERY", DelayTable.Query(60)), ("PHASE", "RUN"));
        await a.WaitForPhaseAsync(aborted, "EXECUTING");
        Assert.True(await DelayTable.WaitUntilRunningAsync(fixture.Database, 1, TimeSpan.FromSeconds(10)), "B never ran the slow job.");
        var abortClock = Stopwatch.StartNew();
        (await a.PostAsync(aborted + "/phase", ("PHASE", "ABORT"))).Dispose();
        Assert.Equal("ABORTED", await b.PhaseAsync(Jobs.On(worker, aborted)));
        Assert.True(await DelayTable.WaitUntilRunningAsync(fixture.Database, 0, TimeSpan.FromSeconds(10)), "B's statement still runs after the ABORT on A.");
        var statementStopped = abortClock.Elapsed;

        // Deleted on B: gone for A too, with its result file.
        using (var deleted = await b.Http.DeleteAsync(Jobs.On(worker, completed)))
        {
            Assert.Equal(HttpStatusCode.SeeOther, deleted.StatusCode);
        }

        using (var gone = await a.Http.GetAsync(completed))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        Assert.Empty(Directory.GetFiles(fixture.ResultsFolder, Jobs.Id(completed) + ".*"));

        output.WriteLines(
        [
            "Two instances, one database: 3 jobs created on A (no workers), all run by B",
            $"    completed: {Rows} rows, {resultThroughA.Length} bytes, the same result through A and B",
            "    started by PHASE=RUN on B: A saw it COMPLETED",
            $"    aborted on A while executing on B: B said ABORTED at once, its statement stopped {statementStopped.TotalSeconds:F1} s after the ABORT",
            "    deleted on B: A answers 404, the result file is gone",
        ]);
    }
}
