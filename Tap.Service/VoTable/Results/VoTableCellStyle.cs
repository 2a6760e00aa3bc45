namespace Tap.Service.VoTable.Results;

/// <summary>VOTable's spellings (T/F, +Inf/-Inf) with text escaped for XML content.</summary>
internal sealed class VoTableCellStyle : TextCellStyle
{
    public static readonly VoTableCellStyle Instance = new();

    protected override ReadOnlySpan<byte> True => "T"u8;

    protected override ReadOnlySpan<byte> False => "F"u8;

    protected override ReadOnlySpan<byte> PositiveInfinity => "+Inf"u8;

    protected override ReadOnlySpan<byte> NegativeInfinity => "-Inf"u8;

    public override void WriteString(ByteBuffer buffer, string value) => XmlEscaping.WriteContent(buffer, value);
}
