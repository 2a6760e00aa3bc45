using System.Diagnostics;
using System.Net;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tap.Service.Database;
using Tap.Service.Protocol;
using Tap.Service.Query;

namespace Integration.Tests.Tap;

/// <summary>Defence in depth behind the compiler, and the limits that keep the service answering.</summary>
[Collection(TapTests.Name)]
public sealed class QuerySafetyTests(TapFixture tap)
{
    [Fact]
    public async Task The_query_transaction_is_read_only_as_the_query_role_with_the_statement_timeout()
    {
        await using var connection = await ServiceDataSource().OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var batch = QueryTransaction.RestrictedBatch(connection,
            "SELECT current_user::text, current_setting('transaction_read_only'), current_setting('statement_timeout')", TimeSpan.FromSeconds(7), DatabaseRoles.Query))
        await using (var reader = await batch.ExecuteReaderAsync())
        {
            // The reader starts at the query's row: the restricting statements return none.
            Assert.True(await reader.ReadAsync());
            Assert.Equal(["metadata_query", "on", "7s"], [reader.GetString(0), reader.GetString(1), reader.GetString(2)]);
        }

        // The restrictions hold for the rest of the transaction.
        Assert.Equal("metadata_query", await connection.ExecuteScalarAsync<string>("SELECT current_user"));
        // Even SQL that bypassed the compiler could not write:
        var write = await Assert.ThrowsAsync<PostgresException>(() =>
            connection.ExecuteAsync("UPDATE ivoa.obscore SET obs_id = 'x' WHERE false"));
        Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, write.SqlState);
    }

    [Fact]
    public async Task The_query_role_cannot_read_UWS_jobs_or_turn_the_transaction_writable()
    {
        await using var connection = await ServiceDataSource().OpenConnectionAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await RestrictAsync(connection);
            var jobs = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteScalarAsync<long>("SELECT count(*) FROM uws.job"));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, jobs.SqlState);
        }

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await RestrictAsync(connection);
            var writable = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("SET TRANSACTION READ WRITE"));
            Assert.Equal(PostgresErrorCodes.ActiveSqlTransaction, writable.SqlState);
        }
    }

    [Fact]
    public async Task A_query_past_the_statement_timeout_gets_a_clear_error()
    {
        using var client = tap.Host(("Query:SyncExecutionDuration", "00:00:00.300")).CreateClient();

        var result = await TapResponse.GetAsync(client, ("LANG", "ADQL"),
            ("QUERY", "SELECT COUNT(*) FROM ivoa.obscore AS a CROSS JOIN ivoa.obscore AS b WHERE a.s_ra + b.s_dec > 1000"));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("exceeded its execution time limit", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exhausted_pool_answers_503_with_Retry_After_quickly_and_connections_come_back_clean()
    {
        var host = tap.Host(("Database:MaxPoolSize", "1"), ("Database:PoolWaitSeconds", "1"));
        using var client = host.CreateClient();
        var dataSource = host.Services.GetRequiredService<NpgsqlDataSource>();
        var upload = TargetLists.TableData([(1, 10.0, 20.0)]);
        using var form = TargetLists.UploadForm("SELECT COUNT(*) FROM TAP_UPLOAD.t", upload);
        Assert.Equal(HttpStatusCode.OK, (await TapResponse.PostAsync(client, form)).Status);

        // The pool's only connection served the upload: it must come back as the plain service role.
        await using (var reused = await OpenWhenReturnedAsync(dataSource))
        {
            Assert.Equal("metadata_service", await reused.ExecuteScalarAsync<string>("SELECT current_user"));
            Assert.Equal("off", await reused.ExecuteScalarAsync<string>("SHOW transaction_read_only"));
            Assert.Null(await reused.ExecuteScalarAsync<string>("SELECT to_regclass('pg_temp.tap_upload_t')::text"));

            var clock = Stopwatch.StartNew();
            var result = await TapResponse.GetAsync(client, ("LANG", "ADQL"), ("QUERY", "SELECT TOP 1 obs_id FROM ivoa.obscore"));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, result.Status);
            Assert.NotNull(result.RetryAfter);
            Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
            Assert.Equal(["ERROR"], result.Statuses);
        }

        Assert.Equal(HttpStatusCode.OK, (await TapResponse.GetAsync(client, ("LANG", "ADQL"), ("QUERY", "SELECT TOP 1 obs_id FROM ivoa.obscore"))).Status);
    }

    /// <summary>
    /// The pool's connection once the service has given it back. The answer ends before the query's
    /// ROLLBACK, so the client can be faster than the return; the pool's own wait is one second.
    /// </summary>
    private static async Task<NpgsqlConnection> OpenWhenReturnedAsync(NpgsqlDataSource dataSource)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await dataSource.OpenConnectionAsync();
            }
            catch (NpgsqlException busy) when (FaultClassifier.IsPoolExhausted(busy) && clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                // Still in use by the request that has just been answered: wait another second.
            }
        }
    }

    /// <summary>Restricts the open transaction as the service does, through a batch whose query is trivial.</summary>
    private static async Task RestrictAsync(NpgsqlConnection connection)
    {
        await using var batch = QueryTransaction.RestrictedBatch(connection, "SELECT 1", TimeSpan.Zero, DatabaseRoles.Query);
        await batch.ExecuteNonQueryAsync();
    }

    private NpgsqlDataSource ServiceDataSource() => tap.Host().Services.GetRequiredService<NpgsqlDataSource>();
}
