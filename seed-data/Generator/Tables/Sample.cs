using SeedData.Generator.Products;
using SeedData.Generator.Survey;

namespace SeedData.Generator.Tables;

/// <summary>The committed sample: <see cref="SurveyParameters.Sample"/> written as one gzip CSV file per table.</summary>
public static class Sample
{
    /// <summary>Folder of the sample files, relative to the repository root.</summary>
    public const string RelativeDirectory = "seed-data/sample";

    public static void Write(string directory)
    {
        var data = SeedDataSet.Generate(SurveyParameters.Sample);
        Directory.CreateDirectory(directory);
        foreach (var table in GeneratedTable.All)
        {
            CsvTables.WriteGzip(table.Table, table.Rows(data), Path.Combine(directory, table.SampleFileName));
        }
    }
}
