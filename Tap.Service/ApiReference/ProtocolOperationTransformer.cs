using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Tap.Service.ApiReference;

/// <summary>
/// Completes each generated operation from <see cref="ApiCatalogue"/>: summary, group, the parameters
/// (in the query for GET, HEAD and DELETE; as a form for POST) with their examples, and the responses
/// with their media types. The generator sees the routes; what a protocol reads through
/// <see cref="Protocol.DaliRequest"/> it cannot see, so it comes from here.
/// </summary>
internal sealed class ProtocolOperationTransformer(ApiCatalogue catalogue) : IOpenApiOperationTransformer
{
    private const string FormType = "application/x-www-form-urlencoded";
    private const string MultipartType = "multipart/form-data";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var method = context.Description.HttpMethod ?? HttpMethods.Get;
        var path = RoutePath(context.Description.RelativePath);
        var described = catalogue.Find(method, path);
        if (described is null)
        {
            return Task.CompletedTask; // left as generated: the tests require every operation to be described
        }

        operation.OperationId = OperationId(method, path);
        operation.Summary = described.Summary;
        operation.Description = described.Description;
        operation.Tags = new HashSet<OpenApiTagReference> { new(described.Tag, context.Document) };
        DescribePathParameters(operation, described.Parameters.Where(parameter => parameter.InPath));
        var fields = described.Parameters.Where(parameter => !parameter.InPath).ToList();
        if (HttpMethods.IsPost(method))
        {
            operation.RequestBody = fields.Count == 0 ? null : Form(fields, described.TakesFiles);
        }
        else
        {
            operation.Parameters ??= [];
            foreach (var field in fields)
            {
                operation.Parameters.Add(QueryParameter(field));
            }
        }

        operation.Responses = Responses(described.Responses);
        return Task.CompletedTask;
    }

    /// <summary>The route as the catalogue names it: "files/{path}" for the catch-all "files/{**path}", no slash at the end of a group's root.</summary>
    private static string RoutePath(string? relativePath) =>
        (relativePath ?? "").Replace("{**", "{", StringComparison.Ordinal).Replace("{*", "{", StringComparison.Ordinal).TrimEnd('/');

    /// <summary>e.g. get-tap-async-jobId-phase: unique per method and route, and safe in a URL.</summary>
    private static string OperationId(string method, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(segment => segment.Trim('{', '}'));
        return string.Join('-', segments.DefaultIfEmpty("home").Prepend(method.ToLowerInvariant()));
    }

    private static void DescribePathParameters(OpenApiOperation operation, IEnumerable<ApiParameter> described)
    {
        foreach (var parameter in described)
        {
            var generated = operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.In == ParameterLocation.Path && p.Name == parameter.Name);
            if (generated is null)
            {
                operation.Parameters ??= [];
                generated = new OpenApiParameter { Name = parameter.Name, In = ParameterLocation.Path, Required = true };
                operation.Parameters.Add(generated);
            }

            generated.Description = parameter.Description;
            generated.Schema = Schema(parameter.Value);
            generated.Examples = Examples(parameter.Examples.Select(example => KeyValuePair.Create(example.Key, (JsonNode)JsonValue.Create(example.Value))));
        }
    }

    private static OpenApiParameter QueryParameter(ApiParameter parameter) => new()
    {
        Name = parameter.Name,
        In = ParameterLocation.Query,
        Description = parameter.Description,
        Required = parameter.Required,
        Schema = FieldSchema(parameter),
        Style = ParameterStyle.Form,
        Explode = true,
        Examples = Examples(parameter.Examples.Select(example => KeyValuePair.Create(example.Key, FieldValue(parameter, example.Value)))),
    };

    /// <summary>The same fields as a form body; its examples are the parameters' examples of one name taken together.</summary>
    private static OpenApiRequestBody Form(IReadOnlyList<ApiParameter> fields, bool takesFiles)
    {
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = fields.ToDictionary(field => field.Name, field => (IOpenApiSchema)FieldSchema(field)),
            Required = new HashSet<string>(fields.Where(field => field.Required).Select(field => field.Name)),
        };
        var examples = Examples(fields
            .SelectMany(field => field.Examples.Select(example => (Example: example.Key, field.Name, Value: FieldValue(field, example.Value))))
            .GroupBy(entry => entry.Example)
            .Select(group => KeyValuePair.Create(group.Key, (JsonNode)new JsonObject(group.Select(entry => KeyValuePair.Create(entry.Name, (JsonNode?)entry.Value))))));
        var content = new Dictionary<string, OpenApiMediaType> { [FormType] = new() { Schema = schema, Examples = examples } };
        if (takesFiles)
        {
            content[MultipartType] = new OpenApiMediaType { Schema = schema };
        }

        return new OpenApiRequestBody { Required = fields.Any(field => field.Required), Content = content };
    }

    /// <summary>A repeatable parameter is an array (each value given as name=value again), otherwise its value's schema.</summary>
    private static OpenApiSchema FieldSchema(ApiParameter parameter) =>
        parameter.Repeatable ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = Schema(parameter.Value) } : Schema(parameter.Value);

    private static JsonNode FieldValue(ApiParameter parameter, string value) =>
        parameter.Repeatable ? new JsonArray(ValueNode(parameter.Value, value)) : ValueNode(parameter.Value, value);

    /// <summary>An example in its schema's type: integers as numbers, everything else as the text sent.</summary>
    private static JsonValue ValueNode(ApiValue type, string value) =>
        type.Type == JsonSchemaType.Integer && long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(value);

    private static OpenApiSchema Schema(ApiValue value) => new()
    {
        Type = value.Type,
        Format = value.Format,
        Enum = value.Allowed?.Select(allowed => (JsonNode)JsonValue.Create(allowed)).ToList(),
        Minimum = value.Minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Maximum = value.Maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, IOpenApiExample>? Examples(IEnumerable<KeyValuePair<string, JsonNode>> examples)
    {
        var named = examples.ToDictionary(example => example.Key, example => (IOpenApiExample)new OpenApiExample { Value = example.Value });
        return named.Count == 0 ? null : named;
    }

    private static OpenApiResponses Responses(IEnumerable<ApiResponse> responses)
    {
        var all = new OpenApiResponses();
        foreach (var response in responses)
        {
            all[response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponse
            {
                Description = response.Description,
                Content = response.MediaTypes.Count == 0
                    ? null
                    : response.MediaTypes.ToDictionary(type => type, type => new OpenApiMediaType { Schema = BodySchema(type) }),
            };
        }

        return all;
    }

    /// <summary>Text formats as strings, everything else (FITS, PNG, result files) as bytes.</summary>
    private static OpenApiSchema BodySchema(string mediaType) =>
        mediaType.StartsWith("text/", StringComparison.Ordinal) || mediaType.Contains("xml", StringComparison.Ordinal)
            ? new OpenApiSchema { Type = JsonSchemaType.String }
            : new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
}
