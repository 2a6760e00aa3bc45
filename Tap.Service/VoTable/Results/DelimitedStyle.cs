using System.Buffers;

namespace Tap.Service.VoTable.Results;

/// <summary>The spellings of CSV and TSV: booleans as true/false, infinities as most readers parse them.</summary>
internal abstract class DelimitedStyle : TextCellStyle
{
    public abstract byte Separator { get; }

    public abstract ReadOnlySpan<byte> LineEnd { get; }

    protected override ReadOnlySpan<byte> True => "true"u8;

    protected override ReadOnlySpan<byte> False => "false"u8;

    protected override ReadOnlySpan<byte> PositiveInfinity => "Infinity"u8;

    protected override ReadOnlySpan<byte> NegativeInfinity => "-Infinity"u8;
}

/// <summary>
/// RFC 4180: CRLF line ends; a field with a comma, quote or line break is quoted, quotes doubled.
/// An empty string is written as <c>""</c> so that it differs from a null.
/// </summary>
internal sealed class CsvStyle : DelimitedStyle
{
    public static readonly CsvStyle Instance = new();

    private static readonly SearchValues<char> NeedQuotes = SearchValues.Create(",\"\r\n");

    public override byte Separator => (byte)',';

    public override ReadOnlySpan<byte> LineEnd => "\r\n"u8;

    public override void WriteString(ByteBuffer buffer, string value)
    {
        if (value.Length > 0 && !value.AsSpan().ContainsAny(NeedQuotes))
        {
            buffer.WriteText(value);
            return;
        }

        buffer.Write((byte)'"');
        buffer.WriteText(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        buffer.Write((byte)'"');
    }
}

/// <summary>
/// Tab-separated values (IANA text/tab-separated-values): fields cannot hold tabs or line breaks,
/// so tab, line feed, carriage return and backslash are written as \t, \n, \r and \\.
/// </summary>
internal sealed class TsvStyle : DelimitedStyle
{
    public static readonly TsvStyle Instance = new();

    private static readonly SearchValues<char> NeedEscapes = SearchValues.Create("\t\n\r\\");

    public override byte Separator => (byte)'\t';

    public override ReadOnlySpan<byte> LineEnd => "\n"u8;

    public override void WriteString(ByteBuffer buffer, string value)
    {
        var text = value.AsSpan();
        while (!text.IsEmpty)
        {
            var next = text.IndexOfAny(NeedEscapes);
            if (next < 0)
            {
                buffer.WriteText(text);
                return;
            }

            buffer.WriteText(text[..next]);
            buffer.Write(text[next] switch
            {
                '\t' => "\\t"u8,
                '\n' => "\\n"u8,
                '\r' => "\\r"u8,
                _ => "\\\\"u8,
            });
            text = text[(next + 1)..];
        }
    }
}
