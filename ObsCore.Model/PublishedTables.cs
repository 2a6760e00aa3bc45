namespace ObsCore.Model;

/// <summary>Every table the service publishes, by schema, in the order TAP_SCHEMA lists them.</summary>
public static class PublishedTables
{
    public static readonly IReadOnlyList<SchemaDefinition> Schemas =
    [
        new("ivoa", "IVOA data models: the ObsCore table of every image product.", [ObsCoreTable.Definition]),
        Caom2Tables.Schema,
        TapSchemaTables.Schema,
    ];

    public static IEnumerable<TableDefinition> Tables => Schemas.SelectMany(s => s.Tables);
}

public sealed record SchemaDefinition(string Name, string Description, IReadOnlyList<TableDefinition> Tables);
