using System.IO.Compression;
using SeedData.Generator.Products;
using SeedData.Generator.Survey;

namespace SeedData.Generator.Tables;

/// <summary>The committed sample: <see cref="SurveyParameters.Sample"/> written as one gzip CSV file per table.</summary>
public static class Sample
{
    /// <summary>Folder of the sample files, relative to the repository root.</summary>
    public const string RelativeDirectory = "seed-data/sample";

    /// <summary>Compressed as much as gzip can: the files live in git and are rewritten rarely.</summary>
    public static void Write(string directory) =>
        GeneratedTable.WriteFolder(SeedDataSet.Generate(SurveyParameters.Sample), directory, CompressionLevel.SmallestSize);
}
