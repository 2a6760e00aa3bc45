using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Soda.Service.Images;
using Tap.Service.Database;
using Tap.Service.Images;

namespace Harness.Images;

/// <summary>How long the seed-data generator took for one image: its CPU time and the wall-clock time of the same run.</summary>
internal sealed record RenderTime(double CpuSeconds, double WallSeconds);

/// <summary>An image of the sample, rendered into the benchmark's store.</summary>
internal sealed record SampleImage(ImageDataset Dataset, string FilePath, long FileBytes, RenderTime Render)
{
    public long Width => Dataset.Naxis1 ?? 0;

    public long Height => Dataset.Naxis2 ?? 0;
}

/// <summary>
/// The images the benchmark reads: the first public datasets of each product type of the committed
/// sample, rendered before anything is timed by the generator's <c>render</c> command with the
/// arguments the service's own renderer gives it (<see cref="CommandImageRenderer.Arguments"/>).
/// Each render runs alone on one core (<c>taskset -c 0</c>), as seed-data/README.md measures it:
/// CPU time of the whole command, process start and file written included.
/// </summary>
internal static class SampleImages
{
    /// <summary>Butler dataset types of the sample and their names in the report.</summary>
    public static readonly IReadOnlyList<(string DatasetType, string Name)> ProductTypes =
    [
        ("raw", "raw"),
        ("calexp", "calexp"),
        ("goodSeeingDiff_differenceExp", "difference image"),
        ("deepCoadd", "deepCoadd patch"),
    ];

    /// <summary>Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux).</summary>
    private const double TicksPerSecond = 100;

    /// <summary>Renders <paramref name="perType"/> public images of every product type under <paramref name="root"/>, by their store paths.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<SampleImage>>> RenderAsync(
        NpgsqlDataSource database, string renderer, string root, int perType, TextWriter log, CancellationToken cancellationToken)
    {
        // One server: queries and the primary are the same data source.
        var datasets = new ImageDatasets(new QueryDatabase(database, database, NullLogger<QueryDatabase>.Instance));
        var images = new Dictionary<string, IReadOnlyList<SampleImage>>();
        foreach (var (datasetType, name) in ProductTypes)
        {
            var ids = await PublicIdsAsync(database, datasetType, perType, cancellationToken);
            var found = await datasets.FindAsync(ids, DatabaseRoles.Query, cancellationToken);
            var rendered = new List<SampleImage>();
            foreach (var id in ids)
            {
                rendered.Add(await RenderOneAsync(found[id], renderer, root, cancellationToken));
                log.WriteLine(Invariant($"  {name} {id}: {rendered[^1].Render.CpuSeconds:F2} s CPU, {rendered[^1].Render.WallSeconds:F2} s wall, {rendered[^1].FileBytes / 1e6:F1} MB"));
            }

            images[datasetType] = rendered;
        }

        return images;
    }

    private static async Task<IReadOnlyList<string>> PublicIdsAsync(
        NpgsqlDataSource database, string datasetType, int count, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            "SELECT obs_publisher_did FROM ivoa.obscore WHERE lsst_dataset_type = $1 AND data_rights = 'public' ORDER BY obs_publisher_did LIMIT $2");
        command.Parameters.Add(new() { Value = datasetType });
        command.Parameters.Add(new() { Value = count });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids.Count == count ? ids
            : throw new HarnessException($"the sample has {ids.Count} public {datasetType} datasets, fewer than the {count} the benchmark reads: is it loaded?");
    }

    /// <summary>Renders into a partial file renamed when complete, as the service's store does, so a failed run leaves no half image.</summary>
    private static async Task<SampleImage> RenderOneAsync(ImageDataset dataset, string renderer, string root, CancellationToken cancellationToken)
    {
        var path = Path.Combine(root, Path.Combine(dataset.StorePath.Split('/')));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".partial";
        var start = new ProcessStartInfo("taskset")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "-c", "0", renderer },
        };
        foreach (var argument in CommandImageRenderer.Arguments(dataset, partial))
        {
            start.ArgumentList.Add(argument);
        }

        var cpuBefore = ChildrenCpuSeconds();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new HarnessException($"could not start {renderer}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var wall = clock.Elapsed.TotalSeconds;
        await output;
        if (process.ExitCode != 0)
        {
            throw new HarnessException($"the generator could not render {dataset.PublisherDid} (exit code {process.ExitCode}): {(await error).Trim()}");
        }

        // Read once the process is reaped: the kernel adds a child's times to its parent's when it is waited for.
        var cpu = ChildrenCpuSeconds() - cpuBefore;
        File.Move(partial, path, overwrite: true);
        return new SampleImage(dataset, path, new FileInfo(path).Length, new RenderTime(cpu, wall));
    }

    /// <summary>CPU time, user and system, of this process's children that have ended and been waited for (cutime + cstime in /proc/self/stat).</summary>
    private static double ChildrenCpuSeconds()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        // After the command name in parentheses, fields start at the third (state): cutime is the 16th, cstime the 17th.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
