using Microsoft.Extensions.Options;
using Npgsql;

namespace Tap.Service.Database;

internal static class ServiceDataSource
{
    /// <summary>
    /// Registers the service's connections to its database servers, connecting as the service role
    /// (Database:ServiceConnectionString) with a bounded pool per server; parameter values stay out
    /// of logs. The connection string may list several servers (<c>Host=a:5432,b:5432</c>): then one
    /// Npgsql multi-host data source serves two views of them, the primary as
    /// <see cref="NpgsqlDataSource"/> (UWS jobs, availability: everything that writes or must read
    /// its own writes) and hot standbys first as <see cref="QueryDatabase"/> (user queries and
    /// metadata lookups). With one server both views are that server, as before.
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
            return IsMultiHost(builder.ConnectionStringBuilder) ? new ServerViews(builder.BuildMultiHost()) : new ServerViews(builder.Build());
        });
        services.AddSingleton(provider => provider.GetRequiredService<ServerViews>().Primary);
        services.AddSingleton(provider => new QueryDatabase(
            provider.GetRequiredService<ServerViews>().StandbysFirst,
            provider.GetRequiredService<ServerViews>().Primary,
            provider.GetRequiredService<ILogger<QueryDatabase>>()));
        return services;
    }

    private static bool IsMultiHost(NpgsqlConnectionStringBuilder settings) => settings.Host?.Contains(',', StringComparison.Ordinal) == true;

    /// <summary>The data source built from the connection string, disposed with the container, and its two views.</summary>
    private sealed class ServerViews : IAsyncDisposable
    {
        private readonly NpgsqlDataSource _owned;

        public ServerViews(NpgsqlMultiHostDataSource servers)
        {
            _owned = servers;
            Primary = servers.WithTargetSession(TargetSessionAttributes.Primary);
            StandbysFirst = servers.WithTargetSession(TargetSessionAttributes.PreferStandby);
        }

        public ServerViews(NpgsqlDataSource server)
        {
            _owned = server;
            Primary = server;
            StandbysFirst = server;
        }

        public NpgsqlDataSource Primary { get; }

        public NpgsqlDataSource StandbysFirst { get; }

        public ValueTask DisposeAsync() => _owned.DisposeAsync();
    }
}
