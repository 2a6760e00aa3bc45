using Adql.Diagnostics;
using Adql.Syntax;

namespace Adql.Semantics;

/// <summary>
/// Resolves a query's tables, columns and functions against the catalogue, checks types, arity and
/// grouping, and infers the result columns. It collects every problem it finds rather than stopping
/// at the first, so users see all their misspelt columns at once. This part handles query blocks and
/// FROM; expressions and geometry are in the other parts of the class.
/// </summary>
public sealed partial class Binder
{
    private readonly ICatalogue _catalogue;
    private readonly Dictionary<string, UserFunction> _userFunctions;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly BoundQuery _bound;

    private Binder(QueryExpression query, ICatalogue catalogue, IReadOnlyList<UserFunction> functions)
    {
        _catalogue = catalogue;
        _userFunctions = functions.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        _bound = new BoundQuery(query);
    }

    public static BoundQuery Bind(QueryExpression query, ICatalogue catalogue, IReadOnlyList<UserFunction> functions)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(functions);
        var binder = new Binder(query, catalogue, functions);
        binder._bound.Outputs = binder.BindQuery(query, outer: null);
        binder._bound.Diagnostics = binder._diagnostics.OrderBy(d => d.Span.Start).ToList();
        return binder._bound;
    }

    private IReadOnlyList<SelectOutput> BindQuery(QueryExpression query, Scope? outer)
    {
        var outputs = query switch
        {
            SelectQuery select => BindSelect(select, outer),
            SetQuery set => BindSet(set, outer),
            WithQuery with => BindWith(with, outer),
            _ => throw new NotSupportedException(query.GetType().Name),
        };
        _bound.SelectLists[query] = outputs;
        return outputs;
    }

    private IReadOnlyList<SelectOutput> BindWith(WithQuery with, Scope? outer)
    {
        // The common tables live in a scope of their own with no FROM entries, so column lookups pass
        // through it to the enclosing query; each common table sees the ones declared before it.
        var scope = new Scope(outer);
        foreach (var cte in with.CommonTables)
        {
            CheckName(cte.Name);
            var outputs = BindQuery(cte.Query, scope);
            IReadOnlyList<RangeColumn> columns = outputs.Select(o => new RangeColumn(o.Name, o.Info)).ToList();
            if (cte.ColumnNames.Count > 0)
            {
                if (cte.ColumnNames.Count != outputs.Count)
                {
                    Report(DiagnosticMessages.CommonTableColumnCountMismatch(cte.Name.Name, cte.ColumnNames.Count, outputs.Count, cte.Span));
                }

                columns = cte.ColumnNames.Zip(outputs, (name, output) => new RangeColumn(name.Name, output.Info)).ToList();
            }

            scope.CommonTables[cte.Name.Name] = new CommonTable(cte.Name.Name, cte.Name.Delimited, columns);
        }

        return BindQuery(with.Body, scope);
    }

    private List<SelectOutput> BindSet(SetQuery set, Scope? outer)
    {
        var left = BindQuery(set.Left, outer);
        var right = BindQuery(set.Right, outer);
        var operation = set.Operator.ToString().ToUpperInvariant();
        if (left.Count != right.Count)
        {
            Report(DiagnosticMessages.SetOperandColumnCountMismatch(operation, left.Count, right.Count, set.Span));
        }

        for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
        {
            RequireCommonType(operation, [(left[i].Info, left[i].Expression.Span), (right[i].Info, right[i].Expression.Span)]);
        }

        // The result is described by the left operand, as in SQL; a NULL there takes the right one's type.
        var outputs = left
            .Select((o, i) => o.Info.Type == AdqlType.Unknown && i < right.Count ? o with { Info = right[i].Info } : o)
            .ToList();
        foreach (var item in set.OrderBy)
        {
            if (ResolveOrderTarget(item, outputs) is not null)
            {
                continue;
            }

            Report(item.Expression is ColumnReference { Column.Name: var name }
                ? DiagnosticMessages.UnknownOrderByColumn(name, NameSuggestions.Closest(name, outputs.Select(o => o.Name)), item.Span)
                : DiagnosticMessages.SetOrderByNeedsColumn(operation, item.Span));
        }

        return outputs;
    }

    private List<SelectOutput> BindSelect(SelectQuery select, Scope? outer)
    {
        var scope = new Scope(outer);
        foreach (var table in select.From)
        {
            scope.StarColumns.AddRange(BindFrom(table, scope));
        }

        if (select.Where is not null)
        {
            BindCondition(select.Where, new ExpressionContext(scope, "WHERE", aggregatesAllowed: false));
        }

        var selectContext = new ExpressionContext(scope, "the SELECT list", aggregatesAllowed: true);
        var columnsOfItem = new Dictionary<Expression, List<(ColumnReference, ColumnBinding Binding)>>(ReferenceEqualityComparer.Instance);
        var outputs = UniqueNames(select.Items.SelectMany(item => BindSelectItem(item, scope, selectContext, columnsOfItem)).ToList());

        var grouped = new HashSet<(RangeVariable?, string)>();
        foreach (var item in select.GroupBy)
        {
            BindGroupItem(item, scope, outputs, columnsOfItem, grouped);
        }

        var havingContext = new ExpressionContext(scope, "HAVING", aggregatesAllowed: true);
        if (select.Having is not null)
        {
            BindCondition(select.Having, havingContext);
        }

        var orderContext = new ExpressionContext(scope, "ORDER BY", aggregatesAllowed: true);
        foreach (var item in select.OrderBy)
        {
            if (ResolveOrderTarget(item, outputs) is not null)
            {
                continue;
            }

            if (IsConstantKey(item.Expression))
            {
                Report(DiagnosticMessages.ConstantSortOrGroupKey("ORDER BY", item.Span));
            }
            else
            {
                BindExpression(item.Expression, orderContext);
            }
        }

        var aggregated = selectContext.SawAggregate || havingContext.SawAggregate || orderContext.SawAggregate;
        if (select.GroupBy.Count > 0 || aggregated)
        {
            var free = selectContext.FreeColumns.Concat(havingContext.FreeColumns).Concat(orderContext.FreeColumns);
            foreach (var (reference, binding) in free)
            {
                if (!grouped.Contains((binding.Range, binding.ColumnName)))
                {
                    Report(DiagnosticMessages.NotGroupedColumn(binding.ColumnName, reference.Span));
                }
            }
        }

        return outputs;
    }

    private IEnumerable<SelectOutput> BindSelectItem(
        SelectItem item, Scope scope, ExpressionContext context, Dictionary<Expression, List<(ColumnReference, ColumnBinding Binding)>> columnsOfItem)
    {
        switch (item)
        {
            case SelectExpression expression:
                var first = context.FreeColumns.Count;
                var info = BindExpression(expression.Expression, context);
                columnsOfItem[expression.Expression] = context.FreeColumns[first..];
                if (expression.Alias is not null)
                {
                    CheckName(expression.Alias);
                }

                return [new SelectOutput(expression.Alias?.Name ?? ImplicitName(expression.Expression), expression.Expression, info)];
            case AllColumns all:
                return ExpandStar(all, scope).Select(column => StarOutput(column, all.Span, context));
            default:
                throw new NotSupportedException(item.GetType().Name);
        }
    }

    private IEnumerable<StarColumn> ExpandStar(AllColumns all, Scope scope)
    {
        if (all.Qualifier is null)
        {
            return scope.StarColumns;
        }

        var range = scope.Ranges.FirstOrDefault(r => r.MatchesQualifier(all.Qualifier));
        if (range is null)
        {
            Report(DiagnosticMessages.UnknownTableQualifier(all.Qualifier.Table.Name, "*", NameSuggestions.Closest(all.Qualifier.Table.Name, scope.Ranges.Select(r => r.ExposedName)), all.Qualifier.Span));
            return [];
        }

        return range.Columns.Select(c => new StarColumn(range, c.Name, c.Info));
    }

    /// <summary>A * column becomes a column reference of its own, so the translator sees only expressions.</summary>
    private SelectOutput StarOutput(StarColumn column, SourceSpan span, ExpressionContext context)
    {
        var reference = new ColumnReference(span, null, new Identifier(span, column.Name, Delimited: true));
        var binding = new ColumnBinding(column.Range, column.Name, column.Info);
        _bound.Columns[reference] = binding;
        _bound.Values[reference] = column.Info;
        context.FreeColumns.Add((reference, binding));
        return new SelectOutput(column.Name, reference, column.Info);
    }

    private void BindGroupItem(
        Expression item,
        Scope scope,
        IReadOnlyList<SelectOutput> outputs,
        Dictionary<Expression, List<(ColumnReference, ColumnBinding Binding)>> columnsOfItem,
        HashSet<(RangeVariable?, string)> grouped)
    {
        var context = new ExpressionContext(scope, "GROUP BY", aggregatesAllowed: false);
        if (IsConstantKey(item))
        {
            Report(DiagnosticMessages.ConstantSortOrGroupKey("GROUP BY", item.Span));
            return;
        }

        // GROUP BY may name a SELECT alias when no column of the FROM tables has that name.
        if (item is ColumnReference { Qualifier: null } reference
            && TryResolveUnqualified(reference.Column, scope, out _) is null
            && outputs.FirstOrDefault(o => reference.Column.Matches(o.Name)) is { } output)
        {
            _bound.GroupTargets[item] = new OrderTarget(output.Name);
            if (columnsOfItem.TryGetValue(output.Expression, out var columns))
            {
                grouped.UnionWith(columns.Select(c => (c.Binding.Range, c.Binding.ColumnName)));
            }

            return;
        }

        BindExpression(item, context);
        grouped.UnionWith(context.FreeColumns.Select(c => (c.Binding.Range, c.Binding.ColumnName)));
    }

    /// <summary>
    /// A literal, possibly signed. PostgreSQL reads such an ORDER BY or GROUP BY key as a column position
    /// (1, -1) or refuses it ('x', 1.5, NULL), so it could never mean what the ADQL says.
    /// </summary>
    private static bool IsConstantKey(Expression key) => key switch
    {
        NumericLiteral or StringLiteral or BooleanLiteral or NullLiteral => true,
        UnaryExpression unary => IsConstantKey(unary.Operand),
        _ => false,
    };

    private OrderTarget? ResolveOrderTarget(OrderItem item, List<SelectOutput> outputs)
    {
        OrderTarget? target = null;
        switch (item.Expression)
        {
            case NumericLiteral { Kind: NumericKind.Integer } position:
                if (long.TryParse(position.Text, out var index) && index >= 1 && index <= outputs.Count)
                {
                    target = new OrderTarget(outputs[(int)index - 1].Name);
                }
                else
                {
                    Report(DiagnosticMessages.OrderByPositionOutOfRange(index, outputs.Count, item.Span));
                    target = new OrderTarget(string.Empty);
                }

                break;
            case ColumnReference { Qualifier: null } reference when outputs.FirstOrDefault(o => reference.Column.Matches(o.Name)) is { } output:
                target = new OrderTarget(output.Name);
                break;
        }

        if (target is not null)
        {
            _bound.OrderTargets[item] = target;
        }

        return target;
    }

    /// <summary>Output names must be unique for derived tables and result writers: repeats get a _2, _3 ... suffix.</summary>
    private static List<SelectOutput> UniqueNames(List<SelectOutput> outputs)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < outputs.Count; i++)
        {
            var name = outputs[i].Name;
            for (var n = 2; !used.Add(name); n++)
            {
                name = $"{outputs[i].Name}_{n}";
            }

            outputs[i] = outputs[i] with { Name = name };
        }

        return outputs;
    }

    private static string ImplicitName(Expression expression) => expression switch
    {
        ColumnReference column => column.Column.Name,
        FunctionCall call => call.Name.Name.ToLowerInvariant(),
        GeometryCall geometry => geometry.Function.ToString().ToLowerInvariant(),
        CastExpression cast => ImplicitName(cast.Operand),
        _ => "expr",
    };

    private void CheckName(Identifier name)
    {
        if (name.Name.Contains('\0', StringComparison.Ordinal))
        {
            Report(DiagnosticMessages.NulCharacter(name.Span));
        }
    }

    private void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);
}
