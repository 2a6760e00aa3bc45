using Tap.Service.Protocol;
using Tap.Service.VoTable;
using Microsoft.Extensions.Options;
using Tap.Service.Database;
using Tap.Service.Security;

namespace Tap.Service.DataLink;

internal static class DataLinkEndpoints
{
    /// <summary>The RESPONSEFORMAT values that select the one format we answer in (DataLink 1.1 §3.3).</summary>
    public static readonly string[] AcceptedFormats =
        [LinksBuilder.DataLinkContentType, VoTableMarkup.ContentType, "votable"];

    /// <summary>The service's endpoints, as its VOSI capabilities list them.</summary>
    public static readonly IReadOnlyList<(string StandardId, string Path)> Capabilities =
    [
        (DataLinkDescriptors.LinksStandardId, "links"),
        (VosiStandards.Availability, "availability"),
        (VosiStandards.Capabilities, "capabilities"),
    ];

    /// <summary>Maps /links (GET with repeated ID, or POST with many) on the DataLink route group.</summary>
    public static RouteGroupBuilder MapDataLinks(this RouteGroupBuilder datalink)
    {
        datalink.MapMethods("/links", [HttpMethods.Get, HttpMethods.Post], LinksAsync).DisableAntiforgery();
        return datalink;
    }

    private static async Task LinksAsync(
        HttpContext context, DaliRequest request, DatasetLinks datasets, LinksBuilder builder, IOptions<AccessOptions> access)
    {
        var ids = request.Parameters.GetValues("ID");
        if (ids.Count == 0)
        {
            throw new DaliUsageException("Parameter ID is required: give one or more dataset identifiers (obs_publisher_did).");
        }

        CheckResponseFormat(request.Parameters.GetSingle(DaliParameters.ResponseFormat));
        var maxrec = request.Parameters.GetMaxRec();
        var found = await datasets.FindAsync(ids, DatabaseRoles.QueryRoleOf(context.User, access.Value), context.RequestAborted);
        var response = builder.Build(ids, found);
        var rows = maxrec is { } limit && response.Rows.Count > limit ? response.Rows.Take((int)limit).ToList() : response.Rows;

        context.Response.ContentType = LinksBuilder.DataLinkContentType;
        using var buffer = new ByteBuffer(16 * 1024);
        LinksDocument.Write(buffer, rows, response.Descriptors, overflowed: rows.Count < response.Rows.Count);
        await buffer.DrainToAsync(context.Response.BodyWriter, context.RequestAborted);
    }

    private static void CheckResponseFormat(string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            return;
        }

        var normalised = requested.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!AcceptedFormats.Contains(normalised, StringComparer.OrdinalIgnoreCase))
        {
            throw DaliParameterException.NotOneOf(DaliParameters.ResponseFormat, requested, AcceptedFormats);
        }
    }
}
