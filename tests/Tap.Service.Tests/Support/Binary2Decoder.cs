using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Tap.Service.VoTable.Results;
using VoTable;

namespace Tap.Service.Tests.Support;

/// <summary>An independent reading of BINARY2 streams, following the VOTable 1.4 text rather than our writer.</summary>
internal static class Binary2Decoder
{
    /// <summary>Each row's cells as text (null for a flagged cell), numbers in invariant round-trip form.</summary>
    public static IReadOnlyList<IReadOnlyList<string?>> Rows(XDocument document, IReadOnlyList<ResultColumn> columns)
    {
        var stream = document.Descendants(VoTableDocument.Ns + "STREAM").Single();
        Assert.Equal("base64", (string?)stream.Attribute("encoding"));
        var bytes = Convert.FromBase64String(stream.Value);
        var rows = new List<IReadOnlyList<string?>>();
        var position = 0;
        var flagBytes = (columns.Count + 7) / 8;
        while (position < bytes.Length)
        {
            var flags = bytes.AsSpan(position, flagBytes).ToArray();
            position += flagBytes;
            var row = new List<string?>();
            for (var i = 0; i < columns.Count; i++)
            {
                var text = ReadCell(bytes, ref position, columns[i]);
                row.Add((flags[i / 8] & (0x80 >> (i % 8))) != 0 ? null : text);
            }

            rows.Add(row);
        }

        return rows;
    }

    private static string ReadCell(byte[] bytes, ref int position, ResultColumn column)
    {
        var count = column.ArraySize switch
        {
            null => 1,
            var size when size.EndsWith('*') => ReadInt32(bytes, ref position),
            var size => int.Parse(size, CultureInfo.InvariantCulture),
        };
        if (column.Datatype == VoTableDatatype.Char)
        {
            var text = Encoding.UTF8.GetString(bytes, position, count);
            position += count;
            return text;
        }

        if (column.Datatype == VoTableDatatype.UnicodeChar)
        {
            var text = Encoding.BigEndianUnicode.GetString(bytes, position, 2 * count);
            position += 2 * count;
            return text;
        }

        var values = new List<string>();
        for (var i = 0; i < count; i++)
        {
            values.Add(column.Datatype switch
            {
                VoTableDatatype.Boolean => ((char)bytes[position++]).ToString(),
                VoTableDatatype.Short => Read(bytes, ref position, 2, span => BinaryPrimitives.ReadInt16BigEndian(span).ToString(CultureInfo.InvariantCulture)),
                VoTableDatatype.Int => Read(bytes, ref position, 4, span => BinaryPrimitives.ReadInt32BigEndian(span).ToString(CultureInfo.InvariantCulture)),
                VoTableDatatype.Long => Read(bytes, ref position, 8, span => BinaryPrimitives.ReadInt64BigEndian(span).ToString(CultureInfo.InvariantCulture)),
                VoTableDatatype.Float => Read(bytes, ref position, 4, span => BinaryPrimitives.ReadSingleBigEndian(span).ToString("R", CultureInfo.InvariantCulture)),
                VoTableDatatype.Double => Read(bytes, ref position, 8, span => BinaryPrimitives.ReadDoubleBigEndian(span).ToString("R", CultureInfo.InvariantCulture)),
                _ => throw new NotSupportedException(column.Datatype.ToString()),
            });
        }

        return string.Join(' ', values);
    }

    private static int ReadInt32(byte[] bytes, ref int position) =>
        int.Parse(Read(bytes, ref position, 4, span => BinaryPrimitives.ReadInt32BigEndian(span).ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    private static string Read(byte[] bytes, ref int position, int width, Func<ReadOnlySpan<byte>, string> read)
    {
        var text = read(bytes.AsSpan(position, width));
        position += width;
        return text;
    }
}
