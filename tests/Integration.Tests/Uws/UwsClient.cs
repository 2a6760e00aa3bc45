using System.Net;
using System.Xml.Linq;

namespace Integration.Tests.Uws;

/// <summary>
/// The UWS calls the tests make, over real HTTP, with the documents parsed; <paramref name="waitSeconds"/>
/// is the WAIT it asks for (at most the service's Uws:MaxWait, which caps it anyway).
/// </summary>
internal sealed class UwsClient(HttpClient http, int waitSeconds) : IDisposable
{
    public static readonly XNamespace UwsNamespace = "http://www.ivoa.net/xml/UWS/v1.0";
    public static readonly XNamespace Xlink = "http://www.w3.org/1999/xlink";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public HttpClient Http { get; } = http;

    /// <summary>Creates a job with these form parameters; returns its URL (the 303 Location).</summary>
    public async Task<string> CreateAsync(params (string Name, string Value)[] parameters)
    {
        using var response = await PostAsync("/tap/async", parameters);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return response.Headers.Location!.AbsoluteUri;
    }

    public async Task<HttpResponseMessage> PostAsync(string url, params (string Name, string Value)[] parameters)
    {
        using var form = new FormUrlEncodedContent(parameters.Select(p => KeyValuePair.Create(p.Name, p.Value)));
        return await Http.PostAsync(url, form);
    }

    public async Task<XElement> GetDocumentAsync(string url)
    {
        using var response = await Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
    }

    public async Task<string> PhaseAsync(string jobUrl) => (await GetDocumentAsync(jobUrl)).Element(UwsNamespace + "phase")!.Value;

    /// <summary>Blocks with WAIT until the job reaches <paramref name="phase"/>; fails after <paramref name="seconds"/>.</summary>
    public async Task<XElement> WaitForPhaseAsync(string jobUrl, string phase, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var job = await GetDocumentAsync(jobUrl + "?WAIT=" + waitSeconds);
            var current = job.Element(UwsNamespace + "phase")!.Value;
            if (current == phase)
            {
                return job;
            }

            Assert.False(current is "COMPLETED" or "ERROR" or "ABORTED", $"Job {jobUrl} ended {current}, not {phase}:\n{job}");

            Assert.True(DateTime.UtcNow < deadline, $"Job {jobUrl} is still {current}, not {phase}, after {seconds} s.");
        }
    }

    public void Dispose() => Http.Dispose();
}
