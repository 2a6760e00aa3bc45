using System.Globalization;

namespace Harness;

/// <summary>What to measure and where; bench/run.sh passes the paths, the user the size and effort.</summary>
/// <param name="Renderer">The seed-data generator's executable, which renders the images of <see cref="Images"/> mode.</param>
/// <param name="Images">Measure image access (files, SODA cutouts, previews) on the committed sample instead of the queries.</param>
/// <param name="Security">Measure what authentication and row-level security cost on the query mix instead.</param>
/// <param name="Topology">Measure the query mix with one or two service instances and zero or two hot standbys instead.</param>
/// <param name="SecondPort">The second service instance's HTTP port in <see cref="Topology"/> mode.</param>
/// <param name="DbScript">scripts/db.sh, which makes, starts and stops the standbys of <see cref="Topology"/> mode.</param>
/// <param name="StandbyOffset">The first standby listens on the cluster's port plus this, the second on the next port.</param>
internal sealed record HarnessOptions(
    string ServiceDirectory, long Rows, int Seed, int Repeats, TimeSpan LoadDuration, int Port, string? ReportFile,
    string? Renderer = null, bool Images = false, bool Security = false,
    bool Topology = false, int SecondPort = 0, string? DbScript = null, int StandbyOffset = 1)
{
    /// <summary>The data size the figures are quoted at; larger runs compare their latencies with it.</summary>
    public const long DefaultRows = 1_000_000;

    public const string Usage =
        """
        usage: Harness --service DIR [--rows N] [--seed S] [--repeats R] [--seconds T] [--port P] [--report FILE]
               Harness --images --service DIR --renderer PROGRAM [--repeats R] [--seconds T] [--port P] [--report FILE]
               Harness --security --service DIR [--rows N] [--repeats R] [--seconds T] [--port P] [--report FILE]
               Harness --topology --service DIR --db-script FILE [--rows N] [--repeats R] [--seconds T] [--port P] [--second-port P2]
                       [--standby-offset K] [--report FILE]
          --service DIR       Release build output of Tap.Service (the service under test)
          --rows N            ObsCore rows of the generated data set, at least (default 1000000)
          --seed S            seed of the generated data set (default 1)
          --repeats R         runs of every measurement; the report gives their medians (default 3; 12 rounds with --security)
          --seconds T         length of one load run per concurrency level (default 20; 10 with --images; 5 with --security)
          --port P            HTTP port for the service (default 8099)
          --report FILE       Markdown file whose harness section for this data size (or for images) is replaced by the results
          --images            measure image access on the committed sample: renders, postage stamps, coadd cutouts, previews
          --renderer PROGRAM  the seed-data generator's executable, which renders the images (needed with --images)
          --security          measure the query mix without authentication and row-level security, anonymously and with a token
          --topology          measure the query mix with 1 or 2 service instances and 0 or 2 hot standbys, with the CPU each part takes
          --db-script FILE    scripts/db.sh, which makes, starts and stops the standbys (needed with --topology)
          --second-port P2    HTTP port for the second service instance (default P + 1)
          --standby-offset K  the standbys listen on the cluster's port + K and + K + 1 (default 1)
        """;

    /// <summary>Throws <see cref="ArgumentException"/> with a message for the user.</summary>
    public static HarnessOptions Parse(IReadOnlyList<string> args)
    {
        string? service = null;
        long rows = DefaultRows;
        var seed = 1;
        int? repeats = null;
        int? seconds = null;
        var port = 8099;
        string? report = null;
        string? renderer = null;
        var images = false;
        var security = false;
        var topology = false;
        int? secondPort = null;
        string? dbScript = null;
        var standbyOffset = 1;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--service": service = Value(); break;
                case "--rows": rows = Positive("--rows", Value()); break;
                case "--seed": seed = (int)Positive("--seed", Value()); break;
                case "--repeats": repeats = (int)Positive("--repeats", Value()); break;
                case "--seconds": seconds = (int)Positive("--seconds", Value()); break;
                case "--port": port = (int)Positive("--port", Value()); break;
                case "--report": report = Value(); break;
                case "--renderer": renderer = Value(); break;
                case "--images": images = true; break;
                case "--security": security = true; break;
                case "--topology": topology = true; break;
                case "--second-port": secondPort = (int)Positive("--second-port", Value()); break;
                case "--db-script": dbScript = Value(); break;
                case "--standby-offset": standbyOffset = (int)Positive("--standby-offset", Value()); break;
                default: throw new ArgumentException($"unknown option '{args[i]}'");
            }
        }

        if (service is null || !File.Exists(Path.Combine(service, "Tap.Service.dll")))
        {
            throw new ArgumentException("--service must name the folder holding Tap.Service.dll");
        }

        if ((images ? 1 : 0) + (security ? 1 : 0) + (topology ? 1 : 0) > 1)
        {
            throw new ArgumentException("--images, --security and --topology are separate runs");
        }

        if (topology && (dbScript is null || !File.Exists(dbScript)))
        {
            throw new ArgumentException("--topology needs --db-script naming scripts/db.sh");
        }

        if (images && (renderer is null || !File.Exists(renderer)))
        {
            throw new ArgumentException("--images needs --renderer naming the seed-data generator's executable");
        }

        return new HarnessOptions(
            Path.GetFullPath(service), rows, seed, repeats ?? (security ? 12 : 3),
            TimeSpan.FromSeconds(seconds ?? (images ? 10 : security ? 5 : 20)), port, report,
            renderer is null ? null : Path.GetFullPath(renderer), images, security,
            topology, secondPort ?? port + 1, dbScript is null ? null : Path.GetFullPath(dbScript), standbyOffset);
    }

    /// <summary>The HTTP ports of the service instances, the first one's first.</summary>
    public IReadOnlyList<int> ServicePorts => [Port, SecondPort];

    private static long Positive(string option, string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= int.MaxValue
            ? value
            : throw new ArgumentException($"{option} needs a positive integer");
}
