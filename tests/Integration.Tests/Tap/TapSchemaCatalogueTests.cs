using Adql.Semantics;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Tap.Service.Catalogue;

namespace Integration.Tests.Tap;

/// <summary>The compiler's catalogue as read from TAP_SCHEMA.</summary>
[Collection(TapTests.Name)]
public sealed class TapSchemaCatalogueTests(TapFixture tap)
{
    [Fact]
    public async Task Tables_come_unqualified_in_their_schemas_with_the_stored_geometry_of_obscore()
    {
        var catalogue = await tap.Host().Services.GetRequiredService<TapSchemaCatalogue>().GetAsync(CancellationToken.None);

        var obscore = Table(catalogue, "ivoa", "obscore");
        Assert.Equal(new StoredGeometryHint("s_ra", "s_dec", "s_position", "s_region"), obscore.Geometry);
        Assert.Equal(AdqlType.Region, obscore.Columns.Single(c => c.Name == "s_region").Type);
        Assert.Null(Table(catalogue, "tap_schema", "columns").Geometry);
        // Published delimited, so ADQL reaches it only as "size".
        Assert.Contains(Table(catalogue, "tap_schema", "columns").Columns, c => c.Name == "size");
    }

    [Fact]
    public async Task Reload_picks_up_what_TAP_SCHEMA_announces_now()
    {
        var cached = tap.Host().Services.GetRequiredService<TapSchemaCatalogue>();
        var before = await cached.GetAsync(CancellationToken.None);
        await using var admin = await tap.Database.OpenAsync();
        await admin.ExecuteAsync("UPDATE tap_schema.tables SET description = 'changed' WHERE table_name = 'ivoa.obscore'");
        try
        {
            Assert.Same(before, await cached.GetAsync(CancellationToken.None));

            await cached.ReloadAsync(CancellationToken.None);

            Assert.Equal("changed", Table(await cached.GetAsync(CancellationToken.None), "ivoa", "obscore").Description);
        }
        finally
        {
            await admin.ExecuteAsync("UPDATE tap_schema.tables SET description = @Description WHERE table_name = 'ivoa.obscore'", new { Table(before, "ivoa", "obscore").Description });
        }
    }

    private static CatalogueTable Table(ICatalogue catalogue, string schema, string name) =>
        catalogue.Schemas.Single(s => s.Name == schema).Tables.Single(t => t.Name == name);
}
