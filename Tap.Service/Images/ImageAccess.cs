using System.Globalization;
using Soda.Service.Images;

namespace Tap.Service.Images;

/// <summary>
/// Which images a caller may read: those their query role finds (<see cref="ImageDatasets"/>). A product
/// under embargo is not found by those who may not see it, so they learn nothing of it, not even
/// that it exists.
/// </summary>
internal static class ImageAccess
{
    /// <summary>The dataset of <paramref name="id"/> among those found.</summary>
    /// <exception cref="DaliNotFoundException">No dataset the caller may see has the ID.</exception>
    public static ImageDataset Readable(IReadOnlyDictionary<string, ImageDataset> found, string id) =>
        found.GetValueOrDefault(id) ?? throw new DaliNotFoundException($"No dataset has the ID '{id}'.");

    public static string ReleaseText(ImageDataset dataset) =>
        dataset.ReleaseDate?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "further notice";
}
