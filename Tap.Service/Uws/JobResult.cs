namespace Tap.Service.Uws;

/// <summary>A row of uws.result: one result of a job and where its file lies in the results folder.</summary>
internal sealed class JobResult
{
    /// <summary>The name TAP gives the result of a query.</summary>
    public const string QueryResultId = "result";

    public required string JobId { get; init; }

    public required string ResultId { get; init; }

    public required string FileName { get; init; }

    public string? MimeType { get; init; }

    public long? SizeBytes { get; init; }
}
