using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Integration.Tests.Tap;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Sia.Service;
using Soda.Service.Parameters;

namespace Integration.Tests.ApiReference;

/// <summary>
/// The API reference as the service serves it on the sample: the generated OpenAPI document
/// describes every operation and every protocol parameter, passes Redocly's linter, and each of its
/// examples runs with a 200; Scalar's page loads its script from the service itself.
/// </summary>
[Collection(TapTests.Name)]
public sealed partial class ApiReferenceTests(TapFixture tap) : IDisposable
{
    private const string DocumentPath = "/openapi/v1.json";

    private readonly string _images = Directory.CreateTempSubdirectory("api-reference-images-").FullName;

    private string Previews => _images + "-previews";

    public void Dispose()
    {
        Directory.Delete(_images, recursive: true);
        if (Directory.Exists(Previews))
        {
            Directory.Delete(Previews, recursive: true);
        }
    }

    /// <summary>
    /// The service with a synthetic image store (files, previews and cutouts are rendered on demand),
    /// whose public URL is the test server's, so that a job's redirect leads back to it.
    /// </summary>
    private WebApplicationFactory<Program> Host() => tap.Host(
        ("Images:Root", _images),
        ("Images:PreviewFolder", Previews),
        ("Images:Renderer", SourceTree.PathOf("seed-data", "Generator", "bin", "Release", "net10.0", "SeedData.Generator")),
        ("Service:PublicBaseUrl", "http://localhost"));

    private static async Task<JsonNode> DocumentAsync(HttpClient client)
    {
        using var response = await client.GetAsync(DocumentPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task The_document_is_OpenAPI_3_1_and_every_operation_has_a_summary_a_group_and_responses()
    {
        using var client = Host().CreateClient();

        var document = await DocumentAsync(client);
        var operations = ApiDocumentOperation.All(document);

        Assert.StartsWith("3.1", (string?)document["openapi"], StringComparison.Ordinal);
        var tags = document["tags"]!.AsArray().Select(tag => (string)tag!["name"]!).ToHashSet();
        Assert.All(operations, operation =>
        {
            Assert.False(string.IsNullOrEmpty(operation.Summary), $"{operation.Method} {operation.Path} has no summary");
            Assert.Contains((string)operation.Json["tags"]![0]!, tags);
            Assert.NotEmpty(operation.Json["responses"]!.AsObject());
        });
        Assert.Equal(operations.Count, operations.Select(operation => (string?)operation.Json["operationId"]).Distinct().Count());
        Assert.Contains(operations, operation => operation.Method == "DELETE" && operation.Path == "/soda/async/{jobId}");
    }

    [Fact]
    public async Task Every_SIAv2_parameter_the_service_understands_is_described_with_an_example_of_its_own()
    {
        var host = Host();
        using var client = host.CreateClient();
        var known = host.Services.GetRequiredService<SiaQueryBuilder>().Parameters.Select(parameter => parameter.Name).ToList();

        var operations = ApiDocumentOperation.All(await DocumentAsync(client));
        var query = operations.Single(operation => operation is { Method: "GET", Path: "/sia/query" });
        var form = operations.Single(operation => operation is { Method: "POST", Path: "/sia/query" });

        Assert.Superset(known.Append("MAXREC").Append("RESPONSEFORMAT").ToHashSet(), query.FieldNames.ToHashSet());
        Assert.Equal(query.FieldNames.Order(), form.FieldNames.Order());
        var exampleNames = query.Examples().Select(example => example.Name).ToHashSet();
        Assert.All(known, name => Assert.Contains(name.ToLowerInvariant(), exampleNames));
        Assert.Contains(query.Parameters, p => (string?)p["name"] == "DPTYPE" && p["schema"]!["items"]!["enum"]!.AsArray().Count == 2);
    }

    [Fact]
    public async Task The_TAP_UWS_DataLink_and_SODA_parameters_and_media_types_are_described()
    {
        using var client = Host().CreateClient();

        var operations = ApiDocumentOperation.All(await DocumentAsync(client));
        ApiDocumentOperation Operation(string method, string path) => operations.Single(operation => operation.Method == method && operation.Path == path);

        Assert.Superset(
            new HashSet<string> { "REQUEST", "LANG", "QUERY", "FORMAT", "RESPONSEFORMAT", "MAXREC", "UPLOAD" }, Operation("GET", "/tap/sync").FieldNames.ToHashSet());
        Assert.Superset(new HashSet<string> { "PHASE", "AFTER", "LAST" }, Operation("GET", "/tap/async").FieldNames.ToHashSet());
        Assert.Superset(
            new HashSet<string> { "LANG", "QUERY", "UPLOAD", "PHASE", "RUNID", "EXECUTIONDURATION", "DESTRUCTION" }, Operation("POST", "/tap/async").FieldNames.ToHashSet());
        Assert.Superset(SodaParameters.All.Select(p => p.Name).Concat(["PHASE", "RUNID"]).ToHashSet(), Operation("POST", "/soda/async").FieldNames.ToHashSet());
        Assert.Equal(["ACTION"], Operation("POST", "/tap/async/{jobId}").FieldNames);
        Assert.Equal(["PHASE"], Operation("POST", "/soda/async/{jobId}/phase").FieldNames);
        Assert.Superset(new HashSet<string> { "ID", "RESPONSEFORMAT" }, Operation("GET", "/datalink/links").FieldNames.ToHashSet());
        Assert.Superset(SodaParameters.All.Select(p => p.Name).ToHashSet(), Operation("GET", "/soda/sync").FieldNames.ToHashSet());

        Assert.Superset(
            new HashSet<string> { "application/x-votable+xml", "text/csv", "text/tab-separated-values" }, Operation("GET", "/tap/sync").MediaTypes("200").ToHashSet());
        Assert.Equal(["application/x-votable+xml"], Operation("GET", "/tap/sync").MediaTypes("400"));
        Assert.Equal(["application/fits"], Operation("GET", "/soda/sync").MediaTypes("200"));
        Assert.Equal(["text/plain"], Operation("GET", "/soda/sync").MediaTypes("400"));
        Assert.Equal(["image/png"], Operation("GET", "/previews/{path}").MediaTypes("200"));
        Assert.Equal(["text/xml"], Operation("GET", "/sia/capabilities").MediaTypes("200"));
        Assert.Equal(["text/xml"], Operation("GET", "/soda/async/{jobId}").MediaTypes("200"));
        Assert.Equal(["text/plain"], Operation("GET", "/tap/async/{jobId}/phase").MediaTypes("200"));
    }

    [Fact]
    public async Task Every_example_in_the_document_runs_against_the_sample_with_200()
    {
        using var client = Host().CreateClient(); // follows a new job's 303 to the job document
        var operations = ApiDocumentOperation.All(await DocumentAsync(client));
        var examples = operations.SelectMany(operation => operation.Examples()).ToList();

        var failures = new List<string>();
        foreach (var example in examples)
        {
            using var request = example.ToHttp();
            using var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{example}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        Assert.Empty(failures);
        Assert.InRange(examples.Count, 100, 1000);
        var exemplified = examples.Select(example => (example.Method, example.Path.Split('?')[0])).ToHashSet();
        Assert.All(
            ["/tap/sync", "/tap/async", "/sia/query", "/datalink/links", "/soda/sync", "/soda/async", "/tap/tables/ivoa.obscore"],
            path => Assert.Contains(("GET", path), exemplified));
        Assert.Contains(exemplified, operation => operation.Item1 == "GET" && operation.Item2.StartsWith("/files/", StringComparison.Ordinal));
        Assert.Contains(exemplified, operation => operation.Item1 == "GET" && operation.Item2.StartsWith("/previews/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_operation_without_parameters_answers_200()
    {
        using var client = Host().CreateClient();
        var plain = ApiDocumentOperation.All(await DocumentAsync(client))
            .Where(operation => operation.Method == "GET" && !operation.Parameters.Any() && operation.FormSchema is null)
            .ToList();

        foreach (var operation in plain)
        {
            using var response = await client.GetAsync(operation.Path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {operation.Path}: {(int)response.StatusCode}");
        }

        Assert.Contains(plain, operation => operation.Path == "/tap/capabilities");
    }

    [Fact]
    public async Task The_document_passes_Redocly_lint_with_no_errors()
    {
        using var client = Host().CreateClient();
        var file = Path.Combine(_images, "openapi.json");
        await File.WriteAllTextAsync(file, (await DocumentAsync(client)).ToJsonString());
        var tools = SourceTree.PathOf("tools", "openapi");

        var (exitCode, output) = await ExternalTool.RunAsync(
            Path.Combine(tools, "node_modules", ".bin", "redocly"),
            "npm ci in tools/openapi (./test.sh does)",
            new Dictionary<string, string> { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true" },
            "lint", file, "--config", Path.Combine(tools, "redocly.yaml"), "--format", "summary");

        Assert.True(exitCode == 0, output);
        Assert.DoesNotMatch(ErrorLine(), output);
    }

    [Fact]
    public async Task The_browsable_reference_at_api_loads_its_script_from_the_service_and_nothing_from_elsewhere()
    {
        using var client = Host().CreateClient();

        var page = await client.GetStringAsync("/api/");
        var sources = SourceAttribute().Matches(page).Select(match => match.Groups["url"].Value).ToList();

        Assert.Contains("scalar.js", sources);
        Assert.DoesNotMatch(ExternalUrl(), page);
        Assert.Contains("openapi/v1.json", page, StringComparison.Ordinal);
        foreach (var source in sources)
        {
            using var response = await client.GetAsync("/api/" + source);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"/api/{source}: {(int)response.StatusCode}");
        }
    }

    [GeneratedRegex(@"^error ", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();

    [GeneratedRegex("(?:src|href)=\"(?<url>[^\"]+)\"")]
    private static partial Regex SourceAttribute();

    [GeneratedRegex(@"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();
}
