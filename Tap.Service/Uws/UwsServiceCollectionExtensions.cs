using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Tap.Service.Configuration;

namespace Tap.Service.Uws;

internal static class UwsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the job store on the shared <see cref="NpgsqlDataSource"/>, the worker pool and the
    /// housekeeping of expired jobs, with <see cref="UwsOptions"/> bound from the "Uws" section.
    /// Each protocol with jobs registers its <see cref="IJobRunner"/>.
    /// </summary>
    public static IServiceCollection AddUws(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<UwsOptions>(configuration, UwsOptions.Section)
            .Validate(
                options => options.DefaultExecutionDuration > TimeSpan.Zero && options.DefaultExecutionDuration <= options.MaxExecutionDuration,
                "Uws:DefaultExecutionDuration must be positive and at most Uws:MaxExecutionDuration.")
            .Validate(
                options => options.DefaultRetention > TimeSpan.Zero && options.DefaultRetention <= options.MaxRetention,
                "Uws:DefaultRetention must be positive and at most Uws:MaxRetention.")
            .Validate(
                options => options.LeaseRenewalInterval > TimeSpan.Zero && options.LeaseRenewalInterval * 3 <= options.LeaseDuration,
                "Uws:LeaseDuration must cover at least three Uws:LeaseRenewalInterval, so one slow renewal does not lose a live job.")
            .Validate(
                options => options.PollInterval > TimeSpan.Zero && options.HousekeepingInterval > TimeSpan.Zero && options.MaxWait >= TimeSpan.Zero,
                "Uws:PollInterval and Uws:HousekeepingInterval must be positive, Uws:MaxWait not negative.");
        services.AddDbContextFactory<UwsDbContext>((provider, options) =>
            options.UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>()));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<JobSignals>();
        services.AddSingleton<JobStore>();
        services.AddSingleton<JobResultFiles>();
        services.AddSingleton<JobUploads>();
        services.AddSingleton<JobLinks>();
        services.AddSingleton<JobWaiter>();
        services.AddSingleton<JobExecutor>();
        services.AddHostedService<JobWorkerPool>();
        services.AddHostedService<JobHousekeeping>();
        return services;
    }
}
