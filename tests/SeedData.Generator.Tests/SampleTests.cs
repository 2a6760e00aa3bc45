using ObsCore.Model.Csv;
using SeedData.Generator.Products;
using SeedData.Generator.Survey;
using SeedData.Generator.Tables;

namespace SeedData.Generator.Tests;

/// <summary>
/// The committed sample must be what the generator makes today, so it cannot rot. After an intended
/// change to the generator, rewrite it with UPDATE_SAMPLE=1 dotnet test and review the diff.
/// </summary>
public class SampleTests
{
    [Fact]
    public void Committed_sample_equals_a_fresh_generation()
    {
        var directory = Path.Combine(RepositoryRoot(), Sample.RelativeDirectory);
        if (Environment.GetEnvironmentVariable("UPDATE_SAMPLE") == "1")
        {
            Sample.Write(directory);
        }

        var data = SeedDataSet.Generate(SurveyParameters.Sample);
        foreach (var table in GeneratedTable.All)
        {
            using var expected = new StringWriter();
            CsvTables.Write(table.Table, table.Rows(data), expected);
            using var committed = CsvTables.OpenText(Path.Combine(directory, table.FileName));
            var expectedLines = expected.ToString().Split('\n');
            var committedLines = committed.ReadToEnd().Split('\n');

            var firstDifference = expectedLines.Zip(committedLines).TakeWhile(p => p.First == p.Second).Count();
            Assert.True(
                expectedLines.Length == committedLines.Length && firstDifference == expectedLines.Length,
                $"{table.FileName} differs from the generator at line {firstDifference + 1}; " +
                "if the change is intended, run UPDATE_SAMPLE=1 dotnet test and commit the new sample");
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Metadata.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Metadata.sln not found above the test binaries");
    }
}
