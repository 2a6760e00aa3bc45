using Fits.Native;

namespace Fits;

/// <summary>The start-up check of the native library every FITS operation depends on.</summary>
public static class CfitsioLibrary
{
    /// <summary>
    /// Loads CFITSIO and checks that it was built reentrant, which concurrent requests need (each
    /// opens its own handle, but a non-reentrant build shares unguarded state between them).
    /// Returns CFITSIO's version; throws <see cref="InvalidOperationException"/> with the remedy.
    /// </summary>
    public static Version EnsureUsable()
    {
        float version;
        int reentrant;
        try
        {
            Cfitsio.ffvers(out version);
            reentrant = Cfitsio.fits_is_reentrant();
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            throw new InvalidOperationException(
                $"CFITSIO ({Cfitsio.Library}) could not be loaded: install Debian package libcfitsio10. {exception.Message}",
                exception);
        }

        if (reentrant == 0)
        {
            throw new InvalidOperationException(
                $"CFITSIO ({Cfitsio.Library}) is not built reentrant (fits_is_reentrant() = 0): concurrent cutouts " +
                "would corrupt each other's data; install Debian's libcfitsio10, which is.");
        }
        return ToVersion(version);
    }

    // CFITSIO reports major + minor/100 + micro/10000 as one float (4.2.0 is 4.02).
    private static Version ToVersion(float version)
    {
        var tenThousandths = (int)Math.Round(version * 10000.0);
        return new Version(tenThousandths / 10000, tenThousandths / 100 % 100, tenThousandths % 100);
    }
}
