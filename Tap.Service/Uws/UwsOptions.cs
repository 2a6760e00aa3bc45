using System.ComponentModel.DataAnnotations;

namespace Tap.Service.Uws;

/// <summary>Asynchronous jobs: where results go, how many run at once, and their limits (configuration section "Uws").</summary>
internal sealed class UwsOptions
{
    public const string Section = "Uws";

    /// <summary>Folder of result files, shared by every replica (a relative path is taken from the content root).</summary>
    [Required]
    public string ResultsFolder { get; set; } = "";

    /// <summary>Jobs this instance runs at the same time; 0 makes an instance that only serves requests.</summary>
    [Range(0, 256)]
    public int WorkerCount { get; set; } = 2;

    /// <summary>
    /// Jobs of one owner executing at the same time, over every replica; 0 sets no limit. A further
    /// job of theirs stays QUEUED, and workers run other owners' jobs past it, until one of theirs
    /// ends. Anonymous jobs cannot be told apart by owner and share one such limit.
    /// </summary>
    [Range(0, 10_000)]
    public int MaxExecutingJobsPerUser { get; set; }

    /// <summary>Execution duration of a job whose client asked for none.</summary>
    public TimeSpan DefaultExecutionDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Longest execution duration a client may ask for; asking for unlimited (0) gets this.</summary>
    public TimeSpan MaxExecutionDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a job and its result are kept after creation unless the client asks for less.</summary>
    public TimeSpan DefaultRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Latest destruction time a client may set, counted from the job's creation.</summary>
    public TimeSpan MaxRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Longest a WAIT request blocks, whatever the client asks.</summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Jobs listed when the client gives no LAST, so the list stays small.</summary>
    [Range(1, 100_000)]
    public int DefaultListSize { get; set; } = 100;

    /// <summary>How often idle workers and WAIT requests look for changes made by other replicas.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long an executing job stays claimed without its worker renewing the claim. Replicas
    /// compare leases with their own clocks, so these must agree to well within this duration.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a worker renews its claim, and so notices an ABORT or DELETE made elsewhere.</summary>
    public TimeSpan LeaseRenewalInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often expired jobs are removed and jobs whose worker vanished are failed.</summary>
    public TimeSpan HousekeepingInterval { get; set; } = TimeSpan.FromMinutes(1);
}
