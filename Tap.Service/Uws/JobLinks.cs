using Microsoft.Extensions.Options;
using Tap.Service.Configuration;

namespace Tap.Service.Uws;

/// <summary>
/// Public URLs of jobs and results: the path of the named UWS endpoint of the job's protocol under
/// the configured public base URL, so links are right behind a proxy and whatever group the
/// endpoints are mapped in.
/// </summary>
internal sealed class JobLinks(LinkGenerator links, IOptions<ServiceOptions> service)
{
    public static string JobListEndpoint(UwsService protocol) => $"uws.{JobScope.NameOf(protocol)}.jobs";

    public static string JobEndpoint(UwsService protocol) => $"uws.{JobScope.NameOf(protocol)}.job";

    public static string ResultEndpoint(UwsService protocol) => $"uws.{JobScope.NameOf(protocol)}.result";

    public string JobList(UwsService protocol) => Url(JobListEndpoint(protocol), new RouteValueDictionary());

    public string Job(UwsService protocol, string jobId) => Url(JobEndpoint(protocol), new RouteValueDictionary { ["jobId"] = jobId });

    public string Result(UwsService protocol, string jobId, string resultId) =>
        Url(ResultEndpoint(protocol), new RouteValueDictionary { ["jobId"] = jobId, ["resultId"] = resultId });

    private string Url(string endpointName, RouteValueDictionary values)
    {
        var path = links.GetPathByName(endpointName, values)
            ?? throw new InvalidOperationException($"The UWS endpoint {endpointName} is not mapped.");
        return service.Value.PublicUrl(path).AbsoluteUri;
    }
}
