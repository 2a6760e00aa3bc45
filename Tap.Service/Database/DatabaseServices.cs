using Tap.Service.Configuration;

namespace Tap.Service.Database;

internal static class DatabaseServices
{
    public static IServiceCollection AddDatabaseOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<DatabaseOptions>(configuration, DatabaseOptions.Section);
        return services;
    }
}
