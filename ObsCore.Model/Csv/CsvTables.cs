using System.Globalization;
using System.IO.Compression;
using CsvHelper;
using CsvHelper.Configuration;

namespace ObsCore.Model.Csv;

/// <summary>
/// Tables as CSV: a header of column names, then one line per row in <see cref="ColumnText"/> form.
/// A data set is a folder of such files, one per table of <see cref="DataSetTables"/>, named by
/// <see cref="FileName"/>: the committed sample, the generator's output and what the loader reads.
/// </summary>
public static class CsvTables
{
    /// <summary>Every table of a data set, parents before the tables whose foreign keys point at them.</summary>
    public static readonly IReadOnlyList<TableDefinition> DataSetTables =
    [
        ObsCoreTable.Definition,
        Caom2Tables.Observation,
        Caom2Tables.Plane,
        Caom2Tables.Artifact,
        Caom2Tables.ProvenanceInput,
    ];

    /// <summary>File name of a table in a data-set folder: schema.table.csv.gz.</summary>
    public static string FileName(TableDefinition table) => $"{table.QualifiedName}.csv.gz";

    /// <summary>RFC 4180 with LF line ends, so files are byte-identical on every platform.</summary>
    public static readonly CsvConfiguration Format = new(CultureInfo.InvariantCulture) { NewLine = "\n" };

    public static void Write(TableDefinition table, IEnumerable<object?[]> rows, TextWriter output)
    {
        using var csv = new CsvWriter(output, Format, leaveOpen: true);
        foreach (var column in table.Columns)
        {
            csv.WriteField(column.Name);
        }

        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var value in row)
            {
                csv.WriteField(ColumnText.Format(value));
            }

            csv.NextRecord();
        }
    }

    public static void WriteGzip(TableDefinition table, IEnumerable<object?[]> rows, string path, CompressionLevel compression)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, compression);
        using var text = new StreamWriter(gzip);
        Write(table, rows, text);
    }

    /// <summary>Opens a CSV file for reading, decompressing it when its name ends in .gz.</summary>
    public static TextReader OpenText(string path)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        return new StreamReader(stream);
    }
}
