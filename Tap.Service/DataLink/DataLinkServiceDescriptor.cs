using VoTable;

namespace Tap.Service.DataLink;

/// <summary>
/// A DataLink service descriptor (DataLink 1.1 §4): how to call a service for the rows of a
/// result, written as <c>RESOURCE type="meta" utype="adhoc:service"</c>.
/// </summary>
/// <param name="Id">The RESOURCE's XML ID, which links responses name in their service_def column.</param>
internal sealed record DataLinkServiceDescriptor(
    string Id,
    string StandardId,
    Uri AccessUrl,
    IReadOnlyList<ServiceParameter> InputParameters)
{
    public string? Description { get; init; }
}

/// <summary>A PARAM of a descriptor's <c>GROUP name="inputParams"</c>.</summary>
/// <param name="Ref">The ID of the result FIELD whose value the client passes (for the ID parameter).</param>
internal sealed record ServiceParameter(string Name, VoTableDatatype Datatype, string? ArraySize = null)
{
    public string? Unit { get; init; }

    public string? Ucd { get; init; }

    public string? XType { get; init; }

    public string? Ref { get; init; }

    public string Value { get; init; } = string.Empty;

    public string? Description { get; init; }

    /// <summary>The smallest value that gives data (VALUES/MIN), e.g. the start of an image's exposure for TIME.</summary>
    public string? Min { get; init; }

    /// <summary>The largest value that gives data (VALUES/MAX), e.g. the circle covering an image for CIRCLE.</summary>
    public string? Max { get; init; }

    /// <summary>The values a client may choose from, written as VALUES/OPTION; empty when the value is free.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];
}
