using Tap.Service.VoTable;
using Tap.Service.VoTable.Results;
using Tap.Service.Vosi;

namespace Tap.Service.ApiReference;

/// <summary>The responses several operations share, with the media types the service writes.</summary>
internal static class ApiResponses
{
    /// <summary>A query's rows, in the format RESPONSEFORMAT selects (VOTable TABLEDATA by default).</summary>
    public static readonly ApiResponse QueryResult = new(
        200, "The rows, in the format RESPONSEFORMAT selects (VOTable TABLEDATA by default); an error after the first rows ends a VOTable with an INFO of name QUERY_STATUS and value ERROR.",
        [.. ResultFormats.All.Select(format => format.MimeType)]);

    public static readonly ApiResponse UsageError = new(
        400, "A missing or bad parameter: a DALI error document (VOTable with an INFO of name QUERY_STATUS and value ERROR) saying what to fix.",
        VoTableMarkup.ContentType);

    public static readonly ApiResponse NotFound = new(404, "Nothing of that name (or not visible to the caller: embargoed data is not found by those who may not see it).", VoTableMarkup.ContentType);

    public static readonly ApiResponse Unavailable = new(503, "The service cannot answer now (database unreachable or too busy); Retry-After says when to try again.", VoTableMarkup.ContentType);

    public static readonly ApiResponse Xml = new(200, "The document.", VosiXml.ContentType);

    public static readonly ApiResponse PlainText = new(200, "The value, as plain text.", "text/plain");

    public static ApiResponse SeeOther(string target) => new(303, $"Done; the Location header points to {target}.");
}
