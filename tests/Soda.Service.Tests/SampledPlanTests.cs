using ObsCore.Model.Geometry;
using Soda.Service.Planning;
using static Soda.Service.Tests.SampledBox;
using static Soda.Service.Tests.Shapes;

namespace Soda.Service.Tests;

/// <summary>Pixel boxes where the sky is awkward (RA 0, the pole, huge circles, a projection that gives up), checked against sampling every pixel.</summary>
public class SampledPlanTests
{
    private const double Scale = 0.004;

    [Theory]
    [InlineData(359.9, 0.1, -0.05, 0.05)]
    [InlineData(0.1, 359.9, -0.05, 0.05)]
    [InlineData(359.95, 359.99, -1, 1)]
    [InlineData(0.02, 0.03, -1, 0.12)]
    [InlineData(359.8, 0.3, 0.12, 0.13)]
    public void A_range_across_RA_0_is_cut_where_it_lies(double ra1, double ra2, double dec1, double dec2)
    {
        var tan = TanProjection.Centred(new SkyPoint(0.05, 0.1), 120, 90, Scale, 20);
        // A WCS may expect right ascensions in [0, 360): the planner gives it no other.
        var image = tan.Image(120, 90) with
        {
            SkyToPixel = (double ra, double dec, out double x, out double y) =>
                ra is >= 0 and < 360 ? tan.SkyToPixel(ra, dec, out x, out y) : throw new ArgumentOutOfRangeException(nameof(ra), ra, null),
        };

        AssertAgrees(Of(image, InRange(ra1, ra2, dec1, dec2)), CutoutPlanner.Plan(image, Pos(FormattableString.Invariant($"RANGE {ra1} {ra2} {dec1} {dec2}"))));
    }

    [Theory]
    [InlineData("CIRCLE 359.98 0.1 0.05")]
    [InlineData("CIRCLE 0.2 0.2 0.1")]
    [InlineData("POLYGON 359.9 0 0.1 0.05 0.02 0.25")]
    public void Shapes_across_RA_0_are_cut_where_they_lie(string pos)
    {
        var image = Image(new SkyPoint(0.05, 0.1), rotation: -35);

        AssertAgrees(Of(image, Membership(pos)), CutoutPlanner.Plan(image, Pos(pos)));
    }

    [Theory]
    [InlineData("RANGE 0 360 89.95 90")]
    [InlineData("RANGE 10 20 89.8 90")]
    [InlineData("RANGE 350 10 89.8 90")]
    [InlineData("RANGE 100 260 89.7 89.9")]
    [InlineData("RANGE 0 360 89.6 89.8")]
    [InlineData("CIRCLE 0 90 0.05")]
    [InlineData("CIRCLE 45 89.85 0.04")]
    [InlineData("POLYGON 0 89.85 90 89.85 180 89.85 270 89.85")]
    [InlineData("POLYGON 30 89.7 150 89.7 270 89.7")]
    public void Regions_at_the_pole_are_cut_where_they_lie(string pos)
    {
        var image = Image(new SkyPoint(45, 89.9), rotation: 10);

        AssertAgrees(Of(image, Membership(pos)), CutoutPlanner.Plan(image, Pos(pos)));
    }

    [Theory]
    [InlineData("CIRCLE 100 0 90")]
    [InlineData("CIRCLE 100 0.1 89.95")]
    [InlineData("CIRCLE 190.05 -0.1 179.85")]
    [InlineData("CIRCLE 280 0 90.1")]
    public void Huge_circles_whose_edge_crosses_the_image_are_cut_where_they_lie(string pos)
    {
        var image = Image(new SkyPoint(10, 0), rotation: 25);

        AssertAgrees(Of(image, Membership(pos)), CutoutPlanner.Plan(image, Pos(pos)));
    }

    [Theory]
    [InlineData("CIRCLE 40 0 29.9")]
    [InlineData("CIRCLE 40 0.1 30.05")]
    [InlineData("CIRCLE 40 0 29.5")]
    [InlineData("CIRCLE 40 0 31")]
    [InlineData("RANGE 10.1 50 -30 30")]
    public void A_projection_that_gives_up_two_degrees_out_still_plans_the_cut(string pos)
    {
        var tan = TanProjection.Centred(new SkyPoint(10, 0), 120, 90, Scale, 25) with { Reach = 2 };
        var image = tan.Image(120, 90);

        AssertAgrees(Of(image, Membership(pos)), CutoutPlanner.Plan(image, Pos(pos)));
    }

    [Theory]
    [InlineData(0.01, 0.01)]
    [InlineData(0.2, 0.2)]
    [InlineData(0.05, 0.3)]
    public void A_range_in_the_empty_corner_of_a_turned_images_sky_box_misses_it(double width, double offset)
    {
        var image = Image(new SkyPoint(150, -30), rotation: 45);
        var border = Enumerable.Range(0, 121).Select(i => image.PixelToSky(0.5 + i, 0.5))
            .Concat(Enumerable.Range(0, 91).Select(i => image.PixelToSky(0.5, 0.5 + i)))
            .Concat(Enumerable.Range(0, 121).Select(i => image.PixelToSky(0.5 + i, 90.5)))
            .Concat(Enumerable.Range(0, 91).Select(i => image.PixelToSky(120.5, 0.5 + i)))
            .ToList();
        var (raMin, decMin) = (border.Min(p => p.Ra), border.Min(p => p.Dec));
        var pos = FormattableString.Invariant($"RANGE {raMin + offset * 0.01} {raMin + offset * 0.01 + width * 0.1} {decMin} {decMin + width * 0.1}");

        Assert.Null(Of(image, Membership(pos)));
        Assert.Null(CutoutPlanner.Plan(image, Pos(pos)));
    }

    private static ImageGeometry Image(SkyPoint centre, double rotation) => TanProjection.Centred(centre, 120, 90, Scale, rotation).Image(120, 90);

    /// <summary>The sampling's own reading of a POS value.</summary>
    private static Func<SkyPoint, bool> Membership(string pos)
    {
        var words = pos.Split(' ');
        var n = words.Skip(1).Select(w => double.Parse(w, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return words[0] switch
        {
            "CIRCLE" => InCircle(n[0], n[1], n[2]),
            "RANGE" => InRange(n[0], n[1], n[2], n[3]),
            _ => InConvexPolygon(n),
        };
    }
}
