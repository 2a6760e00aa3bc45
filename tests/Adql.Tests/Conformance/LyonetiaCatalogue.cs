using Adql.Semantics;
using VoTable;

namespace Adql.Tests.Conformance;

/// <summary>
/// The tables the ivoa/ and roe/ queries of the lyonetia suite read, with the columns they use. The
/// suite does not say what the columns hold, so their types are left unknown (the binder then checks
/// names, not types); tables named without a schema live in "public".
/// </summary>
public static class LyonetiaCatalogue
{
    public static readonly Catalogue Instance = new(
    [
        Schema("public",
            Table("atable", "id", "ra", "dec"),
            Table("table1", "id", "ra", "dec"),
            Table("table2", "id", "ra", "dec"),
            Table("table3", "id", "ra", "dec"),
            Table("t", "ra", "dec"),
            Table("t1", "id", "oid", "something", "x", "y", "z"),
            Table("t2", "oid", "name", "x", "y"),
            Table("t3"),
            Table("x", "a", "b"),
            Table("y", "a", "x"),
            Table("z", "a"),
            Table("u", "a", "b"),
            Table("foo", "x", "y"),
            Table("bar", "foo"),
            Table("anything"),
            Table("else3"),
            Table("most", "a", "b", "and7"),
            Table("crazy", "ct", "flag", "version", "wot"),
            Table("spatial", "ra1", "ra2", "width", "height", "dist"),
            Table("spatial2", "ra1", "dec", "dist"),
            Table("misc", "mass", "mag", "speed"),
            Table("source", "ident"),
            Table("stars", "id", "name", "star_name", "favorite_name", "_weird_name", "type", "ra", "dec", "ra_error", "pm_ra", "pm_dec",
                "mag", "distance", "radius", "des", "long"),
            Table("multiframe"),
            Table("atlassource", "ra", "dec", "cx", "cy", "cz", "rAperMag3"),
            Table("atlasmergelog", "ra", "dec", "gmfID", "mjdObs", "multiframeID")),
        Schema("ivoa",
            Table("obscore", "dataproduct_type", "dataproduct_subtype", "obs_collection", "obs_id", "obs_publisher_did", "dp_id", "target_name",
                "s_ra", "s_dec", "s_region", "s_resolution", "gal_lat", "t_min", "t_max", "t_exptime", "em_min", "em_max", "em_res_power",
                "facility_name", "instrument_name", "access_estsize", "abmaglim", "snr", "filter", "tet", "turbfwhm")),
        Schema("TAP_SCHEMA",
            Table("tables", "schema_name", "table_name", "description"),
            Table("columns", "table_name", "column_name", "description", "unit", "ucd", "utype", "datatype", "arraysize", "xtype")),
        Schema("TAP_UPLOAD",
            Table("user_table", "ra", "ra2000"),
            Table("abc", "c"),
            Table("adql", "alpha", "rv")),
        Schema("ppmx", Table("data", "alphaFloat", "deltaFloat")),
        Schema("amanda", Table("nucand", "id")),
        Schema("asm",
            Table("mass_paranal", "start_date"),
            Table("lhatpros_paranal_profiles", "start_date", "midpoint_date", "ra", "dec", "alt", "az", "valid")),
        Schema("dbo", Table("raw", "dp_id", "dp_cat", "dp_tech", "dp_type", "exp_start", "instrument", "prog_id")),
        Schema("phase3v2",
            Table("files", "file_id"),
            Table("provenance", "archive_id", "category", "name", "product_file", "source_file")),
    ]);

    private static CatalogueSchema Schema(string name, params CatalogueTable[] tables) =>
        new(name, tables.Select(t => t with { Schema = name }).ToList());

    private static CatalogueTable Table(string name, params string[] columns) =>
        new(string.Empty, name, columns.Select(c => new CatalogueColumn(c, AdqlType.Unknown, new VoTableType(VoTableDatatype.Char, "*"))).ToList());
}
