namespace Adql.Syntax;

public enum LogicalOperator
{
    And,
    Or,
}

public sealed record LogicalExpression(SourceSpan Span, LogicalOperator Operator, Expression Left, Expression Right) : Expression(Span);

public sealed record NotExpression(SourceSpan Span, Expression Operand) : Expression(Span);

public enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

public sealed record ComparisonExpression(SourceSpan Span, ComparisonOperator Operator, Expression Left, Expression Right) : Expression(Span);

public sealed record BetweenExpression(SourceSpan Span, Expression Operand, Expression Low, Expression High, bool Negated) : Expression(Span);

/// <summary>[NOT] LIKE / ILIKE. ADQL has no ESCAPE clause: backslash is an ordinary character.</summary>
public sealed record LikeExpression(SourceSpan Span, Expression Operand, Expression Pattern, bool CaseInsensitive, bool Negated) : Expression(Span);

public sealed record NullTest(SourceSpan Span, Expression Operand, bool Negated) : Expression(Span);

/// <summary>[NOT] IN (value, ...) — <see cref="Values"/> is non-empty.</summary>
public sealed record InListExpression(SourceSpan Span, Expression Operand, IReadOnlyList<Expression> Values, bool Negated) : Expression(Span);

/// <summary>[NOT] IN (subquery).</summary>
public sealed record InSubqueryExpression(SourceSpan Span, Expression Operand, QueryExpression Query, bool Negated) : Expression(Span);

public sealed record ExistsExpression(SourceSpan Span, QueryExpression Query) : Expression(Span);
