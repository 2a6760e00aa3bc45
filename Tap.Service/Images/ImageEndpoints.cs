using Microsoft.Net.Http.Headers;
using Soda.Service.Images;
using Soda.Service.Previews;
using Microsoft.Extensions.Options;
using Tap.Service.Database;
using Tap.Service.Security;

namespace Tap.Service.Images;

internal static class ImageEndpoints
{
    private const string PngSuffix = ".png";

    /// <summary>
    /// Maps GET /files/{path} (DataLink's #this: the image file by its store path, with ETag and Range
    /// requests) and GET /previews/{path}.png (#preview: a PNG of it) on <paramref name="app"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapImageFiles(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/files/{**path}", [HttpMethods.Get, HttpMethods.Head], FileAsync);
        app.MapMethods("/previews/{**path}", [HttpMethods.Get, HttpMethods.Head], PreviewAsync);
        return app;
    }

    private static async Task<IResult> PreviewAsync(
        string path, HttpContext context, ImageDatasets datasets, ImagePreviews previews, IOptions<AccessOptions> access, CancellationToken cancellationToken)
    {
        if (!path.EndsWith(PngSuffix, StringComparison.Ordinal))
        {
            throw new DaliNotFoundException($"Previews are PNG files: '{path}' does not end with {PngSuffix}.");
        }

        var dataset = await FindAsync(path[..^PngSuffix.Length], datasets, DatabaseRoles.QueryRoleOf(context.User, access.Value), cancellationToken);
        var preview = await previews.GetAsync(dataset, cancellationToken);
        return Results.File(preview.FullName, "image/png", lastModified: preview.LastWriteTimeUtc, entityTag: EntityTagOf(preview));
    }

    private static async Task<IResult> FileAsync(
        string path, HttpContext context, ImageDatasets datasets, ImageStore store, IOptions<AccessOptions> access, CancellationToken cancellationToken)
    {
        var dataset = await FindAsync(path, datasets, DatabaseRoles.QueryRoleOf(context.User, access.Value), cancellationToken);
        var file = await store.GetFileAsync(dataset, cancellationToken);
        return Results.File(
            file.FullName,
            dataset.ContentType,
            lastModified: file.LastWriteTimeUtc,
            entityTag: EntityTagOf(file),
            enableRangeProcessing: true);
    }

    /// <summary>The dataset whose image has this store path, as <paramref name="role"/> sees the metadata.</summary>
    /// <exception cref="DaliNotFoundException">No dataset the role sees has it.</exception>
    public static async Task<ImageDataset> FindAsync(string path, ImageDatasets datasets, string role, CancellationToken cancellationToken) =>
        await datasets.FindByStorePathAsync(path, role, cancellationToken)
            ?? throw new DaliNotFoundException($"No image has the path '{path}'.");

    /// <summary>A strong validator from the file's size and time: a re-rendered or replaced image gets a new one.</summary>
    public static EntityTagHeaderValue EntityTagOf(FileInfo file) =>
        new($"\"{file.Length:x}-{file.LastWriteTimeUtc.Ticks:x}\"");
}
