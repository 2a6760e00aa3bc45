namespace Adql.Semantics;

/// <summary>The kind of value a function parameter accepts.</summary>
public enum ParameterKind
{
    Any,
    Numeric,
    String,
    Timestamp,
    Geometry,
}

public sealed record FunctionParameter(string Name, ParameterKind Kind);

/// <summary>
/// A user-defined function, as data: one declaration feeds the binder (arity, argument kinds, result
/// type), the translator (<see cref="SqlPattern"/>, where $1, $2, ... stand for the translated
/// arguments, each parenthesised unless it is a primary) and the TAP capabilities (signature and description).
/// </summary>
/// <param name="SqlPattern">A primary SQL expression, or for a flag function a condition.</param>
/// <param name="IsFlag">
/// The function answers 1 or 0 (NULL when unknown) and <see cref="SqlPattern"/> is the condition. Compared
/// with 1 or 0 in a query, the condition itself goes into the SQL, so PostgreSQL can use indexes for it.
/// </param>
public sealed record UserFunction(
    string Name,
    IReadOnlyList<FunctionParameter> Parameters,
    AdqlType ReturnType,
    string SqlPattern,
    string Description,
    bool IsAggregate = false,
    string? Unit = null,
    bool IsFlag = false)
{
    /// <summary>The TAPRegExt form, e.g. <c>ivo_hasword(haystack VARCHAR, needle VARCHAR) -> INTEGER</c>.</summary>
    public string Signature =>
        $"{Name}({string.Join(", ", Parameters.Select(p => $"{p.Name} {KindName(p.Kind)}"))}) -> {ReturnType.ToString().ToUpperInvariant()}";

    private static string KindName(ParameterKind kind) => kind switch
    {
        ParameterKind.Numeric => "DOUBLE",
        ParameterKind.String => "VARCHAR",
        ParameterKind.Timestamp => "TIMESTAMP",
        ParameterKind.Geometry => "REGION",
        _ => "ANY",
    };
}

/// <summary>The user-defined functions this service offers; build once at start-up and pass in <see cref="CompileOptions"/>.</summary>
public static class StandardUserFunctions
{
    public static IReadOnlyList<UserFunction> Create() =>
    [
        new(
            "ivo_interval_overlaps",
            [new("l1", ParameterKind.Numeric), new("h1", ParameterKind.Numeric), new("l2", ParameterKind.Numeric), new("h2", ParameterKind.Numeric)],
            AdqlType.Integer,
            "$1 <= $4 AND $3 <= $2",
            "1 if the closed intervals [l1, h1] and [l2, h2] overlap, 0 otherwise, e.g. an observation's [t_min, t_max] and a time range.",
            IsFlag: true),
        new(
            "ivo_healpix_index",
            [new("order", ParameterKind.Numeric), new("ra", ParameterKind.Numeric), new("dec", ParameterKind.Numeric)],
            AdqlType.Bigint,
            "healpix_nest($1, spoint(radians($2), radians($3)))",
            "The nested-scheme HEALPix index at the given order of the position (ra, dec) in degrees."),
        new(
            "ivo_hasword",
            [new("haystack", ParameterKind.String), new("needle", ParameterKind.String)],
            AdqlType.Integer,
            "to_tsvector('simple', $1) @@ plainto_tsquery('simple', $2)",
            "1 if every word of needle occurs as a word in haystack, ignoring case, 0 otherwise (e.g. in obs_title).",
            IsFlag: true),
        new(
            "ivo_string_agg",
            [new("expr", ParameterKind.String), new("delim", ParameterKind.String)],
            AdqlType.Varchar,
            "string_agg($1, $2)",
            "Aggregate: the non-null values of expr in a group joined with delim.",
            IsAggregate: true),
        new(
            "gavo_mjd_to_ts",
            [new("mjd", ParameterKind.Numeric)],
            AdqlType.Timestamp,
            "(TIMESTAMP '1858-11-17 00:00:00' + $1 * INTERVAL '1 day')",
            "The timestamp of a modified Julian date, e.g. gavo_mjd_to_ts(t_min); no time scale conversion."),
        new(
            "gavo_ts_to_mjd",
            [new("ts", ParameterKind.Timestamp)],
            AdqlType.Double,
            "CAST(EXTRACT(EPOCH FROM $1 - TIMESTAMP '1858-11-17 00:00:00') / 86400 AS double precision)",
            "The modified Julian date of a timestamp, e.g. gavo_ts_to_mjd(obs_release_date); no time scale conversion.",
            Unit: "d"),
    ];
}
