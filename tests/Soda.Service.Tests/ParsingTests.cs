using Dali;
using Soda.Service.Requests;
using Soda.Service.Shapes;
using static Soda.Service.Tests.RequestBuilder;

namespace Soda.Service.Tests;

/// <summary>Each parameter's good forms become typed values; each bad form is a usage error naming the parameter.</summary>
public class ParsingTests
{
    private const string Id = "ivo://example/lsst?calexp/1001/94";

    [Theory]
    [InlineData("POS", "CIRCLE 12 34 0.5", "CIRCLE 12 34 0.5")]
    [InlineData("pos", "circle 359.9 -90 180", "CIRCLE 359.9 -90 180")]
    [InlineData("POS", "RANGE 12 14 34 36", "RANGE 12 14 34 36")]
    [InlineData("POS", "RANGE -Inf +Inf 89 90", "RANGE 0 360 89 90")]
    [InlineData("POS", "RANGE 359 1 -Inf -89", "RANGE 359 1 -90 -89")]
    [InlineData("POS", "RANGE 0 360 -2 2", "RANGE 0 360 -2 2")]
    [InlineData("POS", "POLYGON 12 34 14 34 14 36 12 36", "POLYGON 12 34 14 34 14 36 12 36")]
    [InlineData("POS", "  POLYGON\t12 36 14 36 14 34 12 34 ", "POLYGON 12 36 14 36 14 34 12 34")]
    [InlineData("Circle", "12 34 0.5", "CIRCLE 12 34 0.5")]
    [InlineData("CIRCLE", "1.5e1 -3.4E1 5e-3", "CIRCLE 15 -34 0.005")]
    [InlineData("polygon", "359.5 0 0.5 0 0.5 1 359.5 1", "POLYGON 359.5 0 0.5 0 0.5 1 359.5 1")]
    [InlineData("POLYGON", "10 10 12 10 11 10.5 12 11 10 11", "POLYGON 10 10 12 10 11 10.5 12 11 10 11")]
    [InlineData("POLYGON", "12 34 14 34 14 36 12 34", "POLYGON 12 34 14 34 14 36 12 34")]
    public void Spatial_values_become_shapes(string name, string value, string shape) =>
        Assert.Equal(shape, Assert.Single(Sync(("ID", Id), (name, value)).Shapes).ToString());

    [Theory]
    [InlineData("POS", "BOX 12 34 1 1", "unknown shape 'BOX': expected CIRCLE, RANGE or POLYGON")]
    [InlineData("POS", "CIRCLE 12 34", "a circle is 3 numbers, ra dec radius; got 2")]
    [InlineData("POS", "CIRCLE 12 34 0.5 1", "a circle is 3 numbers, ra dec radius; got 4")]
    [InlineData("POS", "CIRCLE twelve 34 0.5", "'twelve' is not a number")]
    [InlineData("POS", "CIRCLE 12 NaN 0.5", "'NaN' is not a number")]
    [InlineData("POS", "CIRCLE 12 34 0", "the radius 0 is outside (0, 180] degrees")]
    [InlineData("POS", "CIRCLE 12 34 -1", "the radius -1 is outside (0, 180] degrees")]
    [InlineData("POS", "CIRCLE 12 34 180.5", "the radius 180.5 is outside (0, 180] degrees")]
    [InlineData("POS", "CIRCLE 12 34 +Inf", "the radius must be finite, not +Inf")]
    [InlineData("POS", "CIRCLE -Inf 34 1", "a right ascension must be finite, not -Inf")]
    [InlineData("POS", "CIRCLE -10 34 1", "right ascension -10 is outside [0, 360] degrees")]
    [InlineData("POS", "CIRCLE 360.5 34 1", "right ascension 360.5 is outside [0, 360] degrees")]
    [InlineData("POS", "CIRCLE 12 90.5 1", "declination 90.5 is outside [-90, 90] degrees")]
    [InlineData("POS", "RANGE 12 14 34", "RANGE is 4 numbers, ra1 ra2 dec1 dec2; got 3")]
    [InlineData("POS", "RANGE 12 14 89 91", "RANGE dec2 91 is outside [-90, 90] degrees")]
    [InlineData("POS", "RANGE 12 14 -95 0", "RANGE dec1 -95 is outside [-90, 90] degrees")]
    [InlineData("POS", "RANGE 12 14 36 34", "RANGE dec1 36 is greater than dec2 34")]
    [InlineData("POS", "RANGE +Inf 14 34 36", "RANGE ra1 cannot be +Inf")]
    [InlineData("POS", "RANGE 12 -Inf 34 36", "RANGE ra2 cannot be -Inf")]
    [InlineData("POS", "RANGE 12 14 +Inf 36", "RANGE dec1 cannot be +Inf")]
    [InlineData("POS", "RANGE -5 14 34 36", "RANGE ra1 -5 is outside [0, 360] degrees")]
    [InlineData("POS", "RANGE 12 NaN 34 36", "'NaN' is not a number")]
    [InlineData("POS", "POLYGON 12 34 14 34", "a polygon needs at least 3 vertices; got 2")]
    [InlineData("POS", "POLYGON 12 34 14 34 14", "a polygon is pairs of numbers, ra dec for each vertex; got 5 numbers")]
    [InlineData("POS", "POLYGON 12 34 14 34 14 36 12 91", "declination 91 is outside [-90, 90] degrees")]
    [InlineData("POS", "POLYGON 12 34 14 36 14 34 12 36", "the polygon's edges cross or touch each other")]
    [InlineData("POS", "POLYGON 12 0 14 0 16 0", "the polygon's edges cross or touch each other")]
    [InlineData("POS", "POLYGON 12 34 14 34 14 36 12 36 14 34 13 33", "the polygon's edges cross or touch each other")]
    [InlineData("POS", "POLYGON 0 0 120 0 240 0", "the polygon must lie within a hemisphere")]
    [InlineData("POS", "POLYGON 0 0 90 0 180 0 270 1", "the polygon must lie within a hemisphere")]
    [InlineData("CIRCLE", "12 34", "a circle is 3 numbers, ra dec radius; got 2")]
    [InlineData("CIRCLE", "CIRCLE 12 34 0.5", "'CIRCLE' is not a number")]
    [InlineData("CIRCLE", "12 34 200", "the radius 200 is outside (0, 180] degrees")]
    [InlineData("CIRCLE", "12 -91 1", "declination -91 is outside [-90, 90] degrees")]
    [InlineData("POLYGON", "12 34 14 34", "a polygon needs at least 3 vertices; got 2")]
    [InlineData("POLYGON", "12 34 14 34 14 36 12", "a polygon is pairs of numbers")]
    [InlineData("POLYGON", "12 34 14 36 14 34 12 36", "the polygon's edges cross or touch each other")]
    [InlineData("BAND", "5e-7", "'5e-7' is not an interval: give two numbers, lower and upper")]
    [InlineData("BAND", "5e-7 6e-7 7e-7", "is not an interval")]
    [InlineData("BAND", "6e-7 5e-7", "the lower end 6E-07 is greater than the upper end 5E-07")]
    [InlineData("BAND", "+Inf +Inf", "the lower end cannot be +Inf nor the upper end -Inf")]
    [InlineData("BAND", "NaN 5e-7", "'NaN' is not a number")]
    [InlineData("BAND", "red", "'red' is not a number")]
    [InlineData("TIME", "60001 60000", "the lower end 60001 is greater than the upper end 60000")]
    [InlineData("TIME", "-Inf -Inf", "the lower end cannot be +Inf nor the upper end -Inf")]
    [InlineData("TIME", "2024-01-01 2024-01-02", "'2024-01-01' is not a number")]
    [InlineData("POL", "W", "'W' is not one of I, Q, U, V, RR, LL, RL, LR, XX, YY, XY, YX, POLI, POLA")]
    public void A_bad_value_is_a_usage_error_that_names_its_parameter(string name, string value, string reason)
    {
        var error = Assert.Throws<DaliParameterException>(() => Async(("ID", Id), (name, value)));

        Assert.Equal(name.ToUpperInvariant(), error.Parameter);
        Assert.StartsWith(name.ToUpperInvariant() + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public void A_request_without_an_ID_is_a_usage_error()
    {
        var error = Assert.Throws<DaliParameterException>(() => Sync(("POS", "CIRCLE 12 34 0.5")));

        Assert.Equal("ID: missing: give the identifier of the dataset to cut (its obs_publisher_did)", error.Message);
    }

    [Fact]
    public void Blank_values_count_as_not_given_as_forms_send_every_field()
    {
        var request = Sync(("ID", Id), ("ID", " "), ("POS", ""), ("CIRCLE", "12 34 0.5"), ("BAND", ""), ("TIME", " "), ("POL", ""));

        Assert.Equal([Id], request.Ids);
        Assert.Equal("CIRCLE 12 34 0.5", Assert.Single(request.Shapes).ToString());
        Assert.Empty(request.Bands);
        Assert.Empty(request.Times);
        Assert.Empty(request.PolarisationStates);
        Assert.Throws<DaliParameterException>(() => Sync(("ID", ""), ("CIRCLE", "12 34 0.5")));
    }

    [Theory]
    [InlineData("POS", "CIRCLE", "POS: cannot be combined with CIRCLE")]
    [InlineData("POS", "POLYGON", "POS: cannot be combined with POLYGON")]
    [InlineData("CIRCLE", "POLYGON", "CIRCLE: cannot be combined with POLYGON")]
    public void One_region_cannot_be_given_in_two_spatial_parameters(string first, string second, string message)
    {
        var values = new Dictionary<string, string>
        {
            ["POS"] = "CIRCLE 12 34 0.5",
            ["CIRCLE"] = "12 34 0.5",
            ["POLYGON"] = "12 34 14 34 14 36",
        };

        foreach (var mode in Enum.GetValues<SodaMode>())
        {
            var error = Assert.Throws<DaliParameterException>(() => Parse(mode, ("ID", Id), (second, values[second]), (first, values[first])));
            Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
            Assert.Equal(400, error.StatusCode);
        }
    }

    [Fact]
    public void Intervals_keep_open_ends_and_single_values_as_pairs()
    {
        var request = Async(("ID", Id), ("BAND", "-Inf 6e-7"), ("band", "5.5e-7 5.5e-7"), ("TIME", "60000.5 +Inf"), ("Time", "-inf +INF"));

        Assert.Equal(["-Inf 6E-07", "5.5E-07 5.5E-07"], request.Bands.Select(b => b.ToString()));
        Assert.Equal(["60000.5 +Inf", "-Inf +Inf"], request.Times.Select(t => t.ToString()));
    }

    [Fact]
    public void POL_values_are_matched_ignoring_case_and_kept_once_each()
    {
        var request = Sync(("ID", Id), ("POL", "i"), ("pol", " Q "), ("POL", "I"), ("POL", "poli"));

        Assert.Equal(["I", "Q", "POLI"], request.PolarisationStates);
    }

    [Fact]
    public void IDs_are_kept_as_given_in_request_order()
    {
        var request = Async(("id", "ivo://b?2"), ("ID", "ivo://a?1 with space"), ("Id", "ivo://b?2"));

        Assert.Equal(["ivo://b?2", "ivo://a?1 with space", "ivo://b?2"], request.Ids);
    }

    [Fact]
    public void Other_parameters_are_ignored()
    {
        var request = Sync(("ID", Id), ("RESPONSEFORMAT", "application/fits"), ("RUNID", "x"), ("KIND", "HEADER"));

        Assert.Empty(request.Shapes);
        Assert.Equal(1, request.CutCount);
    }

    [Theory]
    [InlineData("CIRCLE 12 34 0.5", typeof(CircleShape))]
    [InlineData("RANGE 12 14 34 36", typeof(RangeShape))]
    [InlineData("POLYGON 12 34 14 34 14 36", typeof(PolygonShape))]
    public void Each_POS_keyword_gives_its_shape(string value, Type shape) =>
        Assert.IsType(shape, Assert.Single(Sync(("ID", Id), ("POS", value)).Shapes));
}
