using Microsoft.Net.Http.Headers;
using Soda.Service.Images;

namespace Tap.Service.Images;

internal static class ImageEndpoints
{
    /// <summary>
    /// Maps GET /files/{path} (DataLink's #this: the image file by its store path, with ETag and Range
    /// requests) on <paramref name="app"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapImageFiles(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/files/{**path}", [HttpMethods.Get, HttpMethods.Head], FileAsync);
        return app;
    }

    private static async Task<IResult> FileAsync(
        string path, ImageDatasets datasets, ImageStore store, CancellationToken cancellationToken)
    {
        var dataset = await FindAsync(path, datasets, cancellationToken);
        var file = await store.GetFileAsync(dataset, cancellationToken);
        return Results.File(
            file.FullName,
            dataset.ContentType,
            lastModified: file.LastWriteTimeUtc,
            entityTag: EntityTagOf(file),
            enableRangeProcessing: true);
    }

    /// <summary>The readable dataset whose image has this store path.</summary>
    /// <exception cref="DaliNotFoundException">No dataset has it.</exception>
    /// <exception cref="DaliAuthorizationException">The dataset is under embargo.</exception>
    public static async Task<ImageDataset> FindAsync(string path, ImageDatasets datasets, CancellationToken cancellationToken)
    {
        var dataset = await datasets.FindByStorePathAsync(path, cancellationToken)
            ?? throw new DaliNotFoundException($"No image has the path '{path}'.");
        ImageAccess.EnsureReadable(dataset);
        return dataset;
    }

    /// <summary>A strong validator from the file's size and time: a re-rendered or replaced image gets a new one.</summary>
    public static EntityTagHeaderValue EntityTagOf(FileInfo file) =>
        new($"\"{file.Length:x}-{file.LastWriteTimeUtc.Ticks:x}\"");
}
