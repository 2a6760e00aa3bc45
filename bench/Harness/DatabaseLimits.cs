using System.Data;
using System.Diagnostics;
using System.Text.Json;
using Npgsql;

namespace Harness;

/// <summary>
/// PostgreSQL's own time for a statement: planning and execution (EXPLAIN ANALYZE), the index scans of
/// its plan, and the time until a plain Npgsql reader has received every row.
/// </summary>
internal sealed record PlanTime(double PlanningMilliseconds, double ExecutionMilliseconds, IReadOnlyList<string> Indexes, double ReadMilliseconds);

/// <summary>One COPY of a result to the harness: time to the first byte and to the last, and its length (characters for text).</summary>
internal sealed record CopyResult(TimeSpan Elapsed, TimeSpan FirstByte, long Bytes);

/// <summary>
/// The limit the service is measured against: the same SQL run by PostgreSQL alone, with no
/// service between it and the client. Runs as the admin role, outside the service's read-only
/// transaction; the plans are the same.
/// </summary>
internal sealed class DatabaseLimits(NpgsqlDataSource database)
{
    /// <summary>
    /// EXPLAIN (ANALYZE, TIMING OFF) <paramref name="repeats"/> times after one warm-up, then the
    /// statement itself read to the end as often; the medians. Without per-node timing the
    /// instrumentation costs little; execution time excludes sending the rows, the read includes it.
    /// </summary>
    public async Task<PlanTime> MeasureAsync(string sql, int repeats, CancellationToken cancellationToken)
    {
        var planning = new List<double>();
        var execution = new List<double>();
        IReadOnlyList<string> indexes = [];
        for (var i = 0; i <= repeats; i++)
        {
            await using var command = database.CreateCommand("EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) " + sql);
            var json = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement[0];
            if (i == 0)
            {
                indexes = IndexNames(root.GetProperty("Plan")).Distinct().ToList();
                continue;
            }

            planning.Add(root.GetProperty("Planning Time").GetDouble());
            execution.Add(root.GetProperty("Execution Time").GetDouble());
        }

        var reads = new List<double>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        for (var i = 0; i <= repeats; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await using (var command = new NpgsqlCommand(sql, connection))
            await using (var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                }
            }

            if (i > 0)
            {
                reads.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        return new PlanTime(Statistics.Median(planning), Statistics.Median(execution), indexes, Statistics.Median(reads));
    }

    /// <summary>
    /// <c>COPY (sql) TO STDOUT</c> in PostgreSQL's binary or text format, read to the end and dropped.
    /// Npgsql hands binary COPY over as raw bytes but text COPY only as decoded characters.
    /// </summary>
    public async Task<CopyResult> CopyAsync(string sql, bool binary, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var command = $"COPY ({sql}) TO STDOUT (FORMAT {(binary ? "binary" : "text")})";
        var start = Stopwatch.GetTimestamp();
        TimeSpan? firstByte = null;
        long length = 0;
        if (binary)
        {
            var bytes = new byte[256 * 1024];
            await using var copy = await connection.BeginRawBinaryCopyAsync(command, cancellationToken);
            int read;
            while ((read = await copy.ReadAsync(bytes, cancellationToken)) > 0)
            {
                firstByte ??= Stopwatch.GetElapsedTime(start);
                length += read;
            }
        }
        else
        {
            var characters = new char[256 * 1024];
            using var copy = await connection.BeginTextExportAsync(command, cancellationToken);
            int read;
            while ((read = await copy.ReadAsync(characters, cancellationToken)) > 0)
            {
                firstByte ??= Stopwatch.GetElapsedTime(start);
                length += read;
            }
        }

        return new CopyResult(Stopwatch.GetElapsedTime(start), firstByte ?? TimeSpan.Zero, length);
    }

    private static IEnumerable<string> IndexNames(JsonElement plan)
    {
        if (plan.TryGetProperty("Index Name", out var index))
        {
            yield return index.GetString()!;
        }

        if (plan.TryGetProperty("Plans", out var children))
        {
            foreach (var name in children.EnumerateArray().SelectMany(IndexNames))
            {
                yield return name;
            }
        }
    }
}
