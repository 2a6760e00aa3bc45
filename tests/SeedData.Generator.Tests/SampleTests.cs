using ObsCore.Model.Csv;
using SeedData.Generator.Products;
using SeedData.Generator.Survey;
using SeedData.Generator.Tables;

namespace SeedData.Generator.Tests;

/// <summary>
/// The committed sample must be what the generator makes today, so it cannot rot. After an intended
/// change to the generator, rewrite it as every expected file is rewritten (see <see cref="ExpectedFile"/>).
/// </summary>
public class SampleTests
{
    [Fact]
    public async Task Committed_sample_equals_a_fresh_generation()
    {
        var directory = SourceTree.PathOf(Sample.RelativeDirectory);
        // The generator writes the whole sample at once: one rewrite, whichever table asks first.
        var rewriteSample = new Lazy<Task>(() =>
        {
            Sample.Write(directory);
            return Task.CompletedTask;
        });

        var data = SeedDataSet.Generate(SurveyParameters.Sample);
        foreach (var table in GeneratedTable.All)
        {
            using var expected = new StringWriter();
            CsvTables.Write(table.Table, table.Rows(data), expected);
            await ExpectedFile.AssertMatchesAsync(
                Path.Combine(directory, table.FileName), expected.ToString(), ReadCsvAsync, _ => rewriteSample.Value);
        }
    }

    private static async Task<string> ReadCsvAsync(string path)
    {
        using var text = CsvTables.OpenText(path);
        return await text.ReadToEndAsync();
    }
}
