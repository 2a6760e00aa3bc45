using System.Collections.Frozen;
using ObsCore.Model;

namespace SeedData.Generator.Tables;

/// <summary>Column positions of a table, so rows can be filled by column name and stay in catalogue order.</summary>
public sealed class RowLayout
{
    private readonly FrozenDictionary<string, int> _positions;

    public RowLayout(TableDefinition table)
    {
        Table = table;
        _positions = table.Columns.Select((column, i) => (column.Name, i)).ToFrozenDictionary(p => p.Name, p => p.i);
    }

    public TableDefinition Table { get; }

    public TableRow NewRow() => new(this, new object?[Table.Columns.Count]);

    public int PositionOf(string column) =>
        _positions.TryGetValue(column, out var position)
            ? position
            : throw new KeyNotFoundException($"{Table.QualifiedName} has no column '{column}'");
}

/// <summary>
/// One row of a table as values in column order: strings, numbers, UTC <see cref="DateTime"/>s,
/// and <see cref="SkyPolygon"/> for footprints. Unset columns are NULL.
/// </summary>
public sealed class TableRow(RowLayout layout, object?[] values)
{
    public object?[] Values => values;

    public TableRow Set(string column, object? value)
    {
        values[layout.PositionOf(column)] = value;
        return this;
    }
}
