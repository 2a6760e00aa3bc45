using System.Diagnostics;
using System.Net;
using Resilience.Tests.Support;

namespace Resilience.Tests;

/// <summary>The health endpoints while PostgreSQL stops and starts again under a running service.</summary>
[Collection(ResilienceTests.Name)]
public sealed class HealthTests(ResilienceFixture fixture, ITestOutputHelper output)
{
    /// <summary>What an orchestrator may expect: a replica that cannot query leaves the rotation this fast.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Readiness_follows_the_database_within_seconds_while_liveness_stays_up()
    {
        await using var service = await fixture.StartServiceAsync();
        using var http = service.CreateClient(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(http, "/health/ready"));

        await fixture.Database.StopAsync();
        var down = Stopwatch.StartNew();
        var unready = await WaitForAsync(http, "/health/ready", HttpStatusCode.ServiceUnavailable);
        var liveWhileDown = await StatusAsync(http, "/health/live");

        await fixture.Database.StartAsync();
        var up = Stopwatch.StartNew();
        var ready = await WaitForAsync(http, "/health/ready", HttpStatusCode.OK);

        output.WriteLine($"unready {unready.TotalSeconds:F2} s after PostgreSQL stopped, ready {ready.TotalSeconds:F2} s after it started; live while down: {liveWhileDown}");
        Assert.True(unready < Bound, $"/health/ready still answered 200 {down.Elapsed} after PostgreSQL stopped.");
        Assert.Equal(HttpStatusCode.OK, liveWhileDown);
        Assert.True(ready < Bound, $"/health/ready was not 200 {up.Elapsed} after PostgreSQL started.");
    }

    /// <summary>Polls <paramref name="path"/> until it answers <paramref name="expected"/>, for twice the bound; returns how long that took.</summary>
    private static async Task<TimeSpan> WaitForAsync(HttpClient http, string path, HttpStatusCode expected)
    {
        var waiting = Stopwatch.StartNew();
        while (await StatusAsync(http, path) != expected && waiting.Elapsed < 2 * Bound)
        {
            await Task.Delay(100);
        }

        return waiting.Elapsed;
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }
}
