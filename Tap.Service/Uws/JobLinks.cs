using Microsoft.Extensions.Options;
using Tap.Service.Configuration;

namespace Tap.Service.Uws;

/// <summary>
/// Public URLs of jobs and results: the path of the named UWS endpoint under the configured public
/// base URL, so links are right behind a proxy and whatever group the endpoints are mapped in.
/// </summary>
internal sealed class JobLinks(LinkGenerator links, IOptions<ServiceOptions> service)
{
    internal const string JobListEndpoint = "uws.jobs";
    internal const string JobEndpoint = "uws.job";
    internal const string ResultEndpoint = "uws.result";

    public string JobList() => Url(JobListEndpoint, new RouteValueDictionary());

    public string Job(string jobId) => Url(JobEndpoint, new RouteValueDictionary { ["jobId"] = jobId });

    public string Result(string jobId, string resultId) =>
        Url(ResultEndpoint, new RouteValueDictionary { ["jobId"] = jobId, ["resultId"] = resultId });

    private string Url(string endpointName, RouteValueDictionary values)
    {
        var path = links.GetPathByName(endpointName, values)
            ?? throw new InvalidOperationException($"The UWS endpoint {endpointName} is not mapped.");
        return service.Value.PublicUrl(path).AbsoluteUri;
    }
}
