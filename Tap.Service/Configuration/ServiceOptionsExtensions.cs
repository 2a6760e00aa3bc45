namespace Tap.Service.Configuration;

internal static class ServiceOptionsExtensions
{
    /// <summary>Binds and validates the "Service" section at start-up, so a missing public URL fails fast.</summary>
    public static IServiceCollection AddServiceOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ServiceOptions>(configuration, ServiceOptions.SectionName)
            .Validate(
                options => options.PublicBaseUrl is not { IsAbsoluteUri: false } && options.SodaSyncUrl is not { IsAbsoluteUri: false },
                "Service:PublicBaseUrl and Service:SodaSyncUrl must be absolute URLs.");
        return services;
    }
}
