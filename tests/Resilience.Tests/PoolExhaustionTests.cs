using System.Globalization;
using Resilience.Tests.Support;
using Tap.Service.Protocol;
using Tap.Service.Vosi;

namespace Resilience.Tests;

/// <summary>Slow queries hold every connection of a small pool while more clients arrive.</summary>
[Collection(ResilienceTests.Name)]
public sealed class PoolExhaustionTests(ResilienceFixture fixture, ITestOutputHelper output)
{
    private const int PoolSize = 4;
    private const int PoolWaitSeconds = 1;
    private const int SlowSeconds = 8;
    private const int ClientsBeyondThePool = 12;

    [Fact]
    public async Task Clients_beyond_the_pool_get503_quickly_and_all_are_answered_once_load_drops()
    {
        await using var service = await fixture.StartServiceAsync(
            ("Database:MaxPoolSize", PoolSize.ToString(CultureInfo.InvariantCulture)),
            ("Database:PoolWaitSeconds", PoolWaitSeconds.ToString(CultureInfo.InvariantCulture)),
            // No workers polling for jobs: the slow queries below are the only ones holding connections.
            ("Uws:WorkerCount", "0"));
        using var http = service.CreateClient();
        var requests = await SampleRequests.MixAsync(http);

        var slow = Enumerable.Range(0, PoolSize).Select(_ => Exchange.SendAsync(http, SampleRequests.TapSync(DelayTable.Query(SlowSeconds)))).ToList();
        Assert.True(await DelayTable.WaitUntilRunningAsync(fixture.Database, PoolSize, TimeSpan.FromSeconds(10)), "The slow queries never held the whole pool.");
        var beyond = await Task.WhenAll(Enumerable.Range(0, ClientsBeyondThePool).Select(client => Exchange.SendAsync(http, Request(requests, client))));
        var availabilityWhileHeld = await Availability.ReadAsync(http);
        var held = await Task.WhenAll(slow);
        // One at a time: the load has dropped.
        var afterwards = new List<Exchange>();
        for (var client = 0; client < ClientsBeyondThePool; client++)
        {
            afterwards.Add(await Exchange.SendAsync(http, Request(requests, client)));
        }

        output.WriteLines(
        [
            .. Clients.Report($"Pool of {PoolSize} held by {PoolSize} queries of {SlowSeconds} s", held),
            .. Clients.Report($"  {ClientsBeyondThePool} clients beyond the pool (PoolWaitSeconds {PoolWaitSeconds})", beyond),
            .. Clients.Report("  the same requests one by one once the slow queries ended", afterwards),
            $"  availability while the pool was full: {availabilityWhileHeld.Available}, \"{availabilityWhileHeld.Note}\"",
        ]);

        Assert.False(availabilityWhileHeld.Available);
        Assert.Equal(DatabaseAvailability.BusyNote, availabilityWhileHeld.Note);

        Assert.All(held, exchange => Assert.Equal(Outcome.Ok, exchange.Outcome));
        Assert.All(beyond, exchange =>
        {
            Assert.True(exchange.Outcome == Outcome.Unavailable, $"{exchange.Url}: {exchange.Kind} {exchange.Message}");
            Assert.Equal(FaultClassifier.DatabaseBusyMessage, exchange.Message);
            // Answered after the wait for a connection, not held until the slow queries end.
            Assert.True(exchange.Latency < TimeSpan.FromSeconds(PoolWaitSeconds + 5), $"{exchange.Url} waited {exchange.Latency}.");
        });
        Assert.All(afterwards, exchange => Assert.True(exchange.Outcome == Outcome.Ok, $"{exchange.Url}: {exchange.Kind} {exchange.Message}"));
    }

    private static string Request(IReadOnlyList<string> requests, int client) => requests[client % requests.Count];
}
