using System.Globalization;
using Tap.Service.VoTable;

namespace Tap.Service.Protocol;

/// <summary>The DALI error response: a VOTable whose results RESOURCE holds only QUERY_STATUS=ERROR and the message.</summary>
internal static class DaliErrorDocument
{
    /// <summary>Sets the fault's status (and Retry-After) and writes its document.</summary>
    public static Task WriteAsync(HttpResponse response, DaliException fault, CancellationToken cancellationToken)
    {
        SetStatus(response, fault);
        return WriteBodyAsync(response, fault.Message, cancellationToken);
    }

    /// <summary>The HTTP status of a fault, and Retry-After for one that passes: the same whatever form the body takes.</summary>
    public static void SetStatus(HttpResponse response, DaliException fault)
    {
        response.StatusCode = fault.StatusCode;
        if (fault is DaliUnavailableException unavailable)
        {
            response.Headers.RetryAfter = ((int)Math.Ceiling(unavailable.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Writes the document, leaving the status code as it is.</summary>
    public static async Task WriteBodyAsync(HttpResponse response, string message, CancellationToken cancellationToken)
    {
        response.ContentType = VoTableMarkup.ContentType;
        using var buffer = new ByteBuffer(4096);
        Write(buffer, message);
        await buffer.DrainToAsync(response.BodyWriter, cancellationToken);
    }

    public static void Write(ByteBuffer buffer, string message)
    {
        VoTableMarkup.WriteDocumentStart(buffer);
        buffer.Write("<RESOURCE type=\"results\">\n"u8);
        VoTableMarkup.WriteQueryStatus(buffer, QueryStatus.Error, message);
        buffer.Write("</RESOURCE>\n"u8);
        VoTableMarkup.WriteDocumentEnd(buffer);
    }
}
