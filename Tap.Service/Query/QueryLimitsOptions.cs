using System.ComponentModel.DataAnnotations;

namespace Tap.Service.Query;

/// <summary>
/// The limits every TAP query obeys (configuration section "Query"), in one place so that the
/// capabilities document advertises exactly what the executor enforces.
/// </summary>
internal sealed class QueryLimitsOptions
{
    public const string Section = "Query";

    /// <summary>Rows returned when a request gives no MAXREC.</summary>
    [Range(0, int.MaxValue - 1)]
    public int DefaultMaxRec { get; set; } = 10_000;

    /// <summary>The most rows any request gets; a larger MAXREC is lowered to this (TAP 1.1 §2.7.1).</summary>
    [Range(0, int.MaxValue - 1)]
    public int HardMaxRec { get; set; } = 10_000_000;

    /// <summary>PostgreSQL statement_timeout for /tap/sync queries.</summary>
    public TimeSpan SyncExecutionDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// /tap/sync queries one caller may have running at once in an instance; 0 sets no limit. A
    /// further one is answered 429 Too Many Requests with Retry-After and a DALI error document.
    /// </summary>
    [Range(0, 10_000)]
    public int MaxSyncQueriesPerUser { get; set; }

    /// <summary>
    /// statement_timeout for asynchronous jobs; zero leaves it to the job's execution duration,
    /// which cancels the statement itself.
    /// </summary>
    public TimeSpan AsyncStatementTimeout { get; set; } = TimeSpan.Zero;

    /// <summary>The largest TAP_UPLOAD table accepted, in bytes of VOTable.</summary>
    [Range(1, long.MaxValue)]
    public long UploadMaxBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>The most rows of all TAP_UPLOAD tables of one request together.</summary>
    [Range(1, int.MaxValue)]
    public int UploadMaxRows { get; set; } = 100_000;

    /// <summary>How long fetching an upload given by URL may take.</summary>
    public TimeSpan UploadUrlTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>MAXREC as the executor applies it: absent → default, above the hard limit → the hard limit.</summary>
    public int EffectiveMaxRec(long? requested) => (int)Math.Min(requested ?? DefaultMaxRec, HardMaxRec);
}
