using System.Diagnostics.Metrics;
using Npgsql;
using Tap.Service.Uws;

namespace Tap.Service.Observability;

/// <summary>
/// UWS jobs by protocol and phase, read from uws.job when metrics are collected. Replicas share the
/// job table, so counting there is right whichever replica is scraped; counters kept per replica
/// would miss the phase changes that other replicas make. Every (protocol, phase) pair is reported,
/// zero included, so that a series does not vanish when its last job leaves the phase.
/// </summary>
internal sealed partial class JobPhaseGauge(NpgsqlDataSource dataSource, ILogger<JobPhaseGauge> logger)
{
    private const string CountSql = "SELECT service, phase, count(*) FROM uws.job GROUP BY service, phase";

    /// <summary>A scrape should not wait long for a busy database; Prometheus's own timeout is 10 s.</summary>
    private const int CommandTimeoutSeconds = 2;

    public ObservableGauge<long> Register(Meter meter) =>
        meter.CreateObservableGauge("metadata.uws.jobs", Measure, "{job}", "UWS jobs in the shared job table, by protocol and phase.");

    /// <summary>
    /// Synchronous, as observable instruments are: Npgsql's synchronous calls block on the socket,
    /// not on a task. Without the database there is nothing to report (the series go stale).
    /// </summary>
    private IEnumerable<Measurement<long>> Measure()
    {
        Dictionary<(string Service, string Phase), long> counts;
        try
        {
            counts = ReadCounts();
        }
        catch (Exception failure) when (failure is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            LogUnreadable(logger, failure);
            return [];
        }

        return
            from service in Enum.GetValues<UwsService>()
            from phase in Enum.GetValues<ExecutionPhase>()
            let key = (JobScope.NameOf(service), phase.ToUwsName())
            select new Measurement<long>(
                counts.GetValueOrDefault(key),
                new KeyValuePair<string, object?>("uws.service", key.Item1),
                new KeyValuePair<string, object?>("uws.phase", key.Item2));
    }

    private Dictionary<(string Service, string Phase), long> ReadCounts()
    {
        using var connection = dataSource.OpenConnection();
        using var command = new NpgsqlCommand(CountSql, connection) { CommandTimeout = CommandTimeoutSeconds };
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<(string, string), long>();
        while (reader.Read())
        {
            counts[(reader.GetString(0), reader.GetString(1))] = reader.GetInt64(2);
        }

        return counts;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Metrics: the UWS job counts could not be read")]
    private static partial void LogUnreadable(ILogger logger, Exception failure);
}
