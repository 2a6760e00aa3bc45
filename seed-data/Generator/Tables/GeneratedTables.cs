using System.IO.Compression;
using ObsCore.Model;
using ObsCore.Model.Csv;
using SeedData.Generator.Products;

namespace SeedData.Generator.Tables;

/// <summary>A table the generator fills and how to enumerate its rows (lazily: a large data set is never held as rows).</summary>
public sealed record GeneratedTable(TableDefinition Table, Func<SeedDataSet, IEnumerable<object?[]>> Rows)
{
    private static readonly Dictionary<TableDefinition, Func<SeedDataSet, IEnumerable<object?[]>>> RowsOf = new()
    {
        [ObsCoreTable.Definition] = ObsCoreRows.Of,
        [Caom2Tables.Observation] = Caom2Rows.Observations,
        [Caom2Tables.Plane] = Caom2Rows.Planes,
        [Caom2Tables.Artifact] = Caom2Rows.Artifacts,
        [Caom2Tables.ProvenanceInput] = Caom2Rows.ProvenanceInputs,
    };

    /// <summary>Every table of a data set, in the order the loader reads them (<see cref="CsvTables.DataSetTables"/>).</summary>
    public static readonly IReadOnlyList<GeneratedTable> All = [.. CsvTables.DataSetTables.Select(table => new GeneratedTable(table, RowsOf[table]))];

    /// <summary>File name of the table in a data-set folder.</summary>
    public string FileName => CsvTables.FileName(Table);

    /// <summary>Writes the data set as the folder of CSV files the loader reads, one table after the other.</summary>
    public static void WriteFolder(SeedDataSet data, string directory, CompressionLevel compression)
    {
        Directory.CreateDirectory(directory);
        foreach (var table in All)
        {
            CsvTables.WriteGzip(table.Table, table.Rows(data), Path.Combine(directory, table.FileName), compression);
        }
    }
}
