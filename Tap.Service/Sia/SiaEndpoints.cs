using System.Globalization;
using Microsoft.Extensions.Options;
using Sia.Service;
using Sia.Service.Description;
using Tap.Service.Configuration;
using Tap.Service.DataLink;
using Tap.Service.Database;
using Tap.Service.Observability;
using Tap.Service.Protocol;
using Tap.Service.Query;
using Tap.Service.Security;
using Tap.Service.VoTable.Results;

namespace Tap.Service.Sia;

/// <summary>SIAv2 on the TAP engine: the query Sia.Service builds runs through the same executor and writers as /tap/sync.</summary>
internal static class SiaEndpoints
{
    /// <summary>ID of the self-description's service descriptor (MAXREC=0).</summary>
    public const string DescriptionId = "sia_query";

    /// <summary>The service's endpoints, as its VOSI capabilities list them.</summary>
    public static readonly IReadOnlyList<(string StandardId, string Path)> Capabilities =
        [.. SiaDescriber.Capabilities.Select(capability => (capability.StandardId, capability.Path))];

    /// <summary>Maps /query (GET and POST) on the SIA route group.</summary>
    public static RouteGroupBuilder MapSia(this RouteGroupBuilder sia)
    {
        sia.MapMethods("/query", [HttpMethods.Get, HttpMethods.Post], QueryAsync).DisableAntiforgery();
        return sia;
    }

    private static async Task QueryAsync(
        HttpContext context,
        DaliRequest request,
        SiaQueryBuilder builder,
        SiaDescriber describer,
        QueryExecutor executor,
        IOptions<QueryLimitsOptions> limits,
        IOptions<ServiceOptions> service,
        IOptions<AccessOptions> access,
        ServiceMetrics metrics,
        ILoggerFactory loggers)
    {
        var query = builder.Build(request.Parameters);
        Func<ResultMetadata, ResultMetadata> describe = query.MaxRecords == 0
            ? SelfDescription(await describer.DescribeAsync(context.RequestAborted), service.Value)
            : metadata => metadata;
        var run = TapQueryRequest.Built(
            query.Query, query.Adql, limits.Value.EffectiveMaxRec(query.MaxRecords), ResultFormats.Resolve(query.ResponseFormat));
        var sink = new ResponseSink(context, metrics, loggers.CreateLogger(typeof(SiaEndpoints)));
        var role = DatabaseRoles.QueryRoleOf(context.User, access.Value);
        await executor.RunAsync(run, request.Files, sink, limits.Value.SyncExecutionDuration, role, describe, context.RequestAborted);
    }

    /// <summary>MAXREC=0: the result's FIELDs, plus the parameters as a service descriptor and the region limit as an INFO.</summary>
    private static Func<ResultMetadata, ResultMetadata> SelfDescription(SiaServiceDescription description, ServiceOptions service) =>
        metadata => metadata with
        {
            Infos = [.. metadata.Infos, new ResultInfo("MAX_REGION_DIAMETER", description.MaxRegionDiameter.ToString(CultureInfo.InvariantCulture))],
            ServiceDescriptors = [Describe(description, service), .. metadata.ServiceDescriptors],
        };

    /// <summary>The query endpoint as a service descriptor: DALI's way to list a service's parameters in a VOTable.</summary>
    private static DataLinkServiceDescriptor Describe(SiaServiceDescription description, ServiceOptions service) => new(
        DescriptionId,
        description.StandardId,
        service.PublicUrl("sia/query"),
        description.Parameters.Select(described =>
        {
            var parameter = described.Parameter;
            return new ServiceParameter(parameter.Name, parameter.Type.Datatype, parameter.Type.ArraySize)
            {
                Unit = parameter.Unit,
                XType = parameter.Type.XType,
                Description = parameter.Description,
                Options = described.Values,
            };
        }).ToList())
    {
        Description = FormattableString.Invariant(
            $"SIAv2 query parameters; a POS region may span at most {description.MaxRegionDiameter} degrees."),
    };
}
