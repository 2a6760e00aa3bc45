using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Tap.Service.ApiReference;

/// <summary>The document's description of the service as a whole: what it is, its groups of operations, and its optional bearer tokens.</summary>
internal sealed class ServiceDocumentTransformer : IOpenApiDocumentTransformer
{
    private const string BearerScheme = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Image metadata service",
            Version = "1",
            Description =
                "IVOA protocols over Rubin/LSST-style image metadata: TAP 1.1 with ADQL, SIAv2, DataLink, SODA cutouts, the image files and previews, "
                + "and the VOSI self-description of each. Parameter names are case-insensitive and may be sent in the query string or, with POST, as a form. "
                + "Each operation's examples of one name form one request; every one runs against the service's sample data. "
                + "Anonymous callers see released data only; a bearer token of a member of the embargo group sees everything.",
        };
        // The generator names the server the request came to, as "http://host/": the paths begin with the slash.
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        document.Tags = new HashSet<OpenApiTag>(ApiCatalogue.Tags.Select(tag => new OpenApiTag { Name = tag.Name, Description = tag.Description }));
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Optional: a token for the embargoed data (issued by the service's token command or the site's identity provider).",
            },
        };
        // Anonymous or with a token: the empty requirement makes the token optional.
        document.Security = [new OpenApiSecurityRequirement(), new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];
        return Task.CompletedTask;
    }
}
