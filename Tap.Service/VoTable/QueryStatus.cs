namespace Tap.Service.VoTable;

/// <summary>The values of DALI's <c>INFO name="QUERY_STATUS"</c>.</summary>
internal enum QueryStatus
{
    Ok,
    Overflow,
    Error,
}

internal static class QueryStatusExtensions
{
    public static string ToVoTableValue(this QueryStatus status) => status switch
    {
        QueryStatus.Ok => "OK",
        QueryStatus.Overflow => "OVERFLOW",
        QueryStatus.Error => "ERROR",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
