using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Fits.Native;

/// <summary>
/// Tells the kernel which bytes of a file will be read next (posix_fadvise WILLNEED), so that it
/// reads them from disk into the page cache while the bytes before them are summed and sent.
/// </summary>
internal static partial class FileReadAhead
{
    private const int WillNeed = 3; // POSIX_FADV_WILLNEED on Linux

    // Linux reads at most one readahead window per call (the device's read_ahead_kb, 128 kB by
    // default, or its largest request if that is larger) and drops the rest of a longer range, so a
    // long range is advised in pieces no longer than the smallest window.
    private const long Piece = 128 * 1024;

    /// <summary>
    /// Advises reading [<paramref name="offset"/>, <paramref name="offset"/> + <paramref name="length"/>),
    /// piece by piece, until <paramref name="cancellationToken"/> is cancelled. On a file that is not in
    /// memory the kernel makes a call wait once its queue of reads is full, so this returns about when
    /// the last piece is being read: call it away from the thread that uses the bytes. Advice only: a
    /// refusal changes nothing.
    /// </summary>
    public static void Advise(SafeFileHandle file, long offset, long length, CancellationToken cancellationToken)
    {
        var added = false;
        try
        {
            file.DangerousAddRef(ref added);
            var descriptor = (int)file.DangerousGetHandle();
            for (var start = offset; start < offset + length && !cancellationToken.IsCancellationRequested; start += Piece)
            {
                _ = posix_fadvise(descriptor, start, Math.Min(Piece, offset + length - start), WillNeed);
            }
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
