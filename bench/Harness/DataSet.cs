using System.Diagnostics;
using System.Globalization;
using Npgsql;
using SeedData.Generator.Tool;

namespace Harness;

/// <summary>
/// The generated data set the figures are measured on: written by the seed-data generator tool,
/// loaded by the service's own <c>load</c> command. A table in its database records what was loaded; a later run asking for the same data
/// set finds it there and skips the load (minutes per million rows on this kind of machine).
/// </summary>
internal sealed record DataSet(long RequestedRows, int Seed, int Visits, long ObsCoreRows, DateTime LoadedAt, double LoadSeconds)
{
    /// <summary>The reference time of the generator: fixed, so the same visits and seed give the same rows on any day.</summary>
    public static readonly DateTime ReferenceTime = new(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// ObsCore rows per visit, measured with seed 1: 567 CCD products a visit plus coadd patches,
    /// which grow more slowly than the visits once the survey starts covering the same sky again.
    /// </summary>
    private static readonly (long Rows, int Visits) Small = (1_012_240, 1_082), Large = (10_099_271, 12_300);

    /// <summary>
    /// Visits expected to give the rows asked for: rows per visit interpolated in log(rows) between the
    /// measured points, plus 1 % so that a load rarely falls just short and has to be repeated.
    /// </summary>
    public static int VisitsFor(long rows)
    {
        double PerVisit((long Rows, int Visits) point) => (double)point.Rows / point.Visits;
        var position = Math.Clamp(Math.Log((double)rows / Small.Rows) / Math.Log((double)Large.Rows / Small.Rows), 0, 1);
        var perVisit = PerVisit(Small) + (position * (PerVisit(Large) - PerVisit(Small)));
        return (int)Math.Ceiling(rows / perVisit * 1.01);
    }

    private const string Record = "public.bench_data_set";

    public static async Task<DataSet> EnsureAsync(
        BenchDatabase database, ServiceApp app, long rows, int seed, TextWriter log, CancellationToken cancellationToken)
    {
        await using var connection = await database.Admin.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, $"""
            CREATE TABLE IF NOT EXISTS {Record} (
                requested_rows bigint NOT NULL, seed integer NOT NULL, reference_time timestamptz NOT NULL,
                visits integer NOT NULL, obscore_rows bigint NOT NULL, loaded_at timestamptz NOT NULL, load_seconds double precision NOT NULL)
            """, cancellationToken);
        if (await ReadRecordAsync(connection, cancellationToken) is { } recorded
            && recorded.RequestedRows == rows && recorded.Seed == seed
            && await CountObsCoreAsync(connection, cancellationToken) == recorded.ObsCoreRows)
        {
            log.WriteLine($"Data set already loaded in {database.Name}: {recorded.Describe()}");
            return recorded;
        }

        var visits = VisitsFor(rows);
        while (true)
        {
            // Forget the record first: a load that fails half-way must not pass for the data set.
            await ExecuteAsync(connection, $"DELETE FROM {Record}", cancellationToken);
            var loadTime = await GenerateAndLoadAsync(app, visits, seed, log, cancellationToken);
            var count = await CountObsCoreAsync(connection, cancellationToken);
            if (count >= rows)
            {
                var loaded = new DataSet(rows, seed, visits, count, DateTime.UtcNow, loadTime.TotalSeconds);
                await WriteRecordAsync(connection, loaded, cancellationToken);
                log.WriteLine($"Loaded: {loaded.Describe()}");
                return loaded;
            }

            // Large surveys overlap more, so coadds add fewer rows per visit: scale up and load again.
            visits = (int)Math.Ceiling(visits * 1.02 * rows / count);
            log.WriteLine($"{count:N0} ObsCore rows are fewer than the {rows:N0} asked for; trying {visits:N0} visits");
        }
    }

    /// <summary>
    /// Generates the visits into a folder of CSV files with the generator tool's own command and loads
    /// it with <c>load --dir</c>.
    /// </summary>
    /// <returns>How long the load took, without the generation: the figure the report gives.</returns>
    private static async Task<TimeSpan> GenerateAndLoadAsync(ServiceApp app, int visits, int seed, TextWriter log, CancellationToken cancellationToken)
    {
        // Next to the cluster (DATA_DIR, as bench/run.sh sets it): gigabytes at 10M rows, too much for a small /tmp.
        var parent = Environment.GetEnvironmentVariable("DATA_DIR") is { Length: > 0 } dataDir ? dataDir : Path.GetTempPath();
        var folder = Directory.CreateDirectory(Path.Combine(parent, $"bench-data-set-{Environment.ProcessId}"));
        try
        {
            string[] generate = ["--visits", Invariant(visits), "--seed", Invariant(seed), "--now", ReferenceTime.ToString("O", CultureInfo.InvariantCulture), "--out", folder.FullName];
            var clock = Stopwatch.StartNew();
            if (GeneratorCommand.Run(generate, log, log) != 0)
            {
                throw new HarnessException($"the seed-data generator failed: {string.Join(' ', generate)}");
            }

            log.WriteLine($"Generated in {clock.Elapsed.TotalSeconds:F0} s; loading into the database");
            clock.Restart();
            await app.RunCommandAsync(["load", "--dir", folder.FullName], cancellationToken);
            return clock.Elapsed;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{ObsCoreRows:N0} ObsCore rows from {Visits:N0} generated visits (seed {Seed}), loaded {LoadedAt:yyyy-MM-dd} in {LoadSeconds:F0} s");

    private static async Task<DataSet?> ReadRecordAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT requested_rows, seed, visits, obscore_rows, loaded_at, load_seconds FROM {Record} WHERE reference_time = $1", connection)
        {
            Parameters = { new() { Value = ReferenceTime } },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new DataSet(reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt64(3), reader.GetDateTime(4), reader.GetDouble(5))
            : null;
    }

    private static async Task WriteRecordAsync(NpgsqlConnection connection, DataSet loaded, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {Record} VALUES ($1, $2, $3, $4, $5, $6, $7)", connection)
        {
            Parameters =
            {
                new() { Value = loaded.RequestedRows }, new() { Value = loaded.Seed }, new() { Value = ReferenceTime },
                new() { Value = loaded.Visits }, new() { Value = loaded.ObsCoreRows }, new() { Value = loaded.LoadedAt },
                new() { Value = loaded.LoadSeconds },
            },
        };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> CountObsCoreAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT count(*) FROM ivoa.obscore", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
