using Sia.Service.Parameters;

namespace Sia.Service.Description;

/// <summary>The self-description of the query endpoint (MAXREC=0), as data for the host to render.</summary>
/// <param name="MaxRegionDiameter">Largest POS region accepted, in degrees.</param>
public sealed record SiaServiceDescription(string StandardId, IReadOnlyList<DescribedParameter> Parameters, double MaxRegionDiameter);

/// <summary>A parameter and the values a client may give it: the fixed options or those the data holds (empty when free).</summary>
public sealed record DescribedParameter(SiaParameter Parameter, IReadOnlyList<string> Values);

/// <summary>One VOSI capability: its standardID and the path of its interface relative to the SIA root (e.g. "query").</summary>
public sealed record SiaCapability(string StandardId, string Path);
