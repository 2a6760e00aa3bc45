using Dapper;
using Npgsql;

namespace Tap.Service.Database;

/// <summary>
/// Applies the schema files a database has not seen yet, each in its own transaction, and records
/// file name, SHA-256 and time. A file that was applied and has changed since is an error: applied
/// files are history, a change goes into a new file. Every file not yet applied is applied, even one
/// numbered below files already applied (it arrived with a branch merge), so each file must stand alone.
/// </summary>
internal static class SchemaMigrator
{
    /// <summary>Serialises concurrent migrations (several replicas starting at once); any fixed number will do.</summary>
    private const long MigrationLockKey = 0x6d65_7461_6461_7461;

    private const string CreateBookkeeping = """
        CREATE TABLE IF NOT EXISTS public.schema_migration (
            file_name  text PRIMARY KEY,
            sha256     text NOT NULL,
            applied_at timestamp with time zone NOT NULL DEFAULT now()
        )
        """;

    /// <returns>The names of the files applied by this call, in order.</returns>
    public static async Task<IReadOnlyList<string>> ApplyAsync(
        NpgsqlConnection connection, IReadOnlyList<MigrationScript> scripts, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_lock(@key)", new { key = MigrationLockKey }, cancellationToken: cancellationToken));
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(CreateBookkeeping, cancellationToken: cancellationToken));
            var applied = (await connection.QueryAsync<AppliedScript>(new CommandDefinition(
                "SELECT file_name AS FileName, sha256 AS Sha256, applied_at AS AppliedAt FROM public.schema_migration",
                cancellationToken: cancellationToken))).ToDictionary(a => a.FileName, StringComparer.Ordinal);

            CheckAppliedScriptsUnchanged(scripts, applied);

            var newlyApplied = new List<string>();
            foreach (var script in scripts.Where(s => !applied.ContainsKey(s.FileName)))
            {
                await ApplyOneAsync(connection, script, cancellationToken);
                newlyApplied.Add(script.FileName);
            }

            return newlyApplied;
        }
        finally
        {
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = MigrationLockKey });
        }
    }

    private static void CheckAppliedScriptsUnchanged(
        IReadOnlyList<MigrationScript> scripts, IReadOnlyDictionary<string, AppliedScript> applied)
    {
        var onDisk = scripts.ToDictionary(s => s.FileName, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var record in applied.Values.OrderBy(a => a.FileName, StringComparer.Ordinal))
        {
            if (!onDisk.TryGetValue(record.FileName, out var script))
            {
                problems.Add($"{record.FileName} was applied on {record.AppliedAt:u} but is not in the schema folder " +
                    "(is the database from another version of the code?)");
            }
            else if (script.Sha256 != record.Sha256)
            {
                problems.Add($"{record.FileName} has changed since it was applied on {record.AppliedAt:u} " +
                    $"(SHA-256 then {record.Sha256}, now {script.Sha256}); put the change in a new, higher-numbered file");
            }
        }

        if (problems.Count > 0)
        {
            throw new MigrationException("the database does not match the applied schema files:" +
                string.Concat(problems.Select(p => Environment.NewLine + "  " + p)));
        }
    }

    private static async Task ApplyOneAsync(NpgsqlConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            // Npgsql splits the file into its statements itself; Dapper would only add parameter handling.
            await using var command = new NpgsqlCommand(script.Sql, connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e)
        {
            await transaction.RollbackAsync(cancellationToken);
            var hint = await PgSphereHintAsync(connection, script, cancellationToken);
            throw new MigrationException($"{script.FileName}: {e.MessageText} (SQLSTATE {e.SqlState}){hint}", e);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO public.schema_migration (file_name, sha256) VALUES (@FileName, @Sha256)",
            script, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// When a file that creates pg_sphere fails, tries to create the extension alone: if that fails too, the
    /// server cannot load it (Debian's pg_sphere 1.1.1 on PostgreSQL 15.20+), which the SQL error does not say.
    /// </summary>
    private static async Task<string> PgSphereHintAsync(
        NpgsqlConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        if (!script.Sql.Contains("pg_sphere", StringComparison.OrdinalIgnoreCase))
        {
            return "";
        }

        await using var probe = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await using var create = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_sphere", connection, probe);
            await create.ExecuteNonQueryAsync(cancellationToken);
            return "";
        }
        catch (PostgresException e)
        {
            return $"{Environment.NewLine}pg_sphere cannot be created on PostgreSQL {connection.PostgreSqlVersion} ({e.MessageText}). " +
                "Debian's pg_sphere 1.1.1 fails on PostgreSQL 15.20 and later; `scripts/db.sh install` installs the known-good 15.18.";
        }
        finally
        {
            await probe.RollbackAsync(cancellationToken);
        }
    }

    private sealed record AppliedScript(string FileName, string Sha256, DateTime AppliedAt);
}
