namespace Fits.Tests;

public class CfitsioLibraryTests
{
    [Fact]
    public void The_library_loads_reentrant_and_reports_its_version()
    {
        var version = CfitsioLibrary.EnsureUsable();

        Assert.True(version >= new Version(4, 0), $"CFITSIO {version}");
    }
}
