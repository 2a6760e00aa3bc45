using System.Net;
using System.Xml.Linq;

namespace Integration.Tests.Tap;

/// <summary>A /tap/sync answer, read: status, headers and the VOTable's parts the tests look at.</summary>
internal sealed record TapResponse(HttpStatusCode Status, string? ContentType, string Body, TimeSpan? RetryAfter)
{
    public static readonly XNamespace VoTable = "http://www.ivoa.net/xml/VOTable/v1.3";

    public XDocument Document => XDocument.Parse(Body);

    /// <summary>Every QUERY_STATUS INFO, in document order (OK before the table, OVERFLOW or ERROR after it).</summary>
    public IReadOnlyList<string> Statuses => Infos("QUERY_STATUS").Select(info => info.Attribute("value")!.Value).ToList();

    public string ErrorMessage => Infos("QUERY_STATUS").Single(info => info.Attribute("value")!.Value == "ERROR").Value;

    public IReadOnlyList<string> FieldNames => Document.Descendants(VoTable + "FIELD").Select(f => f.Attribute("name")!.Value).ToList();

    public IReadOnlyList<IReadOnlyList<string>> Rows => Document.Descendants(VoTable + "TR")
        .Select(tr => (IReadOnlyList<string>)tr.Elements(VoTable + "TD").Select(td => td.Value).ToList())
        .ToList();

    public IEnumerable<XElement> Infos(string name) =>
        Document.Descendants(VoTable + "INFO").Where(info => info.Attribute("name")?.Value == name);

    public static Task<TapResponse> GetAsync(HttpClient client, params (string Name, string Value)[] parameters) =>
        GetAsync(client, "/tap/sync", parameters);

    /// <summary>A GET of any endpoint answering VOTable, e.g. /sia/query.</summary>
    public static async Task<TapResponse> GetAsync(HttpClient client, string path, params (string Name, string Value)[] parameters)
    {
        var query = string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));
        using var response = await client.GetAsync(new Uri(path + "?" + query, UriKind.Relative));
        return await ReadAsync(response);
    }

    public static Task<TapResponse> PostAsync(HttpClient client, HttpContent content) => PostAsync(client, "/tap/sync", content);

    public static async Task<TapResponse> PostAsync(HttpClient client, string path, HttpContent content)
    {
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        return await ReadAsync(response);
    }

    private static async Task<TapResponse> ReadAsync(HttpResponseMessage response) => new(
        response.StatusCode,
        response.Content.Headers.ContentType?.ToString(),
        await response.Content.ReadAsStringAsync(),
        response.Headers.RetryAfter?.Delta);
}
