using Adql.Semantics;
using ObsCore.Model;

namespace TestSupport;

/// <summary>The published tables of ObsCore.Model as the ADQL binder sees them, as the TAP service will offer them.</summary>
public static class ObsCoreCatalogue
{
    public static readonly ICatalogue Instance = new Catalogue(
        PublishedTables.Schemas.Select(s => new CatalogueSchema(s.Name, s.Tables.Select(Table).ToList())).ToList());

    private static CatalogueTable Table(TableDefinition table) => new(
        table.Schema,
        table.Name,
        table.Columns.Select(Column).ToList(),
        table.Description,
        table.Geometry is { } g ? new StoredGeometryHint(g.RaColumn, g.DecColumn, g.PointColumn, g.RegionColumn) : null);

    private static CatalogueColumn Column(ColumnDefinition c) => new(
        c.Name,
        AdqlTypes.FromVoTable(c.Type.VoTable),
        c.Type.VoTable,
        c.Unit,
        c.Ucd,
        c.Utype,
        c.Description);
}
