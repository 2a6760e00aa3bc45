using Dapper;
using Npgsql;
using Soda.Service.Images;
using Tap.Service.Database;
using Tap.Service.VoTable.Results;

namespace Tap.Service.Images;

/// <summary>
/// Finds the images of datasets in the metadata, by ID (DataLink, SODA) or by store path (files,
/// previews): the ObsCore row, with its CAOM2 file when there is one. A row without one (a CSV load)
/// is an image all the same, found in the store by the path its ID gives. Every lookup runs as the
/// caller's query role (<see cref="DatabaseRoles.QueryRoleOf"/>), so a product under embargo is not
/// found by those who may not see it, exactly as their queries do not find it.
/// </summary>
internal sealed class ImageDatasets(QueryDatabase database)
{
    private const string DataLinkFormatPrefix = "application/x-votable+xml;content=datalink";
    private const string FitsContentType = "application/fits";

    private const string Select =
        """
        SELECT o.obs_publisher_did AS PublisherDid, a.artifact_uri AS ArtifactUri, a.content_type AS ArtifactContentType,
               a.content_length AS ArtifactContentLength, o.access_format AS AccessFormat, o.access_estsize AS AccessEstimatedSize,
               -- schema/0009_embargo.sql's rule of release; only the embargo group's role finds such rows.
               NOT coalesce(o.obs_release_date <= now(), o.data_rights IS DISTINCT FROM 'proprietary') AS IsEmbargoed,
               o.obs_release_date AS ReleaseDate,
               coalesce(o.lsst_dataset_type, regexp_replace(o.dataproduct_subtype, '^lsst\.', '')) AS DatasetType,
               o.s_xel1 AS Naxis1, o.s_xel2 AS Naxis2, o.s_region::text AS Region, o.lsst_band AS Band, o.lsst_visit AS Visit,
               o.lsst_detector AS Detector, o.t_min AS TimeMin, o.t_max AS TimeMax, o.em_min AS WavelengthMin,
               o.em_max AS WavelengthMax, o.pol_states AS PolarizationStates
        FROM ivoa.obscore o LEFT JOIN caom2.artifact a ON a.publisher_did = o.obs_publisher_did AND a.product_type = 'this'
        """;

    /// <summary>The datasets with these IDs, by ID; IDs with no ObsCore row are absent.</summary>
    public async Task<IReadOnlyDictionary<string, ImageDataset>> FindAsync(IReadOnlyList<string> ids, string role, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct(StringComparer.Ordinal).ToArray();
        var rows = await QueryAsync(Select + " WHERE o.obs_publisher_did = ANY(@distinct)", new { distinct }, role, cancellationToken);
        return rows.ToDictionary(row => row.PublisherDid, StringComparer.Ordinal);
    }

    /// <summary>The dataset whose image has this store path, or null.</summary>
    public async Task<ImageDataset?> FindByStorePathAsync(string storePath, string role, CancellationToken cancellationToken)
    {
        IReadOnlyList<ImageDataset> rows;
        if (ImagePaths.IsObsCorePath(storePath))
        {
            var candidates = ImagePaths.PublisherDidCandidates(storePath).ToArray();
            rows = await QueryAsync(Select + " WHERE o.obs_publisher_did = ANY(@candidates) AND a.artifact_uri IS NULL", new { candidates }, role, cancellationToken);
        }
        else
        {
            var uri = ImagePaths.ToArtifactUri(storePath);
            rows = await QueryAsync(Select + " WHERE a.artifact_uri = @uri", new { uri }, role, cancellationToken);
        }

        return rows.FirstOrDefault(row => row.StorePath == storePath);
    }

    private async Task<IReadOnlyList<ImageDataset>> QueryAsync(string sql, object parameters, string role, CancellationToken cancellationToken)
    {
        var rows = await database.ReadAsync((connection, token) => QueryAsRoleAsync<Row>(connection, sql, parameters, role, token), cancellationToken);
        return [.. rows.Select(ToDataset)];
    }

    /// <summary>
    /// <paramref name="sql"/> in a transaction of its own as <paramref name="role"/> (one of
    /// <see cref="DatabaseRoles.QueryRoles"/>), its rows read whole before the transaction ends.
    /// </summary>
    public static async Task<IReadOnlyList<T>> QueryAsRoleAsync<T>(
        NpgsqlConnection connection, string sql, object parameters, string role, CancellationToken cancellationToken)
    {
        if (!DatabaseRoles.QueryRoles.Contains(role))
        {
            throw new ArgumentException($"'{role}' is not a query role.", nameof(role));
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition($"SET LOCAL ROLE {role}", transaction: transaction, cancellationToken: cancellationToken));
        return [.. await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken))];
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
            // access_estsize is in kbyte (VOUnit k = 1000). When access_url is a DataLink document (Rubin's
            // exports), its format and size are not the file's.
            ContentType = row.ArtifactContentType ?? (accessIsFile ? row.AccessFormat! : FitsContentType),
            ContentLength = row.ArtifactContentLength ?? (accessIsFile ? row.AccessEstimatedSize * 1000 : null),
            IsEmbargoed = row.IsEmbargoed,
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
        long? AccessEstimatedSize, bool IsEmbargoed, DateTime? ReleaseDate, string? DatasetType, long? Naxis1, long? Naxis2,
        string? Region, string? Band, long? Visit, int? Detector, double? TimeMin, double? TimeMax, double? WavelengthMin,
        double? WavelengthMax, string? PolarizationStates);
}
