using Soda.Service.Cutouts;
using Soda.Service.Description;
using Soda.Service.Faults;
using Soda.Service.Requests;
using Tap.Service.Images;
using Tap.Service.Protocol;
using Tap.Service.Uws;
using Microsoft.Extensions.Options;
using Tap.Service.Database;
using Tap.Service.Security;

namespace Tap.Service.Soda;

internal static class SodaEndpoints
{
    public const string FitsContentType = "application/fits";

    /// <summary>The service's endpoints, as its VOSI capabilities list them.</summary>
    public static readonly IReadOnlyList<(string StandardId, string Path)> Capabilities =
    [
        (SodaDescriber.SyncStandardId, "sync"),
        (SodaDescriber.AsyncStandardId, "async"),
        (VosiStandards.Availability, "availability"),
        (VosiStandards.Capabilities, "capabilities"),
    ];

    /// <summary>SODA's errors: text/plain, the message after one of the standard's labels.</summary>
    public static readonly FaultForm TextFaults = new(async (response, fault, cancellationToken) =>
    {
        DaliErrorDocument.SetStatus(response, fault);
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync(SodaErrorLabel.Body(fault) + "\n", cancellationToken);
    });

    /// <summary>Maps /sync (GET, POST) and the UWS job list /async on the SODA route group.</summary>
    public static RouteGroupBuilder MapSoda(this RouteGroupBuilder soda)
    {
        soda.MapMethods("/sync", [HttpMethods.Get, HttpMethods.Post], SyncAsync).DisableAntiforgery().WithMetadata(TextFaults);
        soda.MapUwsJobs(UwsService.Soda);
        return soda;
    }

    /// <summary>One ID, at most one region: the cutout as FITS, or 204 when the region misses the image.</summary>
    private static async Task SyncAsync(
        HttpContext context,
        DaliRequest request,
        ImageDatasets datasets,
        ImageCutouts cutouts,
        IOptions<AccessOptions> access,
        CancellationToken cancellationToken)
    {
        var cut = SodaRequestParser.Parse(request.Parameters, SodaMode.Sync).Cuts().Single();
        var role = DatabaseRoles.QueryRoleOf(context.User, access.Value);
        var dataset = ImageAccess.Readable(await datasets.FindAsync([cut.Id], role, cancellationToken), cut.Id);
        var plan = await cutouts.PlanAsync(dataset, cut, cancellationToken);
        if (!plan.Overlaps)
        {
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        context.Response.ContentType = FitsContentType;
        context.Response.Headers.ContentDisposition = $"inline; filename=\"{CutoutFileName(dataset.StorePath)}\"";
        await cutouts.WriteAsync(plan, context.Response.BodyWriter, cancellationToken, length => context.Response.ContentLength = length);
    }

    /// <summary>
    /// A file name to save the cutout under: the last folders of the image's path (product, visit,
    /// detector in Butler's layout) and its name, marked as a cutout.
    /// </summary>
    public static string CutoutFileName(string storePath)
    {
        var segments = storePath.Split('/');
        var named = segments[Math.Max(0, segments.Length - 3)..];
        named[^1] = Path.GetFileNameWithoutExtension(named[^1]);
        var name = string.Join('_', named) + "_cutout.fits";
        return new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_')]);
    }
}
