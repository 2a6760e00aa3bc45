using Npgsql;

namespace Resilience.Tests.Support;

/// <summary>
/// A view published in the TAP_SCHEMA of the tests' own database only, whose rows take as many
/// seconds to read as they say: <c>SELECT seconds FROM resilience.delay WHERE seconds = 3</c> runs
/// for 3 s without using the CPU. It stands in for a heavy query that holds a connection or a worker.
/// </summary>
internal static class DelayTable
{
    public static string Query(int seconds) => $"SELECT seconds FROM resilience.delay WHERE seconds = {seconds}";

    public static async Task CreateAsync(PostgresCluster database)
    {
        await using var connection = await database.OpenAdminConnectionAsync();
        // The filter on seconds is applied to generate_series before the lateral sleep, so only the row asked for sleeps.
        await using var command = new NpgsqlCommand(
            """
            CREATE SCHEMA resilience;
            CREATE VIEW resilience.delay AS
                SELECT g.seconds FROM generate_series(1, 600) AS g(seconds) CROSS JOIN LATERAL pg_sleep(g.seconds) AS nap;
            GRANT USAGE ON SCHEMA resilience TO metadata_query;
            GRANT SELECT ON resilience.delay TO metadata_query;
            INSERT INTO tap_schema.schemas (schema_name, description) VALUES ('resilience', 'Test tables');
            INSERT INTO tap_schema.tables (schema_name, table_name, table_type, description)
                VALUES ('resilience', 'resilience.delay', 'view', 'Each row takes its value in seconds to read');
            INSERT INTO tap_schema.columns (table_name, column_name, datatype, principal, indexed, std)
                VALUES ('resilience.delay', 'seconds', 'int', 1, 0, 0);
            """,
            connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>How many statements are reading the delay table now: those asleep in it (nothing else here sleeps).</summary>
    public static async Task<long> CountRunningAsync(PostgresCluster database)
    {
        await using var connection = await database.OpenAdminConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND wait_event = 'PgSleep'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Polls until <paramref name="expected"/> delay statements run; false after <paramref name="timeout"/>.</summary>
    public static async Task<bool> WaitUntilRunningAsync(PostgresCluster database, long expected, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (await CountRunningAsync(database) != expected)
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }
}
