using System.Globalization;
using Adql.Diagnostics;
using Adql.Generated;
using Antlr4.Runtime;
using static Adql.Generated.AdqlParser;

namespace Adql.Syntax;

/// <summary>The search conditions and value expressions of <see cref="AstBuilder"/>.</summary>
internal sealed partial class AstBuilder
{
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
            _diagnostics.Add(DiagnosticMessages.NumberOutOfRange(target.length.Text, SpanOf(target.length)));
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
}
