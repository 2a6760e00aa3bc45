using Adql.Syntax;

namespace Adql.Tests.Conformance;

/// <summary>
/// The parser against the IVOA lyonetia suite: every valid query parses without diagnostics,
/// every invalid one is rejected, except the few listed in <see cref="ParserAcceptedInvalid"/>.
/// </summary>
public sealed class LyonetiaConformanceTests
{
    /// <summary>
    /// Invalid queries that are well-formed ADQL syntax: only the binder, knowing types, arities
    /// and functions, can reject them. Keyed by file, title and text (titles repeat within a
    /// file). The test fails when the parser starts rejecting one of them (remove it here) or
    /// accepts an invalid query not listed (fix the grammar, or list it if it is semantic).
    /// </summary>
    private static readonly HashSet<(string File, string Title, string Adql)> ParserAcceptedInvalid =
    [
        // Types: || joins strings, and a POINT is not one.
        ("gavo/additionaltests.xml", "Geometry values don't admit string operators.", "SELECT point('icrs', 3, 4) || 'aaaa' from Y"),
        ("gavo/additionaltests.xml", "Geometry values don't admit string operators.", "SELECT 'aaaa' || point('icrs', 3, 4) from Y"),

        // Arity of geometry constructors: the BNF lets the coordinates be points or pairs of
        // numbers, so only the argument types tell a missing radius or an odd coordinate.
        ("gavo/geometry.xml", "Invalid simple geometry predicates", "select x from y where CIRCLE('fk5', 2, 3)=x"),
        ("gavo/geometry.xml", "Invalid simple geometry predicates", "select x from y where POLYGON('fk5', 2, 3, 3, 0, 23, 0, 45)=x"),
        ("ivoa/O1_geometrical_functions.xml", "Invalid simple geometry predicates, missing radius parameter", "select x from y where CIRCLE('fk5', 2, 3)=x"),
        ("ivoa/O1_geometrical_functions.xml", "Invalid simple geometry predicates", "select x from y where POLYGON('fk5', 2, 3, 3, 0, 23, 0, 45)=x"),

        // Unknown functions: any name(...) is a user-defined function to the grammar.
        ("gavo/simpleunit.xml", "predicates with bad function calls", "select x from y where TAN2(x)<3"),
        ("ivoa/O2_user_defined_functions.xml", "A query with a function being neither a standard ADQL-2.1 function nor a UDF.", "SELECT id, my_undefined_function(ra, dec) AS bad FROM atable"),

        // A join without ON or USING: the BNF allows it (and gavo/simpleunit.xml counts
        // "t1 JOIN t2" as valid), so whether to refuse a non-natural join without a
        // condition is the binder's decision.
        ("ivoa/2_from.xml", "Inner join with no join condition.", "SELECT * FROM t1 INNER JOIN t2"),
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void Valid_queries_parse_and_invalid_ones_are_rejected(string file)
    {
        var problems = new List<string>();
        foreach (var query in LyonetiaCorpus.Queries(file))
        {
            var result = QueryParser.Parse(query.Adql);
            var listed = ParserAcceptedInvalid.Contains((query.File, query.Title, query.OneLine));
            if (query.Valid && !result.Succeeded)
            {
                problems.Add($"valid query rejected: {query}\n    {string.Join("\n    ", result.Diagnostics)}");
            }
            else if (!query.Valid && result.Succeeded && !listed)
            {
                problems.Add($"invalid query accepted and not listed as semantic-only: {query}");
            }
            else if (!query.Valid && !result.Succeeded && listed)
            {
                problems.Add($"listed as accepted by the parser but now rejected (remove it from the list): {query}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_listed_query_exists_in_the_suite()
    {
        var invalid = LyonetiaCorpus.AllQueries().Where(q => !q.Valid).Select(q => (q.File, q.Title, q.OneLine)).ToHashSet();

        Assert.All(ParserAcceptedInvalid, entry => Assert.Contains(entry, invalid));
    }

    public static TheoryData<string> Files() => LyonetiaCorpus.Files();
}
