using System.Text;
using Adql.Semantics;
using Tap.Service.Protocol;
using Tap.Service.VoTable.Reading;

namespace Tap.Service.Query.Upload;

/// <summary>One uploaded VOTable, read up to its rows, with the temporary table it becomes.</summary>
internal sealed class UploadTable : IDisposable
{
    private readonly UploadReference _reference;
    private readonly Stream _stream;
    private readonly VoTableReader _reader;
    private readonly string _source;

    private UploadTable(UploadReference reference, Stream stream, VoTableReader reader, IReadOnlyList<UploadColumn> columns, string source)
    {
        _reference = reference;
        _stream = stream;
        _reader = reader;
        Columns = columns;
        _source = source;
    }

    public IReadOnlyList<UploadColumn> Columns { get; }

    /// <summary>The table in the session's temporary schema; the prefix keeps it apart from anything else there.</summary>
    public string SqlName => "pg_temp." + UploadSet.Quote(TemporaryName);

    private string TemporaryName => "tap_upload_" + _reference.TableName.ToLowerInvariant();

    public static async Task<UploadTable> OpenAsync(
        UploadReference reference, IFormFileCollection files, UploadDownloader downloader, long maxBytes, CancellationToken cancellationToken)
    {
        var source = $"Uploaded table {reference.TableName}";
        var stream = reference.Url is { } url
            ? await downloader.DownloadAsync(url, source, cancellationToken)
            : OpenPart(reference, files, maxBytes, source);
        VoTableReader? reader = null;
        try
        {
            reader = await VoTableReader.OpenAsync(stream, source);
            var columns = reader.Fields.Select(field => UploadColumn.For(field, source)).ToList();
            var repeated = columns.GroupBy(c => c.Field.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            if (repeated is not null)
            {
                throw new DaliUsageException($"{source} has more than one FIELD named '{repeated.Key}'.");
            }

            return new UploadTable(reference, stream, reader, columns, source);
        }
        catch
        {
            reader?.Dispose();
            await stream.DisposeAsync();
            throw;
        }
    }

    private static Stream OpenPart(UploadReference reference, IFormFileCollection files, long maxBytes, string source)
    {
        var part = files.GetFile(reference.PartName!)
            ?? throw new DaliUsageException($"UPLOAD {reference.TableName} refers to the multipart part '{reference.PartName}', which the request does not contain.");
        return part.Length > maxBytes
            ? throw new DaliUsageException($"{source} has {part.Length} bytes; this service accepts uploads of at most {maxBytes} bytes.")
            : part.OpenReadStream();
    }

    public CatalogueTable ToCatalogueTable() =>
        new(UploadSet.SchemaName, _reference.TableName, Columns.Select(c => c.ToCatalogueColumn()).ToList(), "Table uploaded with this request")
        {
            StoredAs = ["pg_temp", TemporaryName],
        };

    public IAsyncEnumerable<string?[]> ReadRowsAsync() => _reader.ReadRowsAsync();

    /// <summary>One row as a line of COPY text: tab-separated cells, newline-terminated.</summary>
    public void AppendCopyLine(StringBuilder line, string?[] row, long rowNumber)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (i > 0)
            {
                line.Append('\t');
            }

            Columns[i].AppendCopyText(line, row[i], rowNumber, _source);
        }

        line.Append('\n');
    }

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }
}
