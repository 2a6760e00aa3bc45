namespace Adql.Semantics;

/// <summary>How a built-in function's result type follows from its arguments.</summary>
public enum ResultType
{
    Double,
    Bigint,
    Varchar,

    /// <summary>The type of the first argument (ABS, MIN, MAX, SUM, COALESCE ...).</summary>
    FirstArgument,

    /// <summary>Integer when every argument is an integer, double otherwise (MOD).</summary>
    IntegerIfIntegers,
}

/// <summary>What a built-in function does to the unit and UCD of its first argument.</summary>
public enum ResultMetadata
{
    None,

    /// <summary>Keeps the unit (ABS, ROUND, AVG ...).</summary>
    KeepUnit,

    /// <summary>Keeps unit, UCD, utype and description: the value is one of the column's own (MIN, MAX, COALESCE).</summary>
    KeepAll,
    Degrees,
    Radians,
}

/// <summary>
/// An ADQL built-in (non-geometry) function: arity, argument kind and result rules; <c>ArgumentsShareType</c>
/// when the result is one of the arguments (COALESCE), so they need one type.
/// </summary>
public sealed record BuiltinFunction(
    string Name,
    int MinArguments,
    int MaxArguments,
    ParameterKind ArgumentKind,
    ResultType Result,
    ResultMetadata Metadata = ResultMetadata.None,
    bool IsAggregate = false,
    bool ArgumentsShareType = false);

/// <summary>The ADQL 2.1 math, trigonometric, string, conversion and aggregate functions.</summary>
public static class BuiltinFunctions
{
    private const int Unbounded = int.MaxValue;

    private static readonly Dictionary<string, BuiltinFunction> ByName = new BuiltinFunction[]
    {
        new("ABS", 1, 1, ParameterKind.Numeric, ResultType.FirstArgument, ResultMetadata.KeepUnit),
        new("CEILING", 1, 1, ParameterKind.Numeric, ResultType.Double, ResultMetadata.KeepUnit),
        new("FLOOR", 1, 1, ParameterKind.Numeric, ResultType.Double, ResultMetadata.KeepUnit),
        new("ROUND", 1, 2, ParameterKind.Numeric, ResultType.Double, ResultMetadata.KeepUnit),
        new("TRUNCATE", 1, 2, ParameterKind.Numeric, ResultType.Double, ResultMetadata.KeepUnit),
        new("SIGN", 1, 1, ParameterKind.Numeric, ResultType.FirstArgument),
        new("MOD", 2, 2, ParameterKind.Numeric, ResultType.IntegerIfIntegers, ResultMetadata.KeepUnit),
        new("DEGREES", 1, 1, ParameterKind.Numeric, ResultType.Double, ResultMetadata.Degrees),
        new("RADIANS", 1, 1, ParameterKind.Numeric, ResultType.Double, ResultMetadata.Radians),
        new("EXP", 1, 1, ParameterKind.Numeric, ResultType.Double),
        new("LOG", 1, 1, ParameterKind.Numeric, ResultType.Double),
        new("LOG10", 1, 1, ParameterKind.Numeric, ResultType.Double),
        new("PI", 0, 0, ParameterKind.Numeric, ResultType.Double),
        new("POWER", 2, 2, ParameterKind.Numeric, ResultType.Double),
        new("RAND", 0, 1, ParameterKind.Numeric, ResultType.Double),
        new("SQRT", 1, 1, ParameterKind.Numeric, ResultType.Double),
        new("ACOS", 1, 1, ParameterKind.Numeric, ResultType.Double, ResultMetadata.Radians),
        new("ASIN", 1, 1, ParameterKind.Numeric, ResultType.Double, ResultMetadata.Radians),
        new("ATAN", 1, 1, ParameterKind.Numeric, ResultType.Double, ResultMetadata.Radians),
        new("ATAN2", 2, 2, ParameterKind.Numeric, ResultType.Double, ResultMetadata.Radians),
        new("COS", 1, 1, ParameterKind.Numeric, ResultType.Double),
        new("COT", 1, 1, ParameterKind.Numeric, ResultType.Double),
        new("SIN", 1, 1, ParameterKind.Numeric, ResultType.Double),
        new("TAN", 1, 1, ParameterKind.Numeric, ResultType.Double),
        new("LOWER", 1, 1, ParameterKind.String, ResultType.Varchar),
        new("UPPER", 1, 1, ParameterKind.String, ResultType.Varchar),
        new("COALESCE", 1, Unbounded, ParameterKind.Any, ResultType.FirstArgument, ResultMetadata.KeepAll, ArgumentsShareType: true),
        new("COUNT", 1, 1, ParameterKind.Any, ResultType.Bigint, IsAggregate: true),
        new("AVG", 1, 1, ParameterKind.Numeric, ResultType.Double, ResultMetadata.KeepUnit, IsAggregate: true),
        new("SUM", 1, 1, ParameterKind.Numeric, ResultType.FirstArgument, ResultMetadata.KeepUnit, IsAggregate: true),
        new("MIN", 1, 1, ParameterKind.Any, ResultType.FirstArgument, ResultMetadata.KeepAll, IsAggregate: true),
        new("MAX", 1, 1, ParameterKind.Any, ResultType.FirstArgument, ResultMetadata.KeepAll, IsAggregate: true),
    }.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    public static BuiltinFunction? Find(string name) => ByName.GetValueOrDefault(name);

    public static IEnumerable<string> Names => ByName.Keys;

    /// <summary>"1 argument", "1 or 2 arguments", "at least 1 argument": for arity messages.</summary>
    public static string DescribeArity(int min, int max) => (min, max) switch
    {
        _ when min == max => Plural(min),
        _ when max == Unbounded => $"at least {Plural(min)}",
        _ => $"{min} or {Plural(max)}",
    };

    private static string Plural(int count) => count == 1 ? "1 argument" : $"{count} arguments";
}
