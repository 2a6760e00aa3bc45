using Tap.Service.Uws;

namespace Tap.Service.Soda;

internal static class SodaServiceCollectionExtensions
{
    /// <summary>Registers SODA's async jobs on the UWS machinery; needs AddImages and AddUws.</summary>
    public static IServiceCollection AddSoda(this IServiceCollection services) =>
        services.AddSingleton<IJobRunner, SodaJobRunner>();
}
