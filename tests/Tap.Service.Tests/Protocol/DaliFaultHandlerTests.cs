using Dali;
using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Npgsql;
using Tap.Service.Protocol;
using Tap.Service.Tests.Support;
using static Tap.Service.Tests.Support.VoTableDocument;

namespace Tap.Service.Tests.Protocol;

public sealed class DaliFaultHandlerTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(app =>
    {
        app.MapGet("/usage", IResult () => throw new DaliUsageException("MAXREC must be a non-negative integer"));
        app.MapGet("/missing", IResult () => throw new DaliNotFoundException("No job 42"));
        app.MapGet("/busy", IResult () => throw new DaliUnavailableException("Busy", TimeSpan.FromSeconds(7)));
        app.MapGet("/fatal", IResult () => throw new DaliFatalException("Something of ours broke", new InvalidOperationException("secret detail")));
        app.MapGet("/bug", IResult () => throw new InvalidOperationException("secret detail"));
        app.MapGet("/too-many-connections", IResult () => throw new PostgresException("sorry, too many clients already", "FATAL", "FATAL", "53300"));
        app.MapGet("/undefined-column", IResult () => throw new PostgresException("column \"secret_detail\" does not exist", "ERROR", "ERROR", "42703"));
        app.MapGet("/post-only", () => "never");
        app.MapPost("/post-only", () => "ok");
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/usage", HttpStatusCode.BadRequest, "MAXREC must be a non-negative integer")]
    [InlineData("/missing", HttpStatusCode.NotFound, "No job 42")]
    [InlineData("/busy", HttpStatusCode.ServiceUnavailable, "Busy")]
    [InlineData("/fatal", HttpStatusCode.InternalServerError, "Something of ours broke")]
    [InlineData("/bug", HttpStatusCode.InternalServerError, FaultClassifier.InternalErrorMessage)]
    [InlineData("/too-many-connections", HttpStatusCode.ServiceUnavailable, FaultClassifier.DatabaseBusyMessage)]
    [InlineData("/undefined-column", HttpStatusCode.InternalServerError, FaultClassifier.InternalErrorMessage)]
    [InlineData("/no-such-path", HttpStatusCode.NotFound, "Nothing is published at /no-such-path.")]
    public async Task Each_fault_is_its_status_and_a_DALI_error_document(string path, HttpStatusCode status, string message)
    {
        using var response = await _host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/x-votable+xml", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        var document = XDocument.Parse(body);
        var status_info = ResultsResource(document).Elements(Ns + "INFO").Single();
        Assert.Equal(("QUERY_STATUS", "ERROR", message), ((string?)status_info.Attribute("name"), (string?)status_info.Attribute("value"), status_info.Value));
        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/busy", "7")]
    [InlineData("/too-many-connections", "10")]
    public async Task Unavailable_says_when_to_retry(string path, string seconds)
    {
        using var response = await _host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(seconds, response.Headers.GetValues("Retry-After").Single());
    }

    [Fact]
    public async Task A_wrong_method_keeps_405_with_a_DALI_document()
    {
        using var response = await _host.Client.PutAsync(new Uri("/post-only", UriKind.Relative), new StringContent(""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["ERROR"], QueryStatuses(XDocument.Parse(await response.Content.ReadAsStringAsync())));
    }
}
