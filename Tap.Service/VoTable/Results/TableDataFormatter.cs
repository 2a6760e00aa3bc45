using VoTable;

namespace Tap.Service.VoTable.Results;

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
                WriteNull(buffer, Metadata.Columns[i]);
                continue;
            }

            buffer.Write("<TD>"u8);
            VoTableCellStyle.Instance.WriteCell(buffer, cells, i, Metadata.Columns[i]);
            buffer.Write("</TD>"u8);
        }

        buffer.Write("</TR>\n"u8);
    }

    /// <summary>
    /// An empty cell, except for fixed-size floating-point arrays (a DALI point or circle): an empty
    /// cell cannot have their size, so a null one is written as NaNs, which VOTable reads as null.
    /// </summary>
    private static void WriteNull(ByteBuffer buffer, ResultColumn column)
    {
        if (column.FixedCount is not { } count || column.Datatype is not (VoTableDatatype.Double or VoTableDatatype.Float))
        {
            buffer.Write("<TD/>"u8);
            return;
        }

        buffer.Write("<TD>NaN"u8);
        for (var i = 1; i < count; i++)
        {
            buffer.Write(" NaN"u8);
        }

        buffer.Write("</TD>"u8);
    }

    protected override void WriteDataStart(ByteBuffer buffer) => buffer.Write("<TABLEDATA>\n"u8);

    protected override void WriteDataEnd(ByteBuffer buffer) => buffer.Write("</TABLEDATA>\n"u8);
}
