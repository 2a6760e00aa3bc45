using Tap.Service.DataLink;

namespace Tap.Service.VoTable.Results;

/// <summary>Everything a result writer needs besides the rows.</summary>
/// <param name="MaxRec">At most this many rows are written; one more row from the reader means OVERFLOW.</param>
internal sealed record ResultMetadata(IReadOnlyList<ResultColumn> Columns, int MaxRec)
{
    /// <summary>INFOs written before the table, e.g. the QUERY, the service version, the ADQL built by SIAv2.</summary>
    public IReadOnlyList<ResultInfo> Infos { get; init; } = [];

    /// <summary>DataLink service descriptors written after the results RESOURCE (VOTable formats only).</summary>
    public IReadOnlyList<DataLinkServiceDescriptor> ServiceDescriptors { get; init; } = [];
}
