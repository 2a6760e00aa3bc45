using Sia.Service;
using Sia.Service.Parameters;
using Microsoft.OpenApi;
using VoTable;

namespace Tap.Service.ApiReference;

/// <summary>SIAv2's query resource, its parameters read from the list Sia.Service builds its queries from.</summary>
internal static class SiaOperations
{
    public const string Tag = "SIAv2";

    public static IEnumerable<KeyValuePair<(string Method, string Path), ApiOperation>> For(SiaQueryBuilder builder)
    {
        var combined = SampleExamples.SiaCombinations.ToLookup(entry => entry.Parameter, entry => KeyValuePair.Create(entry.Example, entry.Value));
        ApiParameter WithSampleExamples(ApiParameter parameter) =>
            parameter.WithExamples(combined[parameter.Name]).WithExamples(
                SampleExamples.SiaValues.TryGetValue(parameter.Name, out var value) ? [KeyValuePair.Create(parameter.Name.ToLowerInvariant(), value)] : []);

        IReadOnlyList<ApiParameter> parameters =
        [
            .. builder.Parameters.Select(Describe),
            TapOperations.MaxRec("Largest number of images to return; MAXREC=0 returns the service's self-description: the result's columns and every parameter with the values it takes."),
            new ApiParameter(Dali.DaliParameters.ResponseFormat, "Output format, by media type or short name.", ApiValue.OneOf(builder.Limits.ResponseFormats)),
        ];
        var operation = new ApiOperation(
            Tag,
            "Find images",
            "SIAv2 query of ivoa.obscore: each parameter may be repeated (its values are alternatives) and different parameters must all hold. "
            + $"A POS region may span at most {builder.Limits.MaxRegionDiameter} degrees.",
            [.. parameters.Select(WithSampleExamples)],
            [ApiResponses.QueryResult with { Description = "The images found, one ObsCore row each, with DataLink service descriptors." }, ApiResponses.UsageError, ApiResponses.Unavailable]);
        yield return KeyValuePair.Create((HttpMethods.Get, "sia/query"), operation);
        yield return KeyValuePair.Create((HttpMethods.Post, "sia/query"), operation);
    }

    private static ApiParameter Describe(SiaParameter parameter)
    {
        var value = parameter.Options is { } options ? ApiValue.OneOf(options) : ValueOf(parameter.Type);
        var unit = parameter.Unit is null ? "" : $" Unit: {parameter.Unit}.";
        var listed = parameter.ValuesColumn is null ? "" : " The values the data holds are listed by MAXREC=0.";
        var sentence = parameter.Description.EndsWith('.') ? parameter.Description : parameter.Description + ".";
        return new ApiParameter(parameter.Name, sentence + unit + listed, value) { Repeatable = true };
    }

    /// <summary>A DALI value type as JSON Schema: DALI's xtypes are strings of numbers in a fixed order.</summary>
    public static ApiValue ValueOf(VoTableType type) => type switch
    {
        { XType: "interval" } => ApiValue.Interval,
        { XType: "shape" } => ApiValue.Shape,
        { XType: { } xtype } => new ApiValue(JsonSchemaType.String, "dali-" + xtype),
        { Datatype: VoTableDatatype.Long } => ApiValue.Integer(0, long.MaxValue),
        { Datatype: VoTableDatatype.Int or VoTableDatatype.Short } => ApiValue.Integer(0, int.MaxValue),
        { Datatype: VoTableDatatype.Double or VoTableDatatype.Float } => new ApiValue(JsonSchemaType.Number),
        _ => ApiValue.Text,
    };
}
