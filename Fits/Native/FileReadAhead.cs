using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Fits.Native;

/// <summary>
/// Tells the kernel which bytes of a file will be read next (posix_fadvise WILLNEED), so that it
/// reads them from disk in the background while the bytes before them are summed and sent: the
/// reading of a cold file then overlaps the sending, with no thread of ours.
/// </summary>
internal static partial class FileReadAhead
{
    private const int WillNeed = 3; // POSIX_FADV_WILLNEED on Linux

    /// <summary>Advises reading [<paramref name="offset"/>, <paramref name="offset"/> + <paramref name="length"/>); advice only: a refusal changes nothing.</summary>
    public static void Advise(SafeFileHandle file, long offset, long length)
    {
        var added = false;
        try
        {
            file.DangerousAddRef(ref added);
            _ = posix_fadvise((int)file.DangerousGetHandle(), offset, length, WillNeed);
        }
        finally
        {
            if (added)
            {
                file.DangerousRelease();
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "posix_fadvise")]
    private static partial int posix_fadvise(int fd, long offset, long length, int advice);
}
