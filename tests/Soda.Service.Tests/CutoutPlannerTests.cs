using Fits;
using ObsCore.Model.Geometry;
using Soda.Service.Planning;
using static Soda.Service.Tests.Shapes;

namespace Soda.Service.Tests;

/// <summary>Pixel boxes whose right answer is known exactly: in a TAN image great circles are straight lines and a circle about the tangent point is a circle.</summary>
public class CutoutPlannerTests
{
    private const double Scale = 0.004;

    private static readonly ImageGeometry Image = TanProjection.Centred(new SkyPoint(150, -30), 120, 90, Scale, 30).Image(120, 90);

    [Fact]
    public void No_region_keeps_the_whole_image() =>
        Assert.Equal(new PixelBox(1, 120, 1, 90), CutoutPlanner.Plan(Image, null));

    [Theory]
    [InlineData(0.0492)]
    [InlineData(0.0101)]
    [InlineData(0.1503)]
    public void A_circle_about_the_tangent_point_gives_the_box_of_its_pixel_radius(double radius)
    {
        var pixels = Math.Tan(double.DegreesToRadians(radius)) / double.DegreesToRadians(Scale);
        var expected = new PixelBox(
            Math.Max(1, (long)Math.Floor(60.5 - pixels + 0.5)), Math.Min(120, (long)Math.Ceiling(60.5 + pixels - 0.5)),
            Math.Max(1, (long)Math.Floor(45.5 - pixels + 0.5)), Math.Min(90, (long)Math.Ceiling(45.5 + pixels - 0.5)));

        Assert.Equal(expected, CutoutPlanner.Plan(Image, Pos($"CIRCLE 150 -30 {radius}")));
    }

    [Fact]
    public void A_polygon_on_pixel_positions_gives_exactly_the_pixels_it_covers() =>
        Assert.Equal(new PixelBox(21, 40, 31, 50),
            CutoutPlanner.Plan(Image, PolygonAt(Image, (20.6, 30.6), (40.4, 30.6), (40.4, 50.4), (20.6, 50.4))));

    [Fact]
    public void A_region_inside_one_pixel_gives_that_pixel() =>
        Assert.Equal(new PixelBox(30, 30, 41, 41), CutoutPlanner.Plan(Image, CircleAt(Image, 30.2, 40.7, 0.1 * Scale)));

    [Theory]
    [InlineData(-10.3, -5.2, 15.7, 12.2, 1, 16, 1, 12)]
    [InlineData(100.2, 80.3, 150, 120, 100, 120, 80, 90)]
    [InlineData(-20, 30.2, 200, 33.8, 1, 120, 30, 34)]
    [InlineData(-20, -20, 200, 150, 1, 120, 1, 90)]
    public void A_region_across_the_image_edges_is_clipped_to_the_image(
        double x1, double y1, double x2, double y2, long xMin, long xMax, long yMin, long yMax) =>
        Assert.Equal(new PixelBox(xMin, xMax, yMin, yMax), CutoutPlanner.Plan(Image, PolygonAt(Image, (x1, y1), (x2, y1), (x2, y2), (x1, y2))));

    [Fact]
    public void A_triangle_past_the_corner_misses_though_its_bounding_box_overlaps_the_image()
    {
        // The edge x + y = 0.9 passes 0.07 pixel outside the corner (0.5, 0.5); the box of the trace reaches 1.6.
        Assert.Null(CutoutPlanner.Plan(Image, PolygonAt(Image, (1.6, -0.7), (-0.7, 1.6), (-6, -6))));
        Assert.Equal(new PixelBox(1, 1, 1, 1), CutoutPlanner.Plan(Image, PolygonAt(Image, (2.0, -0.7), (-0.7, 2.0), (-6, -6))));
    }

    [Fact]
    public void A_circle_past_the_corner_misses_though_its_bounding_box_overlaps_the_image()
    {
        // The centre (-5, -5) is 7.78 pixels from the corner (0.5, 0.5).
        Assert.Null(CutoutPlanner.Plan(Image, CircleAt(Image, -5, -5, 7.6 * Scale)));
        Assert.Equal(new PixelBox(1, 1, 1, 1), CutoutPlanner.Plan(Image, CircleAt(Image, -5, -5, 8 * Scale)));
    }

    [Fact]
    public void A_region_beside_the_image_misses_it() =>
        Assert.Null(CutoutPlanner.Plan(Image, PolygonAt(Image, (120.6, 1), (130, 1), (130, 90), (120.6, 90))));

    [Fact]
    public void A_concave_polygon_around_the_image_misses_it_and_one_arm_across_it_is_found()
    {
        // A U whose notch (x from -10 to the inner wall, y above -10) holds the image.
        (double, double)[] U(double innerWall) =>
            [(-50, -50), (170, -50), (170, 140), (innerWall + 40, 140), (innerWall, 140), (innerWall, -10), (-10, -10), (-10, 140), (-50, 140)];

        Assert.Null(CutoutPlanner.Plan(Image, PolygonAt(Image, U(130))));
        Assert.Equal(new PixelBox(110, 120, 1, 90), CutoutPlanner.Plan(Image, PolygonAt(Image, U(110))));
    }

    [Theory]
    [InlineData("CIRCLE 150 -30 1")]
    [InlineData("CIRCLE 150 -30 180")]
    [InlineData("CIRCLE 330 30 179.9")] // about the antipode: all but 0.1 degree about the image centre
    [InlineData("CIRCLE 250 -30 120")]
    [InlineData("RANGE 0 360 -90 90")]
    [InlineData("RANGE -Inf +Inf -Inf -29")]
    [InlineData("RANGE 140 160 -35 -25")]
    [InlineData("POLYGON 149 -31 151 -31 151 -29 149 -29")]
    public void A_region_holding_the_whole_image_keeps_all_of_it(string pos) =>
        Assert.Equal(new PixelBox(1, 120, 1, 90), CutoutPlanner.Plan(Image, Pos(pos)));

    [Theory]
    [InlineData("CIRCLE 330 30 179.5")] // all but 0.5 degree about the image centre, beyond its corners (0.3 degree)
    [InlineData("CIRCLE 330 30 60")]
    [InlineData("CIRCLE 270 -30 60")]
    [InlineData("RANGE 160 140 -35 -25")]
    [InlineData("RANGE 0 360 -29 90")]
    [InlineData("POLYGON 330 30 331 30 331 31")]
    public void A_region_far_from_the_image_misses_it_even_where_the_projection_cannot_follow_it(string pos) =>
        Assert.Null(CutoutPlanner.Plan(Image, Pos(pos)));

    [Fact]
    public void An_image_must_have_pixels() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CutoutPlanner.Plan(Image with { Naxis1 = 0 }, Pos("CIRCLE 150 -30 1")));
}
