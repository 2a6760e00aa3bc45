using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Tap.Service.Compression;

/// <summary>
/// Brotli or gzip for the text the service writes, when the client asks (pyvo, TOPCAT and browsers
/// send Accept-Encoding: gzip), at levels that cost little CPU. Results still stream row by row: each
/// flush of a result writer flushes the compressor, so the first rows leave at once. docs/performance.md
/// has the figures; docs/operations.md says why compression over HTTPS is safe here.
/// </summary>
internal static class CompressionExtensions
{
    /// <summary>The setting that turns compression off (default on), for an ingress that logs browsers in with a cookie (docs/operations.md).</summary>
    public const string EnabledSetting = "Compression:Enabled";

    /// <summary>
    /// Text only. Images (PNG) are compressed already, and FITS (images, SODA cutouts) is mostly
    /// noise-dominated floats that gzip shrinks by a few per cent for a lot of CPU on large bodies;
    /// neither is listed, so neither is compressed.
    /// </summary>
    public static readonly IReadOnlyList<string> CompressedTypes =
    [
        "application/x-votable+xml",
        "text/xml",
        "application/xml",
        "application/xhtml+xml",
        "text/csv",
        "text/tab-separated-values",
        "text/plain",
        "application/json",
        "text/html",
        "text/css",
        "text/javascript",
        "application/javascript",
    ];

    public static IServiceCollection AddResponseCompressionForText(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // BREACH needs a secret in a body next to text an attacker chooses, with the victim's
            // credentials sent by the browser; see docs/operations.md for why that does not arise here.
            options.EnableForHttps = true;
            // Brotli first: chosen when the client takes both equally (browsers); pyvo asks for gzip.
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = CompressedTypes;
        });
        // Measured on VOTable (docs/performance.md): Brotli's fastest level packs half as well as
        // gzip's, while its default level packs twice as well for about gzip's fastest CPU time.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Compresses answers unless <see cref="EnabledSetting"/> is false.</summary>
    public static WebApplication UseResponseCompressionForText(this WebApplication app)
    {
        if (app.Configuration.GetValue(EnabledSetting, defaultValue: true))
        {
            app.UseResponseCompression();
        }

        return app;
    }
}
