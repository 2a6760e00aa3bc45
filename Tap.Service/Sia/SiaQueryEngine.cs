using System.Globalization;
using Microsoft.Extensions.Options;
using Sia.Service;
using Sia.Service.Description;
using Sia.Service.Hosting;
using Tap.Service.Configuration;
using Tap.Service.DataLink;
using Tap.Service.Protocol;
using Tap.Service.Query;
using Tap.Service.VoTable.Results;
using Tap.Service.Vosi;
using VoTable;

namespace Tap.Service.Sia;

/// <summary>SIAv2 on the TAP engine: its ADQL runs through the same executor and writers as /tap/sync.</summary>
internal sealed class SiaQueryEngine(
    QueryExecutor executor,
    DatabaseAvailability availability,
    IOptions<QueryLimitsOptions> limits,
    IOptions<ServiceOptions> service,
    ILogger<SiaQueryEngine> logger) : ISiaQueryEngine
{
    public const string DescriptionId = "sia_query";

    public async ValueTask<IReadOnlyList<KeyValuePair<string, string>>> ReadParametersAsync(HttpContext context)
    {
        var parameters = await DaliParameters.BindAsync(context).ConfigureAwait(false);
        return parameters.Names.SelectMany(name => parameters.GetValues(name).Select(value => KeyValuePair.Create(name, value))).ToList();
    }

    public Task WriteResultAsync(SiaQuery query, HttpContext context) =>
        RunAsync(Request(query), metadata => metadata, context);

    public Task WriteDescriptionAsync(SiaQuery query, SiaServiceDescription description, HttpContext context) =>
        RunAsync(Request(query), metadata => metadata with
        {
            Infos = [.. metadata.Infos, new ResultInfo("MAX_REGION_DIAMETER", description.MaxRegionDiameter.ToString(CultureInfo.InvariantCulture))],
            ServiceDescriptors = [Describe(description), .. metadata.ServiceDescriptors],
        }, context);

    public Task<IReadOnlyList<string>> ReadColumnAsync(string adql, CancellationToken cancellationToken) =>
        executor.ReadColumnAsync(adql, cancellationToken);

    public Task WriteCapabilitiesAsync(IReadOnlyList<SiaCapability> capabilities, HttpContext context) =>
        VosiXml.Result(CapabilitiesDocument.WriteEndpoints(service.Value.PublicUrl("sia"), capabilities.Select(c => (c.StandardId, c.Path))))
            .ExecuteAsync(context);

    public async Task WriteAvailabilityAsync(HttpContext context)
    {
        var (available, note) = await availability.CheckAsync(context.RequestAborted).ConfigureAwait(false);
        await VosiXml.Result(AvailabilityDocument.Write(available, note)).ExecuteAsync(context).ConfigureAwait(false);
    }

    private TapQueryRequest Request(SiaQuery query) => new(
        query.Adql,
        limits.Value.EffectiveMaxRec(query.MaxRecords is { } max ? (int)Math.Min(max, int.MaxValue) : null),
        ResultFormats.Resolve(query.ResponseFormat),
        []);

    private async Task RunAsync(TapQueryRequest request, Func<ResultMetadata, ResultMetadata> describe, HttpContext context)
    {
        var sink = new ResponseSink(context, logger);
        await executor.RunAsync(
            request, new FormFileCollection(), sink, limits.Value.SyncExecutionDuration, describe, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The query endpoint as a service descriptor: DALI's way to list a service's parameters in a VOTable.</summary>
    private DataLinkServiceDescriptor Describe(SiaServiceDescription description) => new(
        DescriptionId,
        description.StandardId,
        service.Value.PublicUrl("sia/query"),
        description.Parameters.Select(described =>
        {
            var parameter = described.Parameter;
            return new ServiceParameter(parameter.Name, Enum.Parse<VoTableDatatype>(parameter.Type.Datatype, ignoreCase: true), parameter.Type.ArraySize)
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
