using Tap.Service.VoTable;

namespace Tap.Service.Results;

/// <summary>VOTable with TABLEDATA rows: one TR per row, an empty TD for a null.</summary>
internal sealed class TableDataFormatter(ResultMetadata metadata) : VoTableFormatter(metadata)
{
    public override void WriteRow(ByteBuffer buffer, CellReader cells)
    {
        buffer.Write("<TR>"u8);
        for (var i = 0; i < Metadata.Columns.Count; i++)
        {
            if (cells.IsNull(i))
            {
                buffer.Write("<TD/>"u8);
                continue;
            }

            buffer.Write("<TD>"u8);
            VoTableCellStyle.Instance.WriteCell(buffer, cells, i, Metadata.Columns[i]);
            buffer.Write("</TD>"u8);
        }

        buffer.Write("</TR>\n"u8);
    }

    protected override void WriteDataStart(ByteBuffer buffer) => buffer.Write("<TABLEDATA>\n"u8);

    protected override void WriteDataEnd(ByteBuffer buffer) => buffer.Write("</TABLEDATA>\n"u8);
}
