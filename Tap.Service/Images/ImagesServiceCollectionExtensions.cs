using Microsoft.Extensions.Options;
using Soda.Service.Cutouts;
using Soda.Service.Images;
using Tap.Service.Configuration;

namespace Tap.Service.Images;

internal static class ImagesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the image store, the dataset lookup and the cutout maker, with
    /// <see cref="ImagesOptions"/> from the "Images" section (relative folders from the content
    /// root), and checks at start-up that CFITSIO can be used.
    /// </summary>
    public static IServiceCollection AddImages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ImagesOptions>(configuration, ImagesOptions.Section)
            .Validate(
                options => string.IsNullOrEmpty(options.Renderer) || File.Exists(options.Renderer),
                "Images:Renderer names a program that does not exist.");
        services.AddSingleton<ImageDatasets>();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ImagesOptions>>().Value;
            var contentRoot = provider.GetRequiredService<IHostEnvironment>().ContentRootPath;
            var renderer = string.IsNullOrEmpty(options.Renderer) ? null : new CommandImageRenderer(options.Renderer, options.RenderTimeout);
            return new ImageStore(new ImageStoreSettings(Path.GetFullPath(options.Root, contentRoot), options.CacheLimitBytes), renderer);
        });
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ImagesOptions>>().Value;
            return new ImageCutouts(
                provider.GetRequiredService<ImageStore>(),
                new CutoutLimits(options.MaxCutoutPixels, options.MaxConcurrentCutouts, options.MaxCutoutWait));
        });
        services.AddHostedService<FitsLibraryCheck>();
        return services;
    }
}
