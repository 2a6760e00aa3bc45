using System.Text;
using VoTable;

namespace Tap.Service.VoTable.Results;

/// <summary>
/// VOTable with BINARY2 rows (VOTable 1.3+): each row is a null-flag bitmap (first column in the
/// most significant bit) followed by the cells, big-endian; the byte stream is base64-encoded.
/// A null cell is flagged and still takes its place: zeros, NaN for floating types, or an empty
/// variable-length array.
/// </summary>
internal sealed class Binary2Formatter : VoTableFormatter
{
    private readonly ByteBuffer _row = new(4096);
    private readonly Base64LineEncoder _base64 = new();
    private readonly int _flagBytes;

    public Binary2Formatter(ResultMetadata metadata)
        : base(metadata)
    {
        _flagBytes = (metadata.Columns.Count + 7) / 8;
    }

    public override void WriteRow(ByteBuffer buffer, CellReader cells)
    {
        _row.Truncate(0);
        var columns = Metadata.Columns;
        var flags = _row.GetSpan(_flagBytes)[.._flagBytes];
        flags.Clear();
        _row.Advance(_flagBytes);
        for (var i = 0; i < columns.Count; i++)
        {
            if (cells.IsNull(i))
            {
                // The span may have moved as the row grew, so address the flags by position.
                _row.SetBits(i >> 3, (byte)(0x80 >> (i & 7)));
                WriteNull(columns[i]);
            }
            else
            {
                WriteCell(cells, i, columns[i]);
            }
        }

        _base64.Append(buffer, _row.WrittenSpan);
    }

    protected override void WriteDataStart(ByteBuffer buffer) => buffer.Write("<BINARY2>\n<STREAM encoding=\"base64\">\n"u8);

    protected override void WriteDataEnd(ByteBuffer buffer)
    {
        _base64.Finish(buffer);
        buffer.Write("</STREAM>\n</BINARY2>\n"u8);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _row.Dispose();
        }

        base.Dispose(disposing);
    }

    private void WriteCell(CellReader cells, int ordinal, ResultColumn column)
    {
        switch (column.Encoding)
        {
            case ValueEncoding.DaliGeometry:
                WriteDoubles(column.CheckCount(cells.GetDoubles(ordinal)), column.IsVariableLength);
                break;
            case ValueEncoding.StcsPolygon:
            case ValueEncoding.Timestamp:
                WriteTextOfStyle(cells, ordinal, column);
                break;
            default:
                WriteScalar(cells, ordinal, column);
                break;
        }
    }

    private void WriteScalar(CellReader cells, int ordinal, ResultColumn column)
    {
        switch (column.Datatype)
        {
            case VoTableDatatype.Boolean:
                _row.Write(cells.GetBoolean(ordinal) ? (byte)'T' : (byte)'F');
                break;
            case VoTableDatatype.Short:
                _row.WriteInt16BigEndian(cells.GetInt16(ordinal));
                break;
            case VoTableDatatype.Int:
                _row.WriteInt32BigEndian(cells.GetInt32(ordinal));
                break;
            case VoTableDatatype.Long:
                _row.WriteInt64BigEndian(cells.GetInt64(ordinal));
                break;
            case VoTableDatatype.Float:
                _row.WriteSingleBigEndian(cells.GetSingle(ordinal));
                break;
            case VoTableDatatype.Double:
                _row.WriteDoubleBigEndian(cells.GetDouble(ordinal));
                break;
            default:
                WriteString(cells.GetString(ordinal), column);
                break;
        }
    }

    private void WriteDoubles(double[] values, bool variableLength)
    {
        if (variableLength)
        {
            _row.WriteInt32BigEndian(values.Length);
        }

        foreach (var value in values)
        {
            _row.WriteDoubleBigEndian(value);
        }
    }

    /// <summary>Timestamps and STC-S are formatted exactly as in TABLEDATA, then stored as variable-length char.</summary>
    private void WriteTextOfStyle(CellReader cells, int ordinal, ResultColumn column)
    {
        var lengthAt = _row.Length;
        _row.WriteInt32BigEndian(0);
        VoTableCellStyle.Instance.WriteCell(_row, cells, ordinal, column);
        _row.PatchInt32BigEndian(lengthAt, _row.Length - lengthAt - 4);
    }

    private void WriteString(string value, ResultColumn column)
    {
        var encoding = column.Datatype == VoTableDatatype.UnicodeChar ? Encoding.BigEndianUnicode : Encoding.UTF8;
        var bytesPerChar = column.Datatype == VoTableDatatype.UnicodeChar ? 2 : 1;
        if (column.IsVariableLength)
        {
            var lengthAt = _row.Length;
            _row.WriteInt32BigEndian(0);
            var written = encoding.GetBytes(value, _row.GetSpan(encoding.GetMaxByteCount(value.Length)));
            _row.Advance(written);
            _row.PatchInt32BigEndian(lengthAt, written / bytesPerChar);
            return;
        }

        // A fixed width (one character without arraysize): cut or padded with NULs to the declared size.
        var width = (column.FixedCount ?? 1) * bytesPerChar;
        var encoded = encoding.GetBytes(value);
        var target = _row.GetSpan(width)[..width];
        target.Clear();
        encoded.AsSpan(0, Math.Min(width, encoded.Length)).CopyTo(target);
        _row.Advance(width);
    }

    private void WriteNull(ResultColumn column)
    {
        if (column.IsVariableLength)
        {
            _row.WriteInt32BigEndian(0);
            return;
        }

        var count = column.FixedCount ?? 1;
        for (var i = 0; i < count; i++)
        {
            switch (column.Datatype)
            {
                case VoTableDatatype.Double:
                    _row.WriteDoubleBigEndian(double.NaN);
                    break;
                case VoTableDatatype.Float:
                    _row.WriteSingleBigEndian(float.NaN);
                    break;
                default:
                    var width = ByteWidth(column.Datatype);
                    _row.GetSpan(width)[..width].Clear();
                    _row.Advance(width);
                    break;
            }
        }
    }

    private static int ByteWidth(VoTableDatatype datatype) => datatype switch
    {
        VoTableDatatype.Boolean or VoTableDatatype.Char => 1,
        VoTableDatatype.Short or VoTableDatatype.UnicodeChar => 2,
        VoTableDatatype.Int or VoTableDatatype.Float => 4,
        _ => 8,
    };
}
