namespace Fits.Tests.Support;

/// <summary>
/// The test images written once per test class into a temporary folder (deleted afterwards), with
/// tile-compressed copies made by fpack: RICE_1 (CFITSIO's default; floats quantised, integers
/// lossless) and GZIP_2 with -q 0 (lossless for floats too).
/// </summary>
public sealed class TestImageFiles : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("fits-tests-").FullName;

    public string Calexp => InFolder("calexp.fits");

    public string Raw => InFolder("raw.fits");

    public string CalexpRice => InFolder("calexp-rice.fits.fz");

    public string CalexpGzip => InFolder("calexp-gzip2.fits.fz");

    public string RawRice => InFolder("raw-rice.fits.fz");

    public string InFolder(string name) => Path.Combine(Folder, name);

    public async Task InitializeAsync()
    {
        TestImages.WriteCalexp(Calexp);
        TestImages.WriteRaw(Raw);
        await FitsJudges.FpackAsync(Calexp, CalexpRice, "-r");
        await FitsJudges.FpackAsync(Calexp, CalexpGzip, "-g2", "-q", "0");
        await FitsJudges.FpackAsync(Raw, RawRice, "-r");
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}
