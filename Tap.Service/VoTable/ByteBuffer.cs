using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;

namespace Tap.Service.VoTable;

/// <summary>
/// A growable byte buffer on pooled arrays, with the few primitives the result writers need
/// (UTF-8 text, invariant numbers, big-endian binary). Writers fill it row by row and hand it to
/// the output in large pieces; <see cref="Truncate"/> drops a row that failed half-way.
/// </summary>
internal sealed class ByteBuffer : IDisposable
{
    private byte[] _array;
    private int _length;

    public ByteBuffer(int initialCapacity = 64 * 1024)
    {
        _array = ArrayPool<byte>.Shared.Rent(initialCapacity);
    }

    public int Length => _length;

    public ReadOnlySpan<byte> WrittenSpan => _array.AsSpan(0, _length);

    public Span<byte> GetSpan(int sizeHint)
    {
        if (_array.Length - _length < sizeHint)
        {
            Grow(sizeHint);
        }

        return _array.AsSpan(_length);
    }

    public void Advance(int count) => _length += count;

    /// <summary>Forgets everything written after <paramref name="length"/> bytes.</summary>
    public void Truncate(int length) => _length = length;

    public void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        _length += bytes.Length;
    }

    public void Write(byte value)
    {
        GetSpan(1)[0] = value;
        _length++;
    }

    /// <summary>UTF-8 text, unescaped; lone surrogates become U+FFFD.</summary>
    public void WriteText(ReadOnlySpan<char> text)
    {
        _length += Encoding.UTF8.GetBytes(text, GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
    }

    public void WriteInteger(long value)
    {
        value.TryFormat(GetSpan(20), out var written, default, CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>Shortest text that reads back as the same double; finite values only.</summary>
    public void WriteFinite(double value)
    {
        value.TryFormat(GetSpan(32), out var written, "R", CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>Shortest text that reads back as the same float; finite values only.</summary>
    public void WriteFinite(float value)
    {
        value.TryFormat(GetSpan(32), out var written, "R", CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>
    /// DALI timestamp of a UTC instant: ISO-8601 without offset, fractional seconds only when
    /// present and without trailing zeros. Written by hand: a custom format string costs five times more.
    /// </summary>
    public void WriteTimestamp(DateTime utc)
    {
        var target = GetSpan(28);
        var (year, month, day) = utc;
        WriteDigits(target[..4], year);
        target[4] = (byte)'-';
        WriteDigits(target[5..7], month);
        target[7] = (byte)'-';
        WriteDigits(target[8..10], day);
        target[10] = (byte)'T';
        WriteDigits(target[11..13], utc.Hour);
        target[13] = (byte)':';
        WriteDigits(target[14..16], utc.Minute);
        target[16] = (byte)':';
        WriteDigits(target[17..19], utc.Second);
        var length = 19;
        var fraction = (int)(utc.Ticks % TimeSpan.TicksPerSecond);
        if (fraction != 0)
        {
            target[19] = (byte)'.';
            WriteDigits(target[20..27], fraction);
            length = 27;
            while (target[length - 1] == (byte)'0')
            {
                length--;
            }
        }

        _length += length;
    }

    public void WriteInt16BigEndian(short value)
    {
        BinaryPrimitives.WriteInt16BigEndian(GetSpan(2), value);
        _length += 2;
    }

    public void WriteInt32BigEndian(int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(GetSpan(4), value);
        _length += 4;
    }

    public void WriteInt64BigEndian(long value)
    {
        BinaryPrimitives.WriteInt64BigEndian(GetSpan(8), value);
        _length += 8;
    }

    public void WriteSingleBigEndian(float value)
    {
        BinaryPrimitives.WriteSingleBigEndian(GetSpan(4), value);
        _length += 4;
    }

    public void WriteDoubleBigEndian(double value)
    {
        BinaryPrimitives.WriteDoubleBigEndian(GetSpan(8), value);
        _length += 8;
    }

    /// <summary>Sets bits in a byte already written, e.g. a null flag.</summary>
    public void SetBits(int position, byte mask) => _array[position] |= mask;

    /// <summary>Overwrites four bytes already written, e.g. a length prefix known only afterwards.</summary>
    public void PatchInt32BigEndian(int position, int value) =>
        BinaryPrimitives.WriteInt32BigEndian(_array.AsSpan(position, 4), value);

    /// <summary>
    /// Moves the content to <paramref name="output"/>, empties the buffer and flushes the output.
    /// Throws <see cref="OperationCanceledException"/> when nobody reads the output any more
    /// (the client went away), so that a writer stops reading rows nobody will receive.
    /// </summary>
    public async ValueTask DrainToAsync(PipeWriter output, CancellationToken cancellationToken)
    {
        output.Write(WrittenSpan);
        _length = 0;
        var flushed = await output.FlushAsync(cancellationToken);
        if (flushed.IsCompleted || flushed.IsCanceled)
        {
            throw new OperationCanceledException("The output was closed before the result was complete.");
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_array);
        _array = [];
        _length = 0;
    }

    /// <summary>Fills <paramref name="target"/> with the decimal digits of <paramref name="value"/>, zero-padded.</summary>
    private static void WriteDigits(Span<byte> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--)
        {
            target[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    private void Grow(int sizeHint)
    {
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_array.Length * 2, _length + sizeHint));
        WrittenSpan.CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_array);
        _array = bigger;
    }
}
