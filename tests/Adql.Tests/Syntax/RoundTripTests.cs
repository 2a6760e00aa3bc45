using Adql.Syntax;

namespace Adql.Tests.Syntax;

/// <summary>
/// Parse, print, parse, print: the two printed texts must be equal, so printing loses nothing
/// the parser reads and the canonical form is stable.
/// </summary>
public sealed class RoundTripTests
{
    [Theory]
    [MemberData(nameof(Files))]
    public void Lyonetia_valid_queries_print_to_a_stable_canonical_form(string file)
    {
        foreach (var query in LyonetiaCorpus.Queries(file).Where(q => q.Valid))
        {
            AssertRoundTrip(query.Adql);
        }
    }

    [Theory]
    [InlineData("SELECT a & b | c ^ ~d, 0x1F FROM t")]
    [InlineData("SELECT CASE band WHEN 'r' THEN 1 WHEN 'g' THEN 2 ELSE 0 END FROM t")]
    [InlineData("SELECT CASE WHEN mag < 20 AND NOT flag = 1 THEN 'bright' END FROM t")]
    [InlineData("SELECT CAST(visit AS BIGINT), CAST(x AS DOUBLE PRECISION), CAST(n AS VARCHAR(30)) FROM t")]
    [InlineData("SELECT NULLIF(a, 0), COALESCE(a, b, 0), IN_UNIT(exptime, 'h') FROM t WHERE name ILIKE 'm%'")]
    [InlineData("WITH v (id, band) AS (SELECT visit, band FROM visits) SELECT * FROM v UNION ALL SELECT * FROM v")]
    [InlineData("(SELECT TOP 5 a FROM t ORDER BY a) UNION (SELECT TOP 5 a FROM u ORDER BY a DESC) ORDER BY 1 OFFSET 2")]
    [InlineData("SELECT a FROM t EXCEPT (SELECT a FROM u UNION SELECT a FROM v) INTERSECT SELECT a FROM w")]
    [InlineData("SELECT - -x, -(a + b) * c, a - (b - c) FROM t")]
    [InlineData("SELECT 'it''s' 'joined' FROM t -- a comment\nWHERE x = 1")]
    [InlineData("SELECT DISTANCE(1, 2, 3, 4), BOX(p, 1, 2), BOX('ICRS', 1, 2, 3, 4), POLYGON(p1, p2, p3) FROM t")]
    [InlineData("SELECT COUNT(DISTINCT band), MAX(ALL mag) FROM t WHERE EXISTS (SELECT 1 FROM u) AND x = (SELECT MAX(x) FROM u)")]
    [InlineData("SELECT * FROM a CROSS JOIN b NATURAL LEFT OUTER JOIN c WHERE NOT (x = 1 OR y = 2)")]
    [InlineData("SELECT \"visit id\" AS \"Visit\"\"s\" FROM \"My Schema\".\"visits\"")]
    public void Own_queries_print_to_a_stable_canonical_form(string adql) => AssertRoundTrip(adql);

    [Fact]
    public void Printer_writes_the_canonical_form()
    {
        var result = QueryParser.Parse("select top 3 a as x from t where (a+b)*2 >= 1 or not b is null order by x desc");

        Assert.Equal(
            "SELECT TOP 3 a AS x FROM t WHERE (a + b) * 2 >= 1 OR NOT b IS NULL ORDER BY x DESC",
            AdqlPrinter.Print(result.Query!));
    }

    private static void AssertRoundTrip(string adql)
    {
        var first = QueryParser.Parse(adql);
        Assert.True(first.Succeeded, $"{adql}\n{string.Join("\n", first.Diagnostics)}");
        var printed = AdqlPrinter.Print(first.Query!);

        var second = QueryParser.Parse(printed);
        Assert.True(second.Succeeded, $"printed text does not parse: {printed}\n{string.Join("\n", second.Diagnostics)}");
        Assert.Equal(printed, AdqlPrinter.Print(second.Query!));
    }

    public static TheoryData<string> Files() => LyonetiaCorpus.Files();
}
