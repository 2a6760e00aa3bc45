using System.Xml.Linq;
using Resilience.Tests.Support;
using Tap.Service.Uws;

namespace Resilience.Tests;

/// <summary>The service killed with SIGKILL while asynchronous jobs are queued and executing, then started again.</summary>
[Collection(ResilienceTests.Name)]
public sealed class KilledServiceTests(ResilienceFixture fixture, ITestOutputHelper output)
{
    private const int JobCount = 6;
    private const int JobSeconds = 3;
    private const int Workers = 2;

    [Fact]
    public async Task No_job_is_lost_or_stuck_after_the_service_is_killed_and_restarted()
    {
        var port = FreePort.Next();
        var jobs = new List<string>();
        await using (var killed = await fixture.StartServiceAsync(port, ("Uws:WorkerCount", $"{Workers}")))
        {
            using var client = new UwsClient(killed.CreateClient(), ResilienceFixture.WaitSeconds);
            for (var i = 0; i < JobCount; i++)
            {
                jobs.Add(await client.CreateAsync(("LANG", "ADQL"), ("QUERY", DelayTable.Query(JobSeconds)), ("PHASE", "RUN")));
            }

            Assert.True(await DelayTable.WaitUntilRunningAsync(fixture.Database, Workers, TimeSpan.FromSeconds(15)), "The workers never ran their jobs.");
            await killed.KillAsync();
        }

        // Read from the table: nobody can change the jobs now, so this is exactly what the kill left.
        var atKill = await Jobs.PhasesInTableAsync(fixture.Database, jobs.Select(Jobs.Id));
        var executing = atKill.Where(job => job.Value == "EXECUTING").Select(job => job.Key).ToHashSet();
        var queued = atKill.Count(job => job.Value == "QUEUED");
        Assert.Equal(Workers, executing.Count);
        Assert.True(queued > 0, "No job was still queued at the kill.");

        var restartedAt = DateTime.UtcNow;
        await using var restarted = await fixture.StartServiceAsync(port, ("Uws:WorkerCount", $"{Workers}"));
        using var after = new UwsClient(restarted.CreateClient(), ResilienceFixture.WaitSeconds);
        var ended = new List<(string Id, XElement Document)>();
        foreach (var job in jobs)
        {
            ended.Add((Jobs.Id(job), await after.WaitUntilEndedAsync(job, 60)));
        }

        var settled = DateTime.UtcNow - restartedAt;
        foreach (var (id, document) in ended)
        {
            if (executing.Contains(id))
            {
                // As designed: a job whose worker vanished is failed with a message saying so, not run again
                // (the query may be what brought its instance down); nothing it half-wrote is left behind.
                Assert.Equal("ERROR", UwsClient.Phase(document));
                Assert.Equal(JobHousekeeping.OrphanMessage, UwsClient.ErrorMessage(document));
                Assert.Empty(Directory.GetFiles(fixture.ResultsFolder, id + ".*"));
            }
            else
            {
                Assert.Equal("COMPLETED", UwsClient.Phase(document));
                Assert.Contains($"<TD>{JobSeconds}</TD>", await after.Http.GetStringAsync(UwsClient.ResultUrl(document)), StringComparison.Ordinal);
            }
        }

        output.WriteLines(
        [
            $"SIGKILL with jobs in flight: {JobCount} jobs of {JobSeconds} s, {Workers} workers",
            $"    at the kill: {executing.Count} EXECUTING, {queued} QUEUED, {atKill.Count(job => job.Value == "COMPLETED")} COMPLETED",
            $"    after the restart: {ended.Count(job => UwsClient.Phase(job.Document) == "COMPLETED")} COMPLETED with readable results, "
                + $"{ended.Count(job => UwsClient.Phase(job.Document) == "ERROR")} ERROR (worker vanished), 0 stuck; all ended {settled.TotalSeconds:F1} s after the restart",
        ]);
    }
}
