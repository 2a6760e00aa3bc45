using System.Security.Claims;
using Tap.Service.Security;

namespace Tap.Service.Uws;

/// <summary>
/// Who owns a job and who may reach it. A user's job is reached only by that user: another signed-in
/// user is answered 403, an anonymous caller 404 (nothing tells them the id exists). An anonymous
/// job has no owner and is reached by anyone who holds its id, which is unguessable (96 random
/// bits); for the same reason anonymous callers are listed no jobs, so no list hands their ids out.
/// </summary>
internal static class JobOwners
{
    private const string AuthenticationType = "uws-job-owner";

    /// <summary>The owner as a caller, as <see cref="Callers"/> reads one; anonymous when <paramref name="ownerId"/> is null.</summary>
    public static ClaimsPrincipal PrincipalOf(string? ownerId, IEnumerable<string> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return ownerId is null
            ? new ClaimsPrincipal(new ClaimsIdentity())
            : new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, ownerId), .. groups.Select(group => new Claim(ClaimTypes.Role, group))],
                AuthenticationType));
    }

    /// <summary>The groups of a signed-in caller, to keep with their job; none for an anonymous one.</summary>
    public static string[] GroupsOf(ClaimsPrincipal caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.UserName() is null
            ? []
            : caller.Identities.SelectMany(identity => identity.FindAll(identity.RoleClaimType))
                .Select(claim => claim.Value).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Throws the DALI fault of a caller who may not reach <paramref name="job"/>: 403 when signed in, 404 when anonymous.</summary>
    public static void EnsureMayReach(ClaimsPrincipal caller, Job job)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(job);
        if (job.OwnerId is null || string.Equals(job.OwnerId, caller.UserName(), StringComparison.Ordinal))
        {
            return;
        }

        throw caller.UserName() is null
            ? JobStore.NoSuchJob(job.JobId)
            : new DaliAuthorizationException($"Job {job.JobId} belongs to another user: only its owner may read, change or delete it.");
    }
}
