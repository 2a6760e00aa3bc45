namespace Soda.Service.Images;

/// <summary>
/// One image as the metadata describe it: where it lies in the store, who may read it, and what the
/// ObsCore row says of its geometry and coverage — enough to serve it, cut it, describe its SODA
/// parameters and, for a synthetic store, render it.
/// </summary>
public sealed record ImageDataset
{
    public required string PublisherDid { get; init; }

    /// <summary>The relative path in the image store (<see cref="ImagePaths"/>).</summary>
    public required string StorePath { get; init; }

    public required string ContentType { get; init; }

    /// <summary>The file's size in bytes as the metadata give it, when they do.</summary>
    public long? ContentLength { get; init; }

    /// <summary>Whether the dataset is still under embargo (its release date is to come): only callers who may see it find it.</summary>
    public bool IsEmbargoed { get; init; }

    public DateTime? ReleaseDate { get; init; }

    /// <summary>The Butler dataset type (raw, calexp, goodSeeingDiff_differenceExp, deepCoadd, ...).</summary>
    public string? DatasetType { get; init; }

    public long? Naxis1 { get; init; }

    public long? Naxis2 { get; init; }

    /// <summary>s_region's vertices as ra1, dec1, ra2, dec2, ... in degrees; empty when unknown.</summary>
    public IReadOnlyList<double> Footprint { get; init; } = [];

    public string? Band { get; init; }

    public long? Visit { get; init; }

    public int? Detector { get; init; }

    public double? TimeMin { get; init; }

    public double? TimeMax { get; init; }

    public double? WavelengthMin { get; init; }

    public double? WavelengthMax { get; init; }

    public string? PolarizationStates { get; init; }
}
