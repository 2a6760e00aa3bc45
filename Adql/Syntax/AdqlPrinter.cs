using System.Globalization;

namespace Adql.Syntax;

/// <summary>
/// Writes an AST back as ADQL: keywords in capitals, one space between words, parentheses where
/// precedence needs them and around an AND inside an OR. Parsing the output gives an equivalent
/// AST, and printing that gives the same text, which the round-trip tests rely on.
/// </summary>
public static class AdqlPrinter
{
    public static string Print(QueryExpression query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Query(query);
    }

    /// <summary>
    /// A SELECT for a person to read (e.g. the query a service ran on a user's behalf), its WHERE the
    /// AND of <paramref name="conditions"/>: each clause after FROM on a line of its own, and each
    /// condition on a line of its own. The conditions are given apart because the tree alone does not
    /// tell the ANDs between them from ANDs inside one (an interval's two comparisons).
    /// </summary>
    public static string Print(SelectQuery select, IReadOnlyList<Expression> conditions)
    {
        ArgumentNullException.ThrowIfNull(select);
        ArgumentNullException.ThrowIfNull(conditions);
        var where = conditions.Count switch
        {
            0 => null,
            1 => "WHERE " + Expr(conditions[0]),
            _ => "WHERE " + string.Join("\n  AND ", conditions.Select(condition => LogicalOperand(condition, LogicalOperator.And))),
        };
        return Select(select with { Where = null }, "\n", where);
    }

    public static string Print(Expression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return Expr(expression);
    }

    // ---- queries ----------------------------------------------------------------------------

    private static string Query(QueryExpression query) => query switch
    {
        WithQuery with => $"WITH {string.Join(", ", with.CommonTables.Select(CommonTable))} {Query(with.Body)}",
        SelectQuery select => Select(select, " ", null),
        SetQuery set => $"{SetOperand(set.Left, set, isRight: false)} {SetOperatorText(set)} {SetOperand(set.Right, set, isRight: true)}{Tail(set.OrderBy, set.Offset)}",
        _ => throw Unknown(query),
    };

    private static string CommonTable(CommonTableExpression table) =>
        Id(table.Name)
        + (table.ColumnNames.Count > 0 ? $" ({string.Join(", ", table.ColumnNames.Select(Id))})" : string.Empty)
        + $" AS ({Query(table.Query)})";

    /// <summary>A SELECT with <paramref name="clauseBreak"/> before each clause after FROM; <paramref name="whereText"/>, when given, stands for its WHERE.</summary>
    private static string Select(SelectQuery select, string clauseBreak, string? whereText)
    {
        var text = "SELECT"
            + (select.Distinct ? " DISTINCT" : string.Empty)
            + (select.Top is { } top ? " TOP " + top.ToString(CultureInfo.InvariantCulture) : string.Empty)
            + " " + string.Join(", ", select.Items.Select(SelectItem))
            + " FROM " + string.Join(", ", select.From.Select(Table));
        if ((whereText ?? (select.Where is { } where ? "WHERE " + Expr(where) : null)) is { } whereClause)
        {
            text += clauseBreak + whereClause;
        }

        if (select.GroupBy.Count > 0)
        {
            text += clauseBreak + "GROUP BY " + string.Join(", ", select.GroupBy.Select(Expr));
        }

        if (select.Having is { } having)
        {
            text += clauseBreak + "HAVING " + Expr(having);
        }

        return text + Tail(select.OrderBy, select.Offset, clauseBreak);
    }

    private static string Tail(IReadOnlyList<OrderItem> orderBy, long? offset, string clauseBreak = " ") =>
        (orderBy.Count > 0 ? clauseBreak + "ORDER BY " + string.Join(", ", orderBy.Select(o => Expr(o.Expression) + (o.Descending ? " DESC" : string.Empty))) : string.Empty)
        + (offset is { } rows ? clauseBreak + "OFFSET " + rows.ToString(CultureInfo.InvariantCulture) : string.Empty);

    private static string SetOperatorText(SetQuery set) =>
        set.Operator.ToString().ToUpperInvariant() + (set.All ? " ALL" : string.Empty);

    // INTERSECT binds tighter than UNION and EXCEPT; all group from the left. An operand with its
    // own ORDER BY or OFFSET keeps its parentheses, or those would apply to the whole set.
    private static string SetOperand(QueryExpression operand, SetQuery parent, bool isRight)
    {
        var needsParentheses = operand switch
        {
            SelectQuery select => select.OrderBy.Count > 0 || select.Offset is not null,
            SetQuery set => set.OrderBy.Count > 0 || set.Offset is not null
                || SetPrecedence(set) < SetPrecedence(parent)
                || (isRight && SetPrecedence(set) == SetPrecedence(parent)),
            _ => true,
        };
        return needsParentheses ? $"({Query(operand)})" : Query(operand);
    }

    private static int SetPrecedence(SetQuery set) => set.Operator == SetOperator.Intersect ? 2 : 1;

    private static string SelectItem(SelectItem item) => item switch
    {
        AllColumns { Qualifier: null } => "*",
        AllColumns all => TableName(all.Qualifier) + ".*",
        SelectExpression expression => Expr(expression.Expression) + (expression.Alias is { } alias ? " AS " + Id(alias) : string.Empty),
        _ => throw Unknown(item),
    };

    // ---- tables -----------------------------------------------------------------------------

    private static string Table(TableReference table) => table switch
    {
        NamedTable named => TableName(named.Name) + (named.Alias is { } alias ? " AS " + Id(alias) : string.Empty),
        DerivedTable derived => $"({Query(derived.Query)}) AS {Id(derived.Alias)}",
        JoinedTable join => Join(join),
        _ => throw Unknown(table),
    };

    // Joins group from the left, so only a join on the right needs parentheses.
    private static string Join(JoinedTable join)
    {
        var right = join.Right is JoinedTable ? $"({Table(join.Right)})" : Table(join.Right);
        var kind = join.Kind switch
        {
            JoinKind.Cross => "CROSS JOIN",
            JoinKind.Inner => "JOIN",
            JoinKind.LeftOuter => "LEFT OUTER JOIN",
            JoinKind.RightOuter => "RIGHT OUTER JOIN",
            _ => "FULL OUTER JOIN",
        };
        var text = $"{Table(join.Left)} {(join.Natural ? "NATURAL " : string.Empty)}{kind} {right}";
        if (join.On is { } on)
        {
            text += " ON " + Expr(on);
        }

        if (join.Using.Count > 0)
        {
            text += $" USING ({string.Join(", ", join.Using.Select(Id))})";
        }

        return text;
    }

    // ---- expressions ------------------------------------------------------------------------

    private static string Expr(Expression expression) => expression switch
    {
        NumericLiteral number => number.Text,
        StringLiteral text => Quote(text.Value),
        BooleanLiteral boolean => boolean.Value ? "TRUE" : "FALSE",
        NullLiteral => "NULL",
        ColumnReference column => (column.Qualifier is { } qualifier ? TableName(qualifier) + "." : string.Empty) + Id(column.Column),
        UnaryExpression unary => UnaryOperatorText(unary.Operator) + Operand(unary.Operand, Precedence(unary), strict: true),
        BinaryExpression binary => Infix(binary, binary.Left, BinaryOperatorText(binary.Operator), binary.Right),
        LogicalExpression logical =>
            $"{LogicalOperand(logical.Left, logical.Operator)} {(logical.Operator == LogicalOperator.And ? "AND" : "OR")} {LogicalOperand(logical.Right, logical.Operator)}",
        NotExpression not => "NOT " + Operand(not.Operand, Precedence(not), strict: false),
        ComparisonExpression comparison => $"{Value(comparison.Left)} {ComparisonOperatorText(comparison.Operator)} {Value(comparison.Right)}",
        BetweenExpression between => $"{Value(between.Operand)} {Not(between.Negated)}BETWEEN {Value(between.Low)} AND {Value(between.High)}",
        LikeExpression like => $"{Value(like.Operand)} {Not(like.Negated)}{(like.CaseInsensitive ? "ILIKE" : "LIKE")} {Value(like.Pattern)}",
        NullTest test => $"{Value(test.Operand)} IS {Not(test.Negated)}NULL",
        InListExpression inList => $"{Value(inList.Operand)} {Not(inList.Negated)}IN ({string.Join(", ", inList.Values.Select(Expr))})",
        InSubqueryExpression inQuery => $"{Value(inQuery.Operand)} {Not(inQuery.Negated)}IN ({Query(inQuery.Query)})",
        ExistsExpression exists => $"EXISTS ({Query(exists.Query)})",
        FunctionCall call => Function(call),
        GeometryCall geometry => Geometry(geometry),
        CastExpression cast => $"CAST({Expr(cast.Operand)} AS {cast.Type.Name}{(cast.Type.Length is { } length ? $"({length.ToString(CultureInfo.InvariantCulture)})" : string.Empty)})",
        CaseExpression @case => Case(@case),
        ScalarSubquery subquery => $"({Query(subquery.Query)})",
        _ => throw Unknown(expression),
    };

    private static string Function(FunctionCall call)
    {
        var arguments = call.Star
            ? "*"
            : call.Quantifier switch
            {
                SetQuantifier.Distinct => "DISTINCT ",
                SetQuantifier.All => "ALL ",
                _ => string.Empty,
            } + string.Join(", ", call.Arguments.Select(Expr));
        return $"{Id(call.Name)}({arguments})";
    }

    private static string Geometry(GeometryCall call)
    {
        var arguments = call.CoordinateSystem is { } coordinateSystem ? call.Arguments.Prepend(coordinateSystem) : call.Arguments;
        return $"{call.Function.ToString().ToUpperInvariant()}({string.Join(", ", arguments.Select(Expr))})";
    }

    private static string Case(CaseExpression @case) =>
        "CASE"
        + (@case.Operand is { } operand ? " " + Expr(operand) : string.Empty)
        + string.Concat(@case.Whens.Select(w => $" WHEN {Expr(w.When)} THEN {Expr(w.Then)}"))
        + (@case.Else is { } otherwise ? " ELSE " + Expr(otherwise) : string.Empty)
        + " END";

    private static string Infix(Expression parent, Expression left, string op, Expression right)
    {
        var precedence = Precedence(parent);
        return $"{Operand(left, precedence, strict: false)} {op} {Operand(right, precedence, strict: true)}";
    }

    /// <summary>
    /// AND and OR are associative, so a chain of one of them needs no parentheses however it nests.
    /// An AND inside an OR gets them although precedence does not need them: readers misjudge it.
    /// </summary>
    private static string LogicalOperand(Expression operand, LogicalOperator parent) => operand switch
    {
        LogicalExpression child when child.Operator == parent => Expr(child),
        LogicalExpression => $"({Expr(operand)})",
        _ => Expr(operand),
    };

    /// <summary>
    /// An operand in parentheses when it binds more loosely than its operator, or as loosely and
    /// <paramref name="strict"/> (right operands, since operators group from the left; operands of
    /// unary minus, so that "- -x" never prints as a "--" comment).
    /// </summary>
    private static string Operand(Expression operand, int precedence, bool strict)
    {
        var own = Precedence(operand);
        return own < precedence || (strict && own == precedence) ? $"({Expr(operand)})" : Expr(operand);
    }

    // Operands of predicates are values: a condition there needs parentheses.
    private static string Value(Expression operand) => Operand(operand, PredicatePrecedence, strict: true);

    private const int PredicatePrecedence = 4;

    /// <summary>How tightly an expression binds, loosest first; the grammar's order of operators.</summary>
    private static int Precedence(Expression expression) => expression switch
    {
        LogicalExpression { Operator: LogicalOperator.Or } => 1,
        LogicalExpression => 2,
        NotExpression => 3,
        ComparisonExpression or BetweenExpression or LikeExpression or NullTest
            or InListExpression or InSubqueryExpression or ExistsExpression => PredicatePrecedence,
        BinaryExpression binary => binary.Operator switch
        {
            BinaryOperator.Concatenate => 5,
            BinaryOperator.BitwiseOr => 6,
            BinaryOperator.BitwiseXor => 7,
            BinaryOperator.BitwiseAnd => 8,
            BinaryOperator.Add or BinaryOperator.Subtract => 9,
            _ => 10,
        },
        UnaryExpression => 11,
        _ => 12,
    };

    private static string UnaryOperatorText(UnaryOperator op) => op switch
    {
        UnaryOperator.Plus => "+",
        UnaryOperator.Minus => "-",
        _ => "~",
    };

    private static string BinaryOperatorText(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Concatenate => "||",
        BinaryOperator.BitwiseAnd => "&",
        BinaryOperator.BitwiseOr => "|",
        _ => "^",
    };

    private static string ComparisonOperatorText(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "<>",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        _ => ">=",
    };

    private static string Not(bool negated) => negated ? "NOT " : string.Empty;

    // ---- names and literals -----------------------------------------------------------------

    private static string TableName(TableName name) => string.Join(".", name.Parts.Select(Id));

    private static string Id(Identifier identifier) =>
        identifier.Delimited ? "\"" + identifier.Name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : identifier.Name;

    private static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static InvalidOperationException Unknown(SyntaxNode node) => new($"AdqlPrinter does not handle {node.GetType().Name}");
}
