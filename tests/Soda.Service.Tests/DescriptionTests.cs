using System.Globalization;
using ObsCore.Model.Geometry;
using Soda.Service.Description;
using Soda.Service.Planning;
using VoTable;

namespace Soda.Service.Tests;

/// <summary>The parameters as descriptors publish them: SODA's three factors, DALI's types, and the VALUES of one image.</summary>
public class DescriptionTests
{
    private static readonly SkyPolygon Footprint = SkyPolygon.FromVertices(
        [new SkyPoint(149.8, -30.1), new SkyPoint(150.2, -30.1), new SkyPoint(150.2, -29.9), new SkyPoint(149.8, -29.9)]);

    private static readonly ImageCoverage Coverage = new(Footprint, 5.5e-7, 6.9e-7, 60000.1, 60000.2, "/I/Q/");

    [Theory]
    [InlineData("ID", "meta.ref.url;meta.curation", null, "char", "*", null)]
    [InlineData("POS", "pos.outline;obs", null, "char", "*", null)]
    [InlineData("CIRCLE", "pos.outline;obs", "deg", "double", "3", "circle")]
    [InlineData("POLYGON", "pos.outline;obs", "deg", "double", "*", "polygon")]
    [InlineData("BAND", "em.wl;stat.interval", "m", "double", "2", "interval")]
    [InlineData("TIME", "time.interval;obs.exposure", "d", "double", "2", "interval")]
    [InlineData("POL", "meta.code;phys.polarization", null, "char", "*", null)]
    public void Each_parameter_has_SODAs_three_factors_and_DALIs_type(string name, string ucd, string? unit, string datatype, string arraySize, string? xtype)
    {
        var parameter = Assert.Single(SodaDescriber.Generic, p => p.Parameter.Name == name).Parameter;

        Assert.Equal((ucd, unit, datatype, arraySize, xtype),
            (parameter.Ucd, parameter.Unit, parameter.Type.Datatype.ToVoTableName(), parameter.Type.ArraySize, parameter.Type.XType));
        Assert.False(string.IsNullOrWhiteSpace(parameter.Description));
    }

    [Fact]
    public void The_generic_description_lists_every_parameter_without_values()
    {
        Assert.Equal(["ID", "POS", "CIRCLE", "POLYGON", "BAND", "TIME", "POL"], SodaDescriber.Generic.Select(p => p.Parameter.Name));
        Assert.All(SodaDescriber.Generic, p => Assert.Equal((null, null, 0), (p.Min, p.Max, p.Options.Count)));
    }

    [Fact]
    public void An_images_description_gives_its_band_pass_exposure_and_states()
    {
        var described = SodaDescriber.For(Coverage).ToDictionary(p => p.Parameter.Name);

        Assert.Equal(("5.5E-07", "6.9E-07"), (described["BAND"].Min, described["BAND"].Max));
        Assert.Equal(("60000.1", "60000.2"), (described["TIME"].Min, described["TIME"].Max));
        Assert.Equal(["I", "Q"], described["POL"].Options);
        Assert.Equal((null, null), (described["ID"].Max, described["POS"].Max));
    }

    [Fact]
    public void POLYGONs_maximum_is_the_footprint_counter_clockwise() =>
        Assert.Equal("149.8 -29.9 150.2 -29.9 150.2 -30.1 149.8 -30.1",
            SodaDescriber.For(Coverage).Single(p => p.Parameter.Name == "POLYGON").Max);

    [Fact]
    public void CIRCLEs_maximum_is_the_smallest_circle_holding_the_footprint()
    {
        var max = SodaDescriber.For(Coverage).Single(p => p.Parameter.Name == "CIRCLE").Max!;
        var n = max.Split(' ').Select(w => double.Parse(w, CultureInfo.InvariantCulture)).ToArray();
        var centre = new SkyPoint(n[0], n[1]);

        Assert.All(Footprint.Vertices, v => Assert.True(centre.SeparationDegrees(v) <= n[2], $"{v} lies outside {max}"));
        // No circle is smaller than half the longer diagonal; this nearly rectangular footprint's is barely larger.
        var halfDiagonal = Math.Max(Footprint.Vertices[0].SeparationDegrees(Footprint.Vertices[2]), Footprint.Vertices[1].SeparationDegrees(Footprint.Vertices[3])) / 2;
        Assert.InRange(n[2], halfDiagonal, halfDiagonal + 1e-6);
    }

    [Fact]
    public void A_dataset_without_polarisation_states_or_known_extents_publishes_no_values_for_them()
    {
        var described = SodaDescriber.For(new ImageCoverage(null, null, null, null, null, null));

        Assert.Equal(["ID", "POS", "CIRCLE", "POLYGON", "BAND", "TIME"], described.Select(p => p.Parameter.Name));
        Assert.All(described, p => Assert.Equal((null, null), (p.Min, p.Max)));
    }

    [Theory]
    [InlineData(new[] { 10.0, 0, 11, 0, 10.5, 5 })]
    [InlineData(new[] { 10.0, 0, 14, 0, 12, 0.5 })]
    [InlineData(new[] { 0.0, 89, 90, 89, 180, 89, 270, 89, 45, 89.5 })]
    [InlineData(new[] { 359.9, -0.1, 0.1, -0.1, 0.1, 0.1, 359.9, 0.1 })]
    [InlineData(new[] { 20.0, 10, 20.3, 10.05, 20.1, 10.4, 19.8, 10.3, 19.9, 10.1 })]
    public void The_covering_circle_holds_every_point_and_no_smaller_circle_about_a_nearby_centre_does(double[] raDec)
    {
        var points = Enumerable.Range(0, raDec.Length / 2).Select(i => new SkyPoint(raDec[2 * i], raDec[2 * i + 1])).ToList();

        var (centre, radius) = CoveringCircle.Of(points);

        Assert.All(points, p => Assert.True(centre.SeparationDegrees(p) <= radius + 1e-9));
        // Moving the centre anywhere nearby makes the farthest point farther: the circle is the smallest.
        var step = 1e-4 * radius;
        for (var angle = 0; angle < 360; angle += 15)
        {
            var (sin, cos) = Math.SinCos(angle * Math.PI / 180);
            var moved = new SkyPoint(centre.Ra + step * sin / Math.Cos(centre.Dec * Math.PI / 180), centre.Dec + step * cos);
            Assert.True(points.Max(moved.SeparationDegrees) >= radius - 1e-12, $"a circle about {moved} is smaller");
        }
    }
}
