using System.Globalization;
using ObsCore.Model;

namespace Tap.Service.Admin.Load;

/// <summary>What to load: the committed sample, a generated survey, or an ObsCore CSV file from another tool.</summary>
internal sealed record LoadOptions(
    bool Sample, int? Visits, int Seed, DateTime Now, string? CsvFile, string PublicBaseUrl)
{
    public const string Usage =
        """
        usage: load --sample                      the committed sample (seed-data/sample)
               load --visits N [--seed S] [--now TIME]
                                                 N generated visits (default seed 1, reference time today 10:00 UTC)
               load --csv FILE                   ObsCore rows from a CSV file (.csv or .csv.gz) with a header line
        options: --public-base-url URL           base of the DataLink URLs written into access_url
                                                 (default http://127.0.0.1:8080)
        """;

    /// <summary>Parses the arguments after "load"; throws <see cref="ArgumentException"/> with a message for the user.</summary>
    public static LoadOptions Parse(IReadOnlyList<string> args, DateTime utcNow)
    {
        var sample = false;
        int? visits = null;
        var seed = 1;
        // Default reference time: fixed for the day, so repeating a load the same day gives the same visits.
        var now = utcNow.Date.AddHours(10);
        string? csv = null;
        var baseUrl = DataLinkAccess.DefaultPublicBaseUrl;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--sample": sample = true; break;
                case "--visits": visits = PositiveInt("--visits", Value()); break;
                case "--seed": seed = int.TryParse(Value(), CultureInfo.InvariantCulture, out var s) ? s : throw new ArgumentException("--seed needs an integer"); break;
                case "--now": now = ParseTime(Value()); break;
                case "--csv": csv = Value(); break;
                case "--public-base-url": baseUrl = ParseUrl(Value()); break;
                default: throw new ArgumentException($"unknown option '{args[i]}'");
            }
        }

        var sources = (sample ? 1 : 0) + (visits is null ? 0 : 1) + (csv is null ? 0 : 1);
        return sources == 1
            ? new LoadOptions(sample, visits, seed, now, csv, baseUrl)
            : throw new ArgumentException("give exactly one of --sample, --visits N, --csv FILE");
    }

    private static int PositiveInt(string option, string text) =>
        int.TryParse(text, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : throw new ArgumentException($"{option} needs a positive integer");

    private static DateTime ParseTime(string text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new ArgumentException("--now needs an ISO-8601 time, e.g. 2026-11-02T10:00:00Z");

    private static string ParseUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? text.TrimEnd('/')
            : throw new ArgumentException("--public-base-url needs an absolute http(s) URL");
}
