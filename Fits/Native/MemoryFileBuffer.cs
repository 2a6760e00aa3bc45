using System.Runtime.InteropServices;

namespace Fits.Native;

/// <summary>
/// The native buffer behind the FITS files CFITSIO writes in memory (fits_create_memfile), reused
/// from one file to the next so that its pages are touched once. CFITSIO keeps the addresses of
/// <see cref="Address"/> and <see cref="Size"/> while a file is open and grows the buffer with
/// <see cref="Reallocate"/>. Each file starts with the size at zero: CFITSIO takes the bytes of a
/// buffer of non-zero size for an existing file and would append to whatever they hold.
/// </summary>
internal sealed unsafe class MemoryFileBuffer : IDisposable
{
    // The two cells CFITSIO writes through: the buffer's address and its allocated size.
    private void** _cells = (void**)NativeMemory.AllocZeroed((nuint)(2 * sizeof(void*)));

    public void** Address => _cells;

    public nuint* Size => (nuint*)(_cells + 1);

    [UnmanagedCallersOnly]
    public static void* Reallocate(void* memory, nuint size) => NativeMemory.Realloc(memory, size);

    /// <summary>Makes the buffer an empty file again; the memory is kept for CFITSIO's first reallocation to reuse.</summary>
    public void Empty() => *Size = 0;

    public void Dispose()
    {
        if (_cells != null)
        {
            NativeMemory.Free(*Address);
            NativeMemory.Free(_cells);
            _cells = null;
        }
    }
}
