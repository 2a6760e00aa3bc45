using System.IO.Compression;
using SeedData.Generator.Products;
using SeedData.Generator.Tables;

namespace SeedData.Generator.Tool;

/// <summary>The command-line tool: generates a data set and writes it as the folder of CSV files the loader reads.</summary>
public static class GeneratorCommand
{
    /// <returns>0 when written, 1 when the folder could not be written, 2 for a usage error.</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        GeneratorOptions options;
        try
        {
            options = GeneratorOptions.Parse(args, DateTime.UtcNow);
        }
        catch (ArgumentException usage)
        {
            error.WriteLine($"SeedData.Generator: {usage.Message}\n{GeneratorOptions.Usage}");
            return 2;
        }

        var parameters = options.Parameters;
        output.WriteLine($"Generating {parameters.Visits} visits (seed {parameters.Seed}, reference time {parameters.Now:yyyy-MM-ddTHH:mm:ssZ}) into {options.OutputDirectory}");
        try
        {
            // Fastest: a large data set is written once, read once by the loader and thrown away.
            GeneratedTable.WriteFolder(SeedDataSet.Generate(parameters), options.OutputDirectory, CompressionLevel.Fastest);
            return 0;
        }
        catch (Exception unwritable) when (unwritable is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"SeedData.Generator: {unwritable.Message}");
            return 1;
        }
    }
}
