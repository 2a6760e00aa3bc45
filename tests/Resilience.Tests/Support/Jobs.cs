using System.Xml.Linq;
using Integration.Tests.Uws;
using Npgsql;

namespace Resilience.Tests.Support;

/// <summary>Reading UWS job documents, and the job table itself when no service may be asked.</summary>
internal static class Jobs
{
    public static string Id(string jobUrl) => new Uri(jobUrl).Segments[^1];

    /// <summary>The same job as served by <paramref name="instance"/>.</summary>
    public static string On(ServiceProcess instance, string jobUrl) => new Uri(instance.BaseAddress, new Uri(jobUrl).AbsolutePath).AbsoluteUri;

    public static string Phase(XElement job) => job.Element(UwsClient.UwsNamespace + "phase")!.Value;

    public static string? ErrorMessage(XElement job) =>
        job.Element(UwsClient.UwsNamespace + "errorSummary")?.Element(UwsClient.UwsNamespace + "message")?.Value;

    public static Uri ResultUrl(XElement job) =>
        new(job.Element(UwsClient.UwsNamespace + "results")!.Element(UwsClient.UwsNamespace + "result")!.Attribute(UwsClient.Xlink + "href")!.Value);

    /// <summary>Waits (with WAIT) until the job is in a final phase; fails after <paramref name="timeout"/>.</summary>
    public static async Task<XElement> WaitUntilEndedAsync(UwsClient client, string jobUrl, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var job = await client.GetDocumentAsync(jobUrl + "?WAIT=" + ResilienceFixture.WaitSeconds);
            if (Phase(job) is "COMPLETED" or "ERROR" or "ABORTED")
            {
                return job;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Job {jobUrl} is still {Phase(job)} after {timeout.TotalSeconds} s.");
        }
    }

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
