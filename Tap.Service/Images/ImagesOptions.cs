using System.ComponentModel.DataAnnotations;

namespace Tap.Service.Images;

/// <summary>The image store, previews and cutout limits (configuration section "Images").</summary>
internal sealed class ImagesOptions
{
    public const string Section = "Images";

    /// <summary>
    /// The folder that holds the images by their Butler path (a relative path is taken from the
    /// working directory). A deployment points it at its repository, which the service only reads.
    /// </summary>
    [Required]
    public string Root { get; set; } = "";

    /// <summary>
    /// A program that renders missing images (the seed-data generator's executable) — only for a
    /// synthetic survey: the root is then a cache of rendered images, bounded by <see cref="CacheLimitBytes"/>.
    /// </summary>
    public string? Renderer { get; set; }

    [Range(1L << 20, long.MaxValue)]
    public long CacheLimitBytes { get; set; } = 20L << 30;

    /// <summary>Longest a render may take before it is abandoned.</summary>
    public TimeSpan RenderTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Where previews are kept once made, a cache bounded by <see cref="PreviewCacheLimitBytes"/>.</summary>
    [Required]
    public string PreviewFolder { get; set; } = "";

    [Range(1L << 20, long.MaxValue)]
    public long PreviewCacheLimitBytes { get; set; } = 2L << 30;

    /// <summary>Largest cutout accepted, in pixels per image HDU; a whole CCD or patch is ~16 million.</summary>
    [Range(1, long.MaxValue)]
    public long MaxCutoutPixels { get; set; } = 64L << 20;

    /// <summary>Cutouts this instance makes at the same time; more wait their turn, up to <see cref="MaxCutoutWait"/>.</summary>
    [Range(1, 1024)]
    public int MaxConcurrentCutouts { get; set; } = 8;

    /// <summary>Longest a cutout waits for its turn before the answer is ServiceUnavailable (503, Retry-After).</summary>
    public TimeSpan MaxCutoutWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Cutouts one async job may ask for (IDs x regions x bands x times).</summary>
    [Range(1, 1_000_000)]
    public int MaxCutsPerJob { get; set; } = 1000;
}
