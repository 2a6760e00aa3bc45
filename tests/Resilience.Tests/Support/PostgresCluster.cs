using System.Globalization;
using Npgsql;

namespace Resilience.Tests.Support;

/// <summary>
/// A PostgreSQL cluster of these tests alone, made and run by scripts/db.sh on a free port in a
/// temporary folder, so the tests may stop and restart it without touching the cluster that other
/// tests share. Stopped and removed at the end; one left running by a killed test run is stopped
/// and removed by the next.
/// </summary>
internal sealed class PostgresCluster : IAsyncDisposable
{
    /// <summary>The service's database, as scripts/db.sh names it by default.</summary>
    public const string DatabaseName = "metadata";

    /// <summary>How many standbys the tests may start (scripts/db.sh standby 1..N).</summary>
    public const int MaxStandbys = 2;

    internal const string FolderPrefix = "resilience-tests-";

    /// <summary>
    /// Held open without sharing (an advisory lock on Linux) while this cluster's tests run; the
    /// kernel lets go of it when the process dies, however it dies. Taken before the folder exists.
    /// </summary>
    private readonly FileStream _inUse;

    public PostgresCluster()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N"));
        _inUse = new FileStream(LockPath(DataDirectory), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
    }

    /// <summary>The cluster's port, followed by free ones for its standbys (<see cref="StandbyPort"/>).</summary>
    public int Port { get; } = FreePort.Block(1 + MaxStandbys);

    /// <summary>Not created here: db.sh creates it readable by the postgres user, which runs the cluster under root.</summary>
    public string DataDirectory { get; }

    public string AdminConnectionString => ConnectionString("postgres");

    public string ServiceConnectionString => ConnectionString("metadata_service");

    public Task StartAsync() => RunScriptAsync("start");

    /// <summary>Stops the cluster and its standbys; the tests' own pooled connections to them are dropped too, so none is reused dead after a restart.</summary>
    public async Task StopAsync()
    {
        await RunScriptAsync("stop");
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>The port of the hot standby that scripts/db.sh keeps as number <paramref name="number"/>: the cluster's port + number.</summary>
    public int StandbyPort(int number) => Port + number;

    /// <summary>Makes hot standby <paramref name="number"/> (the first time) and starts it: scripts/db.sh standby N.</summary>
    public Task StartStandbyAsync(int number) =>
        RunScriptAsync("standby", Port.ToString(CultureInfo.InvariantCulture), DataDirectory, number.ToString(CultureInfo.InvariantCulture));

    public Task StopStandbyAsync(int number) => RunScriptAsync("stop", StandbyPort(number).ToString(CultureInfo.InvariantCulture), DataDirectory);

    /// <summary>
    /// The service role's connection string listing the primary and <paramref name="standbys"/>
    /// standbys, as scripts/db.sh env writes it with STANDBYS, plus <paramref name="extra"/> settings.
    /// </summary>
    public string ServiceConnectionStringWithStandbys(int standbys, string extra) =>
        $"Host={string.Join(',', Enumerable.Range(0, standbys + 1).Select(number => $"127.0.0.1:{Port + number}"))};"
        + $"Database={DatabaseName};Username=metadata_service;Load Balance Hosts=true;{extra}";

    /// <summary>Transactions ended in the service's database on the server at <paramref name="port"/>, as its statistics count them (flushed within about a second).</summary>
    public static async Task<long> TransactionsAsync(int port)
    {
        // Asked from the maintenance database, so the probe itself is not counted.
        var probe = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Database = "postgres", Username = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(probe.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", DatabaseName);
        return (long)(await command.ExecuteScalarAsync() ?? 0L);
    }

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

        await _inUse.DisposeAsync();
        File.Delete(LockPath(DataDirectory));
    }

    /// <summary>
    /// Stops and removes the clusters of earlier runs whose lock nobody holds: their test process
    /// is gone (killed, or interrupted before its fixtures were disposed). Returns their folders.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RemoveAbandonedAsync()
    {
        var removed = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            FileStream claim;
            try
            {
                claim = new FileStream(LockPath(folder), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                continue; // a live test run holds it
            }

            await using (claim)
            {
                // db.sh keeps each cluster in a folder named after its port.
                foreach (var cluster in Directory.EnumerateDirectories(folder, "postgres-*"))
                {
                    await RunScriptAsync("stop", Path.GetFileName(cluster)["postgres-".Length..], folder);
                }

                Directory.Delete(folder, recursive: true);
                removed.Add(folder);
            }

            File.Delete(LockPath(folder));
        }

        return removed;
    }

    /// <summary>The lock file beside a cluster's folder.</summary>
    internal static string LockPath(string folder) => folder + ".lock";

    private string ConnectionString(string user) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Database = DatabaseName, Username = user }.ConnectionString;

    private Task RunScriptAsync(string command) =>
        RunScriptAsync(command, Port.ToString(CultureInfo.InvariantCulture), DataDirectory);

    /// <summary>scripts/db.sh <paramref name="command"/> for the cluster on <paramref name="port"/> in <paramref name="dataDirectory"/>; fails the test when it fails.</summary>
    internal static async Task RunScriptAsync(string command, string port, string dataDirectory, params string[] arguments)
    {
        var environment = new Dictionary<string, string>
        {
            ["PGPORT"] = port,
            ["DATA_DIR"] = dataDirectory,
        };
        var (exitCode, output) = await ExternalTool.RunAsync(
            Repository.DatabaseScript, "PostgreSQL 15 with pg_sphere: scripts/db.sh install", environment, [command, .. arguments]);
        Assert.True(exitCode == 0, $"scripts/db.sh {command} {string.Join(' ', arguments)} failed ({exitCode}): {output}");
    }
}
