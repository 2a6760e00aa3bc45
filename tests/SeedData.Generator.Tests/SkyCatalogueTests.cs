using ObsCore.Model.Geometry;
using SeedData.Generator.Geometry;
using SeedData.Generator.Sky;
using SeedData.Generator.Survey;

namespace SeedData.Generator.Tests;

public class SkyCatalogueTests
{
    private static readonly SkyCatalogue Catalogue = SkyCatalogue.Survey;

    [Fact]
    public void A_cell_holds_the_same_stars_every_time_and_another_seed_other_stars()
    {
        var first = Catalogue.StarsInCell(200, 700);
        var again = Catalogue.StarsInCell(200, 700);
        var otherSeed = new SkyCatalogue(7).StarsInCell(200, 700);

        Assert.Equal(first, again);
        Assert.NotEqual(first[0].Ra, otherSeed[0].Ra);
    }

    [Fact]
    public void A_star_in_the_overlap_of_two_regions_is_the_same_star_in_both()
    {
        var a = Square(new SkyPoint(150.0, -30.0), 0.25);
        var b = Square(new SkyPoint(150.1, -30.1), 0.25);

        var inA = Catalogue.StarsNear(a.Vertices, 0).Where(s => SphericalChecks.Contains(a, new SkyPoint(s.Ra, s.Dec))).ToList();
        var inB = Catalogue.StarsNear(b.Vertices, 0).Where(s => SphericalChecks.Contains(b, new SkyPoint(s.Ra, s.Dec))).ToHashSet();
        var inBoth = inA.Where(s => SphericalChecks.Contains(b, new SkyPoint(s.Ra, s.Dec))).ToList();

        Assert.True(inBoth.Count > 100, $"only {inBoth.Count} stars in the overlap");
        Assert.All(inBoth, star => Assert.Contains(star, inB));
        Assert.Equal(inB.Count(s => SphericalChecks.Contains(a, new SkyPoint(s.Ra, s.Dec))), inBoth.Count);
    }

    [Fact]
    public void A_region_across_right_ascension_zero_gets_stars_from_both_sides()
    {
        var region = Square(new SkyPoint(0.0, -10.0), 0.2);

        var stars = Catalogue.StarsNear(region.Vertices, 0).Where(s => SphericalChecks.Contains(region, new SkyPoint(s.Ra, s.Dec))).ToList();

        Assert.Contains(stars, s => s.Ra > 359.9);
        Assert.Contains(stars, s => s.Ra < 0.1);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-45.0)]
    [InlineData(-75.0)]
    public void Star_counts_follow_the_density_and_the_power_law_everywhere(double dec)
    {
        var region = Square(new SkyPoint(80.0, dec), 1.0);

        var stars = Catalogue.StarsNear(region.Vertices, 0).Where(s => SphericalChecks.Contains(region, new SkyPoint(s.Ra, s.Dec))).ToList();
        var perSquareDegree = stars.Count / region.AreaSquareDegrees;
        var brighterThan20 = stars.Count(s => s.MagnitudeR < 20) / (double)stars.Count;

        Assert.Equal(SkyCatalogue.StarsPerSquareDegree, perSquareDegree, SkyCatalogue.StarsPerSquareDegree * 0.03);
        // log10 N(<m) rises 0.3 per magnitude: N(<20) / N(<25) = 10^-1.5.
        Assert.Equal(Math.Pow(10, -1.5), brighterThan20, 0.005);
        Assert.All(stars, s => Assert.InRange(s.MagnitudeR, SkyCatalogue.BrightestMagnitude, SkyCatalogue.FaintestMagnitude));
        Assert.InRange(stars.Count(s => s.IsVariable) / (double)stars.Count, 0.015, 0.025);
    }

    [Fact]
    public void Redder_stars_are_fainter_in_the_blue_and_a_variable_star_changes_about_its_mean()
    {
        var star = new Star(1, 10, -10, 20, 1.0, 0.3, 2.0, 0.5);

        Assert.True(star.Magnitude(Band.U) > star.Magnitude(Band.G));
        Assert.True(star.Magnitude(Band.G) > star.Magnitude(Band.R));
        Assert.True(star.Magnitude(Band.R) > star.Magnitude(Band.Z));
        // AB: 0 mag is 3631 Jy; Rubin takes 31.4 for the magnitude of 1 nJy.
        Assert.Equal(1, star.Flux(Band.R) / (3631e9 * Math.Pow(10, -0.4 * 20)), 1e-4);
        var changes = Enumerable.Range(0, 100).Select(i => star.FluxChange(Band.R, 61000 + i * 0.037)).ToList();
        Assert.Contains(changes, c => c > 0.2 * star.Flux(Band.R));
        Assert.Contains(changes, c => c < -0.2 * star.Flux(Band.R));
        var constant = star with { Amplitude = 0 };
        Assert.Equal(0, constant.FluxChange(Band.R, 61000));
    }

    /// <summary>A square of the given side about a centre, wound counter-clockwise.</summary>
    private static SkyPolygon Square(SkyPoint centre, double sideDegrees)
    {
        var plane = new TangentPlane(centre);
        var half = double.DegreesToRadians(sideDegrees) / 2;
        return SkyPolygon.FromVertices([plane.ToSky(-half, -half), plane.ToSky(half, -half), plane.ToSky(half, half), plane.ToSky(-half, half)]);
    }
}
