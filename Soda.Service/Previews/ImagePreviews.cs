using Fits;
using Soda.Service.Images;

namespace Soda.Service.Previews;

/// <summary>
/// PNG previews of images (DataLink's #preview): the science pixels (IMAGE, or a raw's only HDU)
/// read at a step that brings the longer side to at most <see cref="MaxSide"/> pixels, stretched by
/// <see cref="PreviewImage"/>, made once and kept in a size-bounded cache beside the image store.
/// </summary>
public sealed class ImagePreviews(ImageStore store, string folder, long cacheLimitBytes)
{
    public const int MaxSide = 1024;

    private readonly string _folder = Path.GetFullPath(folder);
    private readonly FileCache _cache = new(Path.GetFullPath(folder), "*.png", cacheLimitBytes);

    /// <summary>The preview of the dataset's image, made (and the image rendered) first if needed.</summary>
    public async Task<FileInfo> GetAsync(ImageDataset dataset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        // The store validates the path: a preview lies where its image lies, under the preview folder.
        var path = Path.Combine(_folder, Path.GetRelativePath(store.Root, store.FullPathOf(dataset.StorePath)) + ".png");
        return await _cache.GetOrMakeAsync(path, async partial =>
        {
            var image = await store.GetFileAsync(dataset, CancellationToken.None).ConfigureAwait(false);
            await File.WriteAllBytesAsync(partial, Render(image.FullName), CancellationToken.None).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The PNG of a FITS file's science pixels.</summary>
    public static byte[] Render(string fitsPath)
    {
        using var fits = FitsFile.Open(fitsPath);
        var image = fits.MoveToFirstImage() ?? throw new ImageNotFoundException($"'{Path.GetFileName(fitsPath)}' holds no image to preview.");
        var step = (int)Math.Max(1, Math.Ceiling(Math.Max(image.Width, image.Height) / (double)MaxSide));
        var pixels = fits.ReadPixels<float>(image.Bounds, step);
        var width = (int)((image.Width + step - 1) / step);
        return PreviewImage.Encode(pixels, width, pixels.Length / width);
    }
}
