namespace SeedData.Generator.Camera;

/// <summary>
/// The LSSTCam science focal plane: 21 rafts on a 5×5 grid whose corners hold wavefront sensors
/// instead, each raft 3×3 CCDs of 4072×4000 10 µm pixels (ITL-like), at 0.2 arcsec per pixel.
/// </summary>
public static class LsstCam
{
    public const string Instrument = "LSSTCam";
    public const string Facility = "Rubin:Simonyi";

    /// <summary>Pixels along the focal plane's x axis: an image's NAXIS1.</summary>
    public const int CcdColumns = 4072;

    /// <summary>Pixels along the focal plane's y axis: an image's NAXIS2.</summary>
    public const int CcdRows = 4000;

    public const double PixelSizeMm = 0.010;
    public const double PixelScaleArcsec = 0.2;
    public const double CcdWidthMm = CcdColumns * PixelSizeMm;
    public const double CcdHeightMm = CcdRows * PixelSizeMm;

    /// <summary>Centre-to-centre distance of CCDs in a raft, along x and y; the chip gaps are what is left of it.</summary>
    public const double CcdPitchMm = 42.25;

    /// <summary>Centre-to-centre distance of rafts; the raft gaps are slightly wider than the chip gaps.</summary>
    public const double RaftPitchMm = 127.0;

    public const double ChipGapXMm = CcdPitchMm - CcdWidthMm;
    public const double ChipGapYMm = CcdPitchMm - CcdHeightMm;
    public const double RaftGapXMm = RaftPitchMm - 2 * CcdPitchMm - CcdWidthMm;
    public const double RaftGapYMm = RaftPitchMm - 2 * CcdPitchMm - CcdHeightMm;

    /// <summary>Plate scale: radians on the sky per millimetre on the focal plane.</summary>
    public static readonly double RadiansPerMm = double.DegreesToRadians(PixelScaleArcsec / 3600 / PixelSizeMm);

    public static readonly double CcdWidthDegrees = CcdColumns * PixelScaleArcsec / 3600;

    public static readonly double CcdHeightDegrees = CcdRows * PixelScaleArcsec / 3600;

    /// <summary>All 189 science detectors, indexed by their number.</summary>
    public static readonly IReadOnlyList<Detector> Detectors = BuildDetectors();

    private static Detector[] BuildDetectors()
    {
        var detectors = new List<Detector>(189);
        for (var raftRow = 0; raftRow < 5; raftRow++)
        {
            for (var raftColumn = 0; raftColumn < 5; raftColumn++)
            {
                var isCorner = raftRow is 0 or 4 && raftColumn is 0 or 4;
                if (isCorner)
                {
                    continue;
                }

                for (var ccdRow = 0; ccdRow < 3; ccdRow++)
                {
                    for (var ccdColumn = 0; ccdColumn < 3; ccdColumn++)
                    {
                        detectors.Add(new Detector(
                            detectors.Count,
                            $"R{raftRow}{raftColumn}",
                            $"S{ccdRow}{ccdColumn}",
                            (raftColumn - 2) * RaftPitchMm + (ccdColumn - 1) * CcdPitchMm,
                            (raftRow - 2) * RaftPitchMm + (ccdRow - 1) * CcdPitchMm));
                    }
                }
            }
        }

        return [.. detectors];
    }
}
