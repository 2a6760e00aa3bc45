using Adql.Syntax;
using Sia.Service.Validation;
using Sia.Service.Values;
using VoTable;
using static Adql.Syntax.SyntaxFactory;

namespace Sia.Service.Parameters;

/// <summary>The kinds of SIAv2 parameter, each a factory of a <see cref="SiaParameter"/> whose predicate is one ADQL condition.</summary>
internal static class Predicates
{
    /// <summary>An interval that must overlap the column pair [minColumn, maxColumn] (BAND, TIME).</summary>
    public static SiaParameter Overlaps(string name, string minColumn, string maxColumn, string unit, string description) =>
        new(name, SiaValueType.Interval, unit, description,
            value => ValueChecks.Ordered.Checked(name, Interval.Parse(name, value)).Overlaps(minColumn, maxColumn));

    /// <summary>An interval the column's value must lie in (FOV, SPATRES, EXPTIME, TIMERES, SPECRP).</summary>
    public static SiaParameter Contains(string name, string column, string? unit, string description) =>
        new(name, SiaValueType.Interval, unit, description,
            value => ValueChecks.Ordered.Checked(name, Interval.Parse(name, value)).Contains(column));

    /// <summary>A region the footprint must overlap (POS).</summary>
    public static SiaParameter Region(string name, string regionColumn, SiaLimits limits, string description)
    {
        var validator = new RegionValidator(limits.MaxRegionDiameter);
        return new(name, SiaValueType.Shape, "deg", description,
            value => Intersects(Column(regionColumn), validator.Checked(name, SkyRegion.Parse(name, value)).ToGeometry()));
    }

    /// <summary>A string the column must equal exactly; lists the values held when <paramref name="listValues"/>.</summary>
    public static SiaParameter Matches(string name, string column, string description, bool listValues) =>
        new(name, SiaValueType.Text, null, description, value => Equal(column, Text(value)), listValues ? column : null);

    /// <summary>One of a fixed set of strings, matched as the data writes it.</summary>
    public static SiaParameter Choice(string name, string column, IReadOnlyList<string> options, string description) =>
        new(name, SiaValueType.Text, null, description,
            value => Equal(column, Text(ValueChecks.OneOf(name, value.Trim(), options))), column, options);

    /// <summary>An integer the column must equal, within [min, max].</summary>
    public static SiaParameter Integer(string name, string column, long min, long max, VoTableType type, string description, bool listValues)
    {
        var validator = ValueChecks.Between(min, max);
        return new(name, type, null, description,
            value => Equal(column, Number(validator.Checked(name, Numbers.ParseInteger(name, value)))), listValues ? column : null);
    }

    /// <summary>A polarisation state: pol_states lists them between slashes, e.g. /I/Q/U/.</summary>
    public static SiaParameter PolarisationState(string name, string column, IReadOnlyList<string> states, string description) =>
        new(name, SiaValueType.Text, null, description,
            value => Like(Column(column), "%/" + ValueChecks.OneOf(name, value.Trim(), states) + "/%"), Options: states);

    private static ComparisonExpression Equal(string column, Expression value) => Compare(Column(column), ComparisonOperator.Equal, value);
}
