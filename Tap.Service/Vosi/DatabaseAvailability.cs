using Npgsql;
using Tap.Service.Protocol;

namespace Tap.Service.Vosi;

/// <summary>Whether the service can answer queries now: it asks the database, the one thing it depends on.</summary>
internal sealed partial class DatabaseAvailability(NpgsqlDataSource dataSource, ILogger<DatabaseAvailability> logger)
{
    /// <summary>Long enough for a busy database, short enough that a monitor polling us is not left hanging.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<(bool Available, string Note)> CheckAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(timeout.Token);
            await using var command = new NpgsqlCommand("SELECT count(*) FROM tap_schema.tables", connection);
            var tables = await command.ExecuteScalarAsync(timeout.Token);
            return (true, $"The service is accepting queries; the database publishes {tables} tables.");
        }
        catch (Exception failure) when (failure is NpgsqlException or TimeoutException
                                        || (failure is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The note is public: say what is wrong without the connection details.
            LogUnavailable(logger, failure);
            return (false, failure is NpgsqlException npgsql && FaultClassifier.IsPoolExhausted(npgsql)
                ? BusyNote
                : "The database is not reachable; queries cannot run until it is back.");
        }
    }

    public const string BusyNote =
        "Every database connection is in use; new queries are answered 503 with Retry-After until the load drops.";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Availability check: the database did not answer")]
    private static partial void LogUnavailable(ILogger logger, Exception failure);
}
