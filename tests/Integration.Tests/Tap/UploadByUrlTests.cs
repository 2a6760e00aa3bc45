using System.Net;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Integration.Tests.Tap;

/// <summary>
/// UPLOAD by URL, fetched from a small web server on loopback: for sync queries and for
/// asynchronous jobs, which cannot keep multipart parts.
/// </summary>
[Collection(TapTests.Name)]
public sealed class UploadByUrlTests(TapFixture tap) : IDisposable
{
    private static readonly XNamespace Uws = "http://www.ivoa.net/xml/UWS/v1.0";

    private readonly StaticFileServer _server = new(TargetLists.TableData([(1, 10, 20), (2, 11, 21), (3, 12, 22)]));

    [Fact]
    public async Task A_sync_query_joins_a_table_fetched_by_URL()
    {
        var result = await TapResponse.GetAsync(tap.Client, ("LANG", "ADQL"), ("QUERY", "SELECT SUM(id) AS total FROM TAP_UPLOAD.t"), ("UPLOAD", $"t,{_server.Url}"));

        Assert.True(result.Status == HttpStatusCode.OK, result.Body);
        Assert.Equal([["6"]], result.Rows);
    }

    [Fact]
    public async Task An_async_job_uploads_by_URL()
    {
        using var client = tap.Host().CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var create = new FormUrlEncodedContent(
            [new("LANG", "ADQL"), new("QUERY", "SELECT COUNT(*) AS n FROM TAP_UPLOAD.t"), new("UPLOAD", $"t,{_server.Url}"), new("PHASE", "RUN")]);
        using var created = await client.PostAsync(new Uri("/tap/async", UriKind.Relative), create);
        var job = "/tap/async/" + created.Headers.Location!.Segments[^1];

        string phase;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            phase = XDocument.Parse(await client.GetStringAsync(new Uri(job + "?WAIT=2", UriKind.Relative))).Root!.Element(Uws + "phase")!.Value;
        }
        while (phase is "PENDING" or "QUEUED" or "EXECUTING" && DateTime.UtcNow < deadline);

        Assert.Equal("COMPLETED", phase);
        var rows = new TapResponse(HttpStatusCode.OK, null, await client.GetStringAsync(new Uri(job + "/results/result", UriKind.Relative)), null).Rows;
        Assert.Equal([["3"]], rows);
    }

    [Fact]
    public async Task A_table_at_a_URL_over_the_size_limit_is_a_usage_error()
    {
        using var client = tap.Host(("Query:UploadMaxBytes", "100")).CreateClient();

        var result = await TapResponse.GetAsync(client, ("LANG", "ADQL"), ("QUERY", "SELECT * FROM TAP_UPLOAD.t"), ("UPLOAD", $"t,{_server.Url}"));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("larger than 100 bytes", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_URL_that_answers_an_error_is_a_usage_error()
    {
        var result = await TapResponse.GetAsync(tap.Client, ("LANG", "ADQL"), ("QUERY", "SELECT * FROM TAP_UPLOAD.t"), ("UPLOAD", $"t,{_server.Url}missing"));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("answered HTTP 404", result.ErrorMessage, StringComparison.Ordinal);
    }

    public void Dispose() => _server.Dispose();

    /// <summary>Serves one document at /targets.xml on a free loopback port; anything else is 404.</summary>
    private sealed class StaticFileServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly byte[] _document;

        public StaticFileServer(string document)
        {
            _document = Encoding.UTF8.GetBytes(document);
            var port = FreePort.Next();
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            _listener.Start();
            Url = new Uri($"http://127.0.0.1:{port}/targets.xml");
            _ = ServeAsync();
        }

        public Uri Url { get; }

        public void Dispose() => _listener.Close();

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception stopped) when (stopped is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                var found = context.Request.Url!.AbsolutePath == Url.AbsolutePath;
                context.Response.StatusCode = found ? 200 : 404;
                if (found)
                {
                    context.Response.ContentType = "application/x-votable+xml";
                    await context.Response.OutputStream.WriteAsync(_document);
                }

                context.Response.Close();
            }
        }
    }
}
