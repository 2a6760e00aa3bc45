using System.Globalization;
using Adql.Diagnostics;
using Adql.Generated;
using Antlr4.Runtime;
using static Adql.Generated.AdqlParser;

namespace Adql.Syntax;

/// <summary>
/// Builds our immutable AST from an error-free ANTLR parse tree. This class (here and in
/// AstBuilder.Expressions.cs) is the only one that knows ANTLR's context types; everything after it
/// works on <see cref="SyntaxNode"/>s.
/// </summary>
internal sealed partial class AstBuilder
{
    // Parse-tree levels; about three per parenthesis and one per chained operator. The AST, and
    // so the recursion of every later stage, is never deeper than this.
    private const int MaxTreeDepth = 500;

    private readonly List<Diagnostic> _diagnostics;

    public AstBuilder(List<Diagnostic> diagnostics) => _diagnostics = diagnostics;

    /// <returns>The AST, or null when the tree is too deep to build safely (reported).</returns>
    public QueryExpression? Build(QueryContext context)
    {
        if (FirstNodeBelowDepth(context, MaxTreeDepth) is { } tooDeep)
        {
            _diagnostics.Add(DiagnosticMessages.ExpressionTooDeep(MaxTreeDepth, SpanOf(tooDeep)));
            return null;
        }

        var body = Query(context.queryExpression());
        return context.withClause() is { } with
            ? new WithQuery(SpanOf(context), with.withQuery().Select(CommonTable).ToList(), body)
            : body;
    }

    // ---- queries ----------------------------------------------------------------------------

    private CommonTableExpression CommonTable(WithQueryContext context) =>
        new(
            SpanOf(context),
            Identifier(context.queryName().identifier()),
            context.columnNameList() is { } columns ? Columns(columns) : [],
            Query(context.queryExpression()));

    private QueryExpression Query(QueryExpressionContext context)
    {
        var body = QueryBody(context.queryExpressionBody());
        var orderBy = context.orderByClause()?.sortSpecification().Select(OrderItem).ToList();
        var offset = context.offsetClause() is { } offsetClause ? Count(offsetClause.UNSIGNED_INTEGER().Symbol) : null;
        if (orderBy is null && offset is null)
        {
            return body;
        }

        // The AST keeps one ORDER BY and OFFSET per query, which "(SELECT TOP 5 ...) ORDER BY x"
        // would need twice: the inner TOP picks rows before the outer ORDER BY sorts them.
        var span = SpanOf(context);
        var parenthesized = context.Start.Type == AdqlLexer.LEFT_PAREN;
        switch (body)
        {
            case SelectQuery select when select.OrderBy.Count == 0 && select.Offset is null && (select.Top is null || !parenthesized):
                return select with { Span = span, OrderBy = orderBy ?? [], Offset = offset };
            case SetQuery set when set.OrderBy.Count == 0 && set.Offset is null:
                return set with { Span = span, OrderBy = orderBy ?? [], Offset = offset };
            default:
                _diagnostics.Add(DiagnosticMessages.OrderingAroundLimitedQuery(SpanOf(context.orderByClause() ?? (ParserRuleContext)context.offsetClause())));
                return body;
        }
    }

    private QueryExpression QueryBody(QueryExpressionBodyContext context)
    {
        if (context.queryExpressionBody() is not { } left)
        {
            return QueryTerm(context.queryTerm());
        }

        var setOperator = context.UNION() is not null ? SetOperator.Union : SetOperator.Except;
        return new SetQuery(SpanOf(context), setOperator, context.ALL() is not null, QueryBody(left), QueryTerm(context.queryTerm()), [], null);
    }

    private QueryExpression QueryTerm(QueryTermContext context) =>
        context.queryTerm() is { } left
            ? new SetQuery(SpanOf(context), SetOperator.Intersect, context.ALL() is not null, QueryTerm(left), QueryPrimary(context.queryPrimary()), [], null)
            : QueryPrimary(context.queryPrimary());

    private QueryExpression QueryPrimary(QueryPrimaryContext context) =>
        context.querySpecification() is { } select ? Select(select) : Query(context.queryExpression());

    private SelectQuery Select(QuerySpecificationContext context) =>
        new(
            SpanOf(context),
            context.setQuantifier()?.DISTINCT() is not null,
            context.setLimit() is { } limit ? Count(limit.UNSIGNED_INTEGER().Symbol) : null,
            context.selectList().selectSublist().Select(SelectItem).ToList(),
            context.fromClause().tableReference().Select(TableReference).ToList(),
            context.whereClause() is { } where ? Condition(where.searchCondition()) : null,
            context.groupByClause()?.valueExpression().Select(Expression).ToList() ?? [],
            context.havingClause() is { } having ? Condition(having.searchCondition()) : null,
            [],
            null);

    private SelectItem SelectItem(SelectSublistContext context) => context switch
    {
        AllColumnsContext => new AllColumns(SpanOf(context), null),
        QualifiedAllColumnsContext qualified => new AllColumns(SpanOf(context), TableName(qualified.qualifier().tableName())),
        DerivedColumnContext derived => new SelectExpression(
            SpanOf(context),
            Expression(derived.valueExpression()),
            derived.asClause() is { } alias ? Identifier(alias.columnName().identifier()) : null),
        _ => throw Unexpected(context),
    };

    private OrderItem OrderItem(SortSpecificationContext context) =>
        new(SpanOf(context), Expression(context.valueExpression()), context.DESC() is not null);

    // ---- tables -----------------------------------------------------------------------------

    private TableReference TableReference(TableReferenceContext context) =>
        Joins(TablePrimary(context.tablePrimary()), context.joinPart());

    // Joins group from the left: a JOIN b JOIN c is (a JOIN b) JOIN c.
    private TableReference Joins(TableReference first, JoinPartContext[] joins)
    {
        var result = first;
        foreach (var join in joins)
        {
            var span = new SourceSpan(result.Span.Line, result.Span.Column, result.Span.Start, SpanOf(join).End);
            result = join switch
            {
                CrossJoinContext cross => new JoinedTable(span, result, JoinKind.Cross, false, TablePrimary(cross.tablePrimary()), null, []),
                QualifiedJoinContext qualified => new JoinedTable(
                    span,
                    result,
                    KindOf(qualified.joinType()),
                    qualified.NATURAL() is not null,
                    TablePrimary(qualified.tablePrimary()),
                    qualified.joinSpecification() is JoinConditionContext on ? Condition(on.searchCondition()) : null,
                    qualified.joinSpecification() is NamedColumnsJoinContext usingColumns ? Columns(usingColumns.columnNameList()) : []),
                _ => throw Unexpected(join),
            };
        }

        return result;
    }

    private static JoinKind KindOf(JoinTypeContext? context) => context switch
    {
        null => JoinKind.Inner,
        _ when context.INNER() is not null => JoinKind.Inner,
        _ when context.LEFT() is not null => JoinKind.LeftOuter,
        _ when context.RIGHT() is not null => JoinKind.RightOuter,
        _ => JoinKind.FullOuter,
    };

    private TableReference TablePrimary(TablePrimaryContext context) => context switch
    {
        NamedTableContext named => new NamedTable(SpanOf(context), TableName(named.tableName()), Alias(named.correlationSpecification())),
        DerivedTableContext derived => new DerivedTable(SpanOf(context), Query(derived.subquery().queryExpression()), Alias(derived.correlationSpecification())!),
        ParenthesizedJoinContext joined => Joins(TablePrimary(joined.tablePrimary()), joined.joinPart()),
        _ => throw Unexpected(context),
    };

    private static Identifier? Alias(CorrelationSpecificationContext? context) =>
        context is null ? null : Identifier(context.correlationName().identifier());

    // ---- names ------------------------------------------------------------------------------

    private static ColumnReference ColumnReference(ColumnReferenceContext context) =>
        new(
            SpanOf(context),
            context.qualifier() is { } qualifier ? TableName(qualifier.tableName()) : null,
            Identifier(context.columnName().identifier()));

    private static TableName TableName(TableNameContext context) =>
        new(SpanOf(context), context.identifier().Select(Identifier).ToList());

    private static List<Identifier> Columns(ColumnNameListContext context) =>
        context.columnName().Select(c => Identifier(c.identifier())).ToList();

    private static Identifier Identifier(IdentifierContext context)
    {
        var token = context.Start;
        return token.Type == AdqlLexer.DELIMITED_IDENTIFIER
            ? new Identifier(SpanOf(token), token.Text[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal), true)
            : new Identifier(SpanOf(token), token.Text, false);
    }

    // Built-in functions are named by their keyword in capitals, whatever case the user wrote.
    private static Identifier KeywordName(IToken keyword) => new(SpanOf(keyword), keyword.Text.ToUpperInvariant(), false);

    private long? Count(IToken digits)
    {
        if (long.TryParse(digits.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _diagnostics.Add(DiagnosticMessages.NumberOutOfRange(digits.Text, SpanOf(digits)));
        return null;
    }

    // Iterative, so that measuring a deep tree cannot itself overflow the stack.
    private static ParserRuleContext? FirstNodeBelowDepth(ParserRuleContext root, int maxDepth)
    {
        var pending = new Stack<(ParserRuleContext Node, int Depth)>([(root, 1)]);
        while (pending.TryPop(out var entry))
        {
            if (entry.Depth > maxDepth)
            {
                return entry.Node;
            }

            foreach (var child in entry.Node.children?.OfType<ParserRuleContext>() ?? [])
            {
                pending.Push((child, entry.Depth + 1));
            }
        }

        return null;
    }

    // ---- spans ------------------------------------------------------------------------------

    private static SourceSpan SpanOf(IToken token) => SyntaxErrorReporter.SpanOf(token);

    private static SourceSpan SpanOf(ParserRuleContext context)
    {
        var start = context.Start;
        var end = context.Stop is { } stop && stop.StopIndex >= start.StartIndex ? stop.StopIndex + 1 : start.StartIndex;
        return new SourceSpan(start.Line, start.Column + 1, start.StartIndex, end);
    }

    // The grammar and this builder change together; a context type missed here is a bug of ours.
    private static InvalidOperationException Unexpected(ParserRuleContext context) =>
        new($"AstBuilder does not handle {context.GetType().Name}");
}
