namespace Tap.Service.Vosi;

/// <summary>One optional language feature as TAPRegExt lists it: its form and what it does here.</summary>
internal sealed record LanguageFeature(string Form, string? Description = null);

/// <summary>A group of features under one TAPRegExt/ADQL 2.1 feature-type URI.</summary>
internal sealed record LanguageFeatureGroup(string Type, IReadOnlyList<LanguageFeature> Features);

/// <summary>
/// The optional ADQL features our compiler implements, under the TAPRegExt type URIs that ADQL 2.1
/// (§4) names. What the compiler refuses (REGION, IN_UNIT) is left out, so clients never offer it.
/// COALESCE works but is not listed: its feature type is not among those TAPRegExt validators know
/// (STILTS taplint reports it as an error), and clients offer it anyway.
/// User-defined functions are listed from their declarations by the capabilities document.
/// </summary>
internal static class AdqlLanguageFeatures
{
    private const string TapRegExt = "ivo://ivoa.net/std/TAPRegExt#";

    public const string UdfType = TapRegExt + "features-udf";

    public static readonly IReadOnlyList<LanguageFeatureGroup> Groups =
    [
        new(TapRegExt + "features-adqlgeo",
        [
            new("POINT"), new("CIRCLE"), new("BOX"), new("POLYGON"), new("CONTAINS"), new("INTERSECTS"),
            new("DISTANCE"), new("AREA"), new("CENTROID", "Of stored footprints (s_region) and of circles and boxes."),
            new("COORD1"), new("COORD2"), new("COORDSYS"),
        ]),
        new(TapRegExt + "features-adql-string",
        [
            new("LOWER", "Lower case of a string."),
            new("UPPER", "Upper case of a string."),
            new("ILIKE", "Case-insensitive LIKE."),
        ]),
        new(TapRegExt + "features-adql-sets",
        [
            new("UNION", "Rows of either query (ALL keeps duplicates)."),
            new("EXCEPT", "Rows of the first query that are not in the second."),
            new("INTERSECT", "Rows in both queries."),
        ]),
        new(TapRegExt + "features-adql-common-table", [new("WITH", "Named subqueries (common table expressions) before SELECT.")]),
        new(TapRegExt + "features-adql-type", [new("CAST", "Conversion to a numeric, character or timestamp type.")]),
        new(TapRegExt + "features-adql-offset", [new("OFFSET", "Skips the first rows of the ordered result.")]),
        new(TapRegExt + "features-adql-bitwise",
        [
            new("BIT_AND", "a & b"), new("BIT_OR", "a | b"), new("BIT_XOR", "a ^ b"), new("BIT_NOT", "~a"),
        ]),
    ];
}
