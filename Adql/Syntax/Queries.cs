namespace Adql.Syntax;

/// <summary>Anything that yields rows: a SELECT, a set operation, or a WITH around one of them.</summary>
public abstract record QueryExpression(SourceSpan Span) : SyntaxNode(Span);

/// <summary>One SELECT ... FROM ... [WHERE] [GROUP BY] [HAVING] [ORDER BY] [OFFSET].</summary>
/// <param name="Top">TOP n, if given.</param>
/// <param name="From">The FROM list; several entries mean a cross join (comma join).</param>
public sealed record SelectQuery(
    SourceSpan Span,
    bool Distinct,
    long? Top,
    IReadOnlyList<SelectItem> Items,
    IReadOnlyList<TableReference> From,
    Expression? Where,
    IReadOnlyList<Expression> GroupBy,
    Expression? Having,
    IReadOnlyList<OrderItem> OrderBy,
    long? Offset) : QueryExpression(Span);

public enum SetOperator
{
    Union,
    Intersect,
    Except,
}

/// <summary>
/// left UNION|INTERSECT|EXCEPT [ALL] right. An ORDER BY or OFFSET written after the last operand
/// without parentheses applies to the whole set operation (as in SQL), so it is kept here rather
/// than on the last operand.
/// </summary>
public sealed record SetQuery(
    SourceSpan Span,
    SetOperator Operator,
    bool All,
    QueryExpression Left,
    QueryExpression Right,
    IReadOnlyList<OrderItem> OrderBy,
    long? Offset) : QueryExpression(Span);

/// <summary>WITH name [(columns)] AS (query), ... body.</summary>
public sealed record WithQuery(
    SourceSpan Span,
    IReadOnlyList<CommonTableExpression> CommonTables,
    QueryExpression Body) : QueryExpression(Span);

public sealed record CommonTableExpression(
    SourceSpan Span,
    Identifier Name,
    IReadOnlyList<Identifier> ColumnNames,
    QueryExpression Query) : SyntaxNode(Span);

public abstract record SelectItem(SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>*</c> when <see cref="Qualifier"/> is null, otherwise <c>t.*</c>.</summary>
public sealed record AllColumns(SourceSpan Span, TableName? Qualifier) : SelectItem(Span);

public sealed record SelectExpression(SourceSpan Span, Expression Expression, Identifier? Alias) : SelectItem(Span);

/// <summary>ORDER BY item: an expression, an output column alias, or a 1-based position (an integer literal).</summary>
public sealed record OrderItem(SourceSpan Span, Expression Expression, bool Descending) : SyntaxNode(Span);
