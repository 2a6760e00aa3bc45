using System.Globalization;
using Npgsql;
using Tap.Service.Database;

namespace Tap.Service.Query;

/// <summary>
/// The transaction a user query runs in, defence in depth behind the compiler: READ ONLY, as one of
/// the query roles (<see cref="DatabaseRoles.QueryRoles"/>: SELECT on the published schemas, and
/// only released rows unless the caller sees the embargo), with a statement timeout. Everything is LOCAL,
/// so it ends with the transaction and the pooled connection goes back clean.
/// </summary>
internal static class QueryTransaction
{
    /// <summary>
    /// <paramref name="sql"/> behind the statements that restrict the rest of the open transaction
    /// (begun as the service role, which may first create and fill upload tables), sent
    /// together: restricting and querying cost one round trip, which is most of a small query's
    /// overhead. The reader of the batch starts at the query's rows (the SET statements have none).
    /// </summary>
    /// <param name="role">One of <see cref="DatabaseRoles.QueryRoles"/>, never text from a request.</param>
    public static NpgsqlBatch RestrictedBatch(NpgsqlConnection connection, string sql, TimeSpan statementTimeout, string role)
    {
        if (!DatabaseRoles.QueryRoles.Contains(role))
        {
            throw new ArgumentException($"'{role}' is not a query role.", nameof(role));
        }

        // statement_timeout takes milliseconds; 0 turns it off. No client-side timeout: statement_timeout
        // and the caller's token (a cancel request) stop the statement.
        var milliseconds = ((long)statementTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        return new NpgsqlBatch(connection)
        {
            Timeout = 0,
            BatchCommands =
            {
                new NpgsqlBatchCommand($"SET LOCAL statement_timeout = {milliseconds}"),
                new NpgsqlBatchCommand("SET TRANSACTION READ ONLY"),
                new NpgsqlBatchCommand($"SET LOCAL ROLE {role}"),
                new NpgsqlBatchCommand(sql),
            },
        };
    }
}
