using System.Buffers.Text;

namespace Tap.Service.VoTable.Results;

/// <summary>
/// Base64 of a byte stream that arrives in pieces (rows), written as 76-character lines.
/// Holds back at most one line's worth of bytes between pieces.
/// </summary>
internal sealed class Base64LineEncoder
{
    private const int BytesPerLine = 57; // 76 characters

    private readonly byte[] _pending = new byte[BytesPerLine];
    private int _pendingCount;

    public void Append(ByteBuffer output, ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var take = Math.Min(bytes.Length, BytesPerLine - _pendingCount);
            bytes[..take].CopyTo(_pending.AsSpan(_pendingCount));
            _pendingCount += take;
            bytes = bytes[take..];
            if (_pendingCount == BytesPerLine)
            {
                WritePending(output);
            }
        }
    }

    /// <summary>Writes what is held back, padded; the stream ends here.</summary>
    public void Finish(ByteBuffer output)
    {
        if (_pendingCount > 0)
        {
            WritePending(output);
        }
    }

    private void WritePending(ByteBuffer output)
    {
        var target = output.GetSpan(Base64.GetMaxEncodedToUtf8Length(BytesPerLine) + 1);
        Base64.EncodeToUtf8(_pending.AsSpan(0, _pendingCount), target, out _, out var written);
        target[written] = (byte)'\n';
        output.Advance(written + 1);
        _pendingCount = 0;
    }
}
