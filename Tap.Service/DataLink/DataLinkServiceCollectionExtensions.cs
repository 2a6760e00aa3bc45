namespace Tap.Service.DataLink;

internal static class DataLinkServiceCollectionExtensions
{
    /// <summary>Registers <see cref="DataLinkDescriptors"/>; needs the "Service" options (see AddServiceOptions).</summary>
    public static IServiceCollection AddDataLinkDescriptors(this IServiceCollection services) =>
        services.AddSingleton<DataLinkDescriptors>();

    /// <summary>Registers what /datalink/links needs besides the descriptors; needs the service data source.</summary>
    public static IServiceCollection AddDataLinkLinks(this IServiceCollection services)
    {
        services.AddSingleton<DatasetLinks>();
        services.AddSingleton<LinksBuilder>();
        return services;
    }
}
