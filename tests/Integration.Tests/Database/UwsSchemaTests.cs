using Dapper;
using Npgsql;
using Tap.Service.Database;

namespace Integration.Tests.Database;

/// <summary>The job table keeps UWS's rules itself, so no replica can store a job other replicas misread.</summary>
[Collection(DatabaseTests.Name)]
public sealed class UwsSchemaTests(DatabaseFixture database)
{
    [Theory]
    [InlineData("INSERT INTO uws.job (job_id, phase) VALUES ('j', 'RUNNING')")]
    [InlineData("INSERT INTO uws.job (job_id, parameters) VALUES ('j', '[\"QUERY\"]')")]
    [InlineData("INSERT INTO uws.job (job_id, error_type) VALUES ('j', 'fatal')")]
    [InlineData("INSERT INTO uws.job (job_id, execution_duration) VALUES ('j', -1)")]
    public async Task Invalid_job_is_rejected(string insert)
    {
        await using var connection = await database.OpenAsync(DatabaseRoles.Service);
        await using var transaction = await connection.BeginTransactionAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(insert, transaction: transaction));

        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
    }

    [Fact]
    public async Task Phase_change_with_a_stale_version_changes_nothing()
    {
        await using var connection = await database.OpenAsync(DatabaseRoles.Service);
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync("INSERT INTO uws.job (job_id) VALUES ('j')", transaction: transaction);
        const string compareAndSet =
            "UPDATE uws.job SET phase = @phase, row_version = row_version + 1 WHERE job_id = 'j' AND row_version = @seen";

        var queued = await connection.ExecuteAsync(compareAndSet, new { phase = "QUEUED", seen = 0 }, transaction);
        var staleAbort = await connection.ExecuteAsync(compareAndSet, new { phase = "ABORTED", seen = 0 }, transaction);

        Assert.Equal((1, 0), (queued, staleAbort));
        Assert.Equal("QUEUED", await connection.ExecuteScalarAsync<string>("SELECT phase FROM uws.job WHERE job_id = 'j'", transaction: transaction));
    }
}
