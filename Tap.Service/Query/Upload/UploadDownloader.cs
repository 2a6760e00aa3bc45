using Microsoft.Extensions.Options;
using Tap.Service.Protocol;

namespace Tap.Service.Query.Upload;

/// <summary>
/// Fetches a VOTable given to UPLOAD by URL, within the upload size limit and
/// <see cref="QueryLimitsOptions.UploadUrlTimeout"/>; every failure is the client's to fix (a usage error).
/// </summary>
internal sealed class UploadDownloader(IHttpClientFactory clients, IOptions<QueryLimitsOptions> limits)
{
    /// <summary>The name of its HttpClient registration.</summary>
    public const string ClientName = "tap-upload";

    public async Task<MemoryStream> DownloadAsync(Uri url, string source, CancellationToken cancellationToken)
    {
        var settings = limits.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.UploadUrlTimeout);
        try
        {
            using var http = clients.CreateClient(ClientName);
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new DaliUsageException($"{source}: {url} answered HTTP {(int)response.StatusCode}.");
            }

            if (response.Content.Headers.ContentLength > settings.UploadMaxBytes)
            {
                throw TooLarge(source, settings);
            }

            var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            await using (body)
            {
                var copy = new MemoryStream();
                var chunk = new byte[16 * 1024];
                int read;
                while ((read = await body.ReadAsync(chunk, timeout.Token)) > 0)
                {
                    if (copy.Length + read > settings.UploadMaxBytes)
                    {
                        await copy.DisposeAsync();
                        throw TooLarge(source, settings);
                    }

                    copy.Write(chunk, 0, read);
                }

                copy.Position = 0;
                return copy;
            }
        }
        catch (OperationCanceledException timedOut) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DaliUsageException($"{source}: {url} did not deliver the table within {settings.UploadUrlTimeout.TotalSeconds:0} s.", timedOut);
        }
        catch (HttpRequestException unreachable)
        {
            throw new DaliUsageException($"{source}: {url} could not be read: {unreachable.Message}", unreachable);
        }
    }

    private static DaliUsageException TooLarge(string source, QueryLimitsOptions settings) =>
        new($"{source} is larger than {settings.UploadMaxBytes} bytes, the most this service accepts.");
}
