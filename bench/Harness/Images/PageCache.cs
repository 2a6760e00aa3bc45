using System.Globalization;

namespace Harness.Images;

/// <summary>
/// One file's pages in the kernel's page cache. Dropping only that file (sync, then
/// posix_fadvise DONTNEED through <c>dd iflag=nocache</c>) gives its cold read from disk without
/// dropping every other process's cache, as <c>echo 3 &gt; /proc/sys/vm/drop_caches</c> would on a shared machine.
/// </summary>
internal static class PageCache
{
    /// <summary>Drops the file's pages; false when the kernel kept some (fincore counts them), so no cold read can be measured.</summary>
    public static async Task<bool> DropAsync(string path, CancellationToken cancellationToken)
    {
        await Shell.RunAsync("""sync "$1" && dd if="$1" iflag=nocache count=0 status=none""", path, cancellationToken);
        var (resident, _) = await Shell.RunAsync("""fincore --bytes --noheadings --output RES "$1" """, path, cancellationToken);
        return long.Parse(resident.Trim(), CultureInfo.InvariantCulture) == 0;
    }

    /// <summary>Reads the whole file once, so the next reads find it in memory.</summary>
    public static Task WarmAsync(string path, CancellationToken cancellationToken) =>
        Shell.RunAsync("""cat "$1" > /dev/null""", path, cancellationToken);
}
