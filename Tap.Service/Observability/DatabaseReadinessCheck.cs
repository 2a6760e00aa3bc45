using Microsoft.Extensions.Diagnostics.HealthChecks;
using Tap.Service.Vosi;

namespace Tap.Service.Observability;

/// <summary>
/// Readiness: the service can answer queries, which is what VOSI availability says too; both ask
/// the database the same question (<see cref="DatabaseAvailability"/>).
/// </summary>
internal sealed class DatabaseReadinessCheck(DatabaseAvailability availability) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (available, note) = await availability.CheckAsync(cancellationToken);
        return available ? HealthCheckResult.Healthy(note) : HealthCheckResult.Unhealthy(note);
    }
}
