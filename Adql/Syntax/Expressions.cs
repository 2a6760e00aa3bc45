namespace Adql.Syntax;

/// <summary>
/// A value expression or a search condition. ADQL keeps them apart in its grammar; here they share
/// one base so CASE, NOT and comparisons compose naturally, and the binder checks the types.
/// </summary>
public abstract record Expression(SourceSpan Span) : SyntaxNode(Span);

public enum NumericKind
{
    /// <summary>Unsigned integer, e.g. 42.</summary>
    Integer,

    /// <summary>Exact or approximate number with a point or exponent, e.g. 1.5, 2e-3.</summary>
    Real,

    /// <summary>Hexadecimal integer (ADQL 2.1), e.g. 0x1F.</summary>
    Hex,
}

/// <summary>A number as written, so no precision is lost before translation.</summary>
public sealed record NumericLiteral(SourceSpan Span, string Text, NumericKind Kind) : Expression(Span);

/// <summary>A character string literal; <see cref="Value"/> has doubled quotes unescaped and adjacent literals joined.</summary>
public sealed record StringLiteral(SourceSpan Span, string Value) : Expression(Span);

public sealed record BooleanLiteral(SourceSpan Span, bool Value) : Expression(Span);

public sealed record NullLiteral(SourceSpan Span) : Expression(Span);

/// <summary>A column, optionally qualified by a table name or correlation name.</summary>
public sealed record ColumnReference(SourceSpan Span, TableName? Qualifier, Identifier Column) : Expression(Span);

public enum UnaryOperator
{
    Plus,
    Minus,
    BitwiseNot,
}

public sealed record UnaryExpression(SourceSpan Span, UnaryOperator Operator, Expression Operand) : Expression(Span);

public enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Concatenate,
    BitwiseAnd,
    BitwiseOr,
    BitwiseXor,
}

public sealed record BinaryExpression(SourceSpan Span, BinaryOperator Operator, Expression Left, Expression Right) : Expression(Span);

public enum SetQuantifier
{
    All,
    Distinct,
}

/// <summary>
/// Any function written name(args): math, trigonometric, string, conversion (COALESCE, NULLIF,
/// IN_UNIT), aggregates and user-defined functions. Geometry functions have their own node.
/// </summary>
/// <param name="Quantifier">DISTINCT/ALL inside an aggregate, if written.</param>
/// <param name="Star">True for COUNT(*).</param>
public sealed record FunctionCall(
    SourceSpan Span,
    Identifier Name,
    IReadOnlyList<Expression> Arguments,
    SetQuantifier? Quantifier = null,
    bool Star = false) : Expression(Span);

public enum GeometryFunction
{
    Point,
    Circle,
    Box,
    Polygon,
    Region,
    Contains,
    Intersects,
    Distance,
    Area,
    Centroid,
    Coord1,
    Coord2,
    CoordSys,
}

/// <summary>
/// An ADQL geometry function. <see cref="CoordinateSystem"/> is the optional leading string of the
/// ADQL 2.0 constructors (POINT('ICRS', ra, dec)); <see cref="Arguments"/> are the remaining ones as
/// written, e.g. DISTANCE has either two point arguments or four numbers.
/// </summary>
public sealed record GeometryCall(
    SourceSpan Span,
    GeometryFunction Function,
    Expression? CoordinateSystem,
    IReadOnlyList<Expression> Arguments) : Expression(Span);

/// <summary>A target type of CAST, e.g. INTEGER, DOUBLE PRECISION, VARCHAR(20), TIMESTAMP.</summary>
public sealed record TypeName(SourceSpan Span, string Name, int? Length) : SyntaxNode(Span);

public sealed record CastExpression(SourceSpan Span, Expression Operand, TypeName Type) : Expression(Span);

/// <summary>CASE [operand] WHEN ... THEN ... [ELSE ...] END; a simple CASE has an operand.</summary>
public sealed record CaseExpression(
    SourceSpan Span,
    Expression? Operand,
    IReadOnlyList<WhenClause> Whens,
    Expression? Else) : Expression(Span);

public sealed record WhenClause(SourceSpan Span, Expression When, Expression Then) : SyntaxNode(Span);

/// <summary>A subquery used as a value; it must return one column and at most one row.</summary>
public sealed record ScalarSubquery(SourceSpan Span, QueryExpression Query) : Expression(Span);
