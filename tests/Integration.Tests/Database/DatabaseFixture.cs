using Npgsql;
using Tap.Service.Database;

namespace Integration.Tests.Database;

/// <summary>
/// A fresh, uniquely named database on the running test cluster, migrated by the real `migrate` code and
/// dropped afterwards. The cluster is found like scripts/db.sh finds it: PGPORT (default 54329) on
/// 127.0.0.1 (PGHOST). Tests fail, never skip, when it is not running.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private static readonly string Host = Environment.GetEnvironmentVariable("PGHOST") is { Length: > 0 } host ? host : "127.0.0.1";
    private static readonly int Port = int.TryParse(Environment.GetEnvironmentVariable("PGPORT"), out var port) ? port : 54329;

    public string DatabaseName { get; } = $"metadata_test_{DateTime.UtcNow:yyyyMMdd_HHmmss}_{Guid.NewGuid():N}"[..46];

    /// <summary>The schema files as the build copies them next to the binaries, as for the real service.</summary>
    public static string SchemaDirectory => Path.Combine(AppContext.BaseDirectory, "schema");

    public string AdminConnectionString => ConnectionString(DatabaseName, "postgres");

    /// <summary>What the first migration of the fresh database applied.</summary>
    public IReadOnlyList<string> FirstRunApplied { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await CheckClusterIsRunningAsync();
        FirstRunApplied = await DatabaseMigration.RunAsync(AdminConnectionString, SchemaDirectory, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString("postgres", "postgres"));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    public async Task<NpgsqlConnection> OpenAsync(string user = "postgres")
    {
        var connection = new NpgsqlConnection(ConnectionString(DatabaseName, user));
        await connection.OpenAsync();
        return connection;
    }

    private static string ConnectionString(string database, string user) =>
        new NpgsqlConnectionStringBuilder { Host = Host, Port = Port, Database = database, Username = user }.ConnectionString;

    private static async Task CheckClusterIsRunningAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString("postgres", "postgres"));
            await connection.OpenAsync();
        }
        catch (NpgsqlException e)
        {
            throw new InvalidOperationException(
                $"The integration tests need PostgreSQL on {Host}:{Port} (PGPORT), but cannot connect: {e.Message}. " +
                $"Start it with: PGPORT={Port} scripts/db.sh start", e);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DatabaseTests : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "database";
}
