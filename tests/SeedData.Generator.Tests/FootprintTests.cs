using SeedData.Generator.Camera;
using ObsCore.Model.Geometry;
using SeedData.Generator.Geometry;
using SeedData.Generator.Products;
using SeedData.Generator.Survey;

namespace SeedData.Generator.Tests;

public class FootprintTests
{
    private static readonly SeedDataSet Data = SeedDataSet.Generate(
        new SurveyParameters(4, 42, new DateTime(2026, 11, 2, 10, 0, 0, DateTimeKind.Utc)));

    private static readonly double DegreesPerMm = LsstCam.PixelScaleArcsec / 3600 / LsstCam.PixelSizeMm;

    [Theory]
    [InlineData("R22")]
    [InlineData("R01")]
    [InlineData("R34")]
    public void The_nine_ccds_of_a_raft_tile_it_with_gaps_no_wider_than_the_chip_gap(string raft)
    {
        foreach (var visit in Data.Visits)
        {
            var ccds = Data.CcdImages.Where(c => c.Visit == visit && c.Detector.Raft == raft).ToDictionary(c => c.Detector.Ccd);
            var plane = new TangentPlane(ccds["S11"].Footprint.Centre);
            var projected = ccds.ToDictionary(p => p.Key, p => Project(plane, p.Value.Footprint));

            foreach (var (a, b, gapMm) in NeighbourPairs())
            {
                var chipGap = gapMm * DegreesPerMm;
                Assert.False(projected[a].Any(v => Inside(projected[b], v)), $"{raft} {a} overlaps {b}");
                Assert.InRange(Gap(projected[a], projected[b]), 0.95 * chipGap, 1.05 * chipGap);
            }

            var ccdArea = LsstCam.CcdWidthDegrees * LsstCam.CcdHeightDegrees;
            var raftArea = (3 * LsstCam.CcdWidthDegrees + 2 * LsstCam.ChipGapXMm * DegreesPerMm) * (3 * LsstCam.CcdHeightDegrees + 2 * LsstCam.ChipGapYMm * DegreesPerMm);
            var covered = ccds.Values.Sum(c => c.Footprint.AreaSquareDegrees);
            Assert.Equal(9 * ccdArea, covered, 9 * ccdArea * 0.002);
            Assert.True(covered / raftArea > 0.93);
        }
    }

    [Fact]
    public void A_visit_covers_about_9_5_square_degrees_over_3_5_degrees()
    {
        foreach (var visit in Data.Visits)
        {
            var ccds = Data.CcdImages.Where(c => c.Visit == visit).ToList();
            Assert.Equal(189, ccds.Count);
            Assert.InRange(ccds.Sum(c => c.Footprint.AreaSquareDegrees), 9.4, 9.6);

            var leftmost = ccds.Single(c => c.Detector is { Raft: "R20", Ccd: "S10" }).Footprint.Vertices;
            var rightmost = ccds.Single(c => c.Detector is { Raft: "R24", Ccd: "S12" }).Footprint.Vertices;
            var span = leftmost.SelectMany(l => rightmost.Select(l.SeparationDegrees)).Max();
            Assert.InRange(span, 3.45, 3.6);
        }
    }

    [Fact]
    public void Footprints_wind_counter_clockwise_seen_from_the_origin()
    {
        var footprints = Data.CcdImages.Select(c => c.Footprint).Concat(Data.Coadds.Select(c => c.Footprint));
        Assert.All(footprints, footprint =>
        {
            Assert.Equal(4, footprint.Vertices.Count);
            Assert.True(SphericalChecks.Contains(footprint, footprint.Centre));
        });
    }

    [Fact]
    public void Ccd_footprints_list_the_pixel_corners_in_order_with_naxis1_along_the_first_edge()
    {
        // Off the boresight the gnomonic projection shrinks a CCD by up to 0.1 %, far less than the 1.8 % between its sides.
        const double tolerance = 0.0005;
        Assert.All(Data.CcdImages, ccd =>
        {
            var v = ccd.Footprint.Vertices;
            Assert.Equal(LsstCam.CcdWidthDegrees, v[0].SeparationDegrees(v[1]), tolerance);
            Assert.Equal(LsstCam.CcdHeightDegrees, v[1].SeparationDegrees(v[2]), tolerance);
            Assert.Equal(LsstCam.CcdWidthDegrees, v[2].SeparationDegrees(v[3]), tolerance);
            Assert.Equal(LsstCam.CcdHeightDegrees, v[3].SeparationDegrees(v[0]), tolerance);
        });
    }

    [Fact]
    public void Patch_footprints_start_at_the_south_east_corner_and_run_west_then_north()
    {
        Assert.All(Data.Coadds, coadd =>
        {
            var plane = new TangentPlane(coadd.Footprint.Centre);
            var corners = coadd.Footprint.Vertices.Select(v => plane.ToPlane(v)!.Value).ToArray();
            // Tangent-plane x points east: pixel x (vertex 0 to 1) runs west, pixel y (vertex 0 to 3) north.
            Assert.True(corners[1].X < corners[0].X && Math.Abs(corners[1].Y - corners[0].Y) < Math.Abs(corners[1].X - corners[0].X) / 10);
            Assert.True(corners[3].Y > corners[0].Y && Math.Abs(corners[3].X - corners[0].X) < Math.Abs(corners[3].Y - corners[0].Y) / 10);
        });
    }

    [Fact]
    public void Rotation_turns_the_focal_plane_about_the_boresight()
    {
        var visit = Data.Visits[0];
        var plane = new TangentPlane(visit.Boresight);
        var centreOfR22S12 = plane.ToPlane(Data.CcdImages.Single(c => c.Visit == visit && c.Detector.Number == 95).Footprint.Centre)!.Value;

        // R22 S12 sits one CCD pitch along the focal plane's x axis, which points west at rotation 0 and
        // turns with the y axis (from north through east), so from west through north.
        var expectedAngle = Math.PI - double.DegreesToRadians(visit.RotationDegrees);
        Assert.Equal(Math.Cos(expectedAngle), centreOfR22S12.X / Math.Sqrt(centreOfR22S12.X * centreOfR22S12.X + centreOfR22S12.Y * centreOfR22S12.Y), 6);
        Assert.Equal(Math.Sin(expectedAngle), centreOfR22S12.Y / Math.Sqrt(centreOfR22S12.X * centreOfR22S12.X + centreOfR22S12.Y * centreOfR22S12.Y), 6);
    }

    /// <summary>Neighbouring sensors of a raft and the chip gap between them: along x between columns, along y between rows.</summary>
    private static IEnumerable<(string, string, double)> NeighbourPairs()
    {
        for (var row = 0; row < 3; row++)
        {
            for (var column = 0; column < 3; column++)
            {
                if (column < 2)
                {
                    yield return ($"S{row}{column}", $"S{row}{column + 1}", LsstCam.ChipGapXMm);
                }

                if (row < 2)
                {
                    yield return ($"S{row}{column}", $"S{row + 1}{column}", LsstCam.ChipGapYMm);
                }
            }
        }
    }

    /// <summary>Footprint corners on the tangent plane, in degrees; edges stay straight under the gnomonic projection.</summary>
    private static (double X, double Y)[] Project(TangentPlane plane, SkyPolygon footprint) =>
        [.. footprint.Vertices.Select(v => plane.ToPlane(v)!.Value).Select(p => (double.RadiansToDegrees(p.X), double.RadiansToDegrees(p.Y)))];

    /// <summary>Closest approach of two polygons that do not overlap: the least distance from a vertex of one to an edge of the other.</summary>
    private static double Gap((double X, double Y)[] a, (double X, double Y)[] b) =>
        Math.Min(a.Min(v => DistanceToEdges(b, v)), b.Min(v => DistanceToEdges(a, v)));

    private static double DistanceToEdges((double X, double Y)[] polygon, (double X, double Y) point) =>
        polygon.Select((start, i) => DistanceToSegment(start, polygon[(i + 1) % polygon.Length], point)).Min();

    private static double DistanceToSegment((double X, double Y) a, (double X, double Y) b, (double X, double Y) p)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var t = Math.Clamp(((p.X - a.X) * dx + (p.Y - a.Y) * dy) / (dx * dx + dy * dy), 0, 1);
        return Math.Sqrt(Math.Pow(a.X + t * dx - p.X, 2) + Math.Pow(a.Y + t * dy - p.Y, 2));
    }

    private static bool Inside((double X, double Y)[] polygon, (double X, double Y) point)
    {
        var signs = polygon.Select((a, i) =>
        {
            var b = polygon[(i + 1) % polygon.Length];
            return Math.Sign((b.X - a.X) * (point.Y - a.Y) - (b.Y - a.Y) * (point.X - a.X));
        }).ToList();
        return signs.All(s => s > 0) || signs.All(s => s < 0);
    }
}
