using System.Globalization;
using Dapper;
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

    private const string NamePrefix = "metadata_test_";
    private const string StampFormat = "yyyyMMdd_HHmmss";

    /// <summary>No test run lasts this long: a test database older than this was left by a run that was killed.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromDays(1);

    /// <summary>Once per test process, before the first fixture's database exists.</summary>
    private static readonly Lazy<Task> AbandonedDropped = new(() => DropAbandonedDatabasesAsync(DateTime.UtcNow));

    public string DatabaseName { get; } = NameAt(DateTime.UtcNow);

    /// <summary>The schema files as the build copies them next to the binaries, as for the real service.</summary>
    public static string SchemaDirectory => Path.Combine(AppContext.BaseDirectory, "schema");

    public string AdminConnectionString => ConnectionString(DatabaseName, "postgres");

    /// <summary>What the first migration of the fresh database applied.</summary>
    public IReadOnlyList<string> FirstRunApplied { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await CheckClusterIsRunningAsync();
        await AbandonedDropped.Value;
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

    /// <summary>A unique test database name that says when it was made (PostgreSQL keeps no creation time).</summary>
    public static string NameAt(DateTime utc) => $"{NamePrefix}{utc.ToString(StampFormat, CultureInfo.InvariantCulture)}_{Guid.NewGuid():N}"[..46];

    /// <summary>
    /// Drops the test databases made before <paramref name="now"/> minus <see cref="AbandonedAfter"/>:
    /// a killed run never reaches its fixtures' DisposeAsync. Returns the names dropped.
    /// </summary>
    public static async Task<IReadOnlyList<string>> DropAbandonedDatabasesAsync(DateTime now)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres", "postgres"));
        await connection.OpenAsync();
        var names = await connection.QueryAsync<string>(@"SELECT datname FROM pg_database WHERE datname LIKE 'metadata\_test\_%'");
        var dropped = new List<string>();
        foreach (var name in names)
        {
            var stamp = name.Length >= NamePrefix.Length + StampFormat.Length ? name.Substring(NamePrefix.Length, StampFormat.Length) : string.Empty;
            if (DateTime.TryParseExact(stamp, StampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var made)
                && made < now - AbandonedAfter)
            {
                await connection.ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                dropped.Add(name);
            }
        }

        return dropped;
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
