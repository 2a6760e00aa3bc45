namespace Tap.Service.Vosi;

internal static class VosiServiceCollectionExtensions
{
    /// <summary>Registers the availability check; needs the service data source.</summary>
    public static IServiceCollection AddVosi(this IServiceCollection services) =>
        services.AddSingleton<DatabaseAvailability>();
}
