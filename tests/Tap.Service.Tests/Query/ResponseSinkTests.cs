using Dali;
using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Tap.Service.Observability;
using Tap.Service.Protocol;
using Tap.Service.Query;
using Tap.Service.Tests.Support;
using Tap.Service.VoTable.Results;
using static Tap.Service.Tests.Support.VoTableDocument;

namespace Tap.Service.Tests.Query;

/// <summary>A result streamed as an HTTP response, with the fault handler in front as in the service.</summary>
public sealed class ResponseSinkTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(app =>
        app.MapGet("/rows", async (HttpContext context, DaliRequest request) =>
        {
            var parameters = request.Parameters;
            var format = ResultFormats.FromParameters(parameters);
            using var table = SampleResults.Counting(5);
            var failAfter = parameters.GetNonNegativeInt32("FAIL_AFTER");
            var reader = failAfter is { } rows
                ? new FailingReader(table.CreateDataReader(), rows, new PostgresException("division by zero", "ERROR", "ERROR", "22012"))
                : (System.Data.Common.DbDataReader)table.CreateDataReader();
            var metadata = new ResultMetadata(SampleResults.CountingColumns, parameters.GetNonNegativeInt32("MAXREC") ?? 100);
            // As the query executor drives its sink.
            var sink = new ResponseSink(context, context.RequestServices.GetRequiredService<ServiceMetrics>(), NullLogger.Instance);
            var outcome = await ResultWriter.WriteAsync(format, reader, metadata, sink.Open(format), context.RequestAborted);
            await sink.EndAsync(outcome);
        }));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Rows_are_streamed_with_the_format_content_type()
    {
        using var response = await GetAsync("/rows?RESPONSEFORMAT=votable&MAXREC=3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-votable+xml", response.Content.Headers.ContentType?.MediaType);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(3, TableDataRows(document).Count);
        Assert.Equal(["OK", "OVERFLOW"], QueryStatuses(document));
    }

    [Fact]
    public async Task A_database_error_on_the_first_row_is_an_HTTP_fault_not_a_200()
    {
        using var response = await GetAsync("/rows?FAIL_AFTER=0");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["ERROR"], QueryStatuses(document));
        Assert.Empty(document.Descendants(Ns + "TABLE"));
    }

    [Theory]
    [InlineData("/rows?responseformat=csv", "text/csv")]
    [InlineData("/rows?FORMAT=tsv", "text/tab-separated-values")]
    [InlineData("/rows?RESPONSEFORMAT=votable/b2&FORMAT=csv", "application/x-votable+xml")]
    public async Task RESPONSEFORMAT_or_else_FORMAT_selects_the_format(string path, string mediaType)
    {
        using var response = await GetAsync(path);

        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/rows?RESPONSEFORMAT=fits", "RESPONSEFORMAT: 'fits' is not one of")]
    [InlineData("/rows?format=fits", "FORMAT: 'fits' is not one of")]
    public async Task An_unknown_format_is_refused_before_any_row(string path, string message)
    {
        using var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(message, XDocument.Parse(await response.Content.ReadAsStringAsync()).Descendants(Ns + "INFO").Single().Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_later_error_ends_the_VOTable_with_status_ERROR()
    {
        using var response = await GetAsync("/rows?FAIL_AFTER=2&RESPONSEFORMAT=application/x-votable%2Bxml;serialization=binary2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["OK", "ERROR"], QueryStatuses(XDocument.Parse(await response.Content.ReadAsStringAsync())));
    }

    [Fact]
    public async Task A_later_error_in_CSV_breaks_the_transfer_so_it_cannot_pass_for_complete()
    {
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            using var response = await GetAsync("/rows?FAIL_AFTER=2&RESPONSEFORMAT=csv");
            await response.Content.ReadAsStringAsync();
        });
    }

    private Task<HttpResponseMessage> GetAsync(string path) => _host.Client.GetAsync(new Uri(path, UriKind.Relative));
}
