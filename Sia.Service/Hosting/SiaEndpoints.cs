using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sia.Service.Description;

namespace Sia.Service.Hosting;

public static class SiaEndpoints
{
    /// <summary>
    /// Maps /query (GET and POST), /capabilities and /availability on the SIA route group. Needs a
    /// <see cref="SiaQueryBuilder"/>, a <see cref="SiaDescriber"/> and an <see cref="ISiaQueryEngine"/> registered.
    /// </summary>
    public static RouteGroupBuilder MapSia(this RouteGroupBuilder sia)
    {
        ArgumentNullException.ThrowIfNull(sia);
        sia.MapMethods("/query", [HttpMethods.Get, HttpMethods.Post], QueryAsync).DisableAntiforgery();
        sia.MapGet("/capabilities", (HttpContext context, ISiaQueryEngine engine) => engine.WriteCapabilitiesAsync(SiaDescriber.Capabilities, context));
        sia.MapGet("/availability", (HttpContext context, ISiaQueryEngine engine) => engine.WriteAvailabilityAsync(context));
        return sia;
    }

    private static async Task QueryAsync(HttpContext context, ISiaQueryEngine engine, SiaQueryBuilder builder, SiaDescriber describer)
    {
        var query = builder.Build(await engine.ReadParametersAsync(context).ConfigureAwait(false));
        if (query.MaxRecords == 0)
        {
            var description = await describer.DescribeAsync(context.RequestAborted).ConfigureAwait(false);
            await engine.WriteDescriptionAsync(query, description, context).ConfigureAwait(false);
            return;
        }

        await engine.WriteResultAsync(query, context).ConfigureAwait(false);
    }
}
