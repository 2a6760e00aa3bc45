namespace Adql.Syntax;

/// <summary>An entry of a FROM clause.</summary>
public abstract record TableReference(SourceSpan Span) : SyntaxNode(Span);

public sealed record NamedTable(SourceSpan Span, TableName Name, Identifier? Alias) : TableReference(Span);

/// <summary>A subquery in FROM; ADQL requires its correlation name.</summary>
public sealed record DerivedTable(SourceSpan Span, QueryExpression Query, Identifier Alias) : TableReference(Span);

public enum JoinKind
{
    Inner,
    LeftOuter,
    RightOuter,
    FullOuter,
    Cross,
}

/// <summary>
/// left [NATURAL] kind JOIN right [ON condition | USING (columns)]. A natural join has neither
/// <see cref="On"/> nor <see cref="Using"/>; a cross join has neither either.
/// </summary>
public sealed record JoinedTable(
    SourceSpan Span,
    TableReference Left,
    JoinKind Kind,
    bool Natural,
    TableReference Right,
    Expression? On,
    IReadOnlyList<Identifier> Using) : TableReference(Span);
