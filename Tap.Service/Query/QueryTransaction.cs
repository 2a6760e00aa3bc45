using System.Globalization;
using Npgsql;
using Tap.Service.Database;

namespace Tap.Service.Query;

/// <summary>
/// The transaction a user query runs in, defence in depth behind the compiler: READ ONLY, as the
/// role that may only SELECT the published schemas, with a statement timeout. Everything is LOCAL,
/// so it ends with the transaction and the pooled connection goes back clean.
/// </summary>
public static class QueryTransaction
{
    /// <summary>
    /// Begins the transaction as the service role; the caller may create and fill temporary tables
    /// (uploads) before it calls <see cref="RestrictAsync"/>.
    /// </summary>
    public static async Task<NpgsqlTransaction> BeginAsync(NpgsqlConnection connection, TimeSpan statementTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // statement_timeout takes milliseconds; 0 turns it off.
        var milliseconds = ((long)statementTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        await ExecuteAsync(connection, $"SET LOCAL statement_timeout = {milliseconds}", cancellationToken).ConfigureAwait(false);
        return transaction;
    }

    /// <summary>From here on the transaction cannot write and runs as the query role.</summary>
    public static Task RestrictAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, $"SET TRANSACTION READ ONLY; SET LOCAL ROLE {DatabaseRoles.Query}", cancellationToken);

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
