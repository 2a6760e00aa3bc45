using Adql.Diagnostics;
using Adql.Syntax;

namespace Adql.Tests.Syntax;

/// <summary>Typical mistakes and the exact words and positions users see for them.</summary>
public sealed class SyntaxErrorMessageTests
{
    [Theory]
    [InlineData("SELECT * FORM t", "unexpected 'FORM' (did you mean FROM?) at line 1, column 10")]
    [InlineData("SELECT ra, dec FROM t WHER dec > 0", "unexpected 'WHER' (did you mean WHERE?) at line 1, column 23")]
    [InlineData(
        "SELECT ra\nFROM t\nWHERE 1 = CONTAINS(POINT('ICRS', ra, dec), POLYGON('ICRS', 1, 2, 3, 4, 5 6))",
        "expected ')' or ',' after argument 6 of POLYGON, not '6' at line 3, column 74")]
    [InlineData(
        "SELECT * FROM t WHERE CONTAINS(POINT(ra, dec), CIRCLE(10, 20, 1))",
        "incomplete condition: expected a comparison such as = 1, or BETWEEN, LIKE, IN or IS NULL, but found the end of the query at line 1, column 66")]
    [InlineData(
        "SELECT distance FROM stars",
        "DISTANCE is an ADQL function, written DISTANCE(...); to use it as a name, write it in double quotes: \"distance\" at line 1, column 8")]
    [InlineData("SELECT x, FROM t", "unexpected 'FROM', expected an expression at line 1, column 11")]
    [InlineData("SELECT TOP ten ra FROM t", "expected a whole number before 'ten' at line 1, column 12")]
    [InlineData(
        "SELECT * FROM (SELECT * FROM t)",
        "a subquery in FROM needs a name: write AS and a name after its closing parenthesis at line 1, column 32")]
    [InlineData("SELECT x FROM t WHERE a = 1 AND", "the query ends too early: expected a condition after 'AND' at line 1, column 32")]
    [InlineData("SELECT x AS from FROM t", "FROM is a reserved word of ADQL; to use it as a name, write it in double quotes: \"from\" at line 1, column 13")]
    [InlineData("SELECT v.area FROM visits AS v", "AREA is an ADQL function, written AREA(...); to use it as a name, write it in double quotes: \"area\" at line 1, column 10")]
    [InlineData("SELECT x FROM t t2 x", "unexpected 'x' (a comma, an operator or a keyword may be missing before it) at line 1, column 20")]
    [InlineData("SELECT x FROM t WHERE band IN 'r'", "expected '(' with a list of values or a subquery after IN at line 1, column 31")]
    [InlineData("SELECT x FROM t WHERE ra BETWEEN 10 20", "expected AND before '20' at line 1, column 37")]
    [InlineData("SELECT x FROM t WHERE x >", "the query ends too early: expected an expression after '>' at line 1, column 26")]
    [InlineData("SELECT x FROM t WHERE name = 'M31", "this string has no closing quote (') at line 1, column 30")]
    [InlineData("SELECT _id FROM t", "a name must start with a letter; write names like _x in double quotes: \"_x\" at line 1, column 8")]
    [InlineData(
        "SELECT CAST(x AS FLOAT) FROM t",
        "unexpected 'FLOAT', expected a type such as INTEGER, DOUBLE PRECISION, VARCHAR, TIMESTAMP or POINT at line 1, column 18")]
    [InlineData("SELECT ra\u00A0FROM t", "an unusual space character (U+00A0) cannot be used; replace it with a plain space at line 1, column 10")]
    public void MistakeIsExplainedInWordsWithItsPosition(string adql, string message)
    {
        var result = QueryParser.Parse(adql);

        Assert.Null(result.Query);
        Assert.Equal(message, Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Every_mistake_is_reported_not_only_the_first()
    {
        var result = QueryParser.Parse("SELECT x FROM t WHERE a = 1 AND b = % 2 AND c IN (1, 2,)");

        Assert.Equal(
            ["the character '%' cannot be used here (only inside strings and quoted names) at line 1, column 37",
             "unexpected ')', expected an expression at line 1, column 56"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Typographic_quotes_are_named()
    {
        var result = QueryParser.Parse("SELECT ra FROM t WHERE band = \u2018r\u2019");

        Assert.Equal(
            ["the typographic quote \u2018 is not an ADQL quote; use ' for strings and \" for quoted names at line 1, column 31",
             "the typographic quote \u2019 is not an ADQL quote; use ' for strings and \" for quoted names at line 1, column 33"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Messages_never_use_parser_jargon()
    {
        string[] mistakes = ["SELECT", "SELECT a FROM", "SELECT a FROM t WHERE (a", "SELECT a FROM t GROUP a", "SELECT a FROM t ORDER BY", "SELECT 1 FROM t t t t"];

        var messages = mistakes.SelectMany(m => QueryParser.Parse(m).Diagnostics).Select(d => d.Message).ToList();

        Assert.Equal(mistakes.Length, messages.Count);
        Assert.All(messages, m => Assert.DoesNotMatch("mismatched|extraneous|viable|expecting|<EOF>|[A-Z]+_[A-Z]+|\\{", m));
    }

    [Fact]
    public void Diagnostics_carry_code_and_span()
    {
        var diagnostic = Assert.Single(QueryParser.Parse("SELECT x\nFROM t\nWHERE y = 'abc").Diagnostics);

        Assert.Equal(DiagnosticCode.UnterminatedString, diagnostic.Code);
        Assert.Equal(new SourceSpan(3, 11, 26, 30), diagnostic.Span);
    }
}
