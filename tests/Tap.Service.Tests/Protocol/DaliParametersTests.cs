using Dali;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Tap.Service.Protocol;
using Tap.Service.Tests.Support;

namespace Tap.Service.Tests.Protocol;

public sealed class DaliParametersTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(app =>
    {
        // Echoes what an endpoint sees: the values of QUERY and LANG, MAXREC as a number, and file part names.
        static object Echo(DaliRequest request) => new
        {
            query = request.Parameters.GetValues("query"),
            lang = request.Parameters.GetSingle("LANG"),
            maxrec = request.Parameters.GetNonNegativeInt32("MaxRec"),
            files = request.Files.Select(file => file.Name),
        };
        app.MapGet("/echo", Echo);
        app.MapPost("/echo", Echo);
        // Two parameters of the same type in one endpoint: the request is read once and shared.
        app.MapGet("/twice", (DaliRequest first, DaliRequest second) => ReferenceEquals(first, second));
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Names_are_case_insensitive_and_repeats_keep_their_order_in_GET()
    {
        var echo = await GetEchoAsync("/echo?QUERY=first&Lang=ADQL&query=second&maxREC=10");

        Assert.Equal("""{"query":["first","second"],"lang":"ADQL","maxrec":10,"files":[]}""", echo);
    }

    [Fact]
    public async Task A_form_POST_reads_the_same_as_GET()
    {
        using var form = new FormUrlEncodedContent([new("QUERY", "first"), new("lang", "ADQL"), new("Query", "second"), new("MAXREC", "10")]);

        using var response = await _host.Client.PostAsync(new Uri("/echo", UriKind.Relative), form);

        Assert.Equal("""{"query":["first","second"],"lang":"ADQL","maxrec":10,"files":[]}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_multipart_POST_keeps_fields_and_file_parts()
    {
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent("SELECT * FROM TAP_UPLOAD.targets"), "Query" },
            { new StringContent("ADQL"), "LANG" },
            { new StringContent("<VOTABLE/>"), "targets", "targets.xml" },
        };

        using var response = await _host.Client.PostAsync(new Uri("/echo?query=from-url", UriKind.Relative), multipart);

        Assert.Equal(
            """{"query":["from-url","SELECT * FROM TAP_UPLOAD.targets"],"lang":"ADQL","maxrec":null,"files":["targets"]}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_parameters_are_read_once_per_request()
    {
        Assert.Equal("true", await GetEchoAsync("/twice?a=1"));
    }

    [Theory]
    [InlineData("/echo?LANG=ADQL&lang=ADQL-2.1", "LANG: given more than once with different values")]
    [InlineData("/echo?MAXREC=-1", "MaxRec: '-1' is not a non-negative integer")]
    [InlineData("/echo?MAXREC=ten", "MaxRec: 'ten' is not a non-negative integer")]
    public async Task Bad_values_are_usage_errors(string path, string message)
    {
        using var response = await _host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync()).Descendants().Last().Value);
    }

    [Fact]
    public async Task Repeating_a_single_valued_parameter_with_the_same_value_is_accepted()
    {
        var echo = await GetEchoAsync("/echo?LANG=ADQL&lang=ADQL");

        Assert.Equal("ADQL", JsonDocument.Parse(echo).RootElement.GetProperty("lang").GetString());
    }

    private async Task<string> GetEchoAsync(string path)
    {
        using var response = await _host.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
