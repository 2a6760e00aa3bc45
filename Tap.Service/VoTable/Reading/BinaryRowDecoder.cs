using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Tap.Service.Protocol;
using VoTable;

namespace Tap.Service.VoTable.Reading;

/// <summary>
/// Decodes the rows of a VOTable BINARY2 (null flags first) or BINARY stream into text cells in
/// TABLEDATA syntax, so one converter serves all serialisations. Big-endian, as VOTable specifies.
/// </summary>
internal sealed class BinaryRowDecoder(IReadOnlyList<VoTableField> fields, byte[] data, bool withNullFlags, string source)
{
    private int _position;

    public IEnumerable<string?[]> Rows()
    {
        var flagBytes = withNullFlags ? (fields.Count + 7) / 8 : 0;
        while (_position < data.Length)
        {
            var flags = Take(flagBytes);
            var row = new string?[fields.Count];
            for (var i = 0; i < fields.Count; i++)
            {
                var value = ReadCell(fields[i]);
                var isNull = withNullFlags && (flags[i / 8] & (0x80 >> (i % 8))) != 0;
                row[i] = isNull ? null : value;
            }

            yield return row;
        }
    }

    private string? ReadCell(VoTableField field)
    {
        var count = ElementCount(field) ?? checked((int)BinaryPrimitives.ReadUInt32BigEndian(Take(4)));
        switch (field.Datatype)
        {
            case VoTableDatatype.Char:
                return Text(Encoding.Latin1.GetString(Take(count)));
            case VoTableDatatype.UnicodeChar:
                return Text(Encoding.BigEndianUnicode.GetString(Take(checked(count * 2))));
        }

        var size = ElementSize(field);
        var cells = new string?[count];
        for (var i = 0; i < count; i++)
        {
            cells[i] = Element(field.Datatype, Take(size));
        }

        return count == 1 ? cells[0] : cells.Any(c => c is null) ? null : string.Join(' ', cells);
    }

    /// <summary>Fixed-length strings are padded with NULs; an empty string reads as null, as in TABLEDATA.</summary>
    private static string? Text(string value)
    {
        var end = value.IndexOf('\0', StringComparison.Ordinal);
        var text = end < 0 ? value : value[..end];
        return text.Length == 0 ? null : text;
    }

    private static string? Element(VoTableDatatype datatype, ReadOnlySpan<byte> bytes) => datatype switch
    {
        VoTableDatatype.Boolean => bytes[0] switch
        {
            (byte)'T' or (byte)'t' or (byte)'1' => "T",
            (byte)'F' or (byte)'f' or (byte)'0' => "F",
            _ => null,
        },
        VoTableDatatype.UnsignedByte => bytes[0].ToString(CultureInfo.InvariantCulture),
        VoTableDatatype.Short => BinaryPrimitives.ReadInt16BigEndian(bytes).ToString(CultureInfo.InvariantCulture),
        VoTableDatatype.Int => BinaryPrimitives.ReadInt32BigEndian(bytes).ToString(CultureInfo.InvariantCulture),
        VoTableDatatype.Long => BinaryPrimitives.ReadInt64BigEndian(bytes).ToString(CultureInfo.InvariantCulture),
        VoTableDatatype.Float => Real(BinaryPrimitives.ReadSingleBigEndian(bytes)),
        _ => Real(BinaryPrimitives.ReadDoubleBigEndian(bytes)),
    };

    /// <summary>NaN is the null of BINARY floating-point cells.</summary>
    private static string? Real(double value) => double.IsNaN(value) ? null : value.ToString("R", CultureInfo.InvariantCulture);

    private int ElementSize(VoTableField field) => field.Datatype switch
    {
        VoTableDatatype.Boolean or VoTableDatatype.UnsignedByte => 1,
        VoTableDatatype.Short => 2,
        VoTableDatatype.Int or VoTableDatatype.Float => 4,
        VoTableDatatype.Long or VoTableDatatype.Double => 8,
        _ => throw new DaliUsageException($"{source}: FIELD {field.Name} has datatype '{field.Datatype.ToVoTableName()}', which cannot be uploaded."),
    };

    /// <summary>The fixed element count of an arraysize (the product of its dimensions), or null when the count is in the stream.</summary>
    private int? ElementCount(VoTableField field)
    {
        var arraySize = field.ArraySize;
        if (string.IsNullOrEmpty(arraySize))
        {
            return 1;
        }

        if (arraySize.EndsWith('*'))
        {
            return null;
        }

        var count = 1;
        foreach (var dimension in arraySize.Split('x'))
        {
            if (!int.TryParse(dimension, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                throw new DaliUsageException($"{source}: FIELD {field.Name} has arraysize '{arraySize}', which is not a VOTable arraysize.");
            }

            count = checked(count * length);
        }

        return count;
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || _position + count > data.Length)
        {
            throw new DaliUsageException($"{source}: the binary stream ends in the middle of a row.");
        }

        var span = data.AsSpan(_position, count);
        _position += count;
        return span;
    }
}
