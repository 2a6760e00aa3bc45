using Npgsql;
using Soda.Service.Images;
using Tap.Service.Query;

namespace Tap.Service.Protocol;

/// <summary>
/// Turns any exception into a member of the DALI fault family, so the fault handler and the result
/// writers (for errors after streaming began) report the same status and message for the same cause.
/// </summary>
internal static class FaultClassifier
{
    /// <summary>How long a client should wait before retrying when the database is saturated.</summary>
    public static readonly TimeSpan DatabaseBusyRetryAfter = TimeSpan.FromSeconds(10);

    public const string QueryTimedOutMessage =
        "The query exceeded its execution time limit and was cancelled. "
        + "Add constraints that use indexed columns (position, visit, detector, time), lower MAXREC, "
        + "or submit it to the asynchronous endpoint, which allows a longer execution duration.";

    public const string DatabaseBusyMessage =
        "The database is busy or unreachable at the moment; please retry later.";

    public const string InternalErrorMessage =
        "The service failed to process the request because of an internal error.";

    public static DaliException Classify(Exception exception) => exception switch
    {
        DaliException fault => fault,
        BadHttpRequestException badRequest => new DaliUsageException(badRequest.Message, badRequest),
        QueryCompilationException adql => new DaliUsageException(adql.Message, adql),
        ImageNotFoundException missing => new DaliNotFoundException(missing.Message, missing),
        _ when FindInner<PostgresException>(exception) is { } postgres => FromSqlState(postgres, exception),
        NpgsqlException npgsql when IsCommandTimeout(npgsql) => new DaliUsageException(QueryTimedOutMessage, exception),
        // Npgsql's pool timeout ("connection pool has been exhausted") and network failures are
        // transient, also when EF Core (the UWS job store) wraps them in an InvalidOperationException.
        _ when FindInner<NpgsqlException>(exception) is { IsTransient: true }
            => new DaliUnavailableException(DatabaseBusyMessage, DatabaseBusyRetryAfter, exception),
        _ => new DaliFatalException(InternalErrorMessage, exception),
    };

    private static DaliException FromSqlState(PostgresException postgres, Exception original) => postgres.SqlState switch
    {
        PostgresErrorCodes.QueryCanceled => new DaliUsageException(QueryTimedOutMessage, original),
        // Class 22 (data exception: division by zero, invalid input for a cast, out of range) and
        // class 21 (a scalar subquery that returned more than one row) are caused by what the user's
        // query computes on the data, and the database's text says which.
        ['2', '2', ..] or ['2', '1', ..] => new DaliUsageException(postgres.MessageText, original),
        // Class 53 (insufficient resources, including too_many_connections), class 08 (connection
        // exceptions), a server starting up or shutting down, and lock conflicts all pass by themselves.
        ['5', '3', ..] or ['0', '8', ..]
            or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.AdminShutdown
            or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected
            => new DaliUnavailableException(DatabaseBusyMessage, DatabaseBusyRetryAfter, original),
        // A database that does not exist (yet) or a login it refuses (class 28) is the operator's to
        // fix, not a fault of the request nor a bug: answered like a database that is down, which is
        // also what /availability says then.
        PostgresErrorCodes.InvalidCatalogName or ['2', '8', ..]
            => new DaliUnavailableException(DatabaseBusyMessage, DatabaseBusyRetryAfter, original),
        // pg_sphere reports values it cannot take (a radius over 90 degrees, a polygon of two points)
        // as internal_error, from its functions named sphere…; the values come from the user's query.
        PostgresErrorCodes.InternalError when postgres.Routine?.StartsWith("sphere", StringComparison.Ordinal) == true
            => new DaliUsageException(postgres.MessageText, original),
        // Anything else (undefined column, syntax, permission) means the compiled SQL or the
        // database is wrong, not the user's request; its text names our internals.
        _ => new DaliFatalException(InternalErrorMessage, original),
    };

    /// <summary>Npgsql's own CommandTimeout surfaces as a read timeout, unlike its pool and connect timeouts.</summary>
    private static bool IsCommandTimeout(NpgsqlException exception) =>
        exception.InnerException is TimeoutException
        && exception.Message.StartsWith("Exception while reading", StringComparison.Ordinal);

    /// <summary>
    /// Npgsql's wait for a free pooled connection ran out: the database is up but every connection is busy.
    /// Npgsql has no error code for it, only its message (the resilience tests would notice a change).
    /// </summary>
    public static bool IsPoolExhausted(NpgsqlException exception)
    {
        return exception.Message.StartsWith("The connection pool has been exhausted", StringComparison.Ordinal);
    }

    /// <summary>
    /// Npgsql wraps server errors (e.g. in OperationCanceledException when a statement is cancelled),
    /// and EF Core's execution strategy wraps Npgsql's exceptions.
    /// </summary>
    private static T? FindInner<T>(Exception exception)
        where T : Exception
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }
        }

        return null;
    }
}
