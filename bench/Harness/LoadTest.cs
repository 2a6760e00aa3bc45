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

/// <summary>One concurrency level: latency per mix query and of all requests together, requests per second, and the requests that failed.</summary>
internal sealed record LoadLevel(int Clients, IReadOnlyList<Latency> PerQuery, Latency All, double RequestsPerSecond, long Requests, long Failures)
{
    public static LoadLevel MedianOf(IReadOnlyList<LoadLevel> runs) => new(
        runs[0].Clients,
        [.. runs[0].PerQuery.Select((_, query) => Latency.MedianOf(runs.Select(run => run.PerQuery[query])))],
        Latency.MedianOf(runs.Select(run => run.All)),
        Statistics.Median(runs.Select(run => run.RequestsPerSecond)),
        runs.Sum(run => run.Requests),
        runs.Sum(run => run.Failures));
}

/// <summary>
/// Closed-loop load: each client sends one request after another, as fast as answers come. The mix
/// starts each client at a different query so that all of them run side by side.
/// </summary>
internal static class LoadTest
{
    public static Task<LoadLevel> RunAsync(
        ServiceRequests requests, IReadOnlyList<MixQuery> mix, int clients, TimeSpan duration, CancellationToken cancellationToken) =>
        RunAsync(requests, mix.Count, (client, sent) => ((client + sent) % mix.Count, mix[(client + sent) % mix.Count].PathAndQuery), clients, duration, cancellationToken);

    /// <param name="kinds">How many kinds of request there are; the level gives the latency of each.</param>
    /// <param name="next">The kind and path of a client's next request, from the client's number and the requests it has sent.</param>
    public static async Task<LoadLevel> RunAsync(
        ServiceRequests requests, int kinds, Func<int, int, (int Kind, string PathAndQuery)> next, int clients, TimeSpan duration,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var samples = await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(() => ClientAsync(client), cancellationToken)));
        var elapsed = Stopwatch.GetElapsedTime(started);

        var perKind = Enumerable.Range(0, kinds).Select(_ => new List<double>()).ToList();
        long failures = 0, count = 0;
        foreach (var (kind, milliseconds, succeeded) in samples.SelectMany(s => s))
        {
            count++;
            if (succeeded)
            {
                perKind[kind].Add(milliseconds);
            }
            else
            {
                failures++;
            }
        }

        var all = perKind.SelectMany(milliseconds => milliseconds).ToList();
        return new LoadLevel(clients, [.. perKind.Select(Latency.Of)], Latency.Of(all), count / elapsed.TotalSeconds, count, failures);

        async Task<List<(int Kind, double Milliseconds, bool Succeeded)>> ClientAsync(int client)
        {
            var buffer = new byte[64 * 1024];
            var taken = new List<(int, double, bool)>();
            for (var sent = 0; Stopwatch.GetTimestamp() < deadline; sent++)
            {
                var (kind, pathAndQuery) = next(client, sent);
                var start = Stopwatch.GetTimestamp();
                var succeeded = await requests.FetchAsync(pathAndQuery, buffer, cancellationToken);
                taken.Add((kind, Stopwatch.GetElapsedTime(start).TotalMilliseconds, succeeded));
            }

            return taken;
        }
    }
}
