namespace Tap.Service.DataLink;

public static class DataLinkServiceCollectionExtensions
{
    /// <summary>Registers <see cref="DataLinkDescriptors"/>; needs the "Service" options (see AddServiceOptions).</summary>
    public static IServiceCollection AddDataLinkDescriptors(this IServiceCollection services) =>
        services.AddSingleton<DataLinkDescriptors>();
}
