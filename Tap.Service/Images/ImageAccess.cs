using System.Globalization;
using Soda.Service.Images;

namespace Tap.Service.Images;

/// <summary>Who may read an image's pixels: files, previews and cutouts of proprietary datasets are refused.</summary>
internal static class ImageAccess
{
    /// <exception cref="DaliAuthorizationException">The dataset is under embargo.</exception>
    public static void EnsureReadable(ImageDataset dataset)
    {
        if (dataset.IsEmbargoed)
        {
            throw new DaliAuthorizationException(
                $"The data of '{dataset.PublisherDid}' are proprietary until {ReleaseText(dataset)}; they are served once released.");
        }
    }

    /// <summary>The readable dataset of <paramref name="id"/> among those found.</summary>
    /// <exception cref="DaliNotFoundException">No dataset has the ID.</exception>
    /// <exception cref="DaliAuthorizationException">The dataset is under embargo.</exception>
    public static ImageDataset Readable(IReadOnlyDictionary<string, ImageDataset> found, string id)
    {
        var dataset = found.GetValueOrDefault(id) ?? throw new DaliNotFoundException($"No dataset has the ID '{id}'.");
        EnsureReadable(dataset);
        return dataset;
    }

    public static string ReleaseText(ImageDataset dataset) =>
        dataset.ReleaseDate?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "further notice";
}
