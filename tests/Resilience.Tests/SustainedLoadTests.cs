using System.Globalization;
using Resilience.Tests.Support;

namespace Resilience.Tests;

/// <summary>Many clients at once for a minute, with the default pool and limits.</summary>
[Collection(ResilienceTests.Name)]
public sealed class SustainedLoadTests(ResilienceFixture fixture, ITestOutputHelper output)
{
    private const int ClientCount = 50;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Fifty_clients_for_a_minute_get_no_errors()
    {
        await using var service = await fixture.StartServiceAsync();
        using var http = service.CreateClient();
        var requests = await SampleRequests.MixAsync(http);

        using var stop = new CancellationTokenSource(Duration);
        var exchanges = await Clients.RunAsync(http, requests, ClientCount, stop.Token);

        output.WriteLines(
        [
            .. Clients.Report($"{ClientCount} clients for {Duration.TotalSeconds} s over {requests.Count} TAP sync, SIAv2 and DataLink requests", exchanges),
            string.Create(CultureInfo.InvariantCulture, $"    throughput {exchanges.Count / Duration.TotalSeconds:F0} requests/s"),
        ]);
        var errors = exchanges.Where(exchange => exchange.Outcome != Outcome.Ok).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors.Take(5).Select(e => $"{e.Url}: {e.Kind} {e.Message}")) + "\n" + service.Log);
    }
}
