using System.Collections.Concurrent;
using System.Globalization;

namespace Resilience.Tests.Support;

/// <summary>Clients that each send requests one after another, as fast as the answers come, until told to stop.</summary>
internal static class Clients
{
    /// <summary>
    /// Runs <paramref name="count"/> clients over the request mix, each starting at a different
    /// request; returns every exchange in the order they started. A request under way when
    /// <paramref name="stop"/> fires is finished, not cancelled.
    /// </summary>
    public static async Task<IReadOnlyList<Exchange>> RunAsync(HttpClient http, IReadOnlyList<string> requests, int count, CancellationToken stop)
    {
        var exchanges = new ConcurrentBag<Exchange>();
        await Task.WhenAll(Enumerable.Range(0, count).Select(client => Task.Run(async () =>
        {
            for (var next = client; !stop.IsCancellationRequested; next++)
            {
                exchanges.Add(await Exchange.SendAsync(http, requests[next % requests.Count]));
            }
        })));
        return [.. exchanges.OrderBy(exchange => exchange.Started)];
    }

    /// <summary>The counts by endpoint and kind, and the latencies, as lines for the test log.</summary>
    public static IEnumerable<string> Report(string title, IReadOnlyCollection<Exchange> exchanges)
    {
        yield return string.Create(CultureInfo.InvariantCulture, $"{title}: {exchanges.Count} requests, {exchanges.Count(exchange => exchange.Outcome != Outcome.Ok)} not OK");
        foreach (var group in exchanges.GroupBy(exchange => (exchange.Endpoint, exchange.Kind)).OrderBy(group => group.Key))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"    {group.Key.Endpoint,-16} {group.Key.Kind,-28} {group.Count(),7}");
        }

        if (exchanges.Count > 0)
        {
            var latencies = exchanges.Select(exchange => exchange.Latency).Order().ToList();
            yield return string.Create(
                CultureInfo.InvariantCulture,
                $"    latency p50 {Milliseconds(Percentile(latencies, 50))} ms, p99 {Milliseconds(Percentile(latencies, 99))} ms, max {Milliseconds(latencies[^1])} ms");
        }
    }

    /// <summary>The nearest-rank percentile of sorted values.</summary>
    public static TimeSpan Percentile(IReadOnlyList<TimeSpan> sorted, int percent) =>
        sorted[Math.Max(0, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];

    private static long Milliseconds(TimeSpan duration) => (long)duration.TotalMilliseconds;
}
