using System.Globalization;
using System.Numerics;
using Adql.Semantics;
using Adql.Syntax;

namespace Adql.Translation;

/// <summary>Expressions: operators, literals, names and ADQL functions with ADQL's semantics.</summary>
public sealed partial class SqlTranslator
{
    /// <summary>Writes an expression, in parentheses if it binds less tightly than <paramref name="required"/>.</summary>
    internal void Emit(Expression expression, Precedence required)
    {
        var start = _sql.Length;
        var produced = Write(expression);
        if (produced < required)
        {
            _sql.Insert(start, '(').Append(')');
        }
    }

    /// <summary>The SQL of an expression as a string, for constructs that repeat or rearrange their operands.</summary>
    internal string Render(Expression expression, Precedence required) => Capture(() => Emit(expression, required));

    internal string Render(ColumnBinding column) => Capture(() => WriteColumn(column));

    private string Capture(Action write)
    {
        var start = _sql.Length;
        write();
        var text = _sql.ToString(start, _sql.Length - start);
        _sql.Length = start;
        return text;
    }

    internal void Append(string text) => _sql.Append(text);

    private Precedence Write(Expression expression)
    {
        switch (expression)
        {
            case NumericLiteral number:
                _sql.Append(number.Kind == NumericKind.Hex ? ParseHex(number.Text) : number.Text);
                return Precedence.Primary;
            case StringLiteral text:
                SqlText.AppendString(_sql, text.Value);
                return Precedence.Primary;
            case BooleanLiteral boolean:
                _sql.Append(boolean.Value ? "TRUE" : "FALSE");
                return Precedence.Primary;
            case NullLiteral:
                _sql.Append("NULL");
                return Precedence.Primary;
            case ColumnReference column:
                WriteColumn(_bound.ColumnOf(column));
                return Precedence.Primary;
            case UnaryExpression unary:
                _sql.Append(unary.Operator switch
                {
                    UnaryOperator.Minus => "-",
                    UnaryOperator.Plus => "+",
                    _ => "~",
                });

                // A nested sign would otherwise read as a comment (--).
                Emit(unary.Operand, Precedence.Primary);
                return Precedence.Unary;
            case BinaryExpression binary:
                return WriteBinary(binary);
            case FunctionCall call:
                return WriteFunction(call);
            case GeometryCall geometry:
                return _sphere.Write(geometry);
            case CastExpression cast:
                _sql.Append("CAST(");
                Emit(cast.Operand, Precedence.Lowest);
                _sql.Append(" AS ").Append(PostgresType(cast.Type)).Append(')');
                return Precedence.Primary;
            case CaseExpression caseExpression:
                WriteCase(caseExpression);
                return Precedence.Primary;
            case ScalarSubquery subquery:
                WriteSubquery(subquery.Query);
                return Precedence.Primary;
            case LogicalExpression logical:
                var level = logical.Operator == LogicalOperator.And ? Precedence.And : Precedence.Or;
                Emit(logical.Left, level);
                _sql.Append(logical.Operator == LogicalOperator.And ? " AND " : " OR ");
                Emit(logical.Right, level);
                return level;
            case NotExpression not:
                _sql.Append("NOT ");
                Emit(not.Operand, Precedence.Not);
                return Precedence.Not;
            case ComparisonExpression comparison:
                return TryWriteFlagTest(comparison) ?? _sphere.TryWriteCone(comparison) ?? WriteComparison(comparison.Left, comparison.Operator, comparison.Right);
            case BetweenExpression between:
                Emit(between.Operand, Precedence.Like + 1);
                _sql.Append(between.Negated ? " NOT BETWEEN " : " BETWEEN ");
                Emit(between.Low, Precedence.Like + 1);
                _sql.Append(" AND ");
                Emit(between.High, Precedence.Like + 1);
                return Precedence.Like;
            case LikeExpression like:
                Emit(like.Operand, Precedence.Like + 1);
                _sql.Append(like.Negated ? " NOT" : string.Empty).Append(like.CaseInsensitive ? " ILIKE " : " LIKE ");
                Emit(like.Pattern, Precedence.Like + 1);

                // ADQL has no escape character; PostgreSQL's default one is the backslash.
                _sql.Append(" ESCAPE ''");
                return Precedence.Like;
            case NullTest test:
                Emit(test.Operand, Precedence.Is + 1);
                _sql.Append(test.Negated ? " IS NOT NULL" : " IS NULL");
                return Precedence.Is;
            case InListExpression inList:
                Emit(inList.Operand, Precedence.Like + 1);
                _sql.Append(inList.Negated ? " NOT IN (" : " IN (");
                WriteList(inList.Values);
                _sql.Append(')');
                return Precedence.Like;
            case InSubqueryExpression inQuery:
                Emit(inQuery.Operand, Precedence.Like + 1);
                _sql.Append(inQuery.Negated ? " NOT IN " : " IN ");
                WriteSubquery(inQuery.Query);
                return Precedence.Like;
            case ExistsExpression exists:
                _sql.Append("EXISTS ");
                WriteSubquery(exists.Query);
                return Precedence.Primary;
            default:
                throw new NotSupportedException(expression.GetType().Name);
        }
    }

    /// <summary>
    /// ADQL's 1-or-0 functions (CONTAINS, INTERSECTS, flag user functions) compared with 1 or 0, on either
    /// side, with = or &lt;&gt;: the condition itself or its negation, so PostgreSQL can use indexes.
    /// </summary>
    private Precedence? TryWriteFlagTest(ComparisonExpression comparison)
    {
        var (flag, other) = IsFlag(comparison.Left) ? (comparison.Left, comparison.Right) : (comparison.Right, comparison.Left);
        if (!IsFlag(flag)
            || comparison.Operator is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual)
            || other is not NumericLiteral { Kind: NumericKind.Integer } literal
            || literal.Text is not ("0" or "1"))
        {
            return null;
        }

        var (condition, level) = flag is GeometryCall geometry
            ? (_sphere.Condition(geometry), Precedence.Other)
            : (Capture(() => WritePattern(_bound.UserFunctionOf((FunctionCall)flag)!.SqlPattern, ((FunctionCall)flag).Arguments)), Precedence.Lowest);
        var holds = (literal.Text == "1") == (comparison.Operator == ComparisonOperator.Equal);
        if (holds)
        {
            _sql.Append(condition);
            return level;
        }

        // Not "NOT (...)": PostgreSQL folds that into the operator's declared negator, and pg_sphere
        // declares wrong negators for some pairs (its !&& on two polygons runs the && function).
        // IS FALSE keeps the operator we chose and filters rows exactly like NOT would.
        _sql.Append('(').Append(condition).Append(") IS FALSE");
        return Precedence.Is;
    }

    private bool IsFlag(Expression expression) => expression switch
    {
        GeometryCall { Function: GeometryFunction.Contains or GeometryFunction.Intersects } => true,
        FunctionCall call => _bound.UserFunctionOf(call)?.IsFlag == true,
        _ => false,
    };

    private Precedence WriteComparison(Expression left, ComparisonOperator op, Expression right)
    {
        Emit(left, Precedence.Comparison + 1);
        _sql.Append(ComparisonText(op));
        Emit(right, Precedence.Comparison + 1);
        return Precedence.Comparison;
    }

    internal static string ComparisonText(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => " = ",
        ComparisonOperator.NotEqual => " <> ",
        ComparisonOperator.Less => " < ",
        ComparisonOperator.LessOrEqual => " <= ",
        ComparisonOperator.Greater => " > ",
        _ => " >= ",
    };

    private void WriteColumn(ColumnBinding binding)
    {
        if (binding.Range is not null)
        {
            foreach (var part in binding.Range.Qualifier)
            {
                SqlText.AppendIdentifier(_sql, part);
                _sql.Append('.');
            }
        }

        SqlText.AppendIdentifier(_sql, binding.ColumnName);
    }

    /// <summary>Integer division of integers stays integer division in PostgreSQL too, so operators map one to one.</summary>
    private Precedence WriteBinary(BinaryExpression binary)
    {
        var (text, level) = binary.Operator switch
        {
            BinaryOperator.Add => (" + ", Precedence.Additive),
            BinaryOperator.Subtract => (" - ", Precedence.Additive),
            BinaryOperator.Multiply => (" * ", Precedence.Multiplicative),
            BinaryOperator.Divide => (" / ", Precedence.Multiplicative),
            BinaryOperator.Concatenate => (" || ", Precedence.Other),
            BinaryOperator.BitwiseAnd => (" & ", Precedence.Other),
            BinaryOperator.BitwiseOr => (" | ", Precedence.Other),
            _ => (" # ", Precedence.Other),
        };
        Emit(binary.Left, level);
        _sql.Append(text);
        Emit(binary.Right, level + 1);
        return level;
    }

    private Precedence WriteFunction(FunctionCall call)
    {
        if (_bound.UserFunctionOf(call) is { IsFlag: true } flag)
        {
            _sql.Append("CAST(");
            WritePattern(flag.SqlPattern, call.Arguments);
            _sql.Append(" AS integer)");
            return Precedence.Primary;
        }

        if (_bound.UserFunctionOf(call) is { } user)
        {
            WritePattern(user.SqlPattern, call.Arguments);
            return Precedence.Primary;
        }

        var name = call.Name.Name.ToUpperInvariant();
        var arguments = call.Arguments;
        switch (name)
        {
            case "LOG":
                WriteCall("ln", arguments);
                break;
            case "LOG10":
                WriteCall("log", arguments);
                break;
            case "CEILING":
                WriteCall("ceil", arguments);
                break;
            case "RAND" when arguments.Count == 0:
                _sql.Append("random()");
                break;
            case "RAND":
                // One value per seed: setseed takes a number in [-1, 1], which sin() makes of any seed.
                WritePattern("(SELECT random() FROM (SELECT setseed(sin($1))) AS seeded)", arguments);
                break;
            case "ROUND" or "TRUNCATE" when arguments.Count == 2 || name == "ROUND":
                // PostgreSQL rounds only numeric to a number of places (and rounds double precision half to even).
                _sql.Append("CAST(").Append(name == "ROUND" ? "round" : "trunc").Append("(CAST(");
                Emit(arguments[0], Precedence.Lowest);
                _sql.Append(" AS numeric)");
                if (arguments.Count == 2)
                {
                    _sql.Append(", ");
                    Emit(arguments[1], Precedence.Lowest);
                }

                _sql.Append(") AS double precision)");
                break;
            case "TRUNCATE":
                WriteCall("trunc", arguments);
                break;
            case "MOD" when !arguments.All(a => _bound.ValueOf(a).Type.IsInteger()):
                // PostgreSQL has mod() for integers and numeric only.
                WritePattern("CAST(mod(CAST($1 AS numeric), CAST($2 AS numeric)) AS double precision)", arguments);
                break;
            default:
                _sql.Append(name.ToLowerInvariant()).Append('(');
                if (call.Star)
                {
                    _sql.Append('*');
                }

                if (call.Quantifier is { } quantifier)
                {
                    _sql.Append(quantifier == SetQuantifier.Distinct ? "DISTINCT " : "ALL ");
                }

                WriteList(arguments);
                _sql.Append(')');
                break;
        }

        return Precedence.Primary;
    }

    private void WriteCall(string function, IReadOnlyList<Expression> arguments)
    {
        _sql.Append(function).Append('(');
        WriteList(arguments);
        _sql.Append(')');
    }

    /// <summary>Fills $1, $2 ... of a SQL pattern with the arguments; each argument is parenthesised unless it is a primary.</summary>
    internal void WritePattern(string pattern, IReadOnlyList<Expression> arguments)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] != '$' || i + 1 == pattern.Length || !char.IsAsciiDigit(pattern[i + 1]))
            {
                _sql.Append(pattern[i]);
                continue;
            }

            var end = i + 1;
            while (end < pattern.Length && char.IsAsciiDigit(pattern[end]))
            {
                end++;
            }

            var index = int.Parse(pattern.AsSpan(i + 1, end - i - 1), CultureInfo.InvariantCulture);
            Emit(arguments[index - 1], Precedence.Primary);
            i = end - 1;
        }
    }

    private void WriteList(IReadOnlyList<Expression> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            _sql.Append(i == 0 ? string.Empty : ", ");
            Emit(items[i], Precedence.Lowest);
        }
    }

    private void WriteCase(CaseExpression caseExpression)
    {
        _sql.Append("CASE");
        if (caseExpression.Operand is not null)
        {
            _sql.Append(' ');
            Emit(caseExpression.Operand, Precedence.Lowest);
        }

        foreach (var when in caseExpression.Whens)
        {
            _sql.Append(" WHEN ");
            Emit(when.When, Precedence.Lowest);
            _sql.Append(" THEN ");
            Emit(when.Then, Precedence.Lowest);
        }

        if (caseExpression.Else is not null)
        {
            _sql.Append(" ELSE ");
            Emit(caseExpression.Else, Precedence.Lowest);
        }

        _sql.Append(" END");
    }

    private void WriteSubquery(QueryExpression query)
    {
        _sql.Append('(');
        WriteQuery(query, outermost: false, maxRows: null);
        _sql.Append(')');
    }

    private static string PostgresType(TypeName type)
    {
        var length = type.Length is { } n ? $"({n.ToString(CultureInfo.InvariantCulture)})" : string.Empty;
        return CastTargets.Find(type.Name) switch
        {
            AdqlType.Smallint => "smallint",
            AdqlType.Integer => "integer",
            AdqlType.Bigint => "bigint",
            AdqlType.Real => "real",
            AdqlType.Double => "double precision",
            AdqlType.Char => "char" + length,
            AdqlType.Varchar => "varchar" + length,
            AdqlType.Timestamp => "timestamp",
            _ => throw new InvalidOperationException($"CAST to {type.Name} should have been rejected by the binder"),
        };
    }

    private static string ParseHex(string text) =>
        BigInteger.Parse("0" + text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
}
