using Adql.Semantics;
using Adql.Syntax;

namespace Adql.Tests.Conformance;

/// <summary>
/// The binder against the lyonetia suite, after the parser (<see cref="LyonetiaConformanceTests"/>):
/// every invalid query the parser accepts must be rejected by the binder, and every valid query of
/// the ivoa/ and roe/ collections must bind against <see cref="LyonetiaCatalogue"/>, except those
/// listed in <see cref="RejectedValid"/> with the reason. The gavo/ collection's valid queries are
/// DaCHS parser tests over ad-hoc tables that contradict each other (t1 has one column in one query
/// and four in the next), so only their syntax is checked.
/// </summary>
public sealed class LyonetiaBindingTests
{
    /// <summary>
    /// Valid queries this service rejects, with why: keyed by file and the start of the query (whitespace
    /// collapsed), long enough to pick out one query.
    /// </summary>
    private static readonly Dictionary<(string File, string Start), string> RejectedValid = new()
    {
        [("ivoa/0_whitespace.xml", "select x from y where box( 'fk5', 2, 3, 3, 0 ) = x")] = NonIcrs,
        [("ivoa/0_whitespace.xml", "select x from y where CENTROID( CIRCLE('fk4', 2, 3, 3) )=x")] = NonIcrs,
        [("ivoa/0_whitespace.xml", "select x from y where CIRCLE( 'fk5', 2, 3, 7 ) =x")] = NonIcrs,
        [("ivoa/0_whitespace.xml", "select x from y where POLYGON( 'fk5' , 2 , 3 , 3 , 0 , 23 , 0 , 45, 11 ) = x")] = NonIcrs,
        [("ivoa/O1_geometrical_functions.xml", "select x from y where Point('fk5', 2, 3)=x")] = NonIcrs,
        [("ivoa/O1_geometrical_functions.xml", "select x from y where CIRCLE('fk5', 2, 3, 3)=x")] = NonIcrs,
        [("ivoa/O1_geometrical_functions.xml", "select x from y where box('fk5', 2, 3, 3, 0)=x")] = NonIcrs,
        [("ivoa/O1_geometrical_functions.xml", "select x from y where POLYGON('fk5', 2, 3, 3, 0, 23, 0, 45, 34)=x")] = NonIcrs,
        [("ivoa/O1_geometrical_functions.xml", "select x from y where CENTROID(CIRCLE('fk4', 2, 3, 3))=x")] = NonIcrs,
        [("ivoa/O1_geometrical_functions.xml", "select distance(point('galactic', 2, 3), point('ICRS', ra1, ra2)) from spatial")] = NonIcrs,
        [("ivoa/O1_geometrical_functions.xml", "select centroid(circle('galactic', ra1, ra2, 0.5)) from spatial")] = NonIcrs,
        [("ivoa/O1_geometrical_functions.xml", "select coordsys(p), coord1(p), coord2(p) from (select point('FK5', ra1, width) as p from spatial) as q")] = NonIcrs,
        [("ivoa/O1_geometrical_functions.xml", "select region('Circle FK4 10 10 1') from spatial")] = NoRegion,
        [("ivoa/O1_geometrical_functions.xml", "select * from foo where 1=CONTAINS(REGION('Position ICRS 1 2'), x)")] = NoRegion,
        [("ivoa/O1_geometrical_functions.xml", "select * from foo where 1=CONTAINS( REGION('Union ICRS")] = NoRegion,
        [("ivoa/O1_geometrical_functions.xml", "select * from foo where 1=INTERSECTS(REGION('NOT (circle 1 2 3)'), x)")] = NoRegion,
        [("ivoa/X1_obscore_eso.xml", "-- Use case name: 'obs spatial_query 1' SELECT dp_id, instrument_name")] = NonIcrs + " ('J2000')",
        [("ivoa/X1_obscore_eso.xml", "-- Use case name: 'obs advanced 1'")] = EsoFunctions,
        [("ivoa/X1_obscore_eso.xml", "-- Use case name: 'obs advanced 2'")] = EsoFunctions,
        [("ivoa/O1_geometrical_functions.xml", "select * FROM t WHERE 1=CONTAINS(CIRCLE('ICRS', 4, 4, 2), POINT('', ra, dec))")] =
            "a circle inside a point: pg_sphere has no such test, and the answer is always 0, so the binder asks for a region as second argument",
        [("ivoa/O1_geometrical_functions.xml", "select TAP_UPLOAD.user_table.ra FROM TAP_UPLOAD.user_table WHERE (1=CONTAINS(POINT('ICRS', usnob.data.raj2000, usnob.data.dej2000), CIRCLE('ICRS', TAP_UPLOAD.user_table.ra2000, a.dec2000, 0.016666666666666666)))")] =
            "uses columns of usnob.data and a, which are not in its FROM clause",
        [("ivoa/O6_type_operations.xml", "SELECT CAST('12.3 45.6' AS POINT), CAST('12.3 45.6 1.0' AS CIRCLE), CAST('1.0 0.1 2.0 0.2 3.0 0.3' AS POLYGON) FROM stars")] =
            "CAST of strings to geometries is not supported",
        [("ivoa/O8_unit_operations.xml", "SELECT name, IN_UNIT(ra, 'rad') FROM stars")] = NoUnits,
        [("ivoa/O8_unit_operations.xml", "SELECT name, IN_UNIT(sqrt(power(pm_ra,2)+power(pm_dec,2)), 'rad/yr') FROM stars")] = NoUnits,
        [("ivoa/0_whitespace.xml", "select x from t1, t2, t3 WHERE t1 . x = t2 . y")] = Contradicts + ": x is in t2 too (select x from t1 FULL OUTER JOIN t2 USING (x, y))",
        [("ivoa/0_whitespace.xml", "select top 3 * from x union ( select top 40 a from y except select * from z )")] = Contradicts + ": x has a and b (select a, b from ( select * from x ) q)",
        [("ivoa/0_whitespace.xml", "SELECT ct FROM crazy JOIN ( SELECT height FROM spatial JOIN spatial2 ON ( ra2=dist ) GROUP BY height HAVING (height>avg(dist))) AS q ON ( wot=height )")] =
            Contradicts + ": dist is in both spatial and spatial2 (spatial JOIN spatial2 USING (ra1, dist))",
        [("ivoa/X1_obscore_eso.xml", "SELECT TOP 50 J.target_name, J.obs_publisher_did, J.s_ra, J.s_dec")] = EsoFunctions,
        [("ivoa/X1_obscore_eso.xml", "SELECT * FROM (select * FROM ivoa.Obscore WHERE dataproduct_type ='image'")] = EsoFunctions,
        [("ivoa/X1_obscore_eso.xml", "SELECT start_date, midpoint_date, ra, dec, alt, az, *")] = EsoFunctions,
    };

    private const string NonIcrs = "a coordinate system other than ICRS: positions here are ICRS, and other frames are refused rather than silently ignored";
    private const string NoUnits = "IN_UNIT: no unit conversion";
    private const string NoRegion = "REGION (STC-S parsing) is not supported";
    private const string Contradicts = "needs a table layout that another valid query of the suite contradicts";
    private const string EsoFunctions = "ESO's own user-defined functions (ESO_INTERSECTION, eso_dateadd_sec)";

    [Theory]
    [MemberData(nameof(Files))]
    public void Invalid_queries_that_parse_are_rejected_by_the_binder(string file)
    {
        var accepted = LyonetiaCorpus.Queries(file)
            .Where(q => !q.Valid && QueryParser.Parse(q.Adql) is { Succeeded: true } parsed && Bind(parsed).Succeeded)
            .Select(q => q.ToString());

        Assert.Empty(accepted);
    }

    [Theory]
    [MemberData(nameof(NormativeFiles))]
    public void Valid_queries_bind_except_the_listed_ones(string file)
    {
        var problems = new List<string>();
        foreach (var query in LyonetiaCorpus.Queries(file).Where(q => q.Valid))
        {
            var parsed = QueryParser.Parse(query.Adql);
            Assert.True(parsed.Succeeded, $"the parser rejects a valid query: {query}");
            var bound = Bind(parsed);
            var listed = RejectedValid.Keys.Any(key => Matches(key, query));
            if (!bound.Succeeded && !listed)
            {
                problems.Add($"valid query not bound: {query}\n    {string.Join("\n    ", bound.Diagnostics)}");
            }
            else if (bound.Succeeded && listed)
            {
                problems.Add($"listed as rejected but now binds (remove it from the list): {query}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The translator trusts the binder: whatever binds must translate, into one statement describing its columns.</summary>
    [Theory]
    [MemberData(nameof(Files))]
    public void Every_query_that_binds_translates(string file)
    {
        foreach (var query in LyonetiaCorpus.Queries(file))
        {
            var result = AdqlCompiler.Compile(query.Adql, LyonetiaCatalogue.Instance, new CompileOptions(StandardUserFunctions.Create(), MaxRows: 1001));
            if (result.Succeeded)
            {
                Assert.True(result.Columns.Count > 0, $"no result columns: {query}");
                Assert.Matches("^(SELECT|WITH|\\()", result.Sql);
                Assert.DoesNotContain(";", result.Sql!.Replace("';'", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_listed_query_exists_in_the_suite()
    {
        var valid = LyonetiaCorpus.AllQueries().Where(q => q.Valid).ToList();

        Assert.All(RejectedValid.Keys, key => Assert.Single(valid, query => Matches(key, query)));
    }

    public static TheoryData<string> Files() => LyonetiaCorpus.Files();

    public static TheoryData<string> NormativeFiles() => new(((IEnumerable<object[]>)LyonetiaCorpus.Files()).Select(row => (string)row[0]).Where(f => !f.StartsWith("gavo/", StringComparison.Ordinal)));

    private static bool Matches((string File, string Start) key, LyonetiaQuery query) =>
        key.File == query.File && query.OneLine.StartsWith(key.Start, StringComparison.Ordinal);

    private static BoundQuery Bind(ParseResult parsed) => Binder.Bind(parsed.Query!, LyonetiaCatalogue.Instance, StandardUserFunctions.Create());
}
