using System.Runtime.InteropServices;

namespace Fits.Native;

/// <summary>
/// The native buffer behind a FITS file CFITSIO writes in memory (fits_create_memfile). CFITSIO
/// keeps the addresses of <see cref="Address"/> and <see cref="Size"/> while the file is open and
/// moves the buffer with <see cref="Reallocate"/> as it grows; once the file is closed, the bytes
/// become a stream that frees them when disposed. The buffer starts empty: CFITSIO takes the bytes
/// of a non-empty one for an existing file and would append to whatever they happen to hold.
/// </summary>
internal sealed unsafe class MemoryFileBuffer : IDisposable
{
    // The two cells CFITSIO writes through: the buffer's address and its allocated size.
    private void** _cells;

    /// <param name="growthStep">How much CFITSIO allocates at least each time the buffer is too small: the expected size allocates once.</param>
    public MemoryFileBuffer(long growthStep)
    {
        _cells = (void**)NativeMemory.AllocZeroed((nuint)(2 * sizeof(void*)));
        GrowthStep = (nuint)Math.Max(growthStep, 2880);
    }

    public nuint GrowthStep { get; }

    public void** Address => _cells;

    public nuint* Size => (nuint*)(_cells + 1);

    [UnmanagedCallersOnly]
    public static void* Reallocate(void* memory, nuint size) => NativeMemory.Realloc(memory, size);

    /// <summary><paramref name="length"/> bytes from <paramref name="start"/> on, as a read-only stream that now owns the buffer.</summary>
    public Stream DetachAsStream(long start, long length)
    {
        var memory = (byte*)*Address;
        *Address = null;
        return new NativeMemoryStream(memory, start, length);
    }

    public void Dispose()
    {
        if (_cells != null)
        {
            NativeMemory.Free(*Address);
            NativeMemory.Free(_cells);
            _cells = null;
        }
    }

    /// <summary>A read-only stream over part of a native buffer, which it frees.</summary>
    private sealed class NativeMemoryStream(byte* memory, long start, long length) : UnmanagedMemoryStream(memory + start, length)
    {
        private byte* _memory = memory;

        ~NativeMemoryStream() => Dispose(false);

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            NativeMemory.Free(_memory);
            _memory = null;
        }
    }
}
