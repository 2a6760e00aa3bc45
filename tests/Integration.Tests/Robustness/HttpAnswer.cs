using System.Diagnostics;
using System.Net;

namespace Integration.Tests.Robustness;

/// <summary>What came back for one request, and how long it took; <see cref="Failure"/> says why nothing (whole) came back.</summary>
internal sealed record HttpAnswer(HttpStatusCode Status, string? ContentType, string Body, TimeSpan Elapsed, string? Failure)
{
    /// <summary>Where a redirection points, e.g. a new UWS job.</summary>
    public Uri? Location { get; init; }

    /// <summary>Sends the request and reads the whole answer within <paramref name="timeout"/>; never throws for what the server does.</summary>
    public static async Task<HttpAnswer> SendAsync(HttpClient client, RawRequest request, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        using var message = request.ToMessage();
        var clock = Stopwatch.StartNew();
        HttpResponseMessage? response = null;
        try
        {
            response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            var body = await response.Content.ReadAsStringAsync(deadline.Token);
            return new HttpAnswer(response.StatusCode, ContentTypeOf(response), body, clock.Elapsed, null)
            {
                Location = response.Headers.Location,
            };
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return new HttpAnswer(0, null, string.Empty, clock.Elapsed, $"no complete answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (Exception broken) when (broken is HttpRequestException or IOException)
        {
            // Status and type stay known when the body broke off after the headers.
            return new HttpAnswer(response?.StatusCode ?? 0, response is null ? null : ContentTypeOf(response), string.Empty, clock.Elapsed, "connection broken: " + broken.Message)
            {
                BodyCutOff = response is not null,
            };
        }
        finally
        {
            response?.Dispose();
        }
    }

    /// <summary>The headers came, then the connection broke before the body's end.</summary>
    public bool BodyCutOff { get; init; }

    private static string? ContentTypeOf(HttpResponseMessage response) => response.Content.Headers.ContentType?.ToString();
}
