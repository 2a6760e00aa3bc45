using Adql;
using Adql.Semantics;
using Npgsql;
using Tap.Service.Catalogue;

namespace Integration.Tests.SelfDescription;

/// <summary>/tap/examples: DALI examples whose queries compile against the catalogue read from TAP_SCHEMA.</summary>
[Collection(SampleServiceTests.Name)]
public sealed class ExamplesTests(SampleService service)
{
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
        return await TapExamples.ReadAsync(client);
    }
}
