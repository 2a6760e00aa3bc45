using System.Net;
using System.Xml.Linq;

namespace TestSupport;

/// <summary>
/// The UWS calls the tests make, over real HTTP, with the documents parsed; <paramref name="waitSeconds"/>
/// is the WAIT it asks for (at most the service's Uws:MaxWait, which caps it anyway).
/// </summary>
public sealed class UwsClient(HttpClient http, int waitSeconds) : IDisposable
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

    public async Task<string> PhaseAsync(string jobUrl) => Phase(await GetDocumentAsync(jobUrl));

    public static string Phase(XElement job) => job.Element(UwsNamespace + "phase")!.Value;

    public static string? ErrorMessage(XElement job) => job.Element(UwsNamespace + "errorSummary")?.Element(UwsNamespace + "message")?.Value;

    public static Uri ResultUrl(XElement job) =>
        new(job.Element(UwsNamespace + "results")!.Element(UwsNamespace + "result")!.Attribute(Xlink + "href")!.Value);

    /// <summary>Blocks with WAIT until the job reaches <paramref name="phase"/>; fails after <paramref name="seconds"/>.</summary>
    public async Task<XElement> WaitForPhaseAsync(string jobUrl, string phase, int seconds = 30)
    {
        var job = await WaitUntilAsync(jobUrl, current => current == phase || IsFinal(current), $"not {phase}", seconds);
        Assert.False(Phase(job) != phase, $"Job {jobUrl} ended {Phase(job)}, not {phase}:\n{job}");
        return job;
    }

    /// <summary>Blocks with WAIT until the job is in a final phase; fails after <paramref name="seconds"/>.</summary>
    public Task<XElement> WaitUntilEndedAsync(string jobUrl, int seconds = 30) => WaitUntilAsync(jobUrl, IsFinal, "not ended", seconds);

    private static bool IsFinal(string phase) => phase is "COMPLETED" or "ERROR" or "ABORTED";

    private async Task<XElement> WaitUntilAsync(string jobUrl, Func<string, bool> reached, string notYet, int seconds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var job = await GetDocumentAsync(jobUrl + "?WAIT=" + waitSeconds);
            if (reached(Phase(job)))
            {
                return job;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Job {jobUrl} is still {Phase(job)}, {notYet}, after {seconds} s.");
        }
    }

    public void Dispose() => Http.Dispose();
}
