using Adql.Semantics;

namespace Adql.Tests;

/// <summary>
/// The catalogue the compiler tests bind against: an ObsCore-like table with its stored geometry,
/// a CAOM2-like pair of tables, and a table whose column names are reserved words or mixed case.
/// </summary>
public static class TestCatalogue
{
    public static readonly Catalogue Instance = new(
    [
        new CatalogueSchema("ivoa", [ObsCore()]),
        new CatalogueSchema("caom2", [Observation(), Plane()]),
        new CatalogueSchema("odd", [Odd()]),
    ]);

    private static CatalogueTable ObsCore() => new(
        "ivoa",
        "obscore",
        [
            CatalogueColumn.Of("dataproduct_type", AdqlType.Varchar, ucd: "meta.code.class", utype: "obscore:ObsDataset.dataProductType"),
            CatalogueColumn.Of("calib_level", AdqlType.Integer, ucd: "meta.code;obs.calib", utype: "obscore:ObsDataset.calibLevel"),
            CatalogueColumn.Of("obs_collection", AdqlType.Varchar, ucd: "meta.id"),
            CatalogueColumn.Of("obs_id", AdqlType.Varchar, ucd: "meta.id", utype: "obscore:DataID.observationID", description: "Observation identifier"),
            CatalogueColumn.Of("obs_publisher_did", AdqlType.Varchar, ucd: "meta.ref.ivoid"),
            CatalogueColumn.Of("access_url", AdqlType.Varchar, ucd: "meta.ref.url"),
            CatalogueColumn.Of("s_ra", AdqlType.Double, "deg", "pos.eq.ra", "obscore:Char.SpatialAxis.Coverage.Location.Coord.Position2D.Value2.C1", "Right ascension"),
            CatalogueColumn.Of("s_dec", AdqlType.Double, "deg", "pos.eq.dec", "obscore:Char.SpatialAxis.Coverage.Location.Coord.Position2D.Value2.C2", "Declination"),
            CatalogueColumn.Of("s_fov", AdqlType.Double, "deg", "phys.angSize;instr.fov"),
            CatalogueColumn.Of("s_region", AdqlType.Region, ucd: "pos.outline;obs.field", utype: "obscore:Char.SpatialAxis.Coverage.Support.Area"),
            CatalogueColumn.Of("t_min", AdqlType.Double, "d", "time.start;obs.exposure"),
            CatalogueColumn.Of("t_max", AdqlType.Double, "d", "time.end;obs.exposure"),
            CatalogueColumn.Of("t_exptime", AdqlType.Double, "s", "time.duration;obs.exposure"),
            CatalogueColumn.Of("em_min", AdqlType.Double, "m", "em.wl;stat.min"),
            CatalogueColumn.Of("em_max", AdqlType.Double, "m", "em.wl;stat.max"),
            CatalogueColumn.Of("obs_title", AdqlType.Varchar, ucd: "meta.title;obs"),
            CatalogueColumn.Of("obs_release_date", AdqlType.Timestamp, ucd: "time.release"),
            CatalogueColumn.Of("lsst_visit", AdqlType.Bigint, ucd: "meta.id;obs"),
            CatalogueColumn.Of("lsst_detector", AdqlType.Integer, ucd: "meta.id;instr.det"),
            CatalogueColumn.Of("lsst_band", AdqlType.Varchar, ucd: "instr.bandpass"),
        ],
        "ObsCore of every image product",
        new StoredGeometryHint("s_ra", "s_dec", "s_position", "s_region"));

    private static CatalogueTable Observation() => new(
        "caom2",
        "Observation",
        [
            CatalogueColumn.Of("obsID", AdqlType.Bigint, ucd: "meta.id"),
            CatalogueColumn.Of("collection", AdqlType.Varchar, ucd: "meta.id"),
            CatalogueColumn.Of("observationID", AdqlType.Varchar, ucd: "meta.id"),
            CatalogueColumn.Of("target_position", AdqlType.Point, "deg", "pos.eq"),
        ]);

    private static CatalogueTable Plane() => new(
        "caom2",
        "Plane",
        [
            CatalogueColumn.Of("planeID", AdqlType.Bigint, ucd: "meta.id"),
            CatalogueColumn.Of("obsID", AdqlType.Bigint, ucd: "meta.id"),
            CatalogueColumn.Of("position_bounds", AdqlType.Polygon, "deg", "pos.outline"),
            CatalogueColumn.Of("time_bounds_lower", AdqlType.Double, "d", "time.start"),
            CatalogueColumn.Of("time_bounds_upper", AdqlType.Double, "d", "time.end"),
            CatalogueColumn.Of("dataRelease", AdqlType.Timestamp, ucd: "time.release"),
        ]);

    private static CatalogueTable Odd() => new(
        "odd",
        "names",
        [
            CatalogueColumn.Of("select", AdqlType.Integer),
            CatalogueColumn.Of("order", AdqlType.Varchar),
            CatalogueColumn.Of("Mixed", AdqlType.Double, "m"),
            CatalogueColumn.Of("mixed", AdqlType.Double, "s"),
            CatalogueColumn.Of("with \"quote\"", AdqlType.Varchar),
        ]);
}
