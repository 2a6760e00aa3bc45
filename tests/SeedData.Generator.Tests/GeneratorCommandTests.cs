using ObsCore.Model.Csv;
using SeedData.Generator.Tool;

namespace SeedData.Generator.Tests;

public class GeneratorCommandTests
{
    [Theory]
    [InlineData(new string[0], "--visits N is required")]
    [InlineData(new[] { "--visits", "3" }, "--out DIR is required")]
    [InlineData(new[] { "--visits", "0", "--out", "x" }, "--visits needs a positive integer")]
    [InlineData(new[] { "--visits" }, "--visits needs a value")]
    [InlineData(new[] { "--visits", "3", "--seed", "x", "--out", "x" }, "--seed needs an integer")]
    [InlineData(new[] { "--visits", "3", "--now", "yesterday", "--out", "x" }, "--now needs an ISO-8601 time")]
    [InlineData(new[] { "--visit", "3" }, "unknown option '--visit'")]
    public void Usage_errors_exit_with_2_and_say_what_is_wrong(string[] args, string message)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(2, GeneratorCommand.Run(args, output, error));
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("usage: SeedData.Generator --visits N", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_one_file_per_table_of_the_data_set()
    {
        var directory = Directory.CreateTempSubdirectory("generator-").FullName;
        try
        {
            var exitCode = GeneratorCommand.Run(["--visits", "1", "--seed", "5", "--now", "2026-11-02T10:00:00Z", "--out", directory], TextWriter.Null, TextWriter.Null);

            Assert.Equal(0, exitCode);
            Assert.Equal(
                CsvTables.DataSetTables.Select(CsvTables.FileName).Order(),
                Directory.GetFiles(directory).Select(Path.GetFileName).Order());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
