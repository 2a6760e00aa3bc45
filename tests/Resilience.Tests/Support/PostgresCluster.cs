using Npgsql;
using Tap.Service.Tests.Support;

namespace Resilience.Tests.Support;

/// <summary>
/// A PostgreSQL cluster of these tests alone, made and run by scripts/db.sh on a free port in a
/// temporary folder, so the tests may stop and restart it without touching the cluster that other
/// tests share. Stopped and removed at the end.
/// </summary>
internal sealed class PostgresCluster : IAsyncDisposable
{
    /// <summary>The service's database, as scripts/db.sh names it by default.</summary>
    public const string DatabaseName = "metadata";

    public int Port { get; } = FreePort.Next();

    /// <summary>Not created here: db.sh creates it readable by the postgres user, which runs the cluster under root.</summary>
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "resilience-tests-" + Guid.NewGuid().ToString("N"));

    public string AdminConnectionString => ConnectionString("postgres");

    public string ServiceConnectionString => ConnectionString("metadata_service");

    public Task StartAsync() => RunScriptAsync("start");

    public Task StopAsync() => RunScriptAsync("stop");

    public async Task<NpgsqlConnection> OpenAdminConnectionAsync()
    {
        var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        // Our own connections first, or their pools would try the stopped cluster later.
        NpgsqlConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory))
        {
            await StopAsync();
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private string ConnectionString(string user) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Database = DatabaseName, Username = user }.ConnectionString;

    private async Task RunScriptAsync(string command)
    {
        var environment = new Dictionary<string, string>
        {
            ["PGPORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DATA_DIR"] = DataDirectory,
        };
        var (exitCode, output) = await ExternalTool.RunAsync(
            Repository.DatabaseScript, "PostgreSQL 15 with pg_sphere: scripts/db.sh install", environment, command);
        Assert.True(exitCode == 0, $"scripts/db.sh {command} failed ({exitCode}): {output}");
    }
}
