using Dapper;
using Npgsql;
using Tap.Service.Database;

namespace Integration.Tests.Database;

/// <summary>User queries run as metadata_query: read the published tables, nothing else.</summary>
[Collection(DatabaseTests.Name)]
public sealed class RoleTests(DatabaseFixture database)
{
    [Theory]
    [InlineData("SELECT count(*) FROM ivoa.obscore")]
    [InlineData("SELECT count(*) FROM tap_schema.columns")]
    public async Task Query_role_reads_published_tables(string sql)
    {
        await using var connection = await database.OpenAsync(DatabaseRoles.Service);
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync($"SET LOCAL ROLE {DatabaseRoles.Query}", transaction: transaction);

        Assert.True(await connection.ExecuteScalarAsync<long>(sql, transaction: transaction) >= 0);
    }

    [Theory]
    [InlineData("INSERT INTO ivoa.obscore (dataproduct_type, calib_level, obs_collection, obs_id, obs_publisher_did) VALUES ('image', 1, 'c', 'o', 'd')")]
    [InlineData("UPDATE tap_schema.columns SET description = 'changed'")]
    [InlineData("DELETE FROM tap_schema.schemas")]
    [InlineData("CREATE TABLE ivoa.scratch (x integer)")]
    [InlineData("CREATE TABLE public.scratch (x integer)")]
    [InlineData("SELECT count(*) FROM uws.job")]
    [InlineData("SELECT count(*) FROM public.schema_migration")]
    public async Task Query_role_is_denied_everything_else(string sql)
    {
        await using var connection = await database.OpenAsync(DatabaseRoles.Service);
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync($"SET LOCAL ROLE {DatabaseRoles.Query}", transaction: transaction);

        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(sql, transaction: transaction));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    [Fact]
    public async Task Service_role_keeps_jobs_but_cannot_change_the_catalogue()
    {
        await using var connection = await database.OpenAsync(DatabaseRoles.Service);
        await using var transaction = await connection.BeginTransactionAsync();

        await connection.ExecuteAsync(
            "INSERT INTO uws.job (job_id, parameters) VALUES ('job1', '{\"query\": [\"SELECT 1\"]}')", transaction: transaction);
        var updated = await connection.ExecuteAsync(
            "UPDATE uws.job SET phase = 'QUEUED', row_version = row_version + 1 WHERE job_id = 'job1' AND row_version = 0",
            transaction: transaction);
        var error = await Assert.ThrowsAsync<PostgresException>(() =>
            connection.ExecuteAsync("DELETE FROM ivoa.obscore", transaction: transaction));

        Assert.Equal(1, updated);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }
}
