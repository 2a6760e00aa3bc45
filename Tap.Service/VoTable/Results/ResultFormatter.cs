namespace Tap.Service.VoTable.Results;

/// <summary>
/// One output format's writing of one result: what comes before the rows, each row, and what
/// comes after. <see cref="ResultWriter"/> drives it; an instance serves one result only.
/// </summary>
internal abstract class ResultFormatter : IDisposable
{
    protected ResultFormatter(ResultMetadata metadata)
    {
        foreach (var column in metadata.Columns)
        {
            column.Validate();
        }

        Metadata = metadata;
    }

    protected ResultMetadata Metadata { get; }

    public abstract void WriteHeader(ByteBuffer buffer);

    /// <summary>Writes the current row; if it throws, the writer drops whatever it wrote of the row.</summary>
    public abstract void WriteRow(ByteBuffer buffer, CellReader cells);

    /// <param name="errorMessage">The message when <paramref name="status"/> is ERROR.</param>
    public abstract void WriteFooter(ByteBuffer buffer, QueryStatus status, string? errorMessage);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
