using Tap.Service.Configuration;
using Tap.Service.Security;

namespace Tap.Service.Database;

internal static class DatabaseServices
{
    public static IServiceCollection AddDatabaseOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<DatabaseOptions>(configuration, DatabaseOptions.Section);
        // Who sees the embargo decides the role every query runs as.
        services.AddValidatedOptions<AccessOptions>(configuration, AccessOptions.Section);
        return services;
    }
}
