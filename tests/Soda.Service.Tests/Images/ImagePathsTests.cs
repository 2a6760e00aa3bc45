using Soda.Service.Images;

namespace Soda.Service.Tests.Images;

public class ImagePathsTests
{
    [Fact]
    public void A_Butler_artifact_lies_at_its_path()
    {
        Assert.Equal("LSSTCam/raw/all/raw/1/0.fits", ImagePaths.FromArtifactUri("butler://LSSTCam/raw/all/raw/1/0.fits"));
        Assert.Null(ImagePaths.FromArtifactUri("https://example.org/x.fits"));
    }

    [Theory]
    [InlineData("ivo://lsst.example.org/images?calexp/2026103100001/0", "obscore/lsst.example.org/images/calexp/2026103100001/0.fits")]
    [InlineData("ivo://org.rubinobs/usdac/lsst-dp1?repo=dp1&id=a0f7", "obscore/org.rubinobs/usdac/lsst-dp1/repo=dp1&id=a0f7.fits")]
    [InlineData("ivo://a.b/c", "obscore/a.b/c.fits")]
    [InlineData("ivo://a.b/c?../../etc/passwd", "obscore/a.b/c/%2E%2E/%2E%2E/etc/passwd.fits")]
    [InlineData("ivo://a.b/c?x//y", "obscore/a.b/c/x%2F/y.fits")]
    [InlineData("urn:x/y", "obscore/urn%3Ax%2Fy.fits")]
    [InlineData("ivo://a.b/c?é %", "obscore/a.b/c/%C3%A9%20%25.fits")]
    public void An_ObsCore_ID_gives_a_readable_path_that_leads_back_to_it(string did, string path)
    {
        Assert.Equal(path, ImagePaths.FromPublisherDid(did));
        Assert.Contains(did, ImagePaths.PublisherDidCandidates(path));
        Assert.DoesNotContain(path.Split('/'), segment => segment is "" or "." or "..");
    }

    [Fact]
    public void Paths_outside_the_ObsCore_folder_name_no_ID()
    {
        Assert.Empty(ImagePaths.PublisherDidCandidates("LSSTCam/raw/0.fits"));
        Assert.Empty(ImagePaths.PublisherDidCandidates("obscore/a.b/c.png"));
    }
}
