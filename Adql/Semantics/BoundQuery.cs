using Adql.Diagnostics;
using Adql.Syntax;

namespace Adql.Semantics;

/// <summary>A resolved column reference: the FROM entry (null for a merged USING/NATURAL column) and its column.</summary>
public sealed record ColumnBinding(RangeVariable? Range, string ColumnName, ValueInfo Info);

/// <summary>One item of a SELECT list after * expansion, with its unique output name.</summary>
public sealed record SelectOutput(string Name, Expression Expression, ValueInfo Info);

/// <summary>An ORDER BY item that names an output column (by alias or position) rather than an expression.</summary>
public sealed record OrderTarget(string OutputName);

/// <summary>
/// The binder's annotations of a syntax tree: everything the translator needs that the tree alone
/// does not say. Keyed by node identity, since equal-looking nodes may mean different things in
/// different scopes.
/// </summary>
public sealed class BoundQuery
{
    internal BoundQuery(QueryExpression query) => Query = query;

    public QueryExpression Query { get; }

    /// <summary>The result columns of the whole query.</summary>
    public IReadOnlyList<SelectOutput> Outputs { get; internal set; } = [];

    public IReadOnlyList<Diagnostic> Diagnostics { get; internal set; } = [];

    public bool Succeeded => Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);

    internal Dictionary<Expression, ValueInfo> Values { get; } = new(ReferenceEqualityComparer.Instance);

    internal Dictionary<ColumnReference, ColumnBinding> Columns { get; } = new(ReferenceEqualityComparer.Instance);

    internal Dictionary<QueryExpression, IReadOnlyList<SelectOutput>> SelectLists { get; } = new(ReferenceEqualityComparer.Instance);

    internal Dictionary<OrderItem, OrderTarget> OrderTargets { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>GROUP BY items that name an output column (an alias of the SELECT list).</summary>
    internal Dictionary<Expression, OrderTarget> GroupTargets { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Positions that are a stored point column: a (ra, dec) pair of any geometry function, keyed by its
    /// longitude expression, and CENTROID(region) calls, keyed by the call.
    /// </summary>
    internal Dictionary<Expression, ColumnBinding> StoredPoints { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>What each named table in FROM reads: schema and table as the catalogue spells them, or a common table's name.</summary>
    internal Dictionary<NamedTable, IReadOnlyList<string>> TableSources { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The merged columns of USING and NATURAL joins, as the catalogue spells them.</summary>
    internal Dictionary<JoinedTable, IReadOnlyList<string>> JoinColumns { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>User-defined function calls and their declarations.</summary>
    internal Dictionary<FunctionCall, UserFunction> UserFunctionCalls { get; } = new(ReferenceEqualityComparer.Instance);

    public ValueInfo ValueOf(Expression expression) => Values.GetValueOrDefault(expression) ?? ValueInfo.Unknown;

    public ColumnBinding ColumnOf(ColumnReference column) =>
        Columns.TryGetValue(column, out var binding) ? binding : throw new InvalidOperationException($"column {column.Column.Name} was not bound");

    public IReadOnlyList<SelectOutput> SelectListOf(QueryExpression query) =>
        SelectLists.TryGetValue(query, out var list) ? list : throw new InvalidOperationException("query was not bound");

    public OrderTarget? OrderTargetOf(OrderItem item) => OrderTargets.GetValueOrDefault(item);

    public OrderTarget? GroupTargetOf(Expression item) => GroupTargets.GetValueOrDefault(item);

    public ColumnBinding? StoredPointOf(Expression longitudeOrCentroid) => StoredPoints.GetValueOrDefault(longitudeOrCentroid);

    public IReadOnlyList<string> SourceOf(NamedTable table) =>
        TableSources.TryGetValue(table, out var source) ? source : throw new InvalidOperationException("table was not bound");

    public IReadOnlyList<string> JoinColumnsOf(JoinedTable join) => JoinColumns.GetValueOrDefault(join) ?? [];

    public UserFunction? UserFunctionOf(FunctionCall call) => UserFunctionCalls.GetValueOrDefault(call);
}
