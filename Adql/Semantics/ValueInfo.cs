using VoTable;

namespace Adql.Semantics;

/// <summary>
/// What the binder infers about a value: its type and the metadata a result column declares.
/// <see cref="Declared"/> is a catalogue column's own VOTable serialisation, passed through when the
/// column is selected unchanged; computed values use the default for their type.
/// </summary>
public sealed record ValueInfo(
    AdqlType Type,
    string? Unit = null,
    string? Ucd = null,
    string? Utype = null,
    string? Description = null,
    VoTableType? Declared = null)
{
    public static readonly ValueInfo Unknown = new(AdqlType.Unknown);

    public VoTableType Serialisation => Declared ?? Type.ToVoTable();

    public static ValueInfo Of(CatalogueColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return new(column.Type, column.Unit, column.Ucd, column.Utype, column.Description, column.VoTable);
    }

    /// <summary>A computed value of another type that keeps only the unit.</summary>
    public ValueInfo WithTypeKeepingUnit(AdqlType type) => new(type, Unit);
}
