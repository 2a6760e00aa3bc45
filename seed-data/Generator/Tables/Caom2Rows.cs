using ObsCore.Model;
using SeedData.Generator.Camera;
using SeedData.Generator.Products;

namespace SeedData.Generator.Tables;

/// <summary>The caom2.* rows of a generated data set, consistent with its ObsCore rows (same DIDs, obs_ids, dates).</summary>
public static class Caom2Rows
{
    private static readonly RowLayout ObservationLayout = new(Caom2Tables.Observation);
    private static readonly RowLayout PlaneLayout = new(Caom2Tables.Plane);
    private static readonly RowLayout ArtifactLayout = new(Caom2Tables.Artifact);
    private static readonly RowLayout ProvenanceLayout = new(Caom2Tables.ProvenanceInput);

    public static IEnumerable<object?[]> Observations(SeedDataSet data)
    {
        foreach (var ccd in data.CcdImages)
        {
            yield return Observation(data, ccd.ObsId, "simple", "exposure", data.ReleaseDate(ccd.Visit))
                .Set("sequence_number", ccd.Visit.Id % 100000)
                .Set("target_name", $"WFD-{ccd.Visit.FieldId:D4}")
                .Set("instrument_name", LsstCam.Instrument)
                .Values;
        }

        foreach (var coadd in data.Coadds)
        {
            yield return Observation(data, coadd.ObsId, "composite", "coadd", data.ReleaseDate(coadd)).Values;
        }
    }

    public static IEnumerable<object?[]> Planes(SeedDataSet data)
    {
        foreach (var ccd in data.CcdImages)
        {
            foreach (var type in ProductType.SingleVisit)
            {
                yield return Plane(data, type, data.Ids.Did(type, ccd), ccd.ObsId, ccd.Visit.Band.Name, data.ReleaseDate(ccd.Visit))
                    .Set("provenance_last_executed", ObsCoreRows.CreationDate(type, ccd.Visit, data.Parameters.Now))
                    .Set("provenance_run_id", ObsCoreRows.Run(type, ccd.Visit))
                    .Values;
            }
        }

        foreach (var coadd in data.Coadds)
        {
            var type = ProductType.DeepCoadd;
            yield return Plane(data, type, data.Ids.Did(coadd), coadd.ObsId, coadd.Band.Name, data.ReleaseDate(coadd))
                .Set("provenance_last_executed", ObsCoreRows.CreationDate(type, null, data.Parameters.Now))
                .Set("provenance_run_id", ObsCoreRows.Run(type, null))
                .Values;
        }
    }

    public static IEnumerable<object?[]> Artifacts(SeedDataSet data)
    {
        foreach (var ccd in data.CcdImages)
        {
            foreach (var type in ProductType.SingleVisit)
            {
                yield return Artifact(data.Ids.Did(type, ccd), ObsCoreRows.Run(type, ccd.Visit), ProductImages.FileLength(ProductImages.Of(data, type, ccd)));
            }
        }

        foreach (var coadd in data.Coadds)
        {
            yield return Artifact(data.Ids.Did(coadd), ObsCoreRows.Run(ProductType.DeepCoadd, null), ProductImages.FileLength(ProductImages.Of(data, coadd)));
        }
    }

    /// <summary>Each coadd plane and the calibrated (calexp) planes of the CCD images it was made from.</summary>
    public static IEnumerable<object?[]> ProvenanceInputs(SeedDataSet data)
    {
        foreach (var coadd in data.Coadds)
        {
            var did = data.Ids.Did(coadd);
            foreach (var input in coadd.Inputs)
            {
                yield return ProvenanceLayout.NewRow()
                    .Set("publisher_did", did)
                    .Set("input_did", data.Ids.Did(ProductType.Calexp, input))
                    .Values;
            }
        }
    }

    private static TableRow Observation(SeedDataSet data, string obsId, string observationType, string algorithm, DateTime release) =>
        ObservationLayout.NewRow()
            .Set("observation_uri", data.Ids.ObservationUri(obsId))
            .Set("collection", data.Parameters.Collection)
            .Set("obs_id", obsId)
            .Set("observation_type", observationType)
            .Set("algorithm_name", algorithm)
            .Set("intent", "science")
            .Set("obs_type", "object")
            .Set("telescope_name", LsstCam.Facility)
            .Set("proposal_id", "WFD")
            .Set("meta_release", release);

    private static TableRow Plane(SeedDataSet data, ProductType type, string did, string obsId, string band, DateTime release) =>
        PlaneLayout.NewRow()
            .Set("publisher_did", did)
            .Set("observation_uri", data.Ids.ObservationUri(obsId))
            .Set("product_id", type.DatasetType)
            .Set("calib_level", type.CalibLevel)
            .Set("dataproduct_type", "image")
            .Set("energy_bandpass_name", band)
            .Set("data_release", release)
            .Set("meta_release", release)
            .Set("provenance_name", type.ProvenanceName);

    /// <param name="fileLength">The length in bytes of the file the render command writes.</param>
    private static object?[] Artifact(string did, string run, long fileLength) =>
        ArtifactLayout.NewRow()
            .Set("artifact_uri", Identifiers.ArtifactUri(run, did))
            .Set("publisher_did", did)
            .Set("product_type", "this")
            .Set("release_type", "data")
            .Set("content_type", "application/fits")
            .Set("content_length", fileLength)
            .Values;
}
