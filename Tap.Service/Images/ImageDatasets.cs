using Dapper;
using Npgsql;
using Soda.Service.Images;
using Tap.Service.VoTable.Results;

namespace Tap.Service.Images;

/// <summary>
/// Finds the images of datasets in the metadata, by ID (DataLink, SODA) or by store path (files,
/// previews): the ObsCore row, with its CAOM2 file when there is one. A row without one (a CSV load)
/// is an image all the same, found in the store by the path its ID gives.
/// </summary>
internal sealed class ImageDatasets(NpgsqlDataSource dataSource)
{
    private const string DataLinkFormatPrefix = "application/x-votable+xml;content=datalink";
    private const string FitsContentType = "application/fits";

    private const string Select =
        """
        SELECT o.obs_publisher_did AS PublisherDid, a.artifact_uri AS ArtifactUri, a.content_type AS ArtifactContentType,
               a.content_length AS ArtifactContentLength, o.access_format AS AccessFormat, o.access_estsize AS AccessEstimatedSize,
               o.data_rights AS DataRights, o.obs_release_date AS ReleaseDate,
               coalesce(o.lsst_dataset_type, regexp_replace(o.dataproduct_subtype, '^lsst\.', '')) AS DatasetType,
               o.s_xel1 AS Naxis1, o.s_xel2 AS Naxis2, o.s_region::text AS Region, o.lsst_band AS Band, o.lsst_visit AS Visit,
               o.lsst_detector AS Detector, o.t_min AS TimeMin, o.t_max AS TimeMax, o.em_min AS WavelengthMin,
               o.em_max AS WavelengthMax, o.pol_states AS PolarizationStates
        FROM ivoa.obscore o LEFT JOIN caom2.artifact a ON a.publisher_did = o.obs_publisher_did AND a.product_type = 'this'
        """;

    /// <summary>The datasets with these IDs, by ID; IDs with no ObsCore row are absent.</summary>
    public async Task<IReadOnlyDictionary<string, ImageDataset>> FindAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct(StringComparer.Ordinal).ToArray();
        var rows = await QueryAsync(Select + " WHERE o.obs_publisher_did = ANY(@distinct)", new { distinct }, cancellationToken);
        return rows.ToDictionary(row => row.PublisherDid, StringComparer.Ordinal);
    }

    /// <summary>The dataset whose image has this store path, or null.</summary>
    public async Task<ImageDataset?> FindByStorePathAsync(string storePath, CancellationToken cancellationToken)
    {
        IReadOnlyList<ImageDataset> rows;
        if (ImagePaths.IsObsCorePath(storePath))
        {
            var candidates = ImagePaths.PublisherDidCandidates(storePath).ToArray();
            rows = await QueryAsync(Select + " WHERE o.obs_publisher_did = ANY(@candidates) AND a.artifact_uri IS NULL", new { candidates }, cancellationToken);
        }
        else
        {
            var uri = ImagePaths.ToArtifactUri(storePath);
            rows = await QueryAsync(Select + " WHERE a.artifact_uri = @uri", new { uri }, cancellationToken);
        }

        return rows.FirstOrDefault(row => row.StorePath == storePath);
    }

    private async Task<IReadOnlyList<ImageDataset>> QueryAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(ToDataset)];
    }

    private static ImageDataset ToDataset(Row row)
    {
        var accessIsFile = row.AccessFormat is { } format && !format.Replace(" ", "", StringComparison.Ordinal)
            .StartsWith(DataLinkFormatPrefix, StringComparison.OrdinalIgnoreCase);
        return new ImageDataset
        {
            PublisherDid = row.PublisherDid,
            // A Butler artifact is where the file is; anything else (no artifact, or one we cannot
            // resolve) is looked for under the path of its ID.
            StorePath = (row.ArtifactUri is null ? null : ImagePaths.FromArtifactUri(row.ArtifactUri)) ?? ImagePaths.FromPublisherDid(row.PublisherDid),
            // When access_url is a DataLink document (Rubin's exports), its format and size are not the file's.
            ContentType = row.ArtifactContentType ?? (accessIsFile ? row.AccessFormat! : FitsContentType),
            ContentLength = row.ArtifactContentLength ?? (accessIsFile ? row.AccessEstimatedSize * 1024 : null),
            IsEmbargoed = string.Equals(row.DataRights, "proprietary", StringComparison.OrdinalIgnoreCase),
            ReleaseDate = row.ReleaseDate,
            DatasetType = row.DatasetType,
            Naxis1 = row.Naxis1,
            Naxis2 = row.Naxis2,
            Footprint = row.Region is null ? [] : PgSpherePolygonText.VerticesInDegrees(row.Region),
            Band = row.Band,
            Visit = row.Visit,
            Detector = row.Detector,
            TimeMin = row.TimeMin,
            TimeMax = row.TimeMax,
            WavelengthMin = row.WavelengthMin,
            WavelengthMax = row.WavelengthMax,
            PolarizationStates = row.PolarizationStates,
        };
    }

    private sealed record Row(
        string PublisherDid, string? ArtifactUri, string? ArtifactContentType, long? ArtifactContentLength, string? AccessFormat,
        long? AccessEstimatedSize, string? DataRights, DateTime? ReleaseDate, string? DatasetType, long? Naxis1, long? Naxis2,
        string? Region, string? Band, long? Visit, int? Detector, double? TimeMin, double? TimeMax, double? WavelengthMin,
        double? WavelengthMax, string? PolarizationStates);
}
