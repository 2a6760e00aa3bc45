using Microsoft.Extensions.Options;
using Soda.Service.Images;
using Tap.Service.Configuration;

namespace Tap.Service.Images;

internal static class ImagesServiceCollectionExtensions
{
    /// <summary>Registers the image store and the dataset lookup, with <see cref="ImagesOptions"/> from the "Images" section.</summary>
    public static IServiceCollection AddImages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ImagesOptions>(configuration, ImagesOptions.Section)
            .Validate(
                options => options.Renderer is null || File.Exists(options.Renderer),
                "Images:Renderer names a program that does not exist.");
        services.AddSingleton<ImageDatasets>();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ImagesOptions>>().Value;
            var renderer = string.IsNullOrEmpty(options.Renderer) ? null : new CommandImageRenderer(options.Renderer, options.RenderTimeout);
            return new ImageStore(new ImageStoreSettings(options.Root, options.CacheLimitBytes), renderer);
        });
        return services;
    }
}
