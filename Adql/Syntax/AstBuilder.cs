using System.Globalization;
using Adql.Diagnostics;
using Adql.Generated;
using Antlr4.Runtime;
using static Adql.Generated.AdqlParser;

namespace Adql.Syntax;

/// <summary>
/// Builds our immutable AST from an error-free ANTLR parse tree. This is the only file that knows
/// ANTLR's context types; everything after it works on <see cref="SyntaxNode"/>s.
/// </summary>
internal sealed class AstBuilder
{
    // Parse-tree levels; about three per parenthesis and one per chained operator. The AST, and
    // so the recursion of every later stage, is never deeper than this.
    private const int MaxTreeDepth = 500;

    private readonly List<Diagnostic> diagnostics;

    public AstBuilder(List<Diagnostic> diagnostics) => this.diagnostics = diagnostics;

    /// <returns>The AST, or null when the tree is too deep to build safely (reported).</returns>
    public QueryExpression? Build(QueryContext context)
    {
        if (FirstNodeBelowDepth(context, MaxTreeDepth) is { } tooDeep)
        {
            diagnostics.Add(DiagnosticMessages.ExpressionTooDeep(MaxTreeDepth, SpanOf(tooDeep)));
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
                diagnostics.Add(DiagnosticMessages.OrderingAroundLimitedQuery(SpanOf(context.orderByClause() ?? (ParserRuleContext)context.offsetClause())));
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

    // ---- search conditions ------------------------------------------------------------------

    private Expression Condition(SearchConditionContext context) => context switch
    {
        NotConditionContext not => new NotExpression(SpanOf(context), Condition(not.searchCondition())),
        AndConditionContext and => new LogicalExpression(SpanOf(context), LogicalOperator.And, Condition(and.searchCondition(0)), Condition(and.searchCondition(1))),
        OrConditionContext or => new LogicalExpression(SpanOf(context), LogicalOperator.Or, Condition(or.searchCondition(0)), Condition(or.searchCondition(1))),
        ParenthesizedConditionContext parenthesized => Condition(parenthesized.searchCondition()),
        PredicateConditionContext predicate => Predicate(predicate.predicate()),
        _ => throw Unexpected(context),
    };

    private Expression Predicate(PredicateContext context)
    {
        var span = SpanOf(context);
        if (context is ExistsPredicateContext exists)
        {
            return new ExistsExpression(span, Query(exists.subquery().queryExpression()));
        }

        var predicate = (ValuePredicateContext)context;
        var operand = Expression(predicate.valueExpression());
        return predicate.predicateTail() switch
        {
            ComparisonPredicateContext comparison => new ComparisonExpression(
                span, ComparisonOf(comparison.compOp()), operand, Expression(comparison.valueExpression())),
            BetweenPredicateContext between => new BetweenExpression(
                span, operand, Expression(between.valueExpression(0)), Expression(between.valueExpression(1)), between.NOT() is not null),
            LikePredicateContext like => new LikeExpression(span, operand, Expression(like.valueExpression()), like.ILIKE() is not null, like.NOT() is not null),
            NullPredicateContext isNull => new NullTest(span, operand, isNull.NOT() is not null),
            InSubqueryPredicateContext inSubquery => new InSubqueryExpression(
                span, operand, Query(inSubquery.subquery().queryExpression()), inSubquery.NOT() is not null),
            InListPredicateContext inList => new InListExpression(span, operand, inList.valueExpression().Select(Expression).ToList(), inList.NOT() is not null),
            var tail => throw Unexpected(tail),
        };
    }

    private static ComparisonOperator ComparisonOf(CompOpContext context) => context.Start.Type switch
    {
        AdqlLexer.EQUALS => ComparisonOperator.Equal,
        AdqlLexer.NOT_EQUALS => ComparisonOperator.NotEqual,
        AdqlLexer.LESS => ComparisonOperator.Less,
        AdqlLexer.LESS_EQUAL => ComparisonOperator.LessOrEqual,
        AdqlLexer.GREATER => ComparisonOperator.Greater,
        _ => ComparisonOperator.GreaterOrEqual,
    };

    // ---- value expressions ------------------------------------------------------------------

    private Expression Expression(ValueExpressionContext context)
    {
        var span = SpanOf(context);
        return context switch
        {
            PrimaryExpressionContext primary => Primary(primary.valueExpressionPrimary()),
            UnaryExpressionContext unary => new UnaryExpression(
                span,
                unary.op.Type switch
                {
                    AdqlLexer.PLUS => UnaryOperator.Plus,
                    AdqlLexer.MINUS => UnaryOperator.Minus,
                    _ => UnaryOperator.BitwiseNot,
                },
                Expression(unary.valueExpression())),
            MultiplicativeExpressionContext multiplicative => Binary(
                span, multiplicative.op.Type == AdqlLexer.ASTERISK ? BinaryOperator.Multiply : BinaryOperator.Divide, multiplicative.valueExpression()),
            AdditiveExpressionContext additive => Binary(
                span, additive.op.Type == AdqlLexer.PLUS ? BinaryOperator.Add : BinaryOperator.Subtract, additive.valueExpression()),
            BitwiseAndExpressionContext and => Binary(span, BinaryOperator.BitwiseAnd, and.valueExpression()),
            BitwiseXorExpressionContext xor => Binary(span, BinaryOperator.BitwiseXor, xor.valueExpression()),
            BitwiseOrExpressionContext or => Binary(span, BinaryOperator.BitwiseOr, or.valueExpression()),
            ConcatenationExpressionContext concatenation => Binary(span, BinaryOperator.Concatenate, concatenation.valueExpression()),
            _ => throw Unexpected(context),
        };
    }

    private BinaryExpression Binary(SourceSpan span, BinaryOperator op, ValueExpressionContext[] operands) =>
        new(span, op, Expression(operands[0]), Expression(operands[1]));

    private Expression Primary(ValueExpressionPrimaryContext context) => context switch
    {
        LiteralPrimaryContext literal => Literal(literal.unsignedLiteral()),
        NullPrimaryContext => new NullLiteral(SpanOf(context)),
        ColumnPrimaryContext column => ColumnReference(column.columnReference()),
        ParenthesizedPrimaryContext parenthesized => Expression(parenthesized.valueExpression()),
        ScalarSubqueryPrimaryContext subquery => new ScalarSubquery(SpanOf(context), Query(subquery.subquery().queryExpression())),
        AggregatePrimaryContext aggregate => Aggregate(aggregate.setFunctionSpecification()),
        CasePrimaryContext @case => Case(@case.caseExpression()),
        CastPrimaryContext cast => Cast(cast.castSpecification()),
        NumericFunctionPrimaryContext numeric => NumericFunction(numeric.numericValueFunction()),
        StringFunctionPrimaryContext text => Function(text.stringValueFunction(), text.stringValueFunction().name, text.stringValueFunction().valueExpression()),
        GeometryPrimaryContext geometry => Geometry(geometry.geometryFunction()),
        UserFunctionPrimaryContext user => UserFunction(user.userDefinedFunction()),
        _ => throw Unexpected(context),
    };

    private static Expression Literal(UnsignedLiteralContext context)
    {
        if (context.characterStringLiteral() is { } text)
        {
            return StringValue(text);
        }

        var kind = context.Start.Type switch
        {
            AdqlLexer.UNSIGNED_INTEGER => NumericKind.Integer,
            AdqlLexer.HEX_LITERAL => NumericKind.Hex,
            _ => NumericKind.Real,
        };
        return new NumericLiteral(SpanOf(context), context.GetText(), kind);
    }

    // Adjacent literals are one string; a doubled quote inside stands for one quote.
    private static StringLiteral StringValue(CharacterStringLiteralContext context) =>
        new(SpanOf(context), string.Concat(context.STRING_LITERAL().Select(part => part.GetText()[1..^1].Replace("''", "'", StringComparison.Ordinal))));

    private FunctionCall Aggregate(SetFunctionSpecificationContext context) => context switch
    {
        CountAllContext countAll => new FunctionCall(SpanOf(context), KeywordName(countAll.COUNT().Symbol), [], Star: true),
        GeneralSetFunctionContext general => new FunctionCall(
            SpanOf(context),
            KeywordName(general.setFunctionType().Start),
            [Expression(general.valueExpression())],
            general.setQuantifier() switch
            {
                null => null,
                var quantifier when quantifier.DISTINCT() is not null => SetQuantifier.Distinct,
                _ => SetQuantifier.All,
            }),
        _ => throw Unexpected(context),
    };

    private Expression Case(CaseExpressionContext context)
    {
        var span = SpanOf(context);
        return context switch
        {
            SimpleCaseContext simple => new CaseExpression(
                span,
                Expression(simple.valueExpression()),
                simple.simpleWhenClause().Select(w => new WhenClause(SpanOf(w), Expression(w.valueExpression(0)), Expression(w.valueExpression(1)))).ToList(),
                simple.elseClause() is { } otherwise ? Expression(otherwise.valueExpression()) : null),
            SearchedCaseContext searched => new CaseExpression(
                span,
                null,
                searched.searchedWhenClause().Select(w => new WhenClause(SpanOf(w), Condition(w.searchCondition()), Expression(w.valueExpression()))).ToList(),
                searched.elseClause() is { } otherwise ? Expression(otherwise.valueExpression()) : null),
            CoalesceExpressionContext coalesce => Function(coalesce, coalesce.COALESCE().Symbol, coalesce.valueExpression()),
            NullIfExpressionContext nullIf => Function(nullIf, nullIf.NULLIF().Symbol, nullIf.valueExpression()),
            _ => throw Unexpected(context),
        };
    }

    private CastExpression Cast(CastSpecificationContext context)
    {
        var target = context.castTarget();
        // The type is its keywords in capitals, e.g. DOUBLE PRECISION; a length is kept apart.
        var name = string.Join(' ', target.children.OfType<Antlr4.Runtime.Tree.ITerminalNode>()
            .Where(t => t.Symbol.Type is not (AdqlLexer.LEFT_PAREN or AdqlLexer.RIGHT_PAREN or AdqlLexer.UNSIGNED_INTEGER))
            .Select(t => t.GetText().ToUpperInvariant()));
        int? length = target.length is { } digits && int.TryParse(digits.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
        if (target.length is not null && length is null)
        {
            diagnostics.Add(DiagnosticMessages.NumberOutOfRange(target.length.Text, SpanOf(target.length)));
        }

        return new CastExpression(SpanOf(context), Expression(context.valueExpression()), new TypeName(SpanOf(target), name, length));
    }

    private FunctionCall NumericFunction(NumericValueFunctionContext context) => context switch
    {
        UnaryMathFunctionContext unary => Function(context, unary.name, unary.valueExpression()),
        BinaryMathFunctionContext binary => Function(context, binary.name, binary.valueExpression()),
        RoundingFunctionContext rounding => Function(context, rounding.name, rounding.valueExpression()),
        RandFunctionContext rand => Function(context, rand.RAND().Symbol, rand.valueExpression() is { } seed ? [seed] : []),
        PiFunctionContext pi => Function(context, pi.PI().Symbol, []),
        InUnitFunctionContext inUnit => new FunctionCall(
            SpanOf(context),
            KeywordName(inUnit.IN_UNIT().Symbol),
            [Expression(inUnit.valueExpression()), StringValue(inUnit.characterStringLiteral())]),
        _ => throw Unexpected(context),
    };

    private FunctionCall Function(ParserRuleContext context, IToken name, params ValueExpressionContext[] arguments) =>
        new(SpanOf(context), KeywordName(name), arguments.Select(Expression).ToList());

    private FunctionCall UserFunction(UserDefinedFunctionContext context)
    {
        var name = context.REGULAR_IDENTIFIER().Symbol;
        return new FunctionCall(SpanOf(context), new Identifier(SpanOf(name), name.Text, false), context.valueExpression().Select(Expression).ToList());
    }

    private GeometryCall Geometry(GeometryFunctionContext context)
    {
        var (function, arguments) = context switch
        {
            PointFunctionContext point => (GeometryFunction.Point, point.valueExpression()),
            CircleFunctionContext circle => (GeometryFunction.Circle, circle.valueExpression()),
            BoxFunctionContext box => (GeometryFunction.Box, box.valueExpression()),
            PolygonFunctionContext polygon => (GeometryFunction.Polygon, polygon.valueExpression()),
            RegionFunctionContext region => (GeometryFunction.Region, [region.valueExpression()]),
            GeometryPredicateFunctionContext predicate => (
                predicate.name.Type == AdqlLexer.CONTAINS ? GeometryFunction.Contains : GeometryFunction.Intersects, predicate.valueExpression()),
            DistanceFunctionContext distance => (GeometryFunction.Distance, distance.valueExpression()),
            UnaryGeometryFunctionContext unary => (
                unary.name.Type switch
                {
                    AdqlLexer.AREA => GeometryFunction.Area,
                    AdqlLexer.CENTROID => GeometryFunction.Centroid,
                    AdqlLexer.COORD1 => GeometryFunction.Coord1,
                    AdqlLexer.COORD2 => GeometryFunction.Coord2,
                    _ => GeometryFunction.CoordSys,
                },
                new[] { unary.valueExpression() }),
            _ => throw Unexpected(context),
        };
        var values = arguments.Select(Expression).ToList();
        return HasCoordinateSystem(function, values)
            ? new GeometryCall(SpanOf(context), function, values[0], values[1..])
            : new GeometryCall(SpanOf(context), function, null, values);
    }

    /// <summary>
    /// Whether the first argument of a constructor is its ADQL 2.0 coordinate system: when there is
    /// one argument more than the shape needs, or, where a centre may be a point or two coordinates,
    /// when the first argument is a string literal or NULL (a coordinate never is).
    /// </summary>
    private static bool HasCoordinateSystem(GeometryFunction function, List<Expression> arguments)
    {
        var literalFirst = arguments[0] is StringLiteral or NullLiteral;
        return function switch
        {
            GeometryFunction.Point => arguments.Count == 3,
            GeometryFunction.Circle => arguments.Count == 4 || (arguments.Count == 3 && literalFirst),
            GeometryFunction.Box => arguments.Count == 5 || (arguments.Count == 4 && literalFirst),
            GeometryFunction.Polygon => literalFirst,
            _ => false,
        };
    }

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

        diagnostics.Add(DiagnosticMessages.NumberOutOfRange(digits.Text, SpanOf(digits)));
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
