namespace Tap.Service.ApiReference;

/// <summary>One operation (path and method) as the API reference describes it; a POST takes the same parameters as a form.</summary>
internal sealed record ApiOperation(string Tag, string Summary, string Description, IReadOnlyList<ApiParameter> Parameters, IReadOnlyList<ApiResponse> Responses)
{
    /// <summary>Whether a POST also takes multipart/form-data (TAP_UPLOAD's inline tables).</summary>
    public bool TakesFiles { get; init; }
}

/// <summary>One response of an operation: its status, what it means, and the media types its body may have (none for no body).</summary>
internal sealed record ApiResponse(int Status, string Description, IReadOnlyList<string> MediaTypes)
{
    public ApiResponse(int status, string description, params string[] mediaTypes)
        : this(status, description, (IReadOnlyList<string>)mediaTypes)
    {
    }
}
