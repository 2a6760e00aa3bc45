using System.Globalization;
using SeedData.Generator.Survey;

namespace SeedData.Generator.Tool;

/// <summary>What the command-line tool generates and where it writes it.</summary>
public sealed record GeneratorOptions(SurveyParameters Parameters, string OutputDirectory)
{
    public const string Usage =
        """
        usage: SeedData.Generator --visits N [--seed S] [--now TIME] --out DIR
               writes N generated visits (default seed 1, reference time today 10:00 UTC) into DIR
               as one gzip CSV file per table, the folder the service's `load --dir DIR` reads
               SeedData.Generator render ...
               writes the FITS file of one dataset (`SeedData.Generator render` alone lists its options)
        """;

    /// <summary>Parses the tool's arguments; throws <see cref="ArgumentException"/> with a message for the user.</summary>
    public static GeneratorOptions Parse(IReadOnlyList<string> args, DateTime utcNow)
    {
        int? visits = null;
        var seed = 1;
        // Default reference time: fixed for the day, so generating again the same day gives the same visits.
        var now = utcNow.Date.AddHours(10);
        string? output = null;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--visits": visits = PositiveInt("--visits", Value()); break;
                case "--seed": seed = int.TryParse(Value(), CultureInfo.InvariantCulture, out var s) ? s : throw new ArgumentException("--seed needs an integer"); break;
                case "--now": now = ParseTime(Value()); break;
                case "--out": output = Value(); break;
                default: throw new ArgumentException($"unknown option '{args[i]}'");
            }
        }

        return visits is null ? throw new ArgumentException("--visits N is required")
            : output is null ? throw new ArgumentException("--out DIR is required")
            : new GeneratorOptions(new SurveyParameters(visits.Value, seed, now), output);
    }

    private static int PositiveInt(string option, string text) =>
        int.TryParse(text, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : throw new ArgumentException($"{option} needs a positive integer");

    private static DateTime ParseTime(string text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new ArgumentException("--now needs an ISO-8601 time, e.g. 2026-11-02T10:00:00Z");
}
