using Tap.Service.Query;
using Tap.Service.Uws;
using Tap.Service.VoTable;
using Tap.Service.VoTable.Results;
using Tap.Service.Vosi;

namespace Tap.Service.ApiReference;

/// <summary>TAP 1.1's query parameters and the synchronous query resource; the examples are the service's own DALI examples (/tap/examples).</summary>
internal static class TapOperations
{
    public const string Tag = "TAP";

    /// <summary>The parameters of one ADQL query, shared by /tap/sync and a new /tap/async job.</summary>
    public static IReadOnlyList<ApiParameter> QueryParameters { get; } =
    [
        new ApiParameter("REQUEST", "TAP 1.0's request type; optional in TAP 1.1.", ApiValue.OneOf(["doQuery"])),
        new ApiParameter("LANG", "Query language.", ApiValue.OneOf(TapQueryRequest.Languages)) { Required = true }
            .WithExamples(TapExamples.All.Select(example => KeyValuePair.Create(example.Id, TapQueryRequest.Languages[0]))),
        new ApiParameter("QUERY", "The ADQL query; /tap/tables lists the tables and columns, /tap/examples explains the examples offered here.", ApiValue.Text) { Required = true }
            .WithExamples(TapExamples.All.Select(example => KeyValuePair.Create(example.Id, example.Query))),
        ResponseFormat(DaliParameters.ResponseFormat, "Output format, by media type or short name."),
        ResponseFormat("FORMAT", "TAP 1.0's name of RESPONSEFORMAT; RESPONSEFORMAT wins when both are given."),
        MaxRec("Largest number of rows to return; more rows end the table with an INFO of name QUERY_STATUS and value OVERFLOW. MAXREC=0 returns the columns only."),
        new ApiParameter(
            "UPLOAD",
            "A table to upload for the query (TAP_UPLOAD): name,URI where URI is an http(s) URL of a VOTable or param:part for a multipart part of that name; the query reads it as TAP_UPLOAD.name. Repeat for several tables.",
            ApiValue.Text) { Repeatable = true },
    ];

    public static IEnumerable<KeyValuePair<(string Method, string Path), ApiOperation>> Sync()
    {
        var operation = new ApiOperation(
            Tag,
            "Run an ADQL query and stream its rows",
            "TAP 1.1 synchronous query: the rows stream as the database returns them. Parameter names are case-insensitive; POST takes them as a form, and multipart/form-data with TAP_UPLOAD tables as file parts.",
            QueryParameters,
            [ApiResponses.QueryResult, ApiResponses.UsageError, new ApiResponse(429, "The caller already runs as many synchronous queries as allowed; Retry-After says when to try again.", VoTableMarkup.ContentType), ApiResponses.Unavailable])
        { TakesFiles = true };
        yield return KeyValuePair.Create((HttpMethods.Get, "tap/sync"), operation);
        yield return KeyValuePair.Create((HttpMethods.Post, "tap/sync"), operation);
    }

    public static ApiParameter ResponseFormat(string name, string description) =>
        new(name, description + " Values: " + string.Join(", ", ResultFormats.Accepted) + ".", ApiValue.OneOf(ResultFormats.Accepted));

    public static ApiParameter MaxRec(string description) => new(DaliParameters.MaxRec, description, ApiValue.Integer());

    /// <summary>UWS's RUNID: the caller's label for a job, kept with it.</summary>
    public static ApiParameter RunId { get; } = new(UwsRequestValues.RunId, "A label of the caller's for the job, kept with it and shown in the job document.", ApiValue.Text);
}
