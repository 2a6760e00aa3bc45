using Dali;
using static Sia.Service.Tests.Builders;

namespace Sia.Service.Tests;

/// <summary>Every malformed value fails with its parameter's name and the reason.</summary>
public class ValidationTests
{
    [Theory]
    [InlineData("POS", "RANGE 10 12 -95 -80", "declinations must lie in -90..90")]
    [InlineData("POS", "RANGE 12 10 0 1", "RANGE ra_min is greater than ra_max")]
    [InlineData("POS", "CIRCLE 10 91 1", "declinations must lie in -90..90")]
    [InlineData("POS", "CIRCLE 10 20 0", "the CIRCLE radius must be positive")]
    [InlineData("POS", "CIRCLE 10 20", "CIRCLE needs 3 numbers")]
    [InlineData("POS", "POLYGON 10 0 11 0", "a POLYGON needs at least 3 vertices, it has 2")]
    [InlineData("POS", "POLYGON 10 0 11 1 11 0 10 1", "the POLYGON's edges intersect each other")]
    [InlineData("POS", "POLYGON 10 0 11 0", "at least 3 vertices")]
    [InlineData("POS", "POLYGON 10 0 11", "POLYGON needs pairs of numbers")]
    [InlineData("POS", "CIRCLE 10 20 15", "the region spans 30 degrees; the largest region accepted spans 20 degrees")]
    [InlineData("POS", "RANGE 0 360 -90 90", "the largest region accepted spans 20 degrees")]
    [InlineData("POS", "BOX 10 20 1 1", "unknown shape 'BOX'")]
    [InlineData("POS", "CIRCLE ten 20 1", "'ten' is not a number")]
    [InlineData("BAND", "6E-07 5E-07", "the lower bound 6E-07 is greater than the upper bound 5E-07")]
    [InlineData("BAND", "1 2 3", "is not an interval")]
    [InlineData("TIME", "NaN", "'NaN' is not a number")]
    [InlineData("CALIB", "7", "7 is outside 0..4")]
    [InlineData("CALIB", "-1", "-1 is outside 0..4")]
    [InlineData("CALIB", "two", "'two' is not an integer")]
    [InlineData("LSST_DETECTOR", "189", "189 is outside 0..188")]
    [InlineData("DPTYPE", "spectrum", "'spectrum' is not one of image, cube")]
    [InlineData("POL", "W", "'W' is not one of I, Q, U")]
    [InlineData("RESPONSEFORMAT", "application/pdf", "'application/pdf' is not one of votable")]
    [InlineData("MAXREC", "-1", "'-1' is not a non-negative integer")]
    [InlineData("MAXREC", "ten", "'ten' is not a non-negative integer")]
    public void The_error_names_the_parameter_and_the_reason(string name, string value, string reason)
    {
        var error = Assert.Throws<DaliParameterException>(() => Build((name.ToLowerInvariant(), value)));

        Assert.Equal(name, error.Parameter);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith(name + ": ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_valued_parameter_given_twice_differently_is_refused() =>
        Assert.Equal("given more than once with different values",
            Assert.Throws<DaliParameterException>(() => Build(("MAXREC", "10"), ("maxrec", "20"))).Reason);

    [Theory]
    [InlineData("POLYGON 359.5 0 0.5 0 0.5 1 359.5 1")]
    [InlineData("POLYGON 10 0 10 1 11 1 11 0")]
    [InlineData("RANGE 10 12 -Inf -85")]
    public void Valid_regions_across_ra_zero_or_either_orientation_pass(string value) =>
        Assert.StartsWith("INTERSECTS(s_region, POLYGON(", Where(("POS", value)), StringComparison.Ordinal);
}
