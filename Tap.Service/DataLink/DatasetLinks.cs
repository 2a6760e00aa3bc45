using Dapper;
using Npgsql;
using Soda.Service.Images;
using Tap.Service.Database;
using Tap.Service.Images;

namespace Tap.Service.DataLink;

/// <summary>What the links of a dataset are made from: its image as the metadata describe it, and the planes it was made from.</summary>
internal sealed record LinkedDataset(ImageDataset Image)
{
    public List<string> Inputs { get; } = [];
}

/// <summary>Reads the datasets behind a links request, in two queries whatever the number of IDs, as the caller's query role.</summary>
internal sealed class DatasetLinks(QueryDatabase database, ImageDatasets images)
{
    public async Task<IReadOnlyDictionary<string, LinkedDataset>> FindAsync(IReadOnlyList<string> ids, string role, CancellationToken cancellationToken)
    {
        var datasets = (await images.FindAsync(ids, role, cancellationToken))
            .ToDictionary(pair => pair.Key, pair => new LinkedDataset(pair.Value), StringComparer.Ordinal);
        var distinct = datasets.Keys.ToArray();
        var inputs = await database.ReadAsync(
            (connection, token) => ImageDatasets.QueryAsRoleAsync<(string Output, string Input)>(
                connection,
                """
                SELECT publisher_did, input_did FROM caom2.provenance_input
                WHERE publisher_did = ANY(@distinct) ORDER BY publisher_did, input_did
                """,
                new { distinct },
                role,
                token),
            cancellationToken);
        foreach (var (output, input) in inputs)
        {
            datasets[output].Inputs.Add(input);
        }

        return datasets;
    }
}
