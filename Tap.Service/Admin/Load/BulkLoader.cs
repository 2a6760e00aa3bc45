using System.Diagnostics;
using Dapper;
using Npgsql;

namespace Tap.Service.Admin.Load;

/// <summary>What a load did, per table, and how long it took.</summary>
internal sealed record LoadResult(IReadOnlyList<(string Table, long Rows)> Tables, TimeSpan Elapsed, TimeSpan RebuildTime)
{
    public long Rows => Tables.Sum(t => t.Rows);
}

/// <summary>
/// Loads tables in one transaction, all or nothing: binary COPY of every table into temporary
/// staging tables first (so bad input is found before any table changes), then for each table an
/// upsert into the real table. When a load brings more rows than a table holds, its secondary
/// indexes and foreign keys are dropped first and rebuilt once at the end.
/// </summary>
internal sealed class BulkLoader(NpgsqlDataSource dataSource, LoadProgress progress)
{
    public async Task<LoadResult> LoadAsync(IReadOnlyList<TableSource> sources, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = await dataSource.OpenConnectionAsync(cancellation);
        // Staging tables live in session memory up to temp_buffers; it can only be raised before their first use.
        await connection.ExecuteAsync("SET temp_buffers = '256MB'");
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        await connection.ExecuteAsync("SET LOCAL maintenance_work_mem = '512MB'");

        var staged = new List<(StagingTable Staging, long Rows)>();
        foreach (var source in sources)
        {
            var staging = new StagingTable(source.Table);
            staged.Add((staging, await StageAsync(connection, staging, source, cancellation)));
        }

        // Duplicates first: they are an input error, and would break the upsert or the rebuilt keys.
        var keyColumns = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var (staging, _) in staged)
        {
            var table = staging.Table.QualifiedName;
            keyColumns[table] = await KeyColumnsAsync(connection, table, cancellation);
            var duplicates = (await connection.QueryAsync<string>(staging.DuplicateKeysSql(keyColumns[table]))).ToList();
            if (duplicates.Count > 0)
            {
                throw new LoadRejectedException([.. duplicates.Select(key => $"{table}: key {key} occurs more than once in the input")]);
            }
        }

        // Tables that the load outgrows are rebuilt: foreign keys of all of them go first, so that
        // the keys of an empty table can go too, and its rows are inserted without an upsert.
        var deferred = new DeferredConstraints();
        var bulk = new List<string>();
        foreach (var (staging, rows) in staged)
        {
            if (await HoldsFewerRowsThanAsync(connection, staging.Table.QualifiedName, rows, cancellation))
            {
                bulk.Add(staging.Table.QualifiedName);
                await deferred.DropForeignKeysAsync(connection, staging.Table.QualifiedName, cancellation);
            }
        }

        var empty = new HashSet<string>();
        foreach (var table in bulk)
        {
            var rebuildKeys = await HoldsFewerRowsThanAsync(connection, table, 1, cancellation)
                              && !await DeferredConstraints.IsReferencedAsync(connection, table, cancellation);
            if (rebuildKeys)
            {
                empty.Add(table);
            }

            await deferred.DropIndexesAsync(connection, table, rebuildKeys, cancellation);
        }

        var loaded = new List<(string Table, long Rows)>();
        foreach (var (staging, rows) in staged)
        {
            var table = staging.Table.QualifiedName;
            progress.Phase($"  {table}: inserting {rows:N0} rows");
            var insert = empty.Contains(table) ? staging.InsertSql() : staging.UpsertSql(keyColumns[table]);
            await connection.ExecuteAsync(new CommandDefinition(insert, commandTimeout: 0, cancellationToken: cancellation));
            loaded.Add((table, rows));
        }

        var rebuildClock = Stopwatch.StartNew();
        if (deferred.Count > 0)
        {
            progress.Phase($"  rebuilding {deferred.Count} indexes and foreign keys");
            await deferred.RecreateAsync(connection, name => progress.Phase($"    {name}"), cancellation);
        }

        var rebuildTime = rebuildClock.Elapsed;

        foreach (var (table, _) in loaded)
        {
            await connection.ExecuteAsync(new CommandDefinition($"ANALYZE {table}", commandTimeout: 0, cancellationToken: cancellation));
        }

        await transaction.CommitAsync(cancellation);
        return new LoadResult(loaded, clock.Elapsed, rebuildTime);
    }

    private async Task<long> StageAsync(NpgsqlConnection connection, StagingTable staging, TableSource source, CancellationToken cancellation)
    {
        await connection.ExecuteAsync(staging.CreateSql);
        long rows = 0;
        await using (var importer = await connection.BeginBinaryImportAsync(staging.CopySql, cancellation))
        {
            foreach (var row in source.Rows)
            {
                BinaryRowWriter.Write(importer, row);
                progress.Rows(staging.Table.QualifiedName, ++rows);
            }

            // Rejected input must not reach the table: leaving the COPY uncompleted aborts it.
            var problems = source.Problems?.Invoke() ?? [];
            if (problems.Count > 0)
            {
                throw new LoadRejectedException(problems);
            }

            await importer.CompleteAsync(cancellation);
        }

        progress.Phase($"  {staging.Table.QualifiedName}: {rows:N0} rows staged");
        return rows;
    }

    private static async Task<IReadOnlyList<string>> KeyColumnsAsync(NpgsqlConnection connection, string table, CancellationToken cancellation)
    {
        var columns = (await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT a.attname
            FROM pg_index i
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
            WHERE i.indrelid = @table::regclass AND i.indisprimary
            ORDER BY array_position(i.indkey, a.attnum)
            """,
            new { table },
            cancellationToken: cancellation))).ToList();
        return columns.Count > 0 ? columns : throw new InvalidOperationException($"{table} has no primary key to load against");
    }

    /// <summary>Counts at most <paramref name="rows"/> rows, so the check stays cheap on a large table.</summary>
    private static async Task<bool> HoldsFewerRowsThanAsync(NpgsqlConnection connection, string table, long rows, CancellationToken cancellation) =>
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT @rows) AS existing",
            new { rows },
            cancellationToken: cancellation)) < rows;
}
