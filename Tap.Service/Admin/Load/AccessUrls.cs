using ObsCore.Model;

namespace Tap.Service.Admin.Load;

/// <summary>Points ObsCore rows' access_url at this service's DataLink endpoint for their DID.</summary>
internal static class AccessUrls
{
    private static readonly int DidPosition = Position("obs_publisher_did");
    private static readonly int UrlPosition = Position("access_url");

    /// <summary>For our own data (the sample, generated data sets): the URL follows the base URL of this deployment.</summary>
    public static Func<object?[], object?[]> Replace(string publicBaseUrl) => row =>
    {
        row[UrlPosition] = DataLinkAccess.Url(publicBaseUrl, (string)row[DidPosition]!);
        return row;
    };

    /// <summary>For rows from other tools: keep their URL, supply ours only where they gave none.</summary>
    public static Func<object?[], object?[]> FillMissing(string publicBaseUrl) => row =>
    {
        row[UrlPosition] ??= DataLinkAccess.Url(publicBaseUrl, (string)row[DidPosition]!);
        return row;
    };

    private static int Position(string column) =>
        ObsCoreTable.Definition.Columns.Select((c, i) => (c.Name, i)).Single(p => p.Name == column).i;
}
