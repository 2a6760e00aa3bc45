using Integration.Tests.Database;
using static TestSupport.UwsClient;

namespace Integration.Tests.Uws;

/// <summary>ABORT and the execution duration stop the PostgreSQL statement itself, not just the job's bookkeeping.</summary>
[Collection(UwsTests.Name)]
public sealed class JobCancellationTests(DatabaseFixture database) : UwsHostTests(database)
{
    [Fact]
    public async Task Abort_cancels_the_executing_statement()
    {
        var marker = "abort_" + Guid.NewGuid().ToString("N");
        var job = await Client.CreateAsync(("QUERY", $"SELECT pg_sleep(60) AS {marker}"), ("PHASE", "RUN"));
        await Client.WaitForPhaseAsync(job, "EXECUTING");
        Assert.True(await StatementActivity.WaitUntilAsync(Database, marker, running: true, TimeSpan.FromSeconds(10)), "The query never ran.");

        using (var response = await Client.PostAsync(job + "/phase", ("PHASE", "ABORT")))
        {
            Assert.Equal(System.Net.HttpStatusCode.SeeOther, response.StatusCode);
        }

        var aborted = await Client.GetDocumentAsync(job);
        Assert.Equal("ABORTED", aborted.Element(UwsNamespace + "phase")!.Value);
        Assert.NotEmpty(aborted.Element(UwsNamespace + "endTime")!.Value);
        Assert.True(await StatementActivity.WaitUntilAsync(Database, marker, running: false, TimeSpan.FromSeconds(10)), "The statement still runs in PostgreSQL.");
        Assert.Empty(aborted.Element(UwsNamespace + "results")!.Elements());
        Assert.DoesNotContain(Host.ResultFiles(), file => Path.GetFileName(file).StartsWith(JobLifecycleTests.JobId(job), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Exceeding_the_execution_duration_cancels_the_statement_and_fails_the_job()
    {
        var marker = "overtime_" + Guid.NewGuid().ToString("N");
        var job = await Client.CreateAsync(("QUERY", $"SELECT pg_sleep(60) AS {marker}"), ("EXECUTIONDURATION", "1"), ("PHASE", "RUN"));

        var failed = await Client.WaitForPhaseAsync(job, "ERROR");

        Assert.Contains("longer than the job's execution duration of 1 s", failed.Element(UwsNamespace + "errorSummary")!.Element(UwsNamespace + "message")!.Value, StringComparison.Ordinal);
        Assert.True(await StatementActivity.WaitUntilAsync(Database, marker, running: false, TimeSpan.FromSeconds(10)), "The statement still runs in PostgreSQL.");
    }
}
