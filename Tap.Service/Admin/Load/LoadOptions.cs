using ObsCore.Model;

namespace Tap.Service.Admin.Load;

/// <summary>What to load: the committed sample, a data-set folder (the generator's output), or an ObsCore CSV file from another tool.</summary>
internal sealed record LoadOptions(bool Sample, string? Directory, string? CsvFile, string PublicBaseUrl, bool Replace = false)
{
    public const string Usage =
        """
        usage: load --sample                      the committed sample (seed-data/sample, shipped with the service),
                                                 its times moved so its newest night ended an hour ago
               load --dir DIR                    a data set as seed-data/Generator writes it: one CSV file per table
               load --csv FILE                   ObsCore rows from a CSV file (.csv or .csv.gz) with a header line
        options: --public-base-url URL           base of the DataLink URLs written into access_url
                                                 (default http://127.0.0.1:8080)
                 --replace                       empty ivoa.obscore and the caom2 tables first, in the same
                                                 transaction; without it rows are merged: a row whose key is
                                                 already there is replaced, the others stay
        """;

    /// <summary>Parses the arguments after "load"; throws <see cref="ArgumentException"/> with a message for the user.</summary>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var sample = false;
        string? directory = null;
        string? csv = null;
        var baseUrl = DataLinkAccess.DefaultPublicBaseUrl;
        var replace = false;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--sample": sample = true; break;
                case "--dir": directory = Value(); break;
                case "--csv": csv = Value(); break;
                case "--public-base-url": baseUrl = ParseUrl(Value()); break;
                case "--replace": replace = true; break;
                default: throw new ArgumentException($"unknown option '{args[i]}'");
            }
        }

        var sources = (sample ? 1 : 0) + (directory is null ? 0 : 1) + (csv is null ? 0 : 1);
        return sources == 1
            ? new LoadOptions(sample, directory, csv, baseUrl, replace)
            : throw new ArgumentException("give exactly one of --sample, --dir DIR, --csv FILE");
    }

    private static string ParseUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? text.TrimEnd('/')
            : throw new ArgumentException("--public-base-url needs an absolute http(s) URL");
}
