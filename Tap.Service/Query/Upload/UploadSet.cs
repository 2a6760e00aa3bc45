using System.Text;
using Adql.Semantics;
using Npgsql;
using Tap.Service.Database;
using Tap.Service.Protocol;

namespace Tap.Service.Query.Upload;

/// <summary>
/// The TAP_UPLOAD tables of one request: read up to their rows before compiling, so the compiler
/// sees TAP_UPLOAD.name for this request only; then loaded into temporary tables that exist only
/// in the query's transaction (ON COMMIT DROP, and a rollback removes them too).
/// </summary>
internal sealed class UploadSet : IAsyncDisposable
{
    public const string SchemaName = "TAP_UPLOAD";

    private static readonly UploadSet None = new([], 0);

    private readonly IReadOnlyList<UploadTable> _tables;
    private readonly int _maxRows;

    private UploadSet(IReadOnlyList<UploadTable> tables, int maxRows)
    {
        _tables = tables;
        _maxRows = maxRows;
    }

    public static async Task<UploadSet> OpenAsync(
        IReadOnlyList<UploadReference> references,
        IFormFileCollection files,
        UploadDownloader downloader,
        QueryLimitsOptions limits,
        CancellationToken cancellationToken)
    {
        if (references.Count == 0)
        {
            return None;
        }

        var tables = new List<UploadTable>();
        try
        {
            foreach (var reference in references)
            {
                tables.Add(await UploadTable.OpenAsync(reference, files, downloader, limits.UploadMaxBytes, cancellationToken));
            }
        }
        catch
        {
            tables.ForEach(table => table.Dispose());
            throw;
        }

        return new UploadSet(tables, limits.UploadMaxRows);
    }

    /// <summary>Whether the request uploads tables: they are created on the primary, as a hot standby creates no table.</summary>
    public bool HasTables => _tables.Count > 0;

    /// <summary>The published catalogue plus a TAP_UPLOAD schema holding this request's tables.</summary>
    public ICatalogue Overlay(ICatalogue published)
    {
        if (_tables.Count == 0)
        {
            return published;
        }

        var uploads = new CatalogueSchema(SchemaName, _tables.Select(table => table.ToCatalogueTable()).ToList());
        return new Adql.Semantics.Catalogue([.. published.Schemas, uploads]);
    }

    /// <summary>
    /// Creates and fills the temporary tables as the service role, in the query's transaction
    /// before it is restricted, and lets the query role read them.
    /// </summary>
    public async Task LoadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        long rows = 0;
        foreach (var table in _tables)
        {
            var name = table.SqlName;
            var columns = string.Join(", ", table.Columns.Select(c => $"{Quote(c.Field.Name)} {c.SqlType}"));
            await ExecuteAsync(connection, $"CREATE TEMP TABLE {name} ({columns}) ON COMMIT DROP", cancellationToken);

            var columnList = string.Join(", ", table.Columns.Select(c => Quote(c.Field.Name)));
            await using (var copy = await connection.BeginTextImportAsync($"COPY {name} ({columnList}) FROM STDIN", cancellationToken))
            {
                var line = new StringBuilder();
                long tableRows = 0;
                await foreach (var row in table.ReadRowsAsync().WithCancellation(cancellationToken))
                {
                    if (++rows > _maxRows)
                    {
                        throw new DaliUsageException($"The uploaded tables hold more than {_maxRows} rows, the limit of this service.");
                    }

                    line.Clear();
                    table.AppendCopyLine(line, row, ++tableRows);
                    await copy.WriteAsync(line, cancellationToken);
                }
            }

            await ExecuteAsync(connection, $"GRANT SELECT ON {name} TO {string.Join(", ", DatabaseRoles.QueryRoles)}; ANALYZE {name}", cancellationToken);
        }
    }

    public ValueTask DisposeAsync()
    {
        foreach (var table in _tables)
        {
            table.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    internal static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
