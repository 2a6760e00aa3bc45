using Adql.Semantics;
using Microsoft.Extensions.Options;
using ObsCore.Model;
using Tap.Service.Configuration;
using Tap.Service.Protocol;
using Tap.Service.Query;
using Tap.Service.Security;
using Tap.Service.Uws;

namespace Tap.Service.Vosi;

internal static class VosiEndpoints
{
    /// <summary>
    /// Maps the VOSI 1.1 and DALI self-description of the TAP service on its route group:
    /// /availability, /capabilities, /tables, /tables/{table} and /examples.
    /// </summary>
    public static RouteGroupBuilder MapTapVosi(this RouteGroupBuilder tap)
    {
        tap.MapGet("/availability", AvailabilityAsync);
        tap.MapGet("/capabilities", Capabilities);
        tap.MapGet("/tables", Tables);
        tap.MapGet("/tables/{table}", Table);
        tap.MapGet("/examples", () => TypedResults.Bytes(ExamplesDocument.Write(TapExamples.All), ExamplesDocument.ContentType));
        return tap;
    }

    /// <summary>
    /// Maps /availability and /capabilities on the route group of a service that is a list of
    /// endpoints (DataLink, SIAv2), published under <paramref name="servicePath"/>.
    /// </summary>
    public static RouteGroupBuilder MapVosi(
        this RouteGroupBuilder service, string servicePath, IReadOnlyList<(string StandardId, string Path)> endpoints)
    {
        service.MapGet("/availability", AvailabilityAsync);
        service.MapGet(
            "/capabilities",
            (IOptions<ServiceOptions> options, IOptions<AuthOptions> auth, IOptions<AccessOptions> access) =>
                VosiXml.Result(CapabilitiesDocument.WriteEndpoints(
                    options.Value.PublicUrl(servicePath), endpoints, InterfaceSecurity.For(auth.Value, access.Value))));
        return service;
    }

    private static async Task<IResult> AvailabilityAsync(DatabaseAvailability availability, CancellationToken cancellationToken)
    {
        var (available, note) = await availability.CheckAsync(cancellationToken);
        return VosiXml.Result(AvailabilityDocument.Write(available, note));
    }

    private static IResult Capabilities(
        IOptions<ServiceOptions> service, IReadOnlyList<UserFunction> userFunctions,
        IOptions<QueryLimitsOptions> query, IOptions<UwsOptions> uws, IOptions<AuthOptions> auth, IOptions<AccessOptions> access) =>
        VosiXml.Result(CapabilitiesDocument.Write(
            service.Value.PublicUrl("tap"), userFunctions, query.Value, uws.Value, InterfaceSecurity.For(auth.Value, access.Value)));

    private static IResult Tables(DaliRequest request)
    {
        var withColumns = request.Parameters.GetSingle("detail")?.ToLowerInvariant() switch
        {
            null or "" or "max" => true,
            "min" => false,
            var other => throw new DaliUsageException($"Parameter detail must be min or max, not '{other}'."),
        };
        return VosiXml.Result(TablesetDocument.Tableset(PublishedTables.Schemas, withColumns));
    }

    private static IResult Table(string table)
    {
        var found = PublishedTables.Tables.FirstOrDefault(t => string.Equals(t.QualifiedName, table, StringComparison.OrdinalIgnoreCase))
            ?? throw new DaliNotFoundException($"No table named '{table}' is published; /tables lists them all.");
        return VosiXml.Result(TablesetDocument.Table(found));
    }
}
