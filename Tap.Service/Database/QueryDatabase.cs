using System.Data;
using Npgsql;

namespace Tap.Service.Database;

/// <summary>
/// Where queries run: on a hot standby when the connection string lists some and one is up (Npgsql's
/// prefer-standby, spread over them with Load Balance Hosts), else on the primary. A standby that
/// stopped leaves idle pooled connections that fail at their first use; when that happens before
/// the work sent anything to its caller, the work runs once more on a new connection, which Npgsql
/// opens on another server (the broken connection marked its server offline for Host Recheck
/// Seconds and emptied its pool). Any later failure is the caller's, as on a single server.
/// </summary>
internal sealed partial class QueryDatabase(NpgsqlDataSource standbysFirst, NpgsqlDataSource primary, ILogger<QueryDatabase> logger)
{
    /// <summary>
    /// Runs <paramref name="work"/> on an open connection and returns its result. The work calls
    /// its second argument once it has written output (rows to a response or a file): from then
    /// on a lost connection is not retried. Work that creates anything, even temporary tables (TAP_UPLOAD),
    /// asks for <paramref name="onPrimary"/>: a standby refuses every write.
    /// </summary>
    public async Task<T> RunAsync<T>(
        bool onPrimary, Func<NpgsqlConnection, Action, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var dataSource = onPrimary ? primary : standbysFirst;
        for (var attempt = 1; ; attempt++)
        {
            var outputWritten = false;
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            var server = $"{connection.Host}:{connection.Port}";
            try
            {
                return await work(connection, () => outputWritten = true, cancellationToken);
            }
            catch (Exception lost) when (attempt == 1 && !onPrimary && !outputWritten && connection.FullState == ConnectionState.Broken
                                         && !cancellationToken.IsCancellationRequested)
            {
                LogRetry(logger, server, lost);
            }
        }
    }

    /// <summary><see cref="RunAsync{T}"/> for read-only work that sends nothing before it returns.</summary>
    public Task<T> ReadAsync<T>(Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        RunAsync(onPrimary: false, (connection, _, token) => work(connection, token), cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The connection to {Server} was lost before any output; running the query again on another server")]
    private static partial void LogRetry(ILogger logger, string server, Exception lost);
}
