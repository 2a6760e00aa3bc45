using ObsCore.Model;
using SeedData.Generator.Products;

namespace SeedData.Generator.Tables;

/// <summary>A table the generator fills and how to enumerate its rows (lazily: a large data set is never held as rows).</summary>
public sealed record GeneratedTable(TableDefinition Table, Func<SeedDataSet, IEnumerable<object?[]>> Rows)
{
    /// <summary>File name of the table in the committed sample: schema.table.csv.gz.</summary>
    public string SampleFileName => $"{Table.QualifiedName}.csv.gz";

    /// <summary>Every generated table, parents before the tables whose foreign keys point at them.</summary>
    public static readonly IReadOnlyList<GeneratedTable> All =
    [
        new(ObsCoreTable.Definition, ObsCoreRows.Of),
        new(Caom2Tables.Observation, Caom2Rows.Observations),
        new(Caom2Tables.Plane, Caom2Rows.Planes),
        new(Caom2Tables.Artifact, Caom2Rows.Artifacts),
        new(Caom2Tables.ProvenanceInput, Caom2Rows.ProvenanceInputs),
    ];
}
