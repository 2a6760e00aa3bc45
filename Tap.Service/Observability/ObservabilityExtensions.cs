using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Tap.Service.Observability;

/// <summary>
/// What operators watch: Prometheus metrics at /metrics (OpenTelemetry) and the health endpoints
/// /health/live and /health/ready. docs/operations.md describes them.
/// </summary>
internal static class ObservabilityExtensions
{
    public const string MetricsPath = "/metrics";
    public const string LivenessPath = "/health/live";
    public const string ReadinessPath = "/health/ready";

    /// <summary>Npgsql's own meter: connections in use and idle per pool, waits, timeouts, command durations.</summary>
    private const string NpgsqlMeter = "Npgsql";

    private const string ReadyTag = "ready";

    /// <summary>The service.name of the metrics (Prometheus's target_info).</summary>
    private const string ServiceName = "metadata-service";

    /// <summary>Shorter than a load balancer's probe interval: a database that does not answer by then counts as down.</summary>
    private static readonly TimeSpan ReadinessTimeout = TimeSpan.FromSeconds(3);

    /// <summary>Needs the service data source and the VOSI availability check.</summary>
    public static IServiceCollection AddObservability(this IServiceCollection services)
    {
        services.AddSingleton<ServiceMetrics>();
        services.AddSingleton<JobPhaseGauge>();
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter(ServiceMetrics.MeterName, NpgsqlMeter)
            // Every scrape sees the counts of that moment: one or two Prometheus servers scrape every
            // few seconds at most, so the exporter's response cache would only make readings stale.
            .AddPrometheusExporter(exporter => exporter.ScrapeResponseCacheDurationMilliseconds = 0));
        services.ConfigureOpenTelemetryMeterProvider((provider, metrics) =>
            metrics.AddView(OnlyThisHost(provider.GetRequiredService<IMeterFactory>())));
        services.AddHealthChecks()
            .AddCheck<DatabaseReadinessCheck>("database", tags: [ReadyTag], timeout: ReadinessTimeout);
        return services;
    }

    /// <summary>
    /// Meters made by another host's factory are left out: OpenTelemetry listens to meters by name
    /// across the process, so two hosts in one process (the tests) would count each other's requests.
    /// Meters of no host (Npgsql's) are shared by all anyway.
    /// </summary>
    private static Func<Instrument, MetricStreamConfiguration?> OnlyThisHost(IMeterFactory ours) =>
        instrument => instrument.Meter.Scope is IMeterFactory factory && factory != ours ? MetricStreamConfiguration.Drop : null;

    /// <summary>Maps /metrics and the health endpoints, and starts the job gauge on the service's meter.</summary>
    public static IEndpointRouteBuilder MapObservability(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        services.GetRequiredService<JobPhaseGauge>().Register(services.GetRequiredService<ServiceMetrics>().Meter);
        endpoints.MapPrometheusScrapingEndpoint(MetricsPath);
        // Liveness runs no check: the process answering is the whole question, and a database outage
        // must not make an orchestrator restart replicas that would recover on their own.
        endpoints.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks(ReadinessPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
