using Adql.Syntax;

namespace Adql.Semantics;

/// <summary>A column a FROM entry offers, with the name the SQL uses for it.</summary>
public sealed record RangeColumn(string Name, ValueInfo Info);

/// <summary>
/// One table in a FROM clause (a catalogue table, a common table or a derived table), under the name
/// queries use for it.
/// </summary>
public sealed class RangeVariable(
    string exposedName,
    string? schemaName,
    bool delimited,
    IReadOnlyList<RangeColumn> columns,
    CatalogueTable? table,
    IReadOnlyList<string> qualifier,
    bool placeholder = false)
{
    public string ExposedName { get; } = exposedName;

    /// <summary>The schema of a catalogue table without alias, so <c>ivoa.obscore.s_ra</c> resolves.</summary>
    public string? SchemaName { get; } = schemaName;

    /// <summary>Whether the exposed name was delimited (then only matches its own case).</summary>
    public bool Delimited { get; } = delimited;

    public IReadOnlyList<RangeColumn> Columns { get; } = columns;

    /// <summary>The catalogue table behind it, for stored-geometry hints; null for derived and common tables.</summary>
    public CatalogueTable? Table { get; } = table;

    /// <summary>The name parts that qualify its columns in SQL: the alias, or schema and table.</summary>
    public IReadOnlyList<string> Qualifier { get; } = qualifier;

    /// <summary>
    /// Stands for a table that could not be resolved: it accepts every column name (of unknown type),
    /// so one unknown table does not also report each of its columns as unknown.
    /// </summary>
    public bool IsPlaceholder { get; } = placeholder;

    /// <summary>How error messages name it: ivoa.obscore, or the alias.</summary>
    public string DisplayName => SchemaName is null ? ExposedName : $"{SchemaName}.{ExposedName}";

    public bool MatchesQualifier(TableName qualifier)
    {
        if (!NameMatches(qualifier.Table, ExposedName, Delimited))
        {
            return false;
        }

        return qualifier.Schema is null || (SchemaName is not null && qualifier.Schema.Matches(SchemaName));
    }

    public RangeColumn? FindColumn(Identifier name) =>
        IsPlaceholder ? new RangeColumn(name.Name, ValueInfo.Unknown) : Columns.FirstOrDefault(c => name.Matches(c.Name));

    /// <summary>
    /// A reference matches a name exposed by the query itself (alias) by the same rules as a catalogue
    /// name, except that a delimited alias must be referred to with its exact case by a regular identifier too.
    /// </summary>
    private static bool NameMatches(Identifier reference, string exposed, bool exposedDelimited) =>
        exposedDelimited && !reference.Delimited
            ? string.Equals(reference.Name, exposed, StringComparison.Ordinal)
            : reference.Matches(exposed);
}

/// <summary>A column merged by USING or NATURAL: referred to unqualified, it stands for both sides.</summary>
public sealed record MergedColumn(string Name, ValueInfo Info);

/// <summary>A FROM entry's columns in the order SELECT * lists them.</summary>
public sealed record StarColumn(RangeVariable? Range, string Name, ValueInfo Info);

/// <summary>
/// The names visible in one query block: its FROM entries, merged join columns, the common tables
/// in force, and the enclosing block (for correlated subqueries).
/// </summary>
public sealed class Scope(Scope? parent)
{
    public Scope? Parent { get; } = parent;

    public List<RangeVariable> Ranges { get; } = [];

    public List<MergedColumn> Merged { get; } = [];

    /// <summary>The columns of SELECT *, in FROM order with merged columns first within each join.</summary>
    public List<StarColumn> StarColumns { get; } = [];

    public Dictionary<string, CommonTable> CommonTables { get; } = new(StringComparer.OrdinalIgnoreCase);

    public CommonTable? FindCommonTable(Identifier name)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope.CommonTables.TryGetValue(name.Name, out var table) && name.Matches(table.Name))
            {
                return table;
            }
        }

        return null;
    }
}

/// <summary>A WITH entry: its name (and whether it was delimited) and the columns its query yields.</summary>
public sealed record CommonTable(string Name, bool Delimited, IReadOnlyList<RangeColumn> Columns);
