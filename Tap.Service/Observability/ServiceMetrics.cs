using System.Diagnostics;
using System.Diagnostics.Metrics;
using Tap.Service.VoTable;

namespace Tap.Service.Observability;

/// <summary>
/// The service's own instruments, on one meter made by the host's <see cref="IMeterFactory"/> (so two
/// hosts in one process, as in the tests, count apart). ASP.NET Core counts requests and Npgsql its
/// pool; these count what only the service knows: queries, rows and DALI faults.
/// docs/operations.md lists every metric with its unit and labels.
/// </summary>
internal sealed class ServiceMetrics
{
    public const string MeterName = "Tap.Service";

    /// <summary>From a catalogue lookup to an async job of half an hour; Prometheus sees one bucket per bound.</summary>
    private static readonly double[] QueryDurationBounds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 1800];

    private readonly Counter<long> _queries;
    private readonly Counter<long> _rows;
    private readonly Histogram<double> _queryDuration;
    private readonly Counter<long> _faults;

    public ServiceMetrics(IMeterFactory meterFactory)
    {
        Meter = meterFactory.Create(MeterName);
        _queries = Meter.CreateCounter<long>("metadata.queries", "{query}", "Queries run on the database (TAP sync and async, SIAv2), by their QUERY_STATUS.");
        _rows = Meter.CreateCounter<long>("metadata.query.rows", "{row}", "Rows streamed into query results.");
        _queryDuration = Meter.CreateHistogram(
            "metadata.query.duration", "s", "From sending a query to the database to the last row written, by how it ended.",
            tags: null, new InstrumentAdvice<double> { HistogramBucketBoundaries = QueryDurationBounds });
        _faults = Meter.CreateCounter<long>("metadata.faults", "{fault}", "DALI faults reported to clients (HTTP errors, errors inside results, failed jobs), by class.");
    }

    /// <summary>The meter, for instruments that live elsewhere (the UWS job gauge).</summary>
    public Meter Meter { get; }

    /// <summary>Starts timing one query; disposing it records the query, as it ended or as an error.</summary>
    public QueryMeasurement MeasureQuery() => new(this, Stopwatch.GetTimestamp());

    public void Fault(DaliException fault) => _faults.Add(1, new KeyValuePair<string, object?>("dali.fault", ClassOf(fault)));

    /// <summary>The DALI fault family by name, as operators read it in a label.</summary>
    public static string ClassOf(DaliException fault) => fault switch
    {
        DaliAuthenticationException => "authentication",
        DaliAuthorizationException => "authorization",
        DaliNotFoundException => "not_found",
        DaliUnavailableException => "unavailable",
        DaliFatalException => "fatal",
        DaliUsageException => "usage",
        _ => "other",
    };

    private void Record(QueryStatus status, long rows, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("query.status", status.ToVoTableValue());
        _queries.Add(1, tag);
        _rows.Add(rows);
        _queryDuration.Record(elapsed.TotalSeconds, tag);
    }

    internal sealed class QueryMeasurement(ServiceMetrics metrics, long started) : IDisposable
    {
        private QueryStatus _status = QueryStatus.Error;
        private long _rows;

        /// <summary>How the result ended; a query disposed without one failed before its result was written.</summary>
        public void Ended(QueryStatus status, long rows)
        {
            _status = status;
            _rows = rows;
        }

        public void Dispose() => metrics.Record(_status, _rows, Stopwatch.GetElapsedTime(started));
    }
}
