using VoTable;

namespace Adql.Semantics;

/// <summary>
/// What the binder knows about the published tables: schemas, their tables and the tables' columns in
/// catalogue order. The TAP service implements it from TAP_SCHEMA; tests build it in memory.
/// </summary>
public interface ICatalogue
{
    IReadOnlyList<CatalogueSchema> Schemas { get; }
}

/// <summary>An in-memory catalogue: the plain implementation of <see cref="ICatalogue"/>.</summary>
public sealed record Catalogue(IReadOnlyList<CatalogueSchema> Schemas) : ICatalogue;

public sealed record CatalogueSchema(string Name, IReadOnlyList<CatalogueTable> Tables);

/// <summary>A published table. <see cref="Geometry"/> names unpublished columns the translator may use for index access.</summary>
public sealed record CatalogueTable(
    string Schema,
    string Name,
    IReadOnlyList<CatalogueColumn> Columns,
    string? Description = null,
    StoredGeometryHint? Geometry = null)
{
    /// <summary>
    /// Where the database keeps the table, when not under its published name: a TAP upload is
    /// published as TAP_UPLOAD.name but lives in the session's temporary schema.
    /// </summary>
    public IReadOnlyList<string>? StoredAs { get; init; }

    /// <summary>The name parts the SQL uses for the table.</summary>
    public IReadOnlyList<string> SqlName => StoredAs ?? [Schema, Name];
}

/// <summary>
/// A published column, with everything a result FIELD declares. <see cref="Type"/> is what ADQL
/// computes with; <see cref="VoTable"/> is the VOTable serialisation passed through to result
/// columns that select it unchanged.
/// </summary>
public sealed record CatalogueColumn(
    string Name,
    AdqlType Type,
    VoTableType VoTable,
    string? Unit = null,
    string? Ucd = null,
    string? Utype = null,
    string? Description = null)
{
    /// <summary>A column whose VOTable description is the default one for its ADQL type.</summary>
    public static CatalogueColumn Of(string name, AdqlType type, string? unit = null, string? ucd = null, string? utype = null, string? description = null) =>
        new(name, type, type.ToVoTable(), unit, ucd, utype, description);
}

/// <summary>
/// Geometry a table stores besides its published columns, so positional queries can use a GiST index:
/// POINT(<see cref="RaColumn"/>, <see cref="DecColumn"/>) is the stored point column, and
/// CENTROID(<see cref="RegionColumn"/>) is that point too (the footprint centre). The point column is not published.
/// </summary>
public sealed record StoredGeometryHint(string RaColumn, string DecColumn, string PointColumn, string RegionColumn);
