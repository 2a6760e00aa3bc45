using System.Globalization;
using System.Text.RegularExpressions;

namespace Integration.Tests.Observability;

/// <summary>One reading of /metrics in Prometheus's text format: each sample's name, labels and value.</summary>
internal sealed partial class PrometheusScrape
{
    private readonly List<(string Name, Dictionary<string, string> Labels, double Value)> _samples;

    private PrometheusScrape(List<(string, Dictionary<string, string>, double)> samples) => _samples = samples;

    public static async Task<PrometheusScrape> ReadAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        var samples = new List<(string, Dictionary<string, string>, double)>();
        foreach (var line in (await response.Content.ReadAsStringAsync()).Split('\n'))
        {
            if (Sample().Match(line) is { Success: true } sample)
            {
                var labels = Label().Matches(sample.Groups["labels"].Value)
                    .ToDictionary(label => label.Groups["name"].Value, label => label.Groups["value"].Value);
                samples.Add((sample.Groups["name"].Value, labels, double.Parse(sample.Groups["value"].Value, CultureInfo.InvariantCulture)));
            }
        }

        return new PrometheusScrape(samples);
    }

    /// <summary>
    /// Reads until <paramref name="settled"/> holds, for up to 10 s: a request is counted once its
    /// pipeline has ended, and a query once its result has, both of which can be after the client
    /// read the last byte. The reading is returned either way, for the test's assertions to judge.
    /// </summary>
    public static async Task<PrometheusScrape> ReadUntilAsync(HttpClient client, Func<PrometheusScrape, bool> settled)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var scrape = await ReadAsync(client);
            if (settled(scrape) || DateTime.UtcNow > deadline)
            {
                return scrape;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The sum of the samples of <paramref name="name"/> whose labels include all of <paramref name="labels"/>.</summary>
    public double Sum(string name, params (string Name, string Value)[] labels) =>
        _samples
            .Where(sample => sample.Name == name && labels.All(label => sample.Labels.GetValueOrDefault(label.Name) == label.Value))
            .Sum(sample => sample.Value);

    /// <summary>How many series of <paramref name="name"/> there are.</summary>
    public int Count(string name) => _samples.Count(sample => sample.Name == name);

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})? (?<value>\S+)")]
    private static partial Regex Sample();

    [GeneratedRegex(@"(?<name>[a-zA-Z_][a-zA-Z0-9_]*)=""(?<value>(\\.|[^""\\])*)""")]
    private static partial Regex Label();
}
