namespace SeedData.Generator.Products;

/// <summary>A kind of image product: its Butler dataset type and how ObsCore classifies it.</summary>
/// <param name="ProvenanceName">Pipeline task that writes the product.</param>
public sealed record ProductType(string DatasetType, int CalibLevel, string PixelUcd, string ProvenanceName)
{
    public static readonly ProductType Raw = new("raw", 1, "phot.count", "ingestRaws");
    public static readonly ProductType Calexp = new("calexp", 2, "phot.flux.density", "calibrateImage");
    public static readonly ProductType Difference = new("goodSeeingDiff_differenceExp", 3, "phot.flux.density", "subtractImages");
    public static readonly ProductType DeepCoadd = new("deepCoadd", 3, "phot.flux.density", "assembleCoadd");

    /// <summary>The three products made of every CCD of every visit.</summary>
    public static readonly IReadOnlyList<ProductType> SingleVisit = [Raw, Calexp, Difference];

    /// <summary>ObsCore dataproduct_subtype, as Rubin's ObsCore writes it.</summary>
    public string Subtype => "lsst." + DatasetType;
}
