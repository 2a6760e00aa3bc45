using Fits;
using ObsCore.Model.Geometry;
using Soda.Service.Planning;
using Soda.Service.Requests;
using static Soda.Service.Tests.RequestBuilder;

namespace Soda.Service.Tests;

/// <summary>BAND, TIME and POL keep an image or leave nothing of it: our images have no spectral, time or polarisation axis.</summary>
public class FilterTests
{
    private static readonly ImageGeometry Image = TanProjection.Centred(new SkyPoint(150, -30), 120, 90, 0.004, 0).Image(120, 90);

    /// <summary>An r-band exposure of 30 s, unpolarised.</summary>
    private static readonly ImageCoverage Coverage = new(null, 5.5e-7, 6.9e-7, 60000.1, 60000.1 + (30.0 / 86400), null);

    [Theory]
    [InlineData("5e-7 6e-7", true)]
    [InlineData("6e-7 6.5e-7", true)]
    [InlineData("4e-7 8e-7", true)]
    [InlineData("6.9e-7 7e-7", true)]
    [InlineData("-Inf 5.5e-7", true)]
    [InlineData("6.9e-7 +Inf", true)]
    [InlineData("-Inf +Inf", true)]
    [InlineData("6e-7 6e-7", true)]
    [InlineData("3e-7 5.4e-7", false)]
    [InlineData("7e-7 +Inf", false)]
    [InlineData("-Inf 5.49e-7", false)]
    public void BAND_keeps_the_image_when_it_meets_the_band_pass(string band, bool kept) =>
        Assert.Equal(kept ? PixelBox.Whole(120, 90) : null, Cut(("BAND", band)).Plan(Image, Coverage));

    [Theory]
    [InlineData("60000 60001", true)]
    [InlineData("60000.1 60000.1", true)]
    [InlineData("60000.1003 +Inf", true)]
    [InlineData("-Inf 60000.1", true)]
    [InlineData("60000.2 60001", false)]
    [InlineData("-Inf 60000.09", false)]
    public void TIME_keeps_the_image_when_it_meets_the_exposure(string time, bool kept) =>
        Assert.Equal(kept, Cut(("TIME", time)).Overlaps(Coverage));

    [Theory]
    [InlineData("/I/Q/U/", new[] { "Q" }, true)]
    [InlineData("/I/Q/U/", new[] { "V", "u" }, true)]
    [InlineData("/I/Q/U/", new[] { "V" }, false)]
    [InlineData("/XX/YY/", new[] { "XY" }, false)]
    [InlineData(null, new[] { "I" }, false)]
    [InlineData("", new[] { "I" }, false)]
    [InlineData(null, new string[0], true)]
    public void POL_keeps_the_image_when_it_has_one_of_the_states(string? states, string[] requested, bool kept) =>
        Assert.Equal(kept, Cut(requested.Select(s => ("POL", s)).ToArray()).Overlaps(Coverage with { PolStates = states }));

    [Fact]
    public void An_unknown_extent_removes_nothing_and_a_known_end_still_counts()
    {
        var unknown = Coverage with { EmMin = null, EmMax = null, TMin = null, TMax = null };

        Assert.True(Cut(("BAND", "1 2"), ("TIME", "0 1")).Overlaps(unknown));
        Assert.False(Cut(("BAND", "1e-7 2e-7")).Overlaps(unknown with { EmMin = 5e-7 }));
        Assert.True(Cut(("BAND", "1 2")).Overlaps(unknown with { EmMin = 5e-7 }));
    }

    [Fact]
    public void Every_filter_must_keep_the_image()
    {
        Assert.True(Cut(("BAND", "5e-7 6e-7"), ("TIME", "60000 60001")).Overlaps(Coverage));
        Assert.False(Cut(("BAND", "5e-7 6e-7"), ("TIME", "60001 60002")).Overlaps(Coverage));
        Assert.False(Cut(("BAND", "7e-7 8e-7"), ("TIME", "60000 60001")).Overlaps(Coverage));
    }

    [Fact]
    public void A_region_and_a_filter_together_cut_the_region_only_when_the_filter_keeps_the_image()
    {
        Assert.Equal(new PixelBox(50, 71, 35, 56), Cut(("CIRCLE", "150 -30 0.042"), ("BAND", "5e-7 6e-7")).Plan(Image, Coverage));
        Assert.Null(Cut(("CIRCLE", "150 -30 0.042"), ("BAND", "7e-7 8e-7")).Plan(Image, Coverage));
        Assert.Null(Cut(("CIRCLE", "151 -30 0.042"), ("BAND", "5e-7 6e-7")).Plan(Image, Coverage));
    }

    private static SodaCut Cut(params (string Name, string Value)[] parameters) =>
        Assert.Single(Sync([("ID", "ivo://x?1"), .. parameters]).Cuts());
}
