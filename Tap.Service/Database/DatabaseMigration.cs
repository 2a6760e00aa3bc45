using Npgsql;
using ObsCore.Model;

namespace Tap.Service.Database;

/// <summary>
/// Brings a database up to date: creates it if missing, applies new schema files, then rewrites
/// TAP_SCHEMA from the model (so a model change shows up on the next run even without a new file).
/// </summary>
internal static class DatabaseMigration
{
    /// <returns>The names of the schema files applied by this run.</returns>
    public static async Task<IReadOnlyList<string>> RunAsync(
        string adminConnectionString, string schemaDirectory, CancellationToken cancellationToken)
    {
        var scripts = MigrationScript.LoadAll(schemaDirectory);
        await EnsureDatabaseExistsAsync(adminConnectionString, cancellationToken);

        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(cancellationToken);
        var applied = await SchemaMigrator.ApplyAsync(connection, scripts, cancellationToken);
        await TapSchemaPublisher.PublishAsync(connection, PublishedTables.Schemas, cancellationToken);
        return applied;
    }

    private static async Task EnsureDatabaseExistsAsync(string adminConnectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(adminConnectionString);
        var name = target.Database
            ?? throw new MigrationException("the admin connection string names no Database to migrate");

        // CREATE DATABASE has to be issued from another database of the cluster.
        var maintenance = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);

        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection)
        {
            Parameters = { new() { Value = name } },
        };
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        await using var create = new NpgsqlCommand($"CREATE DATABASE {new NpgsqlCommandBuilder().QuoteIdentifier(name)}", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another migrate created it in the meantime; that is what we wanted.
        }
    }
}
