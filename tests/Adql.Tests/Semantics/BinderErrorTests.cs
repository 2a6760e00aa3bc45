using Adql.Diagnostics;
using Adql.Semantics;

namespace Adql.Tests.Semantics;

/// <summary>Each binder diagnostic: its code, its message as users read it, and where it points.</summary>
public sealed class BinderErrorTests
{
    [Theory]
    [InlineData("SELECT obs_idd FROM ivoa.obscore", DiagnosticCode.UnknownColumn, "unknown column 'obs_idd' in ivoa.obscore (did you mean 'obs_id'?) at line 1, column 8")]
    [InlineData("SELECT o.obs_idd FROM ivoa.obscore AS o", DiagnosticCode.UnknownColumn, "unknown column 'obs_idd' in o (did you mean 'obs_id'?) at line 1, column 10")]
    [InlineData("SELECT obz.obs_id FROM ivoa.obscore AS obs", DiagnosticCode.UnknownTableQualifier, "unknown table 'obz' in obz.obs_id: no table or alias of that name in FROM (did you mean 'obs'?) at line 1, column 8")]
    [InlineData("SELECT obs_id FROM ivoa.obscor", DiagnosticCode.UnknownTable, "unknown table 'ivoa.obscor' (did you mean 'obscore'?) at line 1, column 20")]
    [InlineData("SELECT obs_id FROM ivo.obscore", DiagnosticCode.UnknownSchema, "unknown schema 'ivo' (did you mean 'ivoa'?) at line 1, column 20")]
    [InlineData("SELECT obsID FROM caom2.Observation AS o, caom2.Plane AS p", DiagnosticCode.AmbiguousColumn, "column 'obsID' is ambiguous: it is in o and p; qualify it with a table name or alias at line 1, column 8")]
    [InlineData("SELECT o.obs_id FROM ivoa.obscore AS o, caom2.Plane AS o", DiagnosticCode.DuplicateAlias, "the table name or alias 'o' is used more than once in FROM; give each table its own alias at line 1, column 41")]
    [InlineData("SELECT \"OBS_ID\" FROM ivoa.obscore", DiagnosticCode.UnknownColumn, "unknown column 'OBS_ID' in ivoa.obscore (did you mean 'obs_id'?) at line 1, column 8")]
    [InlineData("SELECT sinh(s_ra) FROM ivoa.obscore", DiagnosticCode.UnknownFunction, "unknown function 'sinh' (did you mean 'SIN'?) at line 1, column 8")]
    [InlineData("SELECT ivo_interval_overlaps(t_min, t_max, 1) FROM ivoa.obscore", DiagnosticCode.WrongArgumentCount, "IVO_INTERVAL_OVERLAPS takes 4 arguments, not 3 at line 1, column 8")]
    [InlineData("SELECT SQRT(obs_id) FROM ivoa.obscore", DiagnosticCode.WrongArgumentType, "argument 1 of SQRT must be a number, not a string at line 1, column 13")]
    [InlineData("SELECT obs_id FROM ivoa.obscore WHERE CONTAINS(s_region, POINT(1, 2)) = 1", DiagnosticCode.WrongArgumentType, "argument 2 of CONTAINS must be a region (CIRCLE, BOX, POLYGON or a region column), not a POINT at line 1, column 58")]
    [InlineData("SELECT CIRCLE(1, 2) FROM ivoa.obscore", DiagnosticCode.WrongArgumentCount, "CIRCLE takes a centre (POINT or longitude and latitude) and a radius, not 2 at line 1, column 8")]
    [InlineData("SELECT POLYGON(1, 2, 3, 4, 5) FROM ivoa.obscore", DiagnosticCode.InvalidGeometry, "POLYGON needs at least 3 vertices, each a POINT or a longitude and latitude pair; it has 5 arguments at line 1, column 8")]
    [InlineData("SELECT DISTANCE(POINT(1, 2), 3) FROM ivoa.obscore", DiagnosticCode.WrongArgumentType, "argument 2 of DISTANCE must be a POINT, not a number at line 1, column 30")]
    [InlineData("SELECT POINT('GALACTIC', 1, 2) FROM ivoa.obscore", DiagnosticCode.UnsupportedCoordinateSystem, "coordinate system 'GALACTIC' is not supported: positions here are ICRS; write 'ICRS' or leave the coordinate system out at line 1, column 14")]
    [InlineData("SELECT REGION('CIRCLE ICRS 1 2 3') FROM ivoa.obscore", DiagnosticCode.UnsupportedFeature, "REGION (STC-S strings) is not supported by this service at line 1, column 8")]
    [InlineData("SELECT IN_UNIT(s_ra, 'arcsec') FROM ivoa.obscore", DiagnosticCode.UnsupportedFeature, "IN_UNIT (unit conversion) is not supported by this service at line 1, column 8")]
    [InlineData("SELECT CENTROID(POLYGON(1, 2, 3, 4, 5, 6)) FROM ivoa.obscore", DiagnosticCode.UnsupportedFeature, "CENTROID of a computed polygon (it works on circles and on footprint columns such as s_region) is not supported by this service at line 1, column 8")]
    [InlineData("SELECT obs_id FROM ivoa.obscore WHERE obs_id > 3", DiagnosticCode.TypeMismatch, "cannot compare a string and a number at line 1, column 39")]
    [InlineData("SELECT s_ra + obs_id FROM ivoa.obscore", DiagnosticCode.TypeMismatch, "arithmetic needs numbers, not a string at line 1, column 15")]
    [InlineData("SELECT obs_id || POINT(1, 2) FROM ivoa.obscore", DiagnosticCode.TypeMismatch, "|| needs strings, not a POINT at line 1, column 18")]
    [InlineData("SELECT * FROM caom2.Observation AS o JOIN caom2.Plane AS p", DiagnosticCode.MissingJoinCondition, "this JOIN needs a condition: add ON ... or USING (...), or write NATURAL JOIN or CROSS JOIN at line 1, column 15")]
    [InlineData("SELECT obs_id FROM ivoa.obscore WHERE COUNT(*) > 1", DiagnosticCode.AggregateNotAllowed, "aggregate function COUNT is not allowed in WHERE at line 1, column 39")]
    [InlineData("SELECT MAX(COUNT(*)) FROM ivoa.obscore", DiagnosticCode.AggregateNotAllowed, "aggregate function COUNT is not allowed in another aggregate function at line 1, column 12")]
    [InlineData("SELECT obs_id, COUNT(*) FROM ivoa.obscore", DiagnosticCode.NotGroupedColumn, "column 'obs_id' must appear in GROUP BY or be used inside an aggregate function at line 1, column 8")]
    [InlineData("SELECT lsst_band, obs_id FROM ivoa.obscore GROUP BY lsst_band", DiagnosticCode.NotGroupedColumn, "column 'obs_id' must appear in GROUP BY or be used inside an aggregate function at line 1, column 19")]
    [InlineData("SELECT obs_id FROM ivoa.obscore ORDER BY 2", DiagnosticCode.OrderByPositionOutOfRange, "ORDER BY position 2 is out of range: the query selects 1 column at line 1, column 42")]
    [InlineData("SELECT CASE WHEN s_ra > 1 THEN obs_id ELSE 1 END FROM ivoa.obscore", DiagnosticCode.TypeMismatch, "CASE cannot mix a string and a number: give its values one type (CAST converts) at line 1, column 44")]
    [InlineData("SELECT CASE obs_id WHEN 1 THEN 2 END FROM ivoa.obscore", DiagnosticCode.TypeMismatch, "cannot compare a string and a number at line 1, column 25")]
    [InlineData("SELECT COALESCE(obs_id, 1) FROM ivoa.obscore", DiagnosticCode.TypeMismatch, "COALESCE cannot mix a string and a number: give its values one type (CAST converts) at line 1, column 25")]
    [InlineData("SELECT obs_id FROM ivoa.obscore UNION SELECT s_ra FROM ivoa.obscore", DiagnosticCode.TypeMismatch, "UNION cannot mix a string and a number: give its values one type (CAST converts) at line 1, column 46")]
    [InlineData("SELECT obs_id FROM ivoa.obscore ORDER BY 'obs_id'", DiagnosticCode.ConstantSortOrGroupKey, "ORDER BY a constant orders nothing: name a column, give a column's position (1, 2, ...), or write an expression of columns at line 1, column 42")]
    [InlineData("SELECT obs_id FROM ivoa.obscore ORDER BY -1", DiagnosticCode.ConstantSortOrGroupKey, "ORDER BY a constant orders nothing: name a column, give a column's position (1, 2, ...), or write an expression of columns at line 1, column 42")]
    [InlineData("SELECT COUNT(*) FROM ivoa.obscore GROUP BY 1.5", DiagnosticCode.ConstantSortOrGroupKey, "GROUP BY a constant groups nothing: name a column or write an expression of columns at line 1, column 44")]
    [InlineData("SELECT obs_id FROM ivoa.obscore WHERE s_ra IN (SELECT s_ra, s_dec FROM ivoa.obscore)", DiagnosticCode.SubqueryMustReturnOneColumn, "this subquery must select exactly one column, not 2 at line 1, column 48")]
    [InlineData("SELECT obs_id FROM ivoa.obscore UNION SELECT obs_id, s_ra FROM ivoa.obscore", DiagnosticCode.SetOperandColumnCountMismatch, "both sides of UNION must select the same number of columns, not 1 and 2 at line 1, column 1")]
    [InlineData("SELECT obs_id FROM ivoa.obscore UNION SELECT obs_id FROM ivoa.obscore ORDER BY s_ra", DiagnosticCode.UnknownColumn, "unknown column 's_ra' in ORDER BY: it is not one of the selected columns at line 1, column 80")]
    [InlineData("SELECT obs_id FROM ivoa.obscore UNION SELECT obs_id FROM ivoa.obscore ORDER BY LOWER(obs_id)", DiagnosticCode.UnknownColumn, "ORDER BY after UNION can only name a selected column or give its position at line 1, column 80")]
    [InlineData("SELECT * FROM caom2.Observation JOIN caom2.Plane USING (planeID)", DiagnosticCode.UnknownColumn, "unknown column 'planeID' in USING: the left side of the join has no such column at line 1, column 57")]
    [InlineData("WITH t (a, b) AS (SELECT obs_id FROM ivoa.obscore) SELECT a FROM t", DiagnosticCode.SetOperandColumnCountMismatch, "WITH t names 2 columns but its query selects 1 at line 1, column 6")]
    [InlineData("SELECT CAST(obs_id AS POINT) FROM ivoa.obscore", DiagnosticCode.UnsupportedFeature, "CAST to POINT is not supported by this service at line 1, column 23")]
    [InlineData("SELECT d.n FROM ivoa.obscore AS a, (SELECT a.obs_id AS n FROM caom2.Plane) AS d", DiagnosticCode.UnknownTableQualifier, "unknown table 'a' in a.obs_id: no table or alias of that name in FROM at line 1, column 44")]
    [InlineData("WITH one AS (SELECT x FROM two), two AS (SELECT obs_id AS x FROM ivoa.obscore) SELECT x FROM one", DiagnosticCode.UnknownTable, "unknown table 'two' at line 1, column 28")]
    [InlineData("SELECT o.obs_id FROM ivoa.obscore AS o WHERE EXISTS (SELECT 1 FROM ivoa.obscore AS i WHERE i.obs_id = o.obs_idd)", DiagnosticCode.UnknownColumn, "unknown column 'obs_idd' in o (did you mean 'obs_id'?) at line 1, column 105")]
    public void Reports_what_is_wrong_and_where(string adql, DiagnosticCode code, string message)
    {
        var diagnostics = Compile(adql);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(message, diagnostic.ToString());
    }

    [Fact]
    public void Reports_every_problem_at_once()
    {
        var diagnostics = Compile("SELECT obs_idd, s_raa\nFROM ivoa.obscore\nWHERE t_mni > 1 AND POINT('FK4', s_ra, s_dec) IS NOT NULL");

        Assert.Equal(
        [
            "unknown column 'obs_idd' in ivoa.obscore (did you mean 'obs_id'?) at line 1, column 8",
            "unknown column 's_raa' in ivoa.obscore (did you mean 's_ra'?) at line 1, column 17",
            "unknown column 't_mni' in ivoa.obscore (did you mean 't_min'?) at line 3, column 7",
            "coordinate system 'FK4' is not supported: positions here are ICRS; write 'ICRS' or leave the coordinate system out at line 3, column 27",
        ],
        diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void An_unknown_table_does_not_also_report_its_columns()
    {
        var diagnostics = Compile("SELECT a, b.c FROM nowhere AS b WHERE d > 1");

        Assert.Equal(DiagnosticCode.UnknownTable, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void String_with_nul_is_rejected()
    {
        var diagnostic = Assert.Single(Compile("SELECT obs_id FROM ivoa.obscore WHERE obs_id = 'a\0b'"));

        Assert.Equal(DiagnosticCode.InvalidCharacter, diagnostic.Code);
    }

    private static IReadOnlyList<Diagnostic> Compile(string adql)
    {
        var result = AdqlCompiler.Compile(adql, TestCatalogue.Instance, new CompileOptions(StandardUserFunctions.Create()));
        Assert.False(result.Succeeded);
        return result.Diagnostics;
    }
}
