using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Harness;

/// <summary>
/// The benchmark cluster's hot standbys, made and run by scripts/db.sh (`standby N`: a base backup
/// of the primary on its port + N, then started; `stop`), and what the harness asks every server:
/// its postmaster, for the CPU it takes, and the transactions it ran, to show that the standbys serve.
/// </summary>
internal sealed class BenchServers(string dbScript, BenchDatabase database, int standbyOffset)
{
    private readonly NpgsqlConnectionStringBuilder _primary = new(database.AdminConnectionString);

    public int PrimaryPort => _primary.Port;

    public IReadOnlyList<int> StandbyPorts(int count) => [.. Enumerable.Range(standbyOffset, count).Select(offset => PrimaryPort + offset)];

    /// <summary>
    /// Makes (the first time) and starts <paramref name="count"/> standbys; returns once they accept
    /// connections. A start is tried again a few times: a standby's port lies in the kernel's range
    /// of outgoing ports, so a client connection of the moment may hold it (PostgreSQL then cannot bind it).
    /// </summary>
    public async Task StartStandbysAsync(int count, TextWriter log, CancellationToken cancellationToken)
    {
        const int attempts = 3;
        foreach (var port in StandbyPorts(count))
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await RunScriptAsync(PrimaryPort, ["standby", (port - PrimaryPort).ToString(CultureInfo.InvariantCulture)], cancellationToken);
                    break;
                }
                catch (HarnessException failure) when (attempt < attempts)
                {
                    log.WriteLine($"  {failure.Message}; trying again");
                    await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
                }
            }
        }
    }

    /// <summary>Stops the standbys (a fast shutdown); whatever happened before, so not cancellable.</summary>
    public async Task StopStandbysAsync(int count)
    {
        foreach (var port in StandbyPorts(count))
        {
            await RunScriptAsync(port, ["stop"], CancellationToken.None);
        }
    }

    /// <summary>The service's connection string for the primary and <paramref name="standbys"/> standbys, queries spread over the standbys.</summary>
    public string ServiceConnectionString(int standbys)
    {
        if (standbys == 0)
        {
            return database.ServiceConnectionString;
        }

        var hosts = new[] { PrimaryPort }.Concat(StandbyPorts(standbys)).Select(port => Invariant($"{_primary.Host}:{port}"));
        return new NpgsqlConnectionStringBuilder(database.ServiceConnectionString) { Host = string.Join(',', hosts), LoadBalanceHosts = true }.ConnectionString;
    }

    /// <summary>The process id of the server on <paramref name="port"/>: the first line of its postmaster.pid.</summary>
    public async Task<int> PostmasterAsync(int port, CancellationToken cancellationToken) =>
        (int)(await QueryAsync(port, PostmasterIdQuery, cancellationToken))!;

    /// <summary>The postmaster's process id, asked of the server itself (a superuser may read its data directory).</summary>
    public const string PostmasterIdQuery = "SELECT split_part(pg_read_file('postmaster.pid'), E'\\n', 1)::integer";

    /// <summary>Transactions committed or rolled back in the benchmark's database on the server on <paramref name="port"/> since its statistics began.</summary>
    public async Task<long> TransactionsAsync(int port, CancellationToken cancellationToken) =>
        (long)(await QueryAsync(port, "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()", cancellationToken))!;

    /// <summary>The service role's sessions on the server on <paramref name="port"/>.</summary>
    public async Task<long> ServiceSessionsAsync(int port, CancellationToken cancellationToken)
    {
        var role = new NpgsqlConnectionStringBuilder(database.ServiceConnectionString).Username;
        return (long)(await QueryAsync(port, "SELECT count(*) FROM pg_stat_activity WHERE usename = $1", cancellationToken, role))!;
    }

    /// <summary>One statement on one server, on a connection of its own: a standby is stopped after each arm, so none is pooled.</summary>
    private async Task<object?> QueryAsync(int port, string sql, CancellationToken cancellationToken, string? parameter = null)
    {
        var settings = new NpgsqlConnectionStringBuilder(database.AdminConnectionString) { Port = port, Pooling = false };
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private async Task RunScriptAsync(int port, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(dbScript) { UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGPORT"] = port.ToString(CultureInfo.InvariantCulture);
        using var process = Process.Start(start) ?? throw new HarnessException($"could not start {dbScript}");
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new HarnessException($"PGPORT={port} {dbScript} {string.Join(' ', arguments)} failed (exit code {process.ExitCode})");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
