using Microsoft.EntityFrameworkCore;
using Tap.Service.Protocol;
using Tap.Service.Security;

namespace Tap.Service.Uws;

/// <summary>
/// The job table. Every phase change is compare-and-set on the row version: a change computed from
/// a stale row is refused by the database and recomputed from the fresh one, so an ABORT racing a
/// worker, or two replicas claiming one job, resolve to exactly one outcome.
/// </summary>
internal sealed class JobStore(IDbContextFactory<UwsDbContext> contexts, JobSignals signals)
{
    public async Task AddAsync(Job job, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Jobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        if (job.Phase == ExecutionPhase.Queued)
        {
            signals.JobQueued();
        }
    }

    /// <summary>The job, or a DALI fault: 404 naming the id when there is none, 403 or 404 when the caller may not reach it (<see cref="JobOwners"/>).</summary>
    public async Task<Job> GetAsync(JobScope scope, string jobId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var job = await db.Jobs.AsNoTracking().Include(j => j.Results)
            .SingleOrDefaultAsync(j => j.JobId == jobId && j.Service == scope.Service, cancellationToken)
            ?? throw NoSuchJob(jobId);
        JobOwners.EnsureMayReach(scope.Caller, job);
        return job;
    }

    /// <summary>The DALI fault for a job id that names no job.</summary>
    public static DaliNotFoundException NoSuchJob(string jobId) =>
        new($"There is no job {jobId}: it never existed, or it was deleted or expired.");

    /// <summary>
    /// The caller's jobs newest first, at most <paramref name="limit"/>, optionally only in some phases
    /// or created after a time; none for an anonymous caller (<see cref="JobOwners"/>).
    /// </summary>
    public async Task<IReadOnlyList<Job>> ListAsync(
        JobScope scope, IReadOnlyCollection<ExecutionPhase> phases, DateTime? createdAfter, int limit, CancellationToken cancellationToken)
    {
        if (scope.Caller.UserName() is not { } owner)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var jobs = db.Jobs.AsNoTracking().Where(j => j.Service == scope.Service && j.OwnerId == owner);
        if (phases.Count > 0)
        {
            jobs = jobs.Where(j => phases.Contains(j.Phase));
        }
        else
        {
            // UWS 1.1: archived jobs are listed only when asked for by phase.
            jobs = jobs.Where(j => j.Phase != ExecutionPhase.Archived);
        }

        if (createdAfter is { } after)
        {
            jobs = jobs.Where(j => j.CreationTime > after);
        }

        return await jobs.OrderByDescending(j => j.CreationTime).ThenBy(j => j.JobId).Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the current row and saves it if nobody changed the row
    /// meanwhile; otherwise reads the row again and reapplies, so the change always judges the
    /// latest state (and may refuse it, e.g. aborting a job that has just completed). A null
    /// <paramref name="scope"/> reaches a job of any list and owner (housekeeping).
    /// </summary>
    public async Task<Job> UpdateAsync(JobScope? scope, string jobId, Action<Job> change, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var job = await db.Jobs.Include(j => j.Results).SingleOrDefaultAsync(j => j.JobId == jobId && (scope == null || j.Service == scope.Service), cancellationToken)
                ?? throw NoSuchJob(jobId);
            if (scope is not null)
            {
                JobOwners.EnsureMayReach(scope.Caller, job);
            }

            var phase = job.Phase;
            change(job);
            if (!db.ChangeTracker.HasChanges())
            {
                return job;
            }

            if (job.Phase != phase)
            {
                job.RowVersion++;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                continue;
            }

            Announce(job, phase);
            return job;
        }
    }

    /// <summary>
    /// Deletes the job and its result rows; false when there was no such job (in <paramref name="scope"/>,
    /// unless null), the fault of <see cref="GetAsync"/> when the scope's caller may not reach it.
    /// </summary>
    public async Task<bool> DeleteAsync(JobScope? scope, string jobId, CancellationToken cancellationToken)
    {
        if (scope is not null)
        {
            // The owner never changes, so the check cannot go stale before the delete.
            await GetAsync(scope, jobId, cancellationToken);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deleted = await db.Jobs.Where(j => j.JobId == jobId && (scope == null || j.Service == scope.Service)).ExecuteDeleteAsync(cancellationToken);
        signals.JobChanged(jobId);
        return deleted > 0;
    }

    /// <summary>
    /// Moves the oldest QUEUED job to EXECUTING for <paramref name="instance"/> with a lease of
    /// <paramref name="leaseDuration"/>; null when no queued job may run. With a
    /// <paramref name="perOwnerLimit"/> (0: none), a job whose owner has that many jobs executing is
    /// passed over. Another replica may claim the same job first, in which case the next one is tried.
    /// </summary>
    public async Task<JobClaim?> TryClaimNextAsync(
        string instance, TimeSpan leaseDuration, int perOwnerLimit, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        while (true)
        {
            var candidate = await db.Jobs.AsNoTracking()
                .Where(j => j.Phase == ExecutionPhase.Queued
                    && (perOwnerLimit == 0 || db.Jobs.Count(other => other.Phase == ExecutionPhase.Executing && other.OwnerId == j.OwnerId) < perOwnerLimit))
                .OrderBy(j => j.CreationTime)
                .Select(j => new { j.JobId, j.RowVersion, j.OwnerId })
                .FirstOrDefaultAsync(cancellationToken);
            if (candidate is null)
            {
                return null;
            }

            // Replicas claiming jobs of one owner take turns, so together they never pass the limit.
            await using var transaction = perOwnerLimit > 0 ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            if (transaction is not null)
            {
                var lockName = "uws.job owner " + candidate.OwnerId;
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({lockName}))", cancellationToken);
            }

            // Read the clock only now: the first query of a process builds EF Core's model, which on a
            // loaded machine takes seconds, and a lease counted from before it could have run out
            // by the time it is written, so housekeeping would fail the job while it runs.
            var now = time.GetUtcNow().UtcDateTime;
            var leaseExpires = now + leaseDuration;
            var claimedVersion = candidate.RowVersion + 1;
            var claimed = await db.Jobs
                .Where(j => j.JobId == candidate.JobId && j.RowVersion == candidate.RowVersion && j.Phase == ExecutionPhase.Queued
                    && (perOwnerLimit == 0 || db.Jobs.Count(other => other.Phase == ExecutionPhase.Executing && other.OwnerId == candidate.OwnerId) < perOwnerLimit))
                .ExecuteUpdateAsync(
                    set => set
                        .SetProperty(j => j.Phase, ExecutionPhase.Executing)
                        .SetProperty(j => j.StartTime, now)
                        .SetProperty(j => j.ExecutingInstance, instance)
                        .SetProperty(j => j.LeaseExpires, leaseExpires)
                        .SetProperty(j => j.RowVersion, claimedVersion),
                    cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            if (claimed == 1)
            {
                signals.JobChanged(candidate.JobId);
                var job = await db.Jobs.AsNoTracking().SingleAsync(j => j.JobId == candidate.JobId, cancellationToken);
                return new JobClaim(job, claimedVersion);
            }
        }
    }

    /// <summary>Extends the lease of a claimed job; false when the job left the claimed state (aborted, deleted, failed as orphaned).</summary>
    public async Task<bool> RenewLeaseAsync(JobClaim claim, DateTime leaseExpires, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var renewed = await db.Jobs
            .Where(j => j.JobId == claim.Job.JobId && j.RowVersion == claim.RowVersion)
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.LeaseExpires, leaseExpires), cancellationToken)
            ;
        return renewed == 1;
    }

    /// <summary>Applies the worker's final change if the job is still as the worker claimed it; false otherwise.</summary>
    public async Task<bool> TryFinishAsync(JobClaim claim, Action<Job> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var job = await db.Jobs.Include(j => j.Results).SingleOrDefaultAsync(j => j.JobId == claim.Job.JobId, cancellationToken)
            ;
        if (job is null || job.RowVersion != claim.RowVersion)
        {
            return false;
        }

        change(job);
        job.RowVersion++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }

        Announce(job, ExecutionPhase.Executing);
        return true;
    }

    /// <summary>Ids of executing jobs whose worker let the lease run out before <paramref name="now"/>.</summary>
    public async Task<IReadOnlyList<string>> FindOrphansAsync(DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Jobs.Where(j => j.Phase == ExecutionPhase.Executing && j.LeaseExpires < now)
            .Select(j => j.JobId).ToListAsync(cancellationToken);
    }

    /// <summary>Ids of jobs whose destruction time has passed, oldest first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<string>> FindExpiredAsync(DateTime now, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Jobs.Where(j => j.DestructionTime < now).OrderBy(j => j.DestructionTime).Take(limit)
            .Select(j => j.JobId).ToListAsync(cancellationToken);
    }

    private void Announce(Job job, ExecutionPhase previous)
    {
        signals.JobChanged(job.JobId);
        if (job.Phase == ExecutionPhase.Queued && previous != ExecutionPhase.Queued)
        {
            signals.JobQueued();
        }
    }
}

/// <summary>A job this instance claimed, and the row version its claim set: the job is still ours while the version holds.</summary>
internal sealed record JobClaim(Job Job, int RowVersion);
