using Adql.Diagnostics;
using Adql.Syntax;

namespace Adql.Semantics;

/// <summary>FROM: catalogue tables, common tables, derived tables and joins become range variables of a scope.</summary>
public sealed partial class Binder
{
    /// <summary>Binds one FROM entry into <paramref name="scope"/> and returns its columns in SELECT * order.</summary>
    private List<StarColumn> BindFrom(TableReference table, Scope scope)
    {
        switch (table)
        {
            case NamedTable named:
                return AddRange(named, BindNamedTable(named, scope), scope);
            case DerivedTable derived:
                CheckName(derived.Alias);

                // A derived table does not see its sibling FROM entries, only the enclosing queries.
                var outputs = BindQuery(derived.Query, scope.Parent);
                var columns = outputs.Select(o => new RangeColumn(o.Name, o.Info)).ToList();
                return AddRange(derived, new RangeVariable(derived.Alias.Name, null, derived.Alias.Delimited, columns, null, [derived.Alias.Name]), scope);
            case JoinedTable join:
                return BindJoin(join, scope);
            default:
                throw new NotSupportedException(table.GetType().Name);
        }
    }

    private List<StarColumn> AddRange(TableReference table, RangeVariable range, Scope scope)
    {
        if (scope.Ranges.Any(r => r.SchemaName == range.SchemaName && string.Equals(r.ExposedName, range.ExposedName, StringComparison.OrdinalIgnoreCase)))
        {
            Report(DiagnosticMessages.DuplicateAlias(range.ExposedName, table.Span));
        }

        scope.Ranges.Add(range);
        return range.Columns.Select(c => new StarColumn(range, c.Name, c.Info)).ToList();
    }

    private RangeVariable BindNamedTable(NamedTable named, Scope scope)
    {
        var alias = named.Alias;
        if (alias is not null)
        {
            CheckName(alias);
        }

        if (named.Name.Schema is null && scope.FindCommonTable(named.Name.Table) is { } common)
        {
            _bound.TableSources[named] = [common.Name];
            var exposed = alias?.Name ?? common.Name;
            return new RangeVariable(exposed, null, alias?.Delimited ?? common.Delimited, common.Columns, null, [exposed]);
        }

        var table = FindCatalogueTable(named.Name);
        if (table is null)
        {
            var name = alias?.Name ?? named.Name.Table.Name;
            _bound.TableSources[named] = [named.Name.Table.Name];
            return new RangeVariable(name, alias is null ? named.Name.Schema?.Name : null, alias?.Delimited ?? false, [], null, [name], placeholder: true);
        }

        _bound.TableSources[named] = table.SqlName;
        var rangeColumns = table.Columns.Select(c => new RangeColumn(c.Name, ValueInfo.Of(c))).ToList();
        return alias is null
            ? new RangeVariable(table.Name, table.Schema, false, rangeColumns, table, table.SqlName)
            : new RangeVariable(alias.Name, null, alias.Delimited, rangeColumns, table, [alias.Name]);
    }

    private CatalogueTable? FindCatalogueTable(TableName name)
    {
        var schemas = _catalogue.Schemas;
        if (name.Schema is { } schemaName)
        {
            var schema = schemas.FirstOrDefault(s => schemaName.Matches(s.Name));
            if (schema is null)
            {
                Report(DiagnosticMessages.UnknownSchema(schemaName.Name, NameSuggestions.Closest(schemaName.Name, schemas.Select(s => s.Name)), schemaName.Span));
                return null;
            }

            schemas = [schema];
        }

        var matches = schemas.SelectMany(s => s.Tables).Where(t => name.Table.Matches(t.Name)).ToList();
        switch (matches.Count)
        {
            case 1:
                return matches[0];
            case 0:
                var known = schemas.SelectMany(s => s.Tables).Select(t => t.Name);
                Report(DiagnosticMessages.UnknownTable(Qualified(name), NameSuggestions.Closest(name.Table.Name, known), name.Span));
                return null;
            default:
                Report(DiagnosticMessages.AmbiguousTable(name.Table.Name, matches.Select(t => $"{t.Schema}.{t.Name}"), name.Span));
                return null;
        }
    }

    private static string Qualified(TableName name) => string.Join('.', name.Parts.Select(p => p.Name));

    private List<StarColumn> BindJoin(JoinedTable join, Scope scope)
    {
        var left = BindFrom(join.Left, scope);
        var right = BindFrom(join.Right, scope);
        var mergedNames = join.Natural
            ? left.Select(l => l.Name).Where(n => right.Any(r => SameName(r.Name, n))).ToList()
            : MergedUsingColumns(join, left, right);
        _bound.JoinColumns[join] = mergedNames;

        var merged = new List<StarColumn>();
        foreach (var name in mergedNames)
        {
            var l = left.First(c => SameName(c.Name, name));
            scope.Merged.Add(new MergedColumn(name, l.Info));
            merged.Add(new StarColumn(null, name, l.Info));
        }

        if (join.On is not null)
        {
            BindCondition(join.On, new ExpressionContext(scope, "ON", aggregatesAllowed: false));
        }
        else if (!join.Natural && join.Kind != JoinKind.Cross && join.Using.Count == 0)
        {
            Report(DiagnosticMessages.MissingJoinCondition(join.Span));
        }

        return merged
            .Concat(left.Where(c => !mergedNames.Any(n => SameName(n, c.Name))))
            .Concat(right.Where(c => !mergedNames.Any(n => SameName(n, c.Name))))
            .ToList();
    }

    /// <summary>Join columns pair up by name regardless of case, as regular identifiers would.</summary>
    private static bool SameName(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private List<string> MergedUsingColumns(JoinedTable join, List<StarColumn> left, List<StarColumn> right)
    {
        var names = new List<string>();
        foreach (var column in join.Using)
        {
            var l = left.FirstOrDefault(c => column.Matches(c.Name));
            var r = right.FirstOrDefault(c => column.Matches(c.Name));
            if (l is null || r is null)
            {
                Report(DiagnosticMessages.UnknownUsingColumn(column.Name, l is null ? "left" : "right", column.Span));
                continue;
            }

            names.Add(l.Name);
        }

        return names;
    }
}
