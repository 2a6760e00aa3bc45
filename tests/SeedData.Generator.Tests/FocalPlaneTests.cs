using SeedData.Generator.Camera;

namespace SeedData.Generator.Tests;

public class FocalPlaneTests
{
    [Fact]
    public void Has_189_detectors_numbered_raft_by_raft()
    {
        var detectors = LsstCam.Detectors;

        Assert.Equal(189, detectors.Count);
        Assert.Equal(Enumerable.Range(0, 189), detectors.Select(d => d.Number));
        Assert.Equal(("R01", "S00"), (detectors[0].Raft, detectors[0].Ccd));
        Assert.Equal(("R22", "S11"), (detectors[94].Raft, detectors[94].Ccd));
        Assert.Equal(("R43", "S22"), (detectors[188].Raft, detectors[188].Ccd));
        Assert.All(detectors, d => Assert.Equal(d.Number / 9, detectors.Select(x => x.Raft).Distinct().ToList().IndexOf(d.Raft)));
    }

    [Fact]
    public void Has_21_rafts_without_the_corners_each_with_3x3_ccds()
    {
        var rafts = LsstCam.Detectors.GroupBy(d => d.Raft).ToList();

        Assert.Equal(21, rafts.Count);
        Assert.DoesNotContain(rafts, r => r.Key is "R00" or "R04" or "R40" or "R44");
        Assert.All(rafts, raft => Assert.Equal(
            ["S00", "S01", "S02", "S10", "S11", "S12", "S20", "S21", "S22"],
            raft.Select(d => d.Ccd)));
    }

    [Fact]
    public void Ccd_gap_and_raft_gap_follow_the_camera_pitches()
    {
        var r22s11 = LsstCam.Detectors[94];
        var r22s12 = LsstCam.Detectors[95];
        var r22s21 = LsstCam.Detectors[97];
        var r23s10 = LsstCam.Detectors.Single(d => d is { Raft: "R23", Ccd: "S10" });
        var r32s01 = LsstCam.Detectors.Single(d => d is { Raft: "R32", Ccd: "S01" });

        Assert.Equal(LsstCam.ChipGapXMm, r22s12.CentreXMm - r22s11.CentreXMm - LsstCam.CcdWidthMm, 9);
        Assert.Equal(LsstCam.ChipGapYMm, r22s21.CentreYMm - r22s11.CentreYMm - LsstCam.CcdHeightMm, 9);
        Assert.Equal(LsstCam.RaftGapXMm, r23s10.CentreXMm - r22s12.CentreXMm - LsstCam.CcdWidthMm, 9);
        Assert.Equal(LsstCam.RaftGapYMm, r32s01.CentreYMm - r22s21.CentreYMm - LsstCam.CcdHeightMm, 9);
        Assert.InRange(LsstCam.ChipGapXMm, 0.2, 2.5);
        Assert.InRange(LsstCam.ChipGapYMm, LsstCam.ChipGapXMm, 2.5);
        Assert.InRange(LsstCam.RaftGapXMm, LsstCam.ChipGapXMm, 3.0);
        Assert.InRange(LsstCam.RaftGapYMm, LsstCam.ChipGapYMm, 3.0);
    }

    [Fact]
    public void Ccds_are_4072_by_4000_pixels_of_0_2_arcsec()
    {
        Assert.Equal((4072, 4000), (LsstCam.CcdColumns, LsstCam.CcdRows));
        Assert.Equal(0.2262, LsstCam.CcdWidthDegrees, 4);
        Assert.Equal(0.2222, LsstCam.CcdHeightDegrees, 4);
        Assert.All(LsstCam.Detectors, d =>
        {
            var corners = d.CornersMm;
            Assert.Equal(LsstCam.CcdWidthMm, corners[1].X - corners[0].X, 9);
            Assert.Equal(LsstCam.CcdHeightMm, corners[3].Y - corners[0].Y, 9);
        });
    }
}
