using ObsCore.Model.Csv;

namespace ObsCore.Model.Tests;

public class RegionTextTests
{
    [Theory]
    [InlineData("POLYGON ICRS 10 -20 11 -20 11 -19 10 -19")]
    [InlineData("Polygon icrs 10 -20 11 -20 11 -19 10 -19")]
    [InlineData("POLYGON 10 -20 11 -20 11 -19 10 -19")]
    [InlineData("10 -20 11 -20 11 -19 10 -19")]
    [InlineData("  10 -20   11 -20 11 -19 10.0 -19  ")]
    public void Reads_stcs_and_dali_polygons(string text)
    {
        var polygon = RegionText.ParsePolygon(text);

        Assert.Equal(4, polygon.Vertices.Count);
        Assert.Equal(0.94, polygon.AreaSquareDegrees, 2);
        Assert.Contains(polygon.Vertices, v => v.Ra == 11 && v.Dec == -19);
    }

    [Fact]
    public void Clockwise_vertices_are_put_in_counter_clockwise_order()
    {
        var clockwise = RegionText.ParsePolygon("10 -20 10 -19 11 -19 11 -20");
        var counterClockwise = RegionText.ParsePolygon("10 -20 11 -20 11 -19 10 -19");

        Assert.Equal(counterClockwise.ToStcs(), RegionText.ParsePolygon(counterClockwise.ToStcs()).ToStcs());
        Assert.Equal(clockwise.Vertices.ToHashSet(), counterClockwise.Vertices.ToHashSet());
        Assert.True(SphericalChecks.Contains(clockwise, clockwise.Centre));
    }

    [Theory]
    [InlineData("POLYGON GALACTIC 10 -20 11 -20 11 -19", "frame")]
    [InlineData("POLYGON ICRS 10 -20 11 -20", "three")]
    [InlineData("10 -20 11 -20 11", "three")]
    [InlineData("10 -20 11 x 11 -19", "'x'")]
    [InlineData("10 -20 11 -95 11 -19", "declination")]
    [InlineData("CIRCLE ICRS 10 -20 1", "'CIRCLE'")]
    public void Rejects_what_is_not_a_polygon(string text, string messagePart)
    {
        var error = Assert.Throws<FormatException>(() => RegionText.ParsePolygon(text));
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }
}
