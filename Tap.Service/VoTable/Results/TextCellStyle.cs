using VoTable;

namespace Tap.Service.VoTable.Results;

/// <summary>
/// Writes cells as text, the same way for TABLEDATA, CSV and TSV except for what each format
/// spells differently: how text is escaped, booleans, and non-finite numbers.
/// </summary>
internal abstract class TextCellStyle
{
    protected abstract ReadOnlySpan<byte> True { get; }

    protected abstract ReadOnlySpan<byte> False { get; }

    protected abstract ReadOnlySpan<byte> PositiveInfinity { get; }

    protected abstract ReadOnlySpan<byte> NegativeInfinity { get; }

    /// <summary>Writes a non-null cell of the current row.</summary>
    public void WriteCell(ByteBuffer buffer, CellReader cells, int ordinal, ResultColumn column)
    {
        switch (column.Encoding)
        {
            case ValueEncoding.Timestamp:
                buffer.WriteTimestamp(cells.GetUtcTimestamp(ordinal));
                break;
            case ValueEncoding.DaliGeometry:
                WriteNumbers(buffer, column.CheckCount(cells.GetDoubles(ordinal)));
                break;
            case ValueEncoding.StcsPolygon:
                buffer.Write("POLYGON ICRS "u8);
                WriteNumbers(buffer, cells.GetDoubles(ordinal));
                break;
            default:
                WriteScalar(buffer, cells, ordinal, column.Datatype);
                break;
        }
    }

    /// <summary>Writes text so that it survives the format's quoting rules.</summary>
    public abstract void WriteString(ByteBuffer buffer, string value);

    private void WriteScalar(ByteBuffer buffer, CellReader cells, int ordinal, VoTableDatatype datatype)
    {
        switch (datatype)
        {
            case VoTableDatatype.Boolean:
                buffer.Write(cells.GetBoolean(ordinal) ? True : False);
                break;
            case VoTableDatatype.Short:
                buffer.WriteInteger(cells.GetInt16(ordinal));
                break;
            case VoTableDatatype.Int:
                buffer.WriteInteger(cells.GetInt32(ordinal));
                break;
            case VoTableDatatype.Long:
                buffer.WriteInteger(cells.GetInt64(ordinal));
                break;
            case VoTableDatatype.Float:
                var single = cells.GetSingle(ordinal);
                if (float.IsFinite(single))
                {
                    buffer.WriteFinite(single);
                }
                else
                {
                    WriteNonFinite(buffer, single);
                }

                break;
            case VoTableDatatype.Double:
                WriteNumber(buffer, cells.GetDouble(ordinal));
                break;
            default:
                WriteString(buffer, cells.GetString(ordinal));
                break;
        }
    }

    private void WriteNumbers(ByteBuffer buffer, double[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                buffer.Write((byte)' ');
            }

            WriteNumber(buffer, values[i]);
        }
    }

    private void WriteNumber(ByteBuffer buffer, double value)
    {
        if (double.IsFinite(value))
        {
            buffer.WriteFinite(value);
        }
        else
        {
            WriteNonFinite(buffer, value);
        }
    }

    private void WriteNonFinite(ByteBuffer buffer, double value) =>
        buffer.Write(double.IsNaN(value) ? "NaN"u8 : value > 0 ? PositiveInfinity : NegativeInfinity);
}
