using Adql.Diagnostics;
using Adql.Syntax;

namespace Adql.Semantics;

/// <summary>Column name resolution: qualified and unqualified, through enclosing scopes, with ambiguity and suggestions.</summary>
public sealed partial class Binder
{
    /// <summary>Resolves a column or reports why not; <paramref name="local"/> tells whether it belongs to <paramref name="scope"/> itself.</summary>
    private ColumnBinding? ResolveColumn(ColumnReference column, Scope scope, out bool local)
    {
        local = false;
        return column.Qualifier is null
            ? ResolveUnqualified(column, scope, out local)
            : ResolveQualified(column, column.Qualifier, scope, out local);
    }

    private ColumnBinding? ResolveQualified(ColumnReference column, TableName qualifier, Scope scope, out bool local)
    {
        for (var current = scope; current is not null; current = current.Parent)
        {
            var range = current.Ranges.FirstOrDefault(r => r.MatchesQualifier(qualifier));
            if (range is null)
            {
                continue;
            }

            local = current == scope;
            var found = range.FindColumn(column.Column);
            if (found is null)
            {
                var suggestion = NameSuggestions.Closest(column.Column.Name, range.Columns.Select(c => c.Name));
                Report(DiagnosticMessages.UnknownColumn(column.Column.Name, range.DisplayName, suggestion, column.Column.Span));
                return null;
            }

            return new ColumnBinding(range, found.Name, found.Info);
        }

        local = false;
        var names = AllScopes(scope).SelectMany(s => s.Ranges).Select(r => r.ExposedName);
        Report(DiagnosticMessages.UnknownTableQualifier(qualifier.Table.Name, column.Column.Name, NameSuggestions.Closest(qualifier.Table.Name, names), qualifier.Span));
        return null;
    }

    private ColumnBinding? ResolveUnqualified(ColumnReference column, Scope scope, out bool local)
    {
        var binding = TryResolveUnqualified(column.Column, scope, out var ambiguous, out local);
        if (ambiguous.Count > 1)
        {
            Report(DiagnosticMessages.AmbiguousColumn(column.Column.Name, ambiguous.Select(r => r.DisplayName), column.Span));
            return null;
        }

        if (binding is null)
        {
            var innermost = AllScopes(scope).FirstOrDefault(s => s.Ranges.Count > 0);
            var tables = innermost is null ? "this query (it has no FROM tables)" : string.Join(", ", innermost.Ranges.Select(r => r.DisplayName));
            var candidates = AllScopes(scope).SelectMany(s => s.Ranges).SelectMany(r => r.Columns).Select(c => c.Name);
            Report(DiagnosticMessages.UnknownColumn(column.Column.Name, tables, NameSuggestions.Closest(column.Column.Name, candidates), column.Column.Span));
        }

        return binding;
    }

    private static ColumnBinding? TryResolveUnqualified(Identifier name, Scope scope, out bool local) =>
        TryResolveUnqualified(name, scope, out _, out local);

    /// <summary>
    /// The innermost scope that has the name decides: a merged join column first, then the one table
    /// that has it. Several tables with it make it ambiguous (returned in <paramref name="ambiguous"/>).
    /// Placeholders for unknown tables match only when nothing else does, so they do not hide real columns.
    /// </summary>
    private static ColumnBinding? TryResolveUnqualified(Identifier name, Scope scope, out List<RangeVariable> ambiguous, out bool local)
    {
        ambiguous = [];
        for (var current = scope; current is not null; current = current.Parent)
        {
            local = current == scope;
            if (current.Merged.LastOrDefault(m => name.Matches(m.Name)) is { } merged)
            {
                return new ColumnBinding(null, merged.Name, merged.Info);
            }

            var matches = current.Ranges
                .Where(r => !r.IsPlaceholder)
                .Select(r => (Range: r, Column: r.FindColumn(name)))
                .Where(m => m.Column is not null)
                .ToList();
            if (matches.Count == 1)
            {
                return new ColumnBinding(matches[0].Range, matches[0].Column!.Name, matches[0].Column!.Info);
            }

            if (matches.Count > 1)
            {
                ambiguous = matches.Select(m => m.Range).ToList();
                return null;
            }

            if (current.Ranges.FirstOrDefault(r => r.IsPlaceholder) is { } placeholder)
            {
                return new ColumnBinding(placeholder, name.Name, ValueInfo.Unknown);
            }
        }

        local = false;
        return null;
    }

    private static IEnumerable<Scope> AllScopes(Scope scope)
    {
        for (var current = scope; current is not null; current = current.Parent)
        {
            yield return current;
        }
    }
}
