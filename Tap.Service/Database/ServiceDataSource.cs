using Microsoft.Extensions.Options;
using Npgsql;

namespace Tap.Service.Database;

internal static class ServiceDataSource
{
    /// <summary>
    /// Registers the one <see cref="NpgsqlDataSource"/> of the service, connecting as the service role
    /// (Database:ServiceConnectionString) with a bounded pool; parameter values stay out of logs.
    /// </summary>
    public static IServiceCollection AddServiceDataSource(this IServiceCollection services)
    {
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var builder = new NpgsqlDataSourceBuilder(options.ServiceConnectionString);
            builder.ConnectionStringBuilder.MaxPoolSize = options.MaxPoolSize;
            builder.ConnectionStringBuilder.Timeout = options.PoolWaitSeconds;
            builder.UseLoggerFactory(provider.GetRequiredService<ILoggerFactory>());
            builder.EnableParameterLogging(false);
            return builder.Build();
        });
        return services;
    }
}
