using System.Diagnostics;

namespace Harness;

/// <summary>Latency percentiles of one query at one concurrency level, in milliseconds.</summary>
internal sealed record Latency(double P50, double P95, double P99)
{
    public static Latency Of(List<double> milliseconds)
    {
        milliseconds.Sort();
        return new Latency(
            Statistics.Percentile(milliseconds, 50), Statistics.Percentile(milliseconds, 95), Statistics.Percentile(milliseconds, 99));
    }

    public static Latency MedianOf(IEnumerable<Latency> runs)
    {
        var list = runs.ToList();
        return new Latency(
            Statistics.Median(list.Select(l => l.P50)), Statistics.Median(list.Select(l => l.P95)), Statistics.Median(list.Select(l => l.P99)));
    }
}

/// <summary>One concurrency level: latency per mix query, requests per second, and the requests that failed.</summary>
internal sealed record LoadLevel(int Clients, IReadOnlyList<Latency> PerQuery, double RequestsPerSecond, long Requests, long Failures)
{
    public static LoadLevel MedianOf(IReadOnlyList<LoadLevel> runs) => new(
        runs[0].Clients,
        [.. runs[0].PerQuery.Select((_, query) => Latency.MedianOf(runs.Select(run => run.PerQuery[query])))],
        Statistics.Median(runs.Select(run => run.RequestsPerSecond)),
        runs.Sum(run => run.Requests),
        runs.Sum(run => run.Failures));
}

/// <summary>
/// Closed-loop load: each client sends the mix one query after another, as fast as answers come,
/// starting at a different query so that all of them run side by side.
/// </summary>
internal static class LoadTest
{
    public static async Task<LoadLevel> RunAsync(
        ServiceRequests requests, IReadOnlyList<MixQuery> mix, int clients, TimeSpan duration, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var samples = await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(() => ClientAsync(client), cancellationToken)));
        var elapsed = Stopwatch.GetElapsedTime(started);

        var perQuery = mix.Select(_ => new List<double>()).ToList();
        long failures = 0, count = 0;
        foreach (var (query, milliseconds, succeeded) in samples.SelectMany(s => s))
        {
            count++;
            if (succeeded)
            {
                perQuery[query].Add(milliseconds);
            }
            else
            {
                failures++;
            }
        }

        return new LoadLevel(clients, [.. perQuery.Select(Latency.Of)], count / elapsed.TotalSeconds, count, failures);

        async Task<List<(int Query, double Milliseconds, bool Succeeded)>> ClientAsync(int client)
        {
            var buffer = new byte[64 * 1024];
            var taken = new List<(int, double, bool)>();
            for (var i = client; Stopwatch.GetTimestamp() < deadline; i++)
            {
                var query = i % mix.Count;
                var start = Stopwatch.GetTimestamp();
                var succeeded = await requests.FetchAsync(mix[query].PathAndQuery, buffer, cancellationToken);
                taken.Add((query, Stopwatch.GetElapsedTime(start).TotalMilliseconds, succeeded));
            }

            return taken;
        }
    }
}
