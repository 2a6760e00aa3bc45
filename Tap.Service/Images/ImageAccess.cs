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

    public static string ReleaseText(ImageDataset dataset) =>
        dataset.ReleaseDate?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "further notice";
}
