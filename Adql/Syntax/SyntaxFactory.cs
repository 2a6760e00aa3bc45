using System.Globalization;

namespace Adql.Syntax;

/// <summary>
/// Builds syntax trees in code, for services that make their queries from typed values (SIAv2,
/// service metadata) rather than from text: the tree is compiled as parsed ADQL would be, and printed
/// when a user should see it. The nodes have no place in any text, so they carry <see cref="SourceSpan.None"/>.
/// </summary>
public static class SyntaxFactory
{
    private static readonly SourceSpan None = SourceSpan.None;

    /// <summary>A regular (case-insensitive) name, e.g. a column or a table of the catalogue.</summary>
    public static Identifier Name(string name) => new(None, name, Delimited: false);

    public static ColumnReference Column(string name) => new(None, null, Name(name));

    /// <summary>A table by its dotted name, e.g. "ivoa.obscore".</summary>
    public static NamedTable Table(string qualifiedName) =>
        new(None, new TableName(None, qualifiedName.Split('.').Select(Name).ToList()), null);

    public static StringLiteral Text(string value) => new(None, value);

    /// <summary>An integer literal; a negative one is written as ADQL writes it, a minus sign before the literal.</summary>
    public static Expression Number(long value) =>
        Signed(value < 0, new NumericLiteral(None, Math.Abs((decimal)value).ToString(CultureInfo.InvariantCulture), NumericKind.Integer));

    /// <summary>A finite double as the shortest literal that reads back as the same value.</summary>
    public static Expression Number(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "ADQL has no literal for an infinite or NaN value.");
        }

        var text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var kind = text.AsSpan().IndexOfAny('.', 'E') >= 0 ? NumericKind.Real : NumericKind.Integer;
        return Signed(value < 0, new NumericLiteral(None, text, kind));
    }

    public static ComparisonExpression Compare(Expression left, ComparisonOperator op, Expression right) => new(None, op, left, right);

    public static LikeExpression Like(Expression operand, string pattern) => new(None, operand, Text(pattern), CaseInsensitive: false, Negated: false);

    public static NullTest IsNotNull(Expression operand) => new(None, operand, Negated: true);

    /// <summary>A geometry constructor in the ADQL 2.0 form, with the coordinate system first, e.g. CIRCLE('ICRS', ra, dec, r).</summary>
    public static GeometryCall Geometry(GeometryFunction function, string coordinateSystem, IEnumerable<Expression> arguments) =>
        new(None, function, Text(coordinateSystem), arguments.ToList());

    /// <summary>INTERSECTS(a, b) = 1, the form the translator maps onto an index.</summary>
    public static ComparisonExpression Intersects(Expression region, Expression other) =>
        Compare(new GeometryCall(None, GeometryFunction.Intersects, null, [region, other]), ComparisonOperator.Equal, Number(1));

    /// <summary>The conditions AND-ed, or null when there are none.</summary>
    public static Expression? AllOf(IEnumerable<Expression> conditions) => Chain(LogicalOperator.And, conditions);

    /// <summary>The conditions OR-ed, or null when there are none.</summary>
    public static Expression? AnyOf(IEnumerable<Expression> conditions) => Chain(LogicalOperator.Or, conditions);

    /// <summary>SELECT * FROM table [WHERE condition].</summary>
    public static SelectQuery SelectAll(string table, Expression? where) =>
        new(None, Distinct: false, Top: null, [new AllColumns(None, null)], [Table(table)], where, [], null, [], null);

    /// <summary>SELECT DISTINCT column FROM table WHERE column IS NOT NULL ORDER BY column: the values a column holds.</summary>
    public static SelectQuery DistinctValues(string table, string column) =>
        new(None, Distinct: true, Top: null, [new SelectExpression(None, Column(column), null)], [Table(table)],
            IsNotNull(Column(column)), [], null, [new OrderItem(None, Column(column), Descending: false)], null);

    private static Expression Signed(bool negative, NumericLiteral literal) =>
        negative ? new UnaryExpression(None, UnaryOperator.Minus, literal) : literal;

    /// <summary>Nested to the left, as the parser reads a AND b AND c.</summary>
    private static Expression? Chain(LogicalOperator op, IEnumerable<Expression> conditions) =>
        conditions.Aggregate((Expression?)null, (left, condition) =>
            left is null ? condition : new LogicalExpression(None, op, left, condition));
}
