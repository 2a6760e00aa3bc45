using System.Diagnostics;
using System.Globalization;
using System.Xml;

namespace Resilience.Tests.Support;

/// <summary>What a client got for one request, judged as a DALI client judges it.</summary>
internal enum Outcome
{
    /// <summary>200 with a complete document that reports no error.</summary>
    Ok,

    /// <summary>503 with Retry-After and a DALI error VOTable (QUERY_STATUS=ERROR and a message).</summary>
    Unavailable,

    /// <summary>200 whose VOTable ends with QUERY_STATUS=ERROR: the failure came after rows were sent.</summary>
    ErrorInResult,

    /// <summary>Headers came, then the connection broke or the document stopped half-way.</summary>
    CutOff,

    /// <summary>503 without Retry-After or without a DALI error document.</summary>
    UnavailableWithoutDaliError,

    /// <summary>Any other status: 400, 500, ...</summary>
    OtherStatus,

    /// <summary>No response at all: the connection was refused or reset.</summary>
    NoResponse,

    /// <summary>No answer within the client's timeout.</summary>
    TimedOut,
}

/// <summary>One request and its answer, with when it started and how long it took.</summary>
internal sealed record Exchange(string Url, DateTime Started, TimeSpan Latency, Outcome Outcome, int Status, string? Message)
{
    /// <summary>The endpoint, without the query string: what reports count by.</summary>
    public string Endpoint => Url.Split('?')[0];

    /// <summary>Outcome and status as a report prints them.</summary>
    public string Kind => Outcome is Outcome.OtherStatus ? string.Create(CultureInfo.InvariantCulture, $"HTTP {Status}") : Outcome.ToString();

    public DateTime Ended => Started + Latency;

    /// <summary>Sends a GET (or a form POST when <paramref name="form"/> is given) and judges the answer; never throws for a failed exchange.</summary>
    public static async Task<Exchange> SendAsync(HttpClient http, string url, IEnumerable<KeyValuePair<string, string>>? form = null)
    {
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        var status = 0;
        Outcome outcome;
        string? message = null;
        try
        {
            using var request = new HttpRequestMessage(form is null ? HttpMethod.Get : HttpMethod.Post, new Uri(url, UriKind.RelativeOrAbsolute));
            if (form is not null)
            {
                request.Content = new FormUrlEncodedContent(form);
            }

            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            (outcome, message) = Judge(response, body);
        }
        catch (Exception e) when (e is HttpRequestException or IOException && status != 0)
        {
            outcome = Outcome.CutOff;
        }
        catch (HttpRequestException)
        {
            outcome = Outcome.NoResponse;
        }
        catch (TaskCanceledException e) when (e.InnerException is TimeoutException)
        {
            outcome = Outcome.TimedOut;
        }

        return new Exchange(url, started, clock.Elapsed, outcome, status, message);
    }

    private static (Outcome Outcome, string? Message) Judge(HttpResponseMessage response, string body)
    {
        var (complete, error) = ReadQueryStatus(body);
        return (int)response.StatusCode switch
        {
            200 when !complete => (Outcome.CutOff, null),
            200 when error is not null => (Outcome.ErrorInResult, error),
            200 => (Outcome.Ok, null),
            503 when complete && error is not null && response.Headers.RetryAfter is not null => (Outcome.Unavailable, error),
            503 => (Outcome.UnavailableWithoutDaliError, body),
            _ => (Outcome.OtherStatus, error ?? body),
        };
    }

    /// <summary>Whether the body is a whole XML document, and the message of its QUERY_STATUS=ERROR if it has one.</summary>
    private static (bool Complete, string? Error) ReadQueryStatus(string body)
    {
        string? error = null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(body));
            while (reader.Read())
            {
                if (reader is { NodeType: XmlNodeType.Element, LocalName: "INFO" }
                    && reader.GetAttribute("name") == "QUERY_STATUS" && reader.GetAttribute("value") == "ERROR")
                {
                    error = reader.ReadElementContentAsString();
                }
            }

            return (true, error);
        }
        catch (XmlException)
        {
            return (false, error);
        }
    }
}
