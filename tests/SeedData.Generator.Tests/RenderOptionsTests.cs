using SeedData.Generator.Pixels;
using SeedData.Generator.Survey;
using SeedData.Generator.Tool;

namespace SeedData.Generator.Tests;

public class RenderOptionsTests
{
    private static readonly string[] Required =
    [
        "--out", "x.fits", "--id", "ivo://lsst.example.org/images?calexp/2026103100001/94", "--dataset-type", "calexp",
        "--naxis1", "4072", "--naxis2", "4000", "--footprint", "10 -30 10.2 -30 10.2 -29.8 10 -29.8",
    ];

    [Fact]
    public void The_service_s_arguments_give_the_request()
    {
        var options = RenderOptions.Parse([.. Required, "--band", "R", "--visit", "2026103100001", "--detector", "94", "--mjd", "61345.37"]);

        var request = options.Request;
        Assert.Equal("x.fits", options.OutputPath);
        Assert.Equal(("calexp", ImageKind.Calibrated, 4072, 4000), (request.DatasetType, request.Kind, request.Naxis1, request.Naxis2));
        Assert.Equal([new(10, -30), new(10.2, -30), new(10.2, -29.8), new(10, -29.8)], request.Footprint);
        Assert.Equal((Band.R, 2026103100001L, 94, 61345.37), (request.Band, request.Visit, request.Detector, request.Mjd));
    }

    [Fact]
    public void Band_visit_detector_and_time_may_be_left_out()
    {
        var request = RenderOptions.Parse(Required).Request;

        Assert.Equal((null, null, null, null), (request.Band, request.Visit, request.Detector, (double?)request.Mjd));
    }

    [Theory]
    [InlineData("--out", "--out FILE is required")]
    [InlineData("--id", "--id DID is required")]
    [InlineData("--dataset-type", "--dataset-type TYPE is required")]
    [InlineData("--naxis1", "--naxis1 N is required")]
    [InlineData("--footprint", "--footprint is required")]
    public void A_missing_option_is_named(string option, string message)
    {
        var index = Array.IndexOf(Required, option);
        var args = Required.Where((_, i) => i != index && i != index + 1).ToList();

        Assert.Contains(message, Assert.Throws<ArgumentException>(() => RenderOptions.Parse(args)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--naxis1", "0", "--naxis1 needs a whole number of pixels from 1 to 20000")]
    [InlineData("--naxis2", "-5", "--naxis2 needs a whole number of pixels")]
    [InlineData("--naxis1", "20001", "--naxis1 needs a whole number of pixels")]
    [InlineData("--footprint", "10 -30 10.2 -30 10.2 -29.8", "--footprint needs the four corners as eight numbers")]
    [InlineData("--footprint", "10 -30 10.2 -30 10.2 -29.8 10 x", "--footprint needs the four corners as eight numbers")]
    [InlineData("--footprint", "10 -30 10.2 -30 10.2 -29.8 10 -29.8 11 -29", "--footprint needs the four corners as eight numbers")]
    [InlineData("--footprint", "10 -30 10.2 -30 10.2 -91 10 -29.8", "--footprint has a declination beyond ±90°")]
    [InlineData("--band", "N/A", "--band needs one of u, g, r, i, z, y")]
    [InlineData("--visit", "-1", "--visit needs a non-negative integer")]
    [InlineData("--detector", "R22", "--detector needs a non-negative integer")]
    [InlineData("--mjd", "NaN", "--mjd needs a number")]
    [InlineData("--size", "1", "unknown option '--size'")]
    [InlineData("--id", "", "--id needs a non-empty value")]
    public void A_bad_value_is_refused_with_what_is_wrong(string option, string value, string message)
    {
        Assert.Contains(message, Assert.Throws<ArgumentException>(() => RenderOptions.Parse([.. Required, option, value])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_without_its_value_and_an_image_too_large_are_refused()
    {
        Assert.Contains("--mjd needs a value", Assert.Throws<ArgumentException>(() => RenderOptions.Parse([.. Required, "--mjd"])).Message, StringComparison.Ordinal);
        Assert.Contains("larger than", Assert.Throws<ArgumentException>(() => RenderOptions.Parse([.. Required, "--naxis1", "20000", "--naxis2", "20000"])).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("raw", ImageKind.Raw)]
    [InlineData("calexp", ImageKind.Calibrated)]
    [InlineData("visit_image", ImageKind.Calibrated)]
    [InlineData("preliminary_visit_image", ImageKind.Calibrated)]
    [InlineData("goodSeeingDiff_differenceExp", ImageKind.Difference)]
    [InlineData("difference_image", ImageKind.Difference)]
    [InlineData("goodSeeingDiff_templateExp", ImageKind.Calibrated)]
    [InlineData("deepCoadd", ImageKind.Coadd)]
    [InlineData("deep_coadd", ImageKind.Coadd)]
    [InlineData("template_coadd", ImageKind.Coadd)]
    [InlineData("something_else", ImageKind.Calibrated)]
    public void Dataset_types_map_to_the_kind_of_image_drawn(string datasetType, ImageKind kind)
    {
        Assert.Equal(kind, ImageKinds.Of(datasetType));
    }
}
