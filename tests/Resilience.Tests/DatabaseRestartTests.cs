using Resilience.Tests.Support;
using Tap.Service.Protocol;
using Tap.Service.Uws;

namespace Resilience.Tests;

/// <summary>PostgreSQL stopped and started again while clients query the service continuously.</summary>
[Collection(ResilienceTests.Name)]
public sealed class DatabaseRestartTests(ResilienceFixture fixture, ITestOutputHelper output)
{
    private const int ClientCount = 8;
    private static readonly TimeSpan Downtime = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan Steady = TimeSpan.FromSeconds(3);

    /// <summary>The longest any answer may take, outage or not: a failure must be quick, not a hang.</summary>
    private static readonly TimeSpan AnswerBound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task While_the_database_is_down_clients_get503_and_the_service_recovers_without_a_restart()
    {
        await using var service = await fixture.StartServiceAsync(("Uws:WorkerCount", "1"));
        using var http = service.CreateClient();
        using var uws = new UwsClient(service.CreateClient(), ResilienceFixture.WaitSeconds);
        var requests = await SampleRequests.MixAsync(http);
        var interrupted = await uws.CreateAsync(("LANG", "ADQL"), ("QUERY", DelayTable.Query(60)), ("PHASE", "RUN"));
        Assert.True(await DelayTable.WaitUntilRunningAsync(fixture.Database, 1, TimeSpan.FromSeconds(10)), "The job never ran.");
        using var stopClients = new CancellationTokenSource();
        var traffic = Clients.RunAsync(http, requests, ClientCount, stopClients.Token);
        await Task.Delay(Steady);

        var stopping = DateTime.UtcNow;
        await fixture.Database.StopAsync();
        var down = DateTime.UtcNow;
        var availabilityWhileDown = await Availability.ReadAsync(http);
        var availabilityTook = DateTime.UtcNow - down;
        var jobWhileDown = await Exchange.SendAsync(http, "tap/async", Form(("LANG", "ADQL"), ("QUERY", "SELECT TOP 1 obs_id FROM ivoa.obscore"), ("PHASE", "RUN")));
        await Task.Delay(Downtime);

        var restarting = DateTime.UtcNow;
        await fixture.Database.StartAsync();
        await service.WaitUntilAvailableAsync(TimeSpan.FromSeconds(30));
        var recovered = DateTime.UtcNow;
        await Task.Delay(Steady);
        await stopClients.CancelAsync();
        var exchanges = await traffic;

        var job = await uws.CreateAsync(("LANG", "ADQL"), ("QUERY", "SELECT TOP 3 obs_id FROM ivoa.obscore"), ("PHASE", "RUN"));
        await uws.WaitForPhaseAsync(job, "COMPLETED");
        var interruptedJob = await uws.WaitUntilEndedAsync(interrupted, 30);

        var whileDown = exchanges.Where(e => e.Started >= down && e.Ended <= restarting).ToList();
        var afterRecovery = exchanges.Where(e => e.Started >= recovered).ToList();
        output.WriteLines(
        [
            .. Clients.Report($"PostgreSQL restarted under {ClientCount} clients, all requests", exchanges),
            .. Clients.Report("  started and answered while it was down", whileDown),
            .. Clients.Report("  started after /tap/availability said true again", afterRecovery),
            $"  down {(restarting - down).TotalSeconds:F1} s, available again {(recovered - restarting).TotalSeconds:F1} s after the start",
            $"  availability while down: {availabilityWhileDown.Available}, \"{availabilityWhileDown.Note}\", in {availabilityTook.TotalMilliseconds:F0} ms",
            $"  job creation while down: {jobWhileDown.Kind}; a job created after recovery: COMPLETED",
            $"  the job executing at the stop: {UwsClient.Phase(interruptedJob)}, \"{UwsClient.ErrorMessage(interruptedJob)}\"",
        ]);

        Assert.False(availabilityWhileDown.Available);
        Assert.False(string.IsNullOrWhiteSpace(availabilityWhileDown.Note));
        Assert.True(availabilityTook < AnswerBound, $"/tap/availability took {availabilityTook} while the database was down.");
        AssertUnavailable(jobWhileDown);
        // Its statement was terminated: the worker fails it as transient, or, when even that could
        // not be saved, housekeeping fails it once its lease runs out. Either way it is not stuck.
        Assert.Equal("ERROR", UwsClient.Phase(interruptedJob));
        Assert.Contains(UwsClient.ErrorMessage(interruptedJob), new[] { FaultClassifier.DatabaseBusyMessage, JobHousekeeping.OrphanMessage });
        Assert.NotEmpty(whileDown);
        Assert.All(whileDown, AssertUnavailable);
        Assert.NotEmpty(afterRecovery);
        Assert.All(afterRecovery, exchange => Assert.True(exchange.Outcome == Outcome.Ok, $"{exchange.Url}: {exchange.Kind} {exchange.Message}"));
        Assert.All(exchanges, exchange =>
        {
            Assert.True(exchange.Latency < AnswerBound, $"{exchange.Url} took {exchange.Latency}.");
            // A query already sending rows when PostgreSQL went away can only end its document with the error.
            var inFlightAtStop = exchange.Started < down && exchange.Ended > stopping;
            Assert.True(
                exchange.Outcome is Outcome.Ok or Outcome.Unavailable || (inFlightAtStop && exchange.Outcome is Outcome.ErrorInResult),
                $"{exchange.Url} started {exchange.Started:HH:mm:ss.fff}: {exchange.Kind} {exchange.Message}");
        });
    }

    private static void AssertUnavailable(Exchange exchange)
    {
        Assert.True(exchange.Outcome == Outcome.Unavailable, $"{exchange.Url}: {exchange.Kind} {exchange.Message}");
        Assert.Equal(FaultClassifier.DatabaseBusyMessage, exchange.Message);
    }

    private static KeyValuePair<string, string>[] Form(params (string Name, string Value)[] fields) =>
        [.. fields.Select(field => KeyValuePair.Create(field.Name, field.Value))];
}
