using System.Globalization;
using ObsCore.Model;
using SeedData.Generator.SkyMap;
using SeedData.Generator.Survey;

namespace SeedData.Generator.Products;

/// <summary>
/// How products are named: one publisher DID per product, shared by its ObsCore row and its CAOM2
/// plane, and the DataLink URL that resolves it.
/// </summary>
public sealed class Identifiers(SurveyParameters parameters)
{
    /// <summary>IVOA identifier of this service, the part of every DID before the '?'.</summary>
    public string PublisherId { get; } = $"ivo://{parameters.Authority}/images";

    public string Did(ProductType type, CcdImage ccd) => $"{PublisherId}?{type.DatasetType}/{ccd.Visit.Id}/{ccd.Detector.Number}";

    public string Did(CoaddPatch coadd) =>
        $"{PublisherId}?{ProductType.DeepCoadd.DatasetType}/{coadd.Tract}/{coadd.Patch}/{coadd.Band.Name}";

    /// <summary>The tract and patch a coadd's DID names (…?deepCoadd/tract/patch/band), or null for any other DID.</summary>
    public static (int Tract, int Patch)? CoaddOf(string did)
    {
        ArgumentNullException.ThrowIfNull(did);
        var parts = did[(did.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('/');
        return parts is [var type, var tract, var patch, _] && type == ProductType.DeepCoadd.DatasetType
            && int.TryParse(tract, NumberStyles.None, CultureInfo.InvariantCulture, out var tractId)
            && int.TryParse(patch, NumberStyles.None, CultureInfo.InvariantCulture, out var patchId)
            && patchId < Tract.PatchesPerSide * Tract.PatchesPerSide
                ? (tractId, patchId)
                : null;
    }

    public string AccessUrl(string did) => DataLinkAccess.Url(parameters.PublicBaseUrl, did);

    /// <summary>CAOM2 observation URI: caom:{collection}/{observationID}.</summary>
    public string ObservationUri(string obsId) => $"caom:{parameters.Collection}/{obsId}";

    /// <summary>Where the file lives in the Butler repository, as a CAOM2 artifact URI.</summary>
    public static string ArtifactUri(string run, string did) => $"butler://{run}/{did[(did.IndexOf('?', StringComparison.Ordinal) + 1)..]}.fits";
}
