using System.Runtime.InteropServices;

namespace Fits.Native;

/// <summary>
/// Owns one CFITSIO <c>fitsfile*</c>. A handle belongs to one thread at a time: CFITSIO keeps a
/// file's position and buffers in it, so a handle shared by two threads corrupts reads and writes.
/// </summary>
internal sealed class FitsFileHandle : SafeHandle
{
    public FitsFileHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Closes the file and reports CFITSIO's status (a failed flush of written data is not silent).</summary>
    public int CloseReportingStatus() => Release(delete: false);

    /// <summary>Closes a file being written and deletes it, so no partial file is left behind.</summary>
    public int CloseAndDelete() => Release(delete: true);

    // Reached only when Close was never called (an exception unwound past Dispose, or a finaliser):
    // nothing can report the status there.
    protected override bool ReleaseHandle()
    {
        var status = 0;
        Cfitsio.ffclos(handle, ref status);
        return true;
    }

    private int Release(bool delete)
    {
        if (IsInvalid || IsClosed)
        {
            return 0;
        }
        var status = 0;
        if (delete)
        {
            Cfitsio.ffdelt(handle, ref status);
        }
        else
        {
            Cfitsio.ffclos(handle, ref status);
        }
        SetHandleAsInvalid();
        return status;
    }
}
