using Microsoft.OpenApi;

namespace Tap.Service.ApiReference;

/// <summary>
/// One parameter of a protocol endpoint as the API reference shows it. The protocol endpoints read
/// their parameters through <see cref="Protocol.DaliRequest"/> (any case, query string or form), so
/// nothing in their signatures says what they take: these descriptions do.
/// </summary>
/// <param name="Examples">Values by example name; an operation's examples of one name are one request.</param>
internal sealed record ApiParameter(string Name, string Description, ApiValue Value, IReadOnlyDictionary<string, string> Examples)
{
    public ApiParameter(string name, string description, ApiValue value)
        : this(name, description, value, new Dictionary<string, string>())
    {
    }

    public bool Required { get; init; }

    /// <summary>Whether the parameter is a segment of the path (its route names it) rather than a query or form parameter.</summary>
    public bool InPath { get; init; }

    /// <summary>Whether the parameter may be given more than once (DALI: each value adds an alternative).</summary>
    public bool Repeatable { get; init; }

    public ApiParameter WithExamples(IEnumerable<KeyValuePair<string, string>> examples) =>
        this with { Examples = new Dictionary<string, string>(Examples.Concat(examples)) };

    public ApiParameter WithExample(string exampleName, string value) => WithExamples([KeyValuePair.Create(exampleName, value)]);
}

/// <summary>What a parameter's values are: a JSON Schema type with its format, bounds and allowed values.</summary>
internal sealed record ApiValue(JsonSchemaType Type, string? Format = null, IReadOnlyList<string>? Allowed = null, long? Minimum = null, long? Maximum = null)
{
    public static readonly ApiValue Text = new(JsonSchemaType.String);

    public static readonly ApiValue Time = new(JsonSchemaType.String, "date-time");

    /// <summary>DALI's interval: two numbers, lower and upper, separated by a space; -Inf and +Inf for open ends.</summary>
    public static readonly ApiValue Interval = new(JsonSchemaType.String, "dali-interval");

    /// <summary>DALI's shape in text: CIRCLE, RANGE or POLYGON followed by numbers in degrees.</summary>
    public static readonly ApiValue Shape = new(JsonSchemaType.String, "dali-shape");

    public static ApiValue Integer(long minimum = 0, long? maximum = null) =>
        new(JsonSchemaType.Integer, maximum is <= int.MaxValue && minimum >= int.MinValue ? "int32" : "int64", Minimum: minimum, Maximum: maximum);

    public static ApiValue OneOf(IEnumerable<string> allowed) => new(JsonSchemaType.String, Allowed: [.. allowed]);
}
