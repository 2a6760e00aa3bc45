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
        try
        {
            using var response = await client.SendAsync(message, deadline.Token);
            var body = await response.Content.ReadAsStringAsync(deadline.Token);
            return new HttpAnswer(response.StatusCode, response.Content.Headers.ContentType?.ToString(), body, clock.Elapsed, null)
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
            return new HttpAnswer(0, null, string.Empty, clock.Elapsed, "connection broken: " + broken.Message);
        }
    }
}
