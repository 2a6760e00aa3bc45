using System.Globalization;
using System.IO.Compression;
using CsvHelper;
using CsvHelper.Configuration;
using ObsCore.Model;

namespace SeedData.Generator.Tables;

/// <summary>Tables as CSV: a header of column names, then one line per row in <see cref="ColumnText"/> form.</summary>
public static class CsvTables
{
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

    public static void WriteGzip(TableDefinition table, IEnumerable<object?[]> rows, string path)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
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
