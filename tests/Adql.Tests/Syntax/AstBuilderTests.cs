using System.Globalization;
using Adql.Diagnostics;
using Adql.Syntax;

namespace Adql.Tests.Syntax;

/// <summary>The shape of the AST for the constructs whose structure is easy to get wrong.</summary>
public sealed class AstBuilderTests
{
    [Fact]
    public void Operators_bind_by_precedence_and_group_from_the_left()
    {
        var where = Select("SELECT x FROM t WHERE a - b - c * d > 0 OR e = 1 AND NOT f = 2").Where;

        var or = Assert.IsType<LogicalExpression>(where);
        Assert.Equal(LogicalOperator.Or, or.Operator);
        var and = Assert.IsType<LogicalExpression>(or.Right);
        Assert.Equal(LogicalOperator.And, and.Operator);
        Assert.IsType<NotExpression>(and.Right);

        var difference = Assert.IsType<BinaryExpression>(Assert.IsType<ComparisonExpression>(or.Left).Left);
        Assert.Equal(BinaryOperator.Subtract, difference.Operator);
        Assert.Equal(BinaryOperator.Subtract, Assert.IsType<BinaryExpression>(difference.Left).Operator);
        Assert.Equal(BinaryOperator.Multiply, Assert.IsType<BinaryExpression>(difference.Right).Operator);
    }

    [Fact]
    public void Order_by_after_a_set_operation_sorts_the_whole_result()
    {
        var union = Assert.IsType<SetQuery>(Parse("SELECT a FROM t UNION ALL (SELECT a FROM u ORDER BY a) ORDER BY 1 OFFSET 5"));

        Assert.Equal(SetOperator.Union, union.Operator);
        Assert.True(union.All);
        Assert.Equal(5, union.Offset);
        Assert.Equal("1", Assert.IsType<NumericLiteral>(Assert.Single(union.OrderBy).Expression).Text);
        Assert.Empty(Assert.IsType<SelectQuery>(union.Left).OrderBy);
        Assert.Single(Assert.IsType<SelectQuery>(union.Right).OrderBy);
    }

    [Fact]
    public void Order_by_around_a_parenthesised_query_joins_it()
    {
        var select = Assert.IsType<SelectQuery>(Parse("(SELECT a FROM t) ORDER BY a OFFSET 3"));

        Assert.Single(select.OrderBy);
        Assert.Equal(3, select.Offset);
    }

    [Theory]
    [InlineData("(SELECT TOP 5 a FROM t) ORDER BY a", 25)]
    [InlineData("(SELECT a FROM t ORDER BY a) OFFSET 3", 30)]
    public void Order_by_around_a_limited_query_is_refused(string adql, int column)
    {
        var diagnostic = Assert.Single(QueryParser.Parse(adql).Diagnostics);

        Assert.Equal(DiagnosticCode.UnsupportedFeature, diagnostic.Code);
        Assert.Equal(column, diagnostic.Span.Column);
    }

    [Fact]
    public void Intersect_binds_tighter_than_union()
    {
        var union = Assert.IsType<SetQuery>(Parse("SELECT a FROM t UNION SELECT a FROM u INTERSECT SELECT a FROM v"));

        Assert.Equal(SetOperator.Union, union.Operator);
        Assert.Equal(SetOperator.Intersect, Assert.IsType<SetQuery>(union.Right).Operator);
    }

    [Fact]
    public void With_clause_wraps_the_query()
    {
        var with = Assert.IsType<WithQuery>(Parse("WITH recent (id) AS (SELECT visit FROM visits) SELECT id FROM recent"));

        var table = Assert.Single(with.CommonTables);
        Assert.Equal("recent", table.Name.Name);
        Assert.Equal("id", Assert.Single(table.ColumnNames).Name);
        Assert.IsType<SelectQuery>(with.Body);
    }

    [Fact]
    public void Select_clauses_are_kept()
    {
        var select = Select("SELECT DISTINCT TOP 10 t.*, mag AS m FROM visits AS t GROUP BY band HAVING COUNT(*) > 1");

        Assert.True(select.Distinct);
        Assert.Equal(10, select.Top);
        Assert.Equal("t", Assert.IsType<AllColumns>(select.Items[0]).Qualifier!.Table.Name);
        Assert.Equal("m", Assert.IsType<SelectExpression>(select.Items[1]).Alias!.Name);
        Assert.Equal("t", Assert.IsType<NamedTable>(Assert.Single(select.From)).Alias!.Name);
        Assert.Single(select.GroupBy);
        var count = Assert.IsType<FunctionCall>(Assert.IsType<ComparisonExpression>(select.Having).Left);
        Assert.True(count.Star);
        Assert.Equal("COUNT", count.Name.Name);
    }

    [Fact]
    public void Joins_group_from_the_left_and_keep_their_kind()
    {
        var from = Select("SELECT * FROM a NATURAL JOIN b LEFT JOIN (c CROSS JOIN d) USING (id, band), e").From;

        Assert.Equal(2, from.Count);
        var left = Assert.IsType<JoinedTable>(from[0]);
        Assert.Equal(JoinKind.LeftOuter, left.Kind);
        Assert.Equal(["id", "band"], left.Using.Select(u => u.Name));
        var natural = Assert.IsType<JoinedTable>(left.Left);
        Assert.True(natural.Natural);
        Assert.Equal(JoinKind.Inner, natural.Kind);
        Assert.Equal(JoinKind.Cross, Assert.IsType<JoinedTable>(left.Right).Kind);
    }

    [Fact]
    public void Names_and_literals_are_unescaped()
    {
        var select = Select("SELECT \"Visit \"\"ID\"\"\", 'it''s' 'joined', 0x1F, 1.5e3, cat.sch.tab.col FROM sch.tab");

        var delimited = Assert.IsType<ColumnReference>(Expressions(select)[0]).Column;
        Assert.Equal(("Visit \"ID\"", true), (delimited.Name, delimited.Delimited));
        Assert.Equal("it'sjoined", Assert.IsType<StringLiteral>(Expressions(select)[1]).Value);
        Assert.Equal(NumericKind.Hex, Assert.IsType<NumericLiteral>(Expressions(select)[2]).Kind);
        Assert.Equal(NumericKind.Real, Assert.IsType<NumericLiteral>(Expressions(select)[3]).Kind);
        var column = Assert.IsType<ColumnReference>(Expressions(select)[4]);
        Assert.Equal(["cat", "sch", "tab"], column.Qualifier!.Parts.Select(p => p.Name));
        Assert.Equal("sch", Assert.IsType<NamedTable>(Assert.Single(select.From)).Name.Schema!.Name);
    }

    [Theory]
    [InlineData("POINT('ICRS', ra, dec)", "ICRS", 2)]
    [InlineData("POINT(ra, dec)", null, 2)]
    [InlineData("CIRCLE('', ra, dec, 1)", "", 3)]
    [InlineData("CIRCLE(ra, dec, 1)", null, 3)]
    [InlineData("CIRCLE('ICRS', p, 1)", "ICRS", 2)]
    [InlineData("CIRCLE(p, 1)", null, 2)]
    [InlineData("BOX('ICRS', p, 1, 2)", "ICRS", 3)]
    [InlineData("BOX(ra, dec, 1, 2)", null, 4)]
    [InlineData("POLYGON('ICRS', 1, 2, 3, 4, 5, 6)", "ICRS", 6)]
    [InlineData("POLYGON(p, q, r)", null, 3)]
    [InlineData("DISTANCE(1, 2, 3, 4)", null, 4)]
    public void Constructors_separate_the_coordinate_system(string geometry, string? coordinateSystem, int arguments)
    {
        var call = Assert.IsType<GeometryCall>(Expressions(Select($"SELECT {geometry} FROM t"))[0]);

        Assert.Equal(coordinateSystem, (call.CoordinateSystem as StringLiteral)?.Value);
        Assert.Equal(arguments, call.Arguments.Count);
    }

    [Fact]
    public void Null_coordinate_system_is_kept()
    {
        var call = Assert.IsType<GeometryCall>(Expressions(Select("SELECT POINT(NULL, 1, 2) FROM t"))[0]);

        Assert.IsType<NullLiteral>(call.CoordinateSystem);
    }

    [Fact]
    public void Functions_are_named_in_capitals_except_user_defined_ones()
    {
        var expressions = Expressions(Select("SELECT abs(x), avg(DISTINCT x), ivo_HealPix(6, ra, dec), cast(x as double precision) FROM t"));

        Assert.Equal("ABS", Assert.IsType<FunctionCall>(expressions[0]).Name.Name);
        Assert.Equal(SetQuantifier.Distinct, Assert.IsType<FunctionCall>(expressions[1]).Quantifier);
        Assert.Equal("ivo_HealPix", Assert.IsType<FunctionCall>(expressions[2]).Name.Name);
        Assert.Equal("DOUBLE PRECISION", Assert.IsType<CastExpression>(expressions[3]).Type.Name);
    }

    [Fact]
    public void Nodes_know_where_they_are()
    {
        var select = Select("SELECT ra\nFROM t\nWHERE  dec > 10");

        Assert.Equal(new SourceSpan(3, 8, 24, 32), select.Where!.Span);
    }

    [Fact]
    public void Oversized_top_is_reported()
    {
        var result = QueryParser.Parse("SELECT TOP 99999999999999999999 x FROM t");

        Assert.Null(result.Query);
        Assert.Equal("the number 99999999999999999999 is too large here at line 1, column 12", Assert.Single(result.Diagnostics).ToString());
    }

    [Theory]
    [InlineData(5000, 0)]
    [InlineData(0, 5000)]
    public void Deep_nesting_is_refused_before_it_can_overflow_the_stack(int parentheses, int additions)
    {
        var value = new string('(', parentheses) + string.Concat(Enumerable.Repeat("1 + ", additions)) + "1" + new string(')', parentheses);

        var result = QueryParser.Parse($"SELECT {value} FROM t");

        Assert.Null(result.Query);
        Assert.Equal(DiagnosticCode.NestingTooDeep, Assert.Single(result.Diagnostics).Code);
    }

    /// <summary>The parser recurses for each operator of a prefix run and for each CASE, as for parentheses.</summary>
    [Theory]
    [InlineData("SELECT x FROM t WHERE {0}x = 1", "NOT ", "")]
    [InlineData("SELECT {0}1 FROM t", "- ", "")]
    [InlineData("SELECT {0}1 FROM t", "+~", "")]
    [InlineData("SELECT {0}1{1} FROM t", "CASE WHEN x = 1 THEN ", " END")]
    [InlineData("SELECT {1}{0}1 FROM t", "(", ")")]
    public void Long_prefix_runs_nested_cases_and_surplus_closings_cannot_overflow_the_stack(string template, string open, string close)
    {
        var adql = string.Format(CultureInfo.InvariantCulture, template, string.Concat(Enumerable.Repeat(open, 20_000)), string.Concat(Enumerable.Repeat(close, 20_000)));

        var result = QueryParser.Parse(adql);

        Assert.Equal(DiagnosticCode.NestingTooDeep, Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("SELECT x FROM t WHERE {0}x = 1", "NOT ")]
    [InlineData("SELECT {0}1 FROM t", "- ")]
    public void Prefix_runs_up_to_the_limit_are_accepted(string template, string prefix)
    {
        var adql = string.Format(CultureInfo.InvariantCulture, template, string.Concat(Enumerable.Repeat(prefix, 100)));

        Assert.True(QueryParser.Parse(adql).Succeeded);
    }

    [Fact]
    public void Realistic_nesting_is_accepted()
    {
        var value = new string('(', 50) + string.Concat(Enumerable.Repeat("1 + ", 200)) + "1" + new string(')', 50);

        Assert.True(QueryParser.Parse($"SELECT {value} FROM t").Succeeded);
    }

    private static QueryExpression Parse(string adql)
    {
        var result = QueryParser.Parse(adql);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Query!;
    }

    private static SelectQuery Select(string adql) => Assert.IsType<SelectQuery>(Parse(adql));

    private static List<Expression> Expressions(SelectQuery select) =>
        select.Items.Select(item => Assert.IsType<SelectExpression>(item).Expression).ToList();
}
