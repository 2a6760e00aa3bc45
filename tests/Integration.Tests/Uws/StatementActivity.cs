using Dapper;
using Integration.Tests.Database;

namespace Integration.Tests.Uws;

/// <summary>What PostgreSQL itself says is running (pg_stat_activity), to see that a cancelled statement really stopped.</summary>
internal static class StatementActivity
{
    public static async Task<bool> IsRunningAsync(DatabaseFixture database, string marker)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND query LIKE '%' || @marker || '%' AND pid <> pg_backend_pid())",
            new { marker });
    }

    /// <summary>Polls until the statement carrying <paramref name="marker"/> is (or is no longer) active; false on timeout.</summary>
    public static async Task<bool> WaitUntilAsync(DatabaseFixture database, string marker, bool running, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await IsRunningAsync(database, marker) == running)
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
