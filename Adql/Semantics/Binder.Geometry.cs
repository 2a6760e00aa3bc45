using Adql.Diagnostics;
using Adql.Syntax;

namespace Adql.Semantics;

/// <summary>Geometry functions: argument shapes, coordinate systems, result types and stored-geometry shortcuts.</summary>
public sealed partial class Binder
{
    private static readonly ValueInfo PointValue = new(AdqlType.Point, "deg");
    private static readonly ValueInfo Degrees = new(AdqlType.Double, "deg");
    private static readonly ValueInfo Flag = new(AdqlType.Integer);

    private ValueInfo BindGeometry(GeometryCall call, ExpressionContext context)
    {
        CheckCoordinateSystem(call.CoordinateSystem, context);
        var arguments = call.Arguments.Select(a => BindExpression(a, context)).ToList();
        var name = call.Function.ToString().ToUpperInvariant();
        var types = arguments.Select(a => a.Type).ToList();
        if (call.Function is GeometryFunction.Point or GeometryFunction.Circle or GeometryFunction.Polygon or GeometryFunction.Distance
            && types.All(t => t.IsNumeric()))
        {
            BindStoredPoints(call.Arguments);
        }

        switch (call.Function)
        {
            case GeometryFunction.Point:
                RequireShape(call, name, types, "a longitude and a latitude", [Numbers(2)]);
                return PointValue;
            case GeometryFunction.Circle:
                RequireShape(call, name, types, "a centre (POINT or longitude and latitude) and a radius", [Numbers(3), [Point, Number]]);
                return new ValueInfo(AdqlType.Circle, "deg");
            case GeometryFunction.Box:
                RequireShape(call, name, types, "a centre (POINT or longitude and latitude), a width and a height", [Numbers(4), [Point, Number, Number]]);
                return new ValueInfo(AdqlType.Polygon, "deg");
            case GeometryFunction.Polygon:
                CheckPolygon(call, types);
                return new ValueInfo(AdqlType.Polygon, "deg");
            case GeometryFunction.Region:
                Report(DiagnosticMessages.UnsupportedFeature("REGION (STC-S strings)", call.Span));
                return ValueInfo.Unknown;
            case GeometryFunction.Contains:
                RequireShape(call, name, types, "a geometry and a region (CIRCLE, BOX, POLYGON or a region column) that may contain it", [[Geometry, Area]]);
                return Flag;
            case GeometryFunction.Intersects:
                RequireShape(call, name, types, "two geometries", [[Geometry, Geometry]]);
                return Flag;
            case GeometryFunction.Distance:
                RequireShape(call, name, types, "two POINTs or two longitude/latitude pairs", [[Point, Point], Numbers(4)]);
                return Degrees;
            case GeometryFunction.Area:
                RequireShape(call, name, types, "a region (CIRCLE, BOX, POLYGON or a region column)", [[Area]]);
                return new ValueInfo(AdqlType.Double, "deg**2");
            case GeometryFunction.Centroid:
                RequireShape(call, name, types, "a region (CIRCLE, BOX, POLYGON or a region column)", [[Area]]);
                CheckCentroid(call, types);
                return PointValue;
            case GeometryFunction.Coord1 or GeometryFunction.Coord2:
                RequireShape(call, name, types, "a POINT", [[Point]]);
                return Degrees;
            case GeometryFunction.CoordSys:
                RequireShape(call, name, types, "a geometry", [[Geometry]]);
                return new ValueInfo(AdqlType.Varchar);
            default:
                throw new NotSupportedException(call.Function.ToString());
        }
    }

    /// <summary>What one geometry-function argument accepts, and how messages name it.</summary>
    private sealed record Expected(string Description, Func<AdqlType, bool> Test)
    {
        public bool Accepts(AdqlType type) => type == AdqlType.Unknown || Test(type);
    }

    private static readonly Expected Number = new("a number", t => t.IsNumeric());
    private static readonly Expected Point = new("a POINT", t => t == AdqlType.Point);
    private static readonly Expected Geometry = new("a geometry", t => t.IsGeometry());
    private static readonly Expected Area = new("a region (CIRCLE, BOX, POLYGON or a region column)", t => t.IsArea());

    private static Expected[] Numbers(int count) => Enumerable.Repeat(Number, count).ToArray();

    /// <summary>The arguments must fit one of the allowed shapes.</summary>
    private void RequireShape(GeometryCall call, string name, List<AdqlType> types, string expected, Expected[][] shapes)
    {
        if (shapes.Any(shape => Fits(shape, types)))
        {
            return;
        }

        // Numbers only, as in CIRCLE(1, 2): a coordinate is missing rather than a POINT expected.
        var numbersOnly = types.All(Number.Accepts) && shapes.Any(shape => shape.All(e => e == Number));

        // Otherwise, of the shapes with the right number of arguments, blame the one that fits best.
        var candidate = shapes.Where(shape => shape.Length == types.Count).MaxBy(shape => shape.Zip(types).TakeWhile(p => p.First.Accepts(p.Second)).Count());
        if (candidate is null || numbersOnly)
        {
            Report(DiagnosticMessages.WrongArgumentCount(name, expected, types.Count, call.Span));
            return;
        }

        var wrong = candidate.Zip(types).TakeWhile(p => p.First.Accepts(p.Second)).Count();
        Report(DiagnosticMessages.WrongArgumentType(name, wrong + 1, candidate[wrong].Description, TypeDescription(types[wrong]), call.Arguments[wrong].Span));
    }

    private static bool Fits(Expected[] shape, List<AdqlType> types) => shape.Length == types.Count && shape.Zip(types).All(p => p.First.Accepts(p.Second));

    private void CheckPolygon(GeometryCall call, List<AdqlType> types)
    {
        var points = types.Count >= 3 && types.All(Point.Accepts) && types.Any(t => t == AdqlType.Point);
        var numbers = types.Count >= 6 && types.Count % 2 == 0 && types.All(Number.Accepts);
        if (points || numbers)
        {
            return;
        }

        if (types.Any(t => t == AdqlType.Point) || types.Count < 6 || types.Count % 2 != 0)
        {
            Report(DiagnosticMessages.InvalidGeometry(
                $"POLYGON needs at least 3 vertices, each a POINT or a longitude and latitude pair; it has {types.Count} argument{(types.Count == 1 ? "" : "s")}", call.Span));
            return;
        }

        var wrong = types.FindIndex(t => !Number.Accepts(t));
        Report(DiagnosticMessages.WrongArgumentType("POLYGON", wrong + 1, "a number", TypeDescription(types[wrong]), call.Arguments[wrong].Span));
    }

    private void CheckCoordinateSystem(Expression? system, ExpressionContext context)
    {
        if (system is null)
        {
            return;
        }

        BindExpression(system, context);
        if (system is StringLiteral text && !IsSupportedFrame(text.Value))
        {
            Report(DiagnosticMessages.UnsupportedCoordinateSystem(text.Value, text.Span));
        }
    }

    /// <summary>
    /// ADQL 2.0 coordinate system strings: empty, or a frame with optional reference position and
    /// flavour (e.g. 'ICRS GEOCENTER'). Only ICRS is stored; UNKNOWNFrame means "the service's own".
    /// </summary>
    private static bool IsSupportedFrame(string system)
    {
        var words = system.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 || words[0].ToUpperInvariant() is "ICRS" or "UNKNOWNFRAME" or "UNKNOWN";
    }

    /// <summary>
    /// A (ra, dec) pair of columns of a table that stores their point, e.g. in POINT(s_ra, s_dec) or
    /// DISTANCE(s_ra, s_dec, 10, 20): the translator uses that (indexed) column instead.
    /// </summary>
    private void BindStoredPoints(IReadOnlyList<Expression> coordinates)
    {
        for (var i = 0; i + 1 < coordinates.Count; i += 2)
        {
            if (coordinates[i] is ColumnReference ra
                && coordinates[i + 1] is ColumnReference dec
                && _bound.Columns.GetValueOrDefault(ra) is { Range.Table.Geometry: { } hint } raBinding
                && _bound.Columns.GetValueOrDefault(dec) is { } decBinding
                && raBinding.Range == decBinding.Range
                && raBinding.ColumnName == hint.RaColumn
                && decBinding.ColumnName == hint.DecColumn)
            {
                _bound.StoredPoints[ra] = new ColumnBinding(raBinding.Range, hint.PointColumn, PointValue);
            }
        }
    }

    /// <summary>
    /// pg_sphere has no centroid of a polygon, so CENTROID works on circles and on region columns whose
    /// table stores the footprint centre.
    /// </summary>
    private void CheckCentroid(GeometryCall call, List<AdqlType> types)
    {
        if (types is not [var type] || type is AdqlType.Circle or AdqlType.Unknown)
        {
            return;
        }

        if (call.Arguments[0] is ColumnReference region
            && _bound.Columns.GetValueOrDefault(region) is { Range.Table.Geometry: { } hint } binding
            && binding.ColumnName == hint.RegionColumn)
        {
            _bound.StoredPoints[call] = new ColumnBinding(binding.Range, hint.PointColumn, PointValue);
            return;
        }

        Report(DiagnosticMessages.UnsupportedFeature("CENTROID of a computed polygon (it works on circles and on footprint columns such as s_region)", call.Span));
    }
}
