namespace ObsCore.Model;

/// <summary>One column of a published table, with everything TAP_SCHEMA and result FIELDs say about it.</summary>
/// <param name="Name">The name as TAP_SCHEMA lists it: a delimited identifier (in double quotes) if it is an ADQL reserved word.</param>
/// <param name="Principal">Shown by default in clients (TAP_SCHEMA principal flag).</param>
/// <param name="Std">Defined by an IVOA standard (TAP_SCHEMA std flag), as opposed to our own extension.</param>
/// <param name="Indexed">Has a database index; the schema tests check that the DDL agrees.</param>
/// <param name="Nullable">Whether the DDL allows NULL.</param>
public sealed record ColumnDefinition(
    string Name,
    DataType Type,
    string Description,
    string? Unit = null,
    string? Ucd = null,
    string? Utype = null,
    bool Principal = false,
    bool Std = false,
    bool Indexed = false,
    bool Nullable = true)
{
    /// <summary>The column's name in the database: <see cref="Name"/> without the quotes of a delimited identifier.</summary>
    public string DatabaseName => Name is ['"', .. var bare, '"'] ? bare : Name;
}
