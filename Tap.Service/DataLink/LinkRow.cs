namespace Tap.Service.DataLink;

/// <summary>
/// One row of a DataLink 1.1 links response. Exactly one of <see cref="AccessUrl"/>,
/// <see cref="ServiceDef"/> and <see cref="ErrorMessage"/> is set.
/// </summary>
internal sealed record LinkRow(string Id, string Semantics)
{
    public string? AccessUrl { get; init; }

    /// <summary>The XML ID of the service descriptor RESOURCE in the same response.</summary>
    public string? ServiceDef { get; init; }

    public string? ErrorMessage { get; init; }

    public string? Description { get; init; }

    public string? ContentType { get; init; }

    public long? ContentLength { get; init; }

    /// <summary>The kind of thing at the link (DataLink 1.1 content_qualifier), e.g. "#image".</summary>
    public string? ContentQualifier { get; init; }

    /// <summary>"false", "optional" or "true": whether following the link needs authentication.</summary>
    public string? LinkAuth { get; init; }

    /// <summary>Whether the caller may follow the link now; null for error rows.</summary>
    public bool? LinkAuthorized { get; init; }
}
