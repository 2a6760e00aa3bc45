using Dapper;
using Npgsql;

namespace Tap.Service.DataLink;

/// <summary>
/// What the links of a dataset are made from: its ObsCore row's data rights, its CAOM2 file, and the
/// planes it was made from.
/// </summary>
internal sealed record Dataset(
    string PublisherDid, string ArtifactUri, string? ContentType, long? ContentLength, string? DataRights, DateTime? ReleaseDate)
{
    public List<string> Inputs { get; } = [];

    /// <summary>
    /// As ObsCore's data_rights says, so links never contradict what a TAP user filtered on; the
    /// metadata are public meanwhile, the files are not.
    /// </summary>
    public bool IsEmbargoed => string.Equals(DataRights, "proprietary", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Reads the datasets behind a links request from ObsCore and caom2, in two queries whatever the number of IDs.</summary>
internal sealed class DatasetLinks(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyDictionary<string, Dataset>> FindAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var distinct = ids.Distinct(StringComparer.Ordinal).ToArray();
        var datasets = (await connection.QueryAsync<Dataset>(new CommandDefinition(
                """
                SELECT o.obs_publisher_did AS PublisherDid, a.artifact_uri AS ArtifactUri, a.content_type AS ContentType,
                       a.content_length AS ContentLength, o.data_rights AS DataRights, o.obs_release_date AS ReleaseDate
                FROM ivoa.obscore o JOIN caom2.artifact a ON a.publisher_did = o.obs_publisher_did AND a.product_type = 'this'
                WHERE o.obs_publisher_did = ANY(@distinct)
                """,
                new { distinct },
                cancellationToken: cancellationToken)))
            .ToDictionary(dataset => dataset.PublisherDid, StringComparer.Ordinal);
        var inputs = await connection.QueryAsync<(string Output, string Input)>(new CommandDefinition(
            """
            SELECT publisher_did, input_did FROM caom2.provenance_input
            WHERE publisher_did = ANY(@distinct) ORDER BY publisher_did, input_did
            """,
            new { distinct },
            cancellationToken: cancellationToken));
        foreach (var (output, input) in inputs)
        {
            // A plane without an ObsCore row or a file is not a dataset we link to; its provenance neither.
            if (datasets.TryGetValue(output, out var dataset))
            {
                dataset.Inputs.Add(input);
            }
        }

        return datasets;
    }
}
