using Tap.Service.Vosi;

namespace Tap.Service.ApiReference;

/// <summary>The VOSI and DALI self-description of each service: availability and capabilities everywhere, tables and examples for TAP.</summary>
internal static class VosiOperations
{
    public static IEnumerable<KeyValuePair<(string Method, string Path), ApiOperation>> For(string service, string tag)
    {
        yield return Operation(service + "/availability", tag, $"Is the {tag} service up?",
            "VOSI availability: whether the service can answer now (the database included), with a note when it cannot.", []);
        yield return Operation(service + "/capabilities", tag, $"What the {tag} service offers",
            "VOSI capabilities: the service's standards, their endpoints, limits and authentication.", []);
    }

    public static IEnumerable<KeyValuePair<(string Method, string Path), ApiOperation>> TapOnly()
    {
        yield return Operation("tap/tables", TapOperations.Tag, "List the tables",
            "VOSI tables: every published schema and table, with their columns unless detail=min.",
            [new ApiParameter("detail", "min for the tables without their columns; max (the default) with them.", ApiValue.OneOf(["min", "max"])).WithExample("min", "min")]);
        yield return Operation("tap/tables/{table}", TapOperations.Tag, "Describe one table",
            "VOSI table: one table's columns, by its qualified name.",
            [new ApiParameter("table", "The table's qualified name, schema.table.", ApiValue.Text) { InPath = true, Required = true }.WithExample("obscore", "ivoa.obscore")],
            ApiResponses.NotFound with { Description = "No table of that name is published." });
        yield return KeyValuePair.Create(
            (HttpMethods.Get, "tap/examples"),
            new ApiOperation(TapOperations.Tag, "Example queries", "DALI examples: queries to start from, each with what it answers (XHTML with RDFa).", [],
                [new ApiResponse(200, "The examples document.", ExamplesDocument.ContentType)]));
    }

    private static KeyValuePair<(string Method, string Path), ApiOperation> Operation(
        string path, string tag, string summary, string description, IReadOnlyList<ApiParameter> parameters, params ApiResponse[] errors) =>
        KeyValuePair.Create((HttpMethods.Get, path), new ApiOperation(tag, summary, description, parameters, [ApiResponses.Xml, .. errors]));
}
