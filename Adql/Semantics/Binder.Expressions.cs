using System.Globalization;
using Adql.Diagnostics;
using Adql.Syntax;

namespace Adql.Semantics;

/// <summary>Where an expression is bound: its scope, its clause, and what the grouping check needs.</summary>
internal sealed class ExpressionContext(Scope scope, string clause, bool aggregatesAllowed)
{
    public Scope Scope { get; } = scope;

    public string Clause { get; } = clause;

    public bool AggregatesAllowed { get; } = aggregatesAllowed;

    public bool InAggregate { get; set; }

    public bool SawAggregate { get; set; }

    /// <summary>Columns of this scope used outside aggregates: with GROUP BY they must be grouped.</summary>
    public List<(ColumnReference Reference, ColumnBinding Binding)> FreeColumns { get; } = [];
}

/// <summary>Expressions: names, operators, functions, subqueries; each gets a <see cref="ValueInfo"/>.</summary>
public sealed partial class Binder
{
    private void BindCondition(Expression condition, ExpressionContext context)
    {
        var info = BindExpression(condition, context);
        if (info.Type is not (AdqlType.Boolean or AdqlType.Unknown))
        {
            Report(DiagnosticMessages.OperandType(context.Clause, "a condition (a comparison, LIKE, IN, EXISTS ...)", TypeDescription(info.Type), condition.Span));
        }
    }

    private ValueInfo BindExpression(Expression expression, ExpressionContext context)
    {
        var info = expression switch
        {
            NumericLiteral number => new ValueInfo(NumberType(number)),
            StringLiteral text => BindString(text),
            BooleanLiteral => new ValueInfo(AdqlType.Boolean),
            NullLiteral => ValueInfo.Unknown,
            ColumnReference column => BindColumn(column, context),
            UnaryExpression unary => BindUnary(unary, context),
            BinaryExpression binary => BindBinary(binary, context),
            FunctionCall call => BindFunction(call, context),
            GeometryCall geometry => BindGeometry(geometry, context),
            CastExpression cast => BindCast(cast, context),
            CaseExpression caseExpression => BindCase(caseExpression, context),
            ScalarSubquery subquery => BindSingleColumnQuery(subquery.Query, context),
            LogicalExpression logical => BindLogical(logical, context),
            NotExpression not => BindConditionOperand(not.Operand, context),
            ComparisonExpression comparison => BindComparison(comparison, context),
            BetweenExpression between => BindBetween(between, context),
            LikeExpression like => BindLike(like, context),
            NullTest test => BindNullTest(test, context),
            InListExpression inList => BindInList(inList, context),
            InSubqueryExpression inQuery => BindInSubquery(inQuery, context),
            ExistsExpression exists => BindExists(exists, context),
            _ => throw new NotSupportedException(expression.GetType().Name),
        };
        _bound.Values[expression] = info;
        return info;
    }

    private static AdqlType NumberType(NumericLiteral number) => number.Kind switch
    {
        NumericKind.Real => AdqlType.Double,
        NumericKind.Hex => AdqlType.Bigint,
        _ when int.TryParse(number.Text, NumberStyles.None, CultureInfo.InvariantCulture, out _) => AdqlType.Integer,
        _ when long.TryParse(number.Text, NumberStyles.None, CultureInfo.InvariantCulture, out _) => AdqlType.Bigint,
        // PostgreSQL computes a larger integer as numeric; of the ADQL types only DOUBLE can hold it.
        _ => AdqlType.Double,
    };

    private ValueInfo BindString(StringLiteral text)
    {
        if (text.Value.Contains('\0', StringComparison.Ordinal))
        {
            Report(DiagnosticMessages.NulCharacter(text.Span));
        }

        return new ValueInfo(AdqlType.Varchar);
    }

    private ValueInfo BindColumn(ColumnReference column, ExpressionContext context)
    {
        var binding = ResolveColumn(column, context.Scope, out var local);
        if (binding is null)
        {
            return ValueInfo.Unknown;
        }

        _bound.Columns[column] = binding;
        if (local && !context.InAggregate)
        {
            context.FreeColumns.Add((column, binding));
        }

        return binding.Info;
    }

    private ValueInfo BindUnary(UnaryExpression unary, ExpressionContext context)
    {
        var operand = BindExpression(unary.Operand, context);
        var integersOnly = unary.Operator == UnaryOperator.BitwiseNot;
        RequireOperand(integersOnly ? "~" : "a sign", operand, unary.Operand, integersOnly);
        return operand with { Ucd = null, Utype = null, Description = null, Declared = null };
    }

    private ValueInfo BindBinary(BinaryExpression binary, ExpressionContext context)
    {
        var left = BindExpression(binary.Left, context);
        var right = BindExpression(binary.Right, context);
        switch (binary.Operator)
        {
            case BinaryOperator.Concatenate:
                RequireString("||", left, binary.Left);
                RequireString("||", right, binary.Right);
                return new ValueInfo(AdqlType.Varchar);
            case BinaryOperator.BitwiseAnd or BinaryOperator.BitwiseOr or BinaryOperator.BitwiseXor:
                RequireOperand("bitwise operators", left, binary.Left, integersOnly: true);
                RequireOperand("bitwise operators", right, binary.Right, integersOnly: true);
                return new ValueInfo(Promote(left.Type, right.Type));
        }

        RequireOperand("arithmetic", left, binary.Left, integersOnly: false);
        RequireOperand("arithmetic", right, binary.Right, integersOnly: false);
        return new ValueInfo(Promote(left.Type, right.Type), ArithmeticUnit(binary, left, right));
    }

    /// <summary>
    /// ra * 2 and ra + 1 stay in degrees; ra + dec too (same unit); ra * dec has a unit we do not spell out.
    /// </summary>
    private static string? ArithmeticUnit(BinaryExpression binary, ValueInfo left, ValueInfo right)
    {
        var leftConstant = binary.Left is NumericLiteral;
        var rightConstant = binary.Right is NumericLiteral;
        return binary.Operator switch
        {
            BinaryOperator.Add or BinaryOperator.Subtract when left.Unit == right.Unit || rightConstant => left.Unit,
            BinaryOperator.Add or BinaryOperator.Subtract when leftConstant => right.Unit,
            BinaryOperator.Multiply when rightConstant => left.Unit,
            BinaryOperator.Multiply when leftConstant => right.Unit,
            BinaryOperator.Divide when rightConstant => left.Unit,
            _ => null,
        };
    }

    private static AdqlType Promote(AdqlType left, AdqlType right)
    {
        if (left == AdqlType.Unknown || right == AdqlType.Unknown)
        {
            return left == AdqlType.Unknown ? right : left;
        }

        return (AdqlType)Math.Max((int)left, (int)right) is var wider && wider.IsNumeric() ? wider : AdqlType.Double;
    }

    private void RequireOperand(string operation, ValueInfo info, Expression operand, bool integersOnly)
    {
        var ok = info.Type == AdqlType.Unknown || (integersOnly ? info.Type.IsInteger() : info.Type.IsNumeric());
        if (!ok)
        {
            Report(DiagnosticMessages.OperandType(operation, integersOnly ? "integers" : "numbers", TypeDescription(info.Type), operand.Span));
        }
    }

    private ValueInfo BindCast(CastExpression cast, ExpressionContext context)
    {
        var operand = BindExpression(cast.Operand, context);
        var target = CastTargets.Find(cast.Type.Name);
        if (target is null)
        {
            Report(DiagnosticMessages.UnsupportedFeature($"CAST to {cast.Type.Name}", cast.Type.Span));
            return ValueInfo.Unknown;
        }

        return target.Value.IsNumeric() && operand.Type.IsNumeric() ? operand.WithTypeKeepingUnit(target.Value) : new ValueInfo(target.Value);
    }

    private ValueInfo BindCase(CaseExpression caseExpression, ExpressionContext context)
    {
        var operand = caseExpression.Operand is null ? null : BindExpression(caseExpression.Operand, context);
        var results = new List<(ValueInfo Info, SourceSpan Span)>();
        foreach (var when in caseExpression.Whens)
        {
            if (operand is null)
            {
                BindCondition(when.When, context);
            }
            else
            {
                RequireComparable(operand, BindExpression(when.When, context), when.When.Span);
            }

            results.Add((BindExpression(when.Then, context), when.Then.Span));
        }

        if (caseExpression.Else is not null)
        {
            results.Add((BindExpression(caseExpression.Else, context), caseExpression.Else.Span));
        }

        RequireCommonType("CASE", results);
        var known = results.Select(r => r.Info).FirstOrDefault(r => r.Type != AdqlType.Unknown) ?? ValueInfo.Unknown;
        return new ValueInfo(known.Type, results.All(r => r.Info.Unit == known.Unit) ? known.Unit : null);
    }

    private ValueInfo BindLogical(LogicalExpression logical, ExpressionContext context)
    {
        BindConditionOperand(logical.Left, context);
        return BindConditionOperand(logical.Right, context);
    }

    private ValueInfo BindConditionOperand(Expression operand, ExpressionContext context)
    {
        BindCondition(operand, context);
        return new ValueInfo(AdqlType.Boolean);
    }

    private ValueInfo BindComparison(ComparisonExpression comparison, ExpressionContext context)
    {
        var left = BindExpression(comparison.Left, context);
        var right = BindExpression(comparison.Right, context);
        RequireComparable(left, right, comparison.Span);
        return new ValueInfo(AdqlType.Boolean);
    }

    private void RequireComparable(ValueInfo left, ValueInfo right, SourceSpan span)
    {
        if (left.Type == AdqlType.Unknown || right.Type == AdqlType.Unknown)
        {
            return;
        }

        if (!Comparable(left.Type, right.Type))
        {
            Report(DiagnosticMessages.TypeMismatch("compare", TypeDescription(left.Type), TypeDescription(right.Type), span));
        }
    }

    private static bool Comparable(AdqlType left, AdqlType right) =>
        (left.IsNumeric() && right.IsNumeric())
        || (left.IsString() && right.IsString())
        || (left == AdqlType.Timestamp && (right == AdqlType.Timestamp || right.IsString()))
        || (right == AdqlType.Timestamp && left.IsString())
        || (left == AdqlType.Boolean && right == AdqlType.Boolean);

    /// <summary>
    /// Values that become one column (the results of a CASE, the arguments of COALESCE, a column of a
    /// UNION): PostgreSQL needs one type for them all and refuses the query otherwise.
    /// </summary>
    private void RequireCommonType(string construct, IEnumerable<(ValueInfo Info, SourceSpan Span)> values)
    {
        var known = values.Where(v => v.Info.Type != AdqlType.Unknown).ToList();
        foreach (var other in known.Skip(1))
        {
            var first = known[0].Info.Type;
            var combinable = Comparable(first, other.Info.Type) || first == other.Info.Type
                || (first, other.Info.Type) is (AdqlType.Polygon, AdqlType.Region) or (AdqlType.Region, AdqlType.Polygon);
            if (!combinable)
            {
                Report(DiagnosticMessages.MixedTypes(construct, TypeDescription(first), TypeDescription(other.Info.Type), other.Span));
            }
        }
    }

    private ValueInfo BindBetween(BetweenExpression between, ExpressionContext context)
    {
        var operand = BindExpression(between.Operand, context);
        RequireComparable(operand, BindExpression(between.Low, context), between.Low.Span);
        RequireComparable(operand, BindExpression(between.High, context), between.High.Span);
        return new ValueInfo(AdqlType.Boolean);
    }

    private ValueInfo BindLike(LikeExpression like, ExpressionContext context)
    {
        var operation = like.CaseInsensitive ? "ILIKE" : "LIKE";
        RequireString(operation, BindExpression(like.Operand, context), like.Operand);
        RequireString(operation, BindExpression(like.Pattern, context), like.Pattern);
        return new ValueInfo(AdqlType.Boolean);
    }

    private void RequireString(string operation, ValueInfo info, Expression operand)
    {
        if (info.Type is not AdqlType.Unknown && !info.Type.IsString())
        {
            Report(DiagnosticMessages.OperandType(operation, "strings", TypeDescription(info.Type), operand.Span));
        }
    }

    private ValueInfo BindNullTest(NullTest test, ExpressionContext context)
    {
        BindExpression(test.Operand, context);
        return new ValueInfo(AdqlType.Boolean);
    }

    private ValueInfo BindInList(InListExpression inList, ExpressionContext context)
    {
        var operand = BindExpression(inList.Operand, context);
        foreach (var value in inList.Values)
        {
            RequireComparable(operand, BindExpression(value, context), value.Span);
        }

        return new ValueInfo(AdqlType.Boolean);
    }

    private ValueInfo BindInSubquery(InSubqueryExpression inQuery, ExpressionContext context)
    {
        var operand = BindExpression(inQuery.Operand, context);
        RequireComparable(operand, BindSingleColumnQuery(inQuery.Query, context), inQuery.Span);
        return new ValueInfo(AdqlType.Boolean);
    }

    private ValueInfo BindExists(ExistsExpression exists, ExpressionContext context)
    {
        BindQuery(exists.Query, context.Scope);
        return new ValueInfo(AdqlType.Boolean);
    }

    private ValueInfo BindSingleColumnQuery(QueryExpression query, ExpressionContext context)
    {
        var outputs = BindQuery(query, context.Scope);
        if (outputs.Count != 1)
        {
            Report(DiagnosticMessages.SubqueryMustReturnOneColumn(outputs.Count, query.Span));
            return ValueInfo.Unknown;
        }

        return outputs[0].Info;
    }

    /// <summary>How a type is named in messages: "a number", "a POINT" ...</summary>
    private static string TypeDescription(AdqlType type) => type switch
    {
        _ when type.IsNumeric() => "a number",
        _ when type.IsString() => "a string",
        AdqlType.Timestamp => "a timestamp",
        AdqlType.Boolean => "a condition",
        AdqlType.Point => "a POINT",
        AdqlType.Circle => "a CIRCLE",
        AdqlType.Polygon => "a POLYGON",
        AdqlType.Region => "a region",
        _ => "a value of unknown type",
    };
}
