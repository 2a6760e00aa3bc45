using Npgsql;

namespace Resilience.Tests.Support;

/// <summary>Job URLs across instances, and the job table itself when no service may be asked.</summary>
internal static class Jobs
{
    public static string Id(string jobUrl) => new Uri(jobUrl).Segments[^1];

    /// <summary>The same job as served by <paramref name="instance"/>.</summary>
    public static string On(ServiceProcess instance, string jobUrl) => new Uri(instance.BaseAddress, new Uri(jobUrl).AbsolutePath).AbsoluteUri;

    /// <summary>The phases in the job table, read directly: for when no instance is running.</summary>
    public static async Task<Dictionary<string, string>> PhasesInTableAsync(PostgresCluster database, IEnumerable<string> jobIds)
    {
        await using var connection = await database.OpenAdminConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT job_id, phase FROM uws.job WHERE job_id = ANY(@ids)", connection);
        command.Parameters.AddWithValue("ids", jobIds.ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        var phases = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            phases[reader.GetString(0)] = reader.GetString(1);
        }

        return phases;
    }
}
