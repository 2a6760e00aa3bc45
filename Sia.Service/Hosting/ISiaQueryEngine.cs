using Microsoft.AspNetCore.Http;
using Sia.Service.Description;

namespace Sia.Service.Hosting;

/// <summary>
/// What SIAv2 needs from its host: the request's parameters read by the host's DALI rules, and the
/// one query engine TAP uses, which runs the ADQL built and writes results and documents.
/// </summary>
public interface ISiaQueryEngine
{
    /// <summary>The parameters of a GET or POST request, names as given, repeated values kept.</summary>
    ValueTask<IReadOnlyList<KeyValuePair<string, string>>> ReadParametersAsync(HttpContext context);

    /// <summary>Runs <paramref name="query"/> and streams its result (with DataLink descriptors and the ADQL in an INFO) to the response.</summary>
    Task WriteResultAsync(SiaQuery query, HttpContext context);

    /// <summary>Answers MAXREC=0: the FIELDs of a result and the parameters as <paramref name="description"/> lists them.</summary>
    Task WriteDescriptionAsync(SiaQuery query, SiaServiceDescription description, HttpContext context);

    /// <summary>The values of the first column of an ADQL query's rows, as text (nulls left out).</summary>
    Task<IReadOnlyList<string>> ReadColumnAsync(string adql, CancellationToken cancellationToken);

    /// <summary>VOSI capabilities: each interface with its standardID and path under the SIA root.</summary>
    Task WriteCapabilitiesAsync(IReadOnlyList<SiaCapability> capabilities, HttpContext context);

    /// <summary>VOSI availability.</summary>
    Task WriteAvailabilityAsync(HttpContext context);
}
