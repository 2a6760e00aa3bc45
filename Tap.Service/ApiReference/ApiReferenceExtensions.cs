using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Tap.Service.ApiReference;

/// <summary>
/// The API reference: an OpenAPI 3.1 document generated from the endpoints (with the protocols'
/// parameters from <see cref="ApiCatalogue"/>) at /openapi/v1.json, browsable with Scalar at /api.
/// </summary>
internal static class ApiReferenceExtensions
{
    public const string DocumentName = "v1";
    public const string DocumentRoute = "/openapi/{documentName}.json";
    public const string BrowserRoute = "/api";

    public static IServiceCollection AddApiReference(this IServiceCollection services)
    {
        services.AddSingleton<ApiCatalogue>();
        services.AddOpenApi(DocumentName, options =>
        {
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
            options.AddDocumentTransformer<ServiceDocumentTransformer>();
            options.AddOperationTransformer<ProtocolOperationTransformer>();
        });
        return services;
    }

    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapOpenApi(DocumentRoute);
        // The page loads Scalar's script from the package (served under /api), and neither fonts
        // nor telemetry from elsewhere: the reference works on a machine without internet. Scalar's
        // cloud features (AI agent, MCP, SDK generation and deployment) would send the document away.
        app.MapScalarApiReference(BrowserRoute, options => options
            .WithTitle("Image metadata service API")
            .WithOpenApiRoutePattern(DocumentRoute)
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools());
        return app;
    }
}
