using System.Text;

namespace Tap.Service.Uws;

/// <summary>The shapes of UWS responses: XML documents, plain-text values and 303 redirects.</summary>
internal static class UwsResults
{
    public static IResult Xml(byte[] document) => TypedResults.Bytes(document, UwsDocuments.ContentType);

    /// <summary>A single value (phase, quote, ...) as text/plain; an unknown value is an empty body.</summary>
    public static IResult Text(string? value) => TypedResults.Text(value ?? string.Empty, "text/plain", Encoding.UTF8);

    /// <summary>UWS answers POSTs with 303 See Other, so clients follow with a GET.</summary>
    public static IResult SeeOther(string location) => new SeeOtherResult(location);

    private sealed class SeeOtherResult(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}
