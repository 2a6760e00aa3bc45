using System.Net;
using System.Xml.Linq;
using Adql;
using Adql.Semantics;
using Npgsql;
using Tap.Service.Catalogue;

namespace Integration.Tests.SelfDescription;

/// <summary>/tap/examples: DALI examples whose queries compile against the catalogue read from TAP_SCHEMA.</summary>
[Collection(SampleServiceTests.Name)]
public sealed class ExamplesTests(SampleService service)
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public async Task At_least_ten_examples_each_with_a_name_and_a_query()
    {
        var examples = await GetExamplesAsync();

        Assert.True(examples.Count >= 10, $"{examples.Count} examples");
        Assert.All(examples, e => Assert.False(string.IsNullOrWhiteSpace(e.Name)));
        Assert.Equal(examples.Count, examples.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task Every_example_compiles_against_the_published_catalogue()
    {
        var examples = await GetExamplesAsync();
        var catalogue = await TapSchemaReader.ReadAsync(
            (NpgsqlDataSource)service.Services.GetService(typeof(NpgsqlDataSource))!, CancellationToken.None);
        var functions = (IReadOnlyList<UserFunction>)service.Services.GetService(typeof(IReadOnlyList<UserFunction>))!;

        Assert.All(examples, example =>
        {
            var result = AdqlCompiler.Compile(example.Query, catalogue, new CompileOptions(functions));
            Assert.True(result.Succeeded, $"{example.Id}: {string.Join("; ", result.Diagnostics)}");
        });
    }

    private async Task<IReadOnlyList<(string Id, string Name, string Query)>> GetExamplesAsync()
    {
        using var client = service.CreateClient();
        using var response = await client.GetAsync(new Uri("/tap/examples", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xhtml+xml", response.Content.Headers.ContentType!.MediaType);
        var page = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("http://www.ivoa.net/rdf/examples#", (string?)page.Root!.Element(Xhtml + "body")!.Attribute("vocab"));
        return page.Descendants()
            .Where(e => (string?)e.Attribute("typeof") == "example")
            .Select(e => (
                (string)e.Attribute("id")!,
                e.Descendants().Single(d => (string?)d.Attribute("property") == "name").Value,
                e.Descendants().Single(d => (string?)d.Attribute("property") == "query").Value))
            .ToList();
    }
}
