namespace Soda.Service.Images;

/// <summary>Makes the image of a dataset that a synthetic store does not hold yet.</summary>
public interface IImageRenderer
{
    /// <summary>Writes the dataset's image to <paramref name="outputPath"/>, which does not exist yet.</summary>
    Task RenderAsync(ImageDataset dataset, string outputPath, CancellationToken cancellationToken);
}
