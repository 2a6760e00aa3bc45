using System.Text.Json.Nodes;

namespace Integration.Tests.ApiReference;

/// <summary>One operation of an OpenAPI document: its method, its path template and its JSON.</summary>
public sealed record ApiDocumentOperation(string Method, string Path, JsonObject Json)
{
    public string? Summary => (string?)Json["summary"];

    public IEnumerable<JsonObject> Parameters => Json["parameters"]?.AsArray().OfType<JsonObject>() ?? [];

    /// <summary>The parameter names, in the query or in a form body.</summary>
    public IReadOnlySet<string> FieldNames => new HashSet<string>(
        Parameters.Where(p => (string?)p["in"] == "query").Select(p => (string)p["name"]!)
            .Concat(FormSchema?["properties"]?.AsObject().Select(property => property.Key) ?? []));

    public JsonObject? FormSchema => Json["requestBody"]?["content"]?["application/x-www-form-urlencoded"]?["schema"]?.AsObject();

    public IEnumerable<string> MediaTypes(string status) =>
        Json["responses"]?[status]?["content"]?.AsObject().Select(content => content.Key) ?? [];

    /// <summary>
    /// The requests its examples make: the parameters' examples of one name taken together (query and
    /// path), or a form body's example, as the document's description says.
    /// </summary>
    public IEnumerable<ApiExampleRequest> Examples()
    {
        var formExamples = Json["requestBody"]?["content"]?["application/x-www-form-urlencoded"]?["examples"]?.AsObject() ?? [];
        var names = Parameters.SelectMany(p => p["examples"]?.AsObject().Select(example => example.Key) ?? [])
            .Concat(formExamples.Select(example => example.Key))
            .Distinct();
        foreach (var name in names)
        {
            var path = Path;
            var query = new List<KeyValuePair<string, string>>();
            foreach (var parameter in Parameters)
            {
                if (parameter["examples"]?[name]?["value"] is not { } value)
                {
                    continue;
                }

                if ((string?)parameter["in"] == "path")
                {
                    path = path.Replace("{" + (string)parameter["name"]! + "}", value.ToString(), StringComparison.Ordinal);
                }
                else
                {
                    query.AddRange(Values((string)parameter["name"]!, value));
                }
            }

            var form = formExamples[name]?["value"]?.AsObject().SelectMany(field => Values(field.Key, field.Value!)).ToList();
            yield return new ApiExampleRequest(name, Method, path, query, form);
        }
    }

    /// <summary>An array is a parameter repeated, once per value.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Values(string name, JsonNode value) =>
        value is JsonArray values ? values.Select(item => KeyValuePair.Create(name, item!.ToString())) : [KeyValuePair.Create(name, value.ToString())];

    public static IReadOnlyList<ApiDocumentOperation> All(JsonNode document) =>
    [
        .. document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(operation => operation.Key != "parameters")
            .Select(operation => new ApiDocumentOperation(operation.Key.ToUpperInvariant(), path.Key, operation.Value!.AsObject()))),
    ];
}

/// <summary>One example of an operation as an HTTP request; <see cref="Form"/> is the body of a POST example.</summary>
public sealed record ApiExampleRequest(
    string Name, string Method, string Path, IReadOnlyList<KeyValuePair<string, string>> Query, IReadOnlyList<KeyValuePair<string, string>>? Form)
{
    public HttpRequestMessage ToHttp()
    {
        var query = Query.Count == 0 ? "" : "?" + string.Join('&', Query.Select(pair => Uri.EscapeDataString(pair.Key) + "=" + Uri.EscapeDataString(pair.Value)));
        var request = new HttpRequestMessage(new HttpMethod(Method), Path + query);
        if (Form is not null)
        {
            request.Content = new FormUrlEncodedContent(Form);
        }

        return request;
    }

    public override string ToString() => $"{Method} {Path} example '{Name}'";
}
