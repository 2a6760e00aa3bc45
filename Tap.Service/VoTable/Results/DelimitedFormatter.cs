namespace Tap.Service.VoTable.Results;

/// <summary>
/// Delimited text: a header line of column names, then one line per row, a null as an empty field.
/// Text has no place for a status, so overflow is not marked, and an error after streaming began
/// ends the output after the last whole row; <see cref="Query.ResponseSink"/> then breaks the HTTP
/// response so that clients see a truncated transfer rather than a complete-looking file.
/// </summary>
internal sealed class DelimitedFormatter(ResultMetadata metadata, DelimitedStyle style) : ResultFormatter(metadata)
{
    public override void WriteHeader(ByteBuffer buffer)
    {
        for (var i = 0; i < Metadata.Columns.Count; i++)
        {
            if (i > 0)
            {
                buffer.Write(style.Separator);
            }

            style.WriteString(buffer, Metadata.Columns[i].Name);
        }

        buffer.Write(style.LineEnd);
    }

    public override void WriteRow(ByteBuffer buffer, CellReader cells)
    {
        for (var i = 0; i < Metadata.Columns.Count; i++)
        {
            if (i > 0)
            {
                buffer.Write(style.Separator);
            }

            if (!cells.IsNull(i))
            {
                style.WriteCell(buffer, cells, i, Metadata.Columns[i]);
            }
        }

        buffer.Write(style.LineEnd);
    }

    public override void WriteFooter(ByteBuffer buffer, QueryStatus status, string? errorMessage)
    {
    }
}
