using System.Diagnostics;
using System.Globalization;
using Dapper;
using Npgsql;

namespace Tap.Service.Admin.Load;

/// <summary>What a load did, per table, and how long it took.</summary>
internal sealed record LoadResult(IReadOnlyList<(string Table, long Rows)> Tables, TimeSpan Elapsed, TimeSpan RebuildTime)
{
    public long Rows => Tables.Sum(t => t.Rows);
}

/// <summary>
/// Loads tables in one transaction, all or nothing. A table that starts empty is built fresh: its
/// keys, indexes and foreign keys are dropped, rows go in by binary COPY (through a staging table
/// when it has pg_sphere columns, which have no binary form), and everything is rebuilt once at the
/// end. A table that already holds rows gets the staged rows as an upsert, so loading the same data
/// twice leaves one copy; if the load outgrows it, its secondary indexes and foreign keys are deferred too.
/// Otherwise (a night into a larger survey) its indexes stay live and its foreign keys are checked
/// for the whole batch (<see cref="StagedForeignKey"/>) with the per-row triggers off, when the role may.
/// </summary>
internal sealed class BulkLoader(NpgsqlDataSource dataSource, LoadProgress progress)
{
    /// <param name="emptiedFirst">Tables emptied in the load's transaction before any row goes in (a load that replaces).</param>
    public async Task<LoadResult> LoadAsync(IReadOnlyList<TableSource> sources, IReadOnlyList<string> emptiedFirst, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = await dataSource.OpenConnectionAsync(cancellation);
        // Staging tables live in session memory up to temp_buffers; it can only be raised before their first use.
        await connection.ExecuteAsync("SET temp_buffers = '256MB'");
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        await connection.ExecuteAsync("SET LOCAL maintenance_work_mem = '512MB'");
        if (emptiedFirst.Count > 0)
        {
            // One statement, so tables that refer to each other empty together.
            await connection.ExecuteAsync(new CommandDefinition($"TRUNCATE {string.Join(", ", emptiedFirst)}", cancellationToken: cancellation));
        }

        // Read before any key is dropped: the upsert and the duplicate check need them.
        var keyColumns = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var source in sources)
        {
            keyColumns[source.Table.QualifiedName] = await KeyColumnsAsync(connection, source.Table.QualifiedName, cancellation);
        }

        var deferred = new DeferredConstraints();
        var fresh = await PrepareFreshTablesAsync(connection, sources, deferred, cancellation);

        var staged = new List<(StagingTable Staging, long Rows)>();
        var loaded = new List<(string Table, long Rows)>();
        foreach (var source in sources)
        {
            var staging = new StagingTable(source.Table);
            if (fresh.Contains(source.Table.QualifiedName) && !staging.NeedsCast)
            {
                loaded.Add((source.Table.QualifiedName, await CopyAsync(connection, staging.DirectCopySql, source, cancellation)));
            }
            else
            {
                await connection.ExecuteAsync(staging.CreateSql);
                staged.Add((staging, await CopyAsync(connection, staging.CopySql, source, cancellation)));
                // Statistics for the moves and checks that read it; a temporary table has none otherwise.
                await connection.ExecuteAsync(new CommandDefinition($"ANALYZE {staging.Name}", commandTimeout: 0, cancellationToken: cancellation));
            }
        }

        // Foreign keys of the staged tables are checked set-based below, so their per-row triggers can be skipped.
        var setBased = staged.Count > 0 && await StagedForeignKey.MaySkipTriggersAsync(connection, cancellation);
        if (setBased)
        {
            await StagedForeignKey.SetTriggersAsync(connection, fire: false, cancellation);
        }

        foreach (var (staging, rows) in staged)
        {
            await MoveStagedRowsAsync(connection, staging, rows, keyColumns[staging.Table.QualifiedName], fresh, deferred, setBased, cancellation);
            loaded.Add((staging.Table.QualifiedName, rows));
        }

        if (setBased)
        {
            await StagedForeignKey.SetTriggersAsync(connection, fire: true, cancellation);
        }

        var rebuildTime = TimeSpan.Zero;
        if (deferred.Count > 0)
        {
            var rebuildClock = Stopwatch.StartNew();
            progress.Phase($"  rebuilding {deferred.Count} keys, indexes and foreign keys");
            await deferred.RecreateAsync(connection, name => progress.Phase($"    {name}"), cancellation);
            rebuildTime = rebuildClock.Elapsed;
        }

        var analyzeClock = Stopwatch.StartNew();
        foreach (var (table, _) in loaded)
        {
            await connection.ExecuteAsync(new CommandDefinition($"ANALYZE {table}", commandTimeout: 0, cancellationToken: cancellation));
        }

        progress.Phase($"  analyzed {loaded.Count} tables in {Seconds(analyzeClock)}");

        await transaction.CommitAsync(cancellation);
        return new LoadResult(loaded, clock.Elapsed, rebuildTime);
    }

    /// <summary>
    /// Moves one table's staged rows into it: refused when a key repeats, its foreign keys checked with
    /// one anti-join each when <paramref name="setBased"/> (the per-row triggers are off), then an
    /// insert into a fresh table or an upsert.
    /// </summary>
    private async Task MoveStagedRowsAsync(
        NpgsqlConnection connection, StagingTable staging, long rows, IReadOnlyList<string> keyColumns,
        HashSet<string> fresh, DeferredConstraints deferred, bool setBased, CancellationToken cancellation)
    {
        var table = staging.Table.QualifiedName;
        var duplicates = (await connection.QueryAsync<string>(staging.DuplicateKeysSql(keyColumns))).ToList();
        if (duplicates.Count > 0)
        {
            throw new LoadRejectedException([.. duplicates.Select(key => $"{table}: key {key} occurs more than once in the input")]);
        }

        var insert = fresh.Contains(table) ? staging.InsertSql() : staging.UpsertSql(keyColumns);
        if (!fresh.Contains(table) && await HoldsFewerRowsThanAsync(connection, table, rows, cancellation))
        {
            await deferred.DropForeignKeysAsync(connection, table, cancellation);
            await deferred.DropIndexesAsync(connection, table, includingKeys: false, cancellation);
        }

        var clock = Stopwatch.StartNew();
        // Keys dropped above are not found here: they are checked when they are added back.
        var foreignKeys = setBased ? await StagedForeignKey.OfAsync(connection, table, cancellation) : [];
        foreach (var key in foreignKeys)
        {
            var dangling = (await connection.QueryAsync<string>(new CommandDefinition(
                key.DanglingSql(staging.Name), commandTimeout: 0, cancellationToken: cancellation))).ToList();
            if (dangling.Count > 0)
            {
                throw new LoadRejectedException([.. dangling.Select(k => $"{table}: {key.Name}: {k} is not in {key.ReferencedTable}")]);
            }
        }

        var checkTime = Seconds(clock);
        clock.Restart();
        await connection.ExecuteAsync(new CommandDefinition(insert, commandTimeout: 0, cancellationToken: cancellation));
        progress.Phase($"  {table}: {rows:N0} rows inserted in {Seconds(clock)}{(foreignKeys.Count > 0 ? $" ({foreignKeys.Count} foreign keys checked in {checkTime})" : "")}");
    }

    private static string Seconds(Stopwatch clock) => string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds:F1} s");

    /// <summary>
    /// Finds the tables that start empty and drops what would slow filling them: foreign keys of all
    /// of them first, so that the keys of a table nothing else points at can go too.
    /// </summary>
    private static async Task<HashSet<string>> PrepareFreshTablesAsync(
        NpgsqlConnection connection, IReadOnlyList<TableSource> sources, DeferredConstraints deferred, CancellationToken cancellation)
    {
        var empty = new List<string>();
        foreach (var table in sources.Select(s => s.Table.QualifiedName))
        {
            if (await HoldsFewerRowsThanAsync(connection, table, 1, cancellation))
            {
                empty.Add(table);
                await deferred.DropForeignKeysAsync(connection, table, cancellation);
            }
        }

        var fresh = new HashSet<string>();
        foreach (var table in empty)
        {
            var withKeys = !await DeferredConstraints.IsReferencedAsync(connection, table, cancellation);
            await deferred.DropIndexesAsync(connection, table, withKeys, cancellation);
            if (withKeys)
            {
                // Gives the empty table a new file, so a failed load leaves no dead rows behind.
                await connection.ExecuteAsync(new CommandDefinition($"TRUNCATE {table}", cancellationToken: cancellation));
                fresh.Add(table);
            }
        }

        return fresh;
    }

    private async Task<long> CopyAsync(NpgsqlConnection connection, string copySql, TableSource source, CancellationToken cancellation)
    {
        var table = source.Table.QualifiedName;
        var clock = Stopwatch.StartNew();
        long rows = 0;
        await using (var importer = await connection.BeginBinaryImportAsync(copySql, cancellation))
        {
            foreach (var row in source.Rows)
            {
                BinaryRowWriter.Write(importer, row);
                progress.Rows(table, ++rows);
            }

            // Rejected input must not reach the table: leaving the COPY uncompleted aborts it.
            var problems = source.Problems?.Invoke() ?? [];
            if (problems.Count > 0)
            {
                throw new LoadRejectedException(problems);
            }

            await importer.CompleteAsync(cancellation);
        }

        progress.Phase($"  {table}: {rows:N0} rows copied in {Seconds(clock)}");
        return rows;
    }

    private static async Task<IReadOnlyList<string>> KeyColumnsAsync(NpgsqlConnection connection, string table, CancellationToken cancellation)
    {
        var columns = (await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT a.attname
            FROM pg_constraint c
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
            WHERE c.conrelid = @table::regclass AND c.contype = 'p'
            ORDER BY array_position(c.conkey, a.attnum)
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
