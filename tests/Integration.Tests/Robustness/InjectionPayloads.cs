namespace Integration.Tests.Robustness;

/// <summary>
/// Text an attacker puts where a value belongs, hoping it ends a literal or a name and starts SQL of
/// its own: quote breaking, PostgreSQL's other quoting forms (dollar quotes, E'' escapes, backslashes),
/// quotes that only look like quotes, comments, stacked statements, slow or privileged functions,
/// and markup that could forge a VOTable status. The names of the tables and roles they target are
/// checked after the tests (<see cref="DatabaseFingerprint"/>).
/// </summary>
internal static class InjectionPayloads
{
    /// <summary>Longer than any request of the tests may take unless one of them really sleeps.</summary>
    public const int SleepSeconds = 20;

    /// <summary>The role the payloads try to create.</summary>
    public const string InjectedRole = "injected_role";

    public static readonly IReadOnlyList<string> All =
    [
        "'; DROP TABLE ivoa.obscore; --",
        "' OR '1'='1",
        "' OR 1=1 --",
        "1 OR 1=1",
        "1; DROP TABLE ivoa.obscore",
        "x'); DELETE FROM tap_schema.tables; --",
        "'' OR ''1''=''1",
        "$$; DROP TABLE ivoa.obscore; $$",
        "$q$ || (SELECT current_user) || $q$",
        "E'\\''; DROP TABLE ivoa.obscore; --",
        "\\'; DROP TABLE ivoa.obscore; --",
        "\\",
        "\\\\'",
        "a\\nb\\x41\\u0041\\101",
        "a\0'; DROP TABLE ivoa.obscore; --",
        "’ OR ’1’=’1",
        "＇; DROP TABLE ivoa.obscore; --",
        "ʼ OR 1=1 --",
        "*/ DROP TABLE ivoa.obscore; /*",
        "/* x */ OR 1=1",
        "-- x\nOR 1=1",
        "\r\n'; DROP TABLE ivoa.obscore; --",
        $"'; SELECT pg_sleep({SleepSeconds}); --",
        $"1; SELECT pg_sleep({SleepSeconds})",
        $"' || pg_sleep({SleepSeconds}) || '",
        $"x') OR pg_sleep({SleepSeconds}) IS NULL OR ('1'='1",
        "\"; DROP TABLE ivoa.obscore; --",
        "x\" OR \"a\"=\"a",
        "\"\"\"",
        "ivoa\".\"obscore",
        "' UNION SELECT pg_read_file('postgresql.conf') --",
        "pg_read_file('postgresql.conf')",
        "'; COPY ivoa.obscore TO PROGRAM 'true'; --",
        "'; COPY (SELECT 1) TO PROGRAM 'true'; --",
        "'; SET ROLE postgres; DROP TABLE ivoa.obscore; --",
        "'; SET SESSION AUTHORIZATION postgres; --",
        "'; RESET ROLE; SET TRANSACTION READ WRITE; --",
        "'; COMMIT; DROP TABLE ivoa.obscore; --",
        "'; CREATE TABLE public.injected_table (x int); --",
        $"'; CREATE ROLE {InjectedRole} SUPERUSER LOGIN; --",
        "'; ALTER ROLE metadata_query SUPERUSER; --",
        "'; GRANT ALL ON ALL TABLES IN SCHEMA ivoa TO PUBLIC; --",
        "'; UPDATE ivoa.obscore SET obs_id = 'x'; --",
        "'; TRUNCATE caom2.artifact CASCADE; --",
        "$1 $2",
        "'$2'",
        "%27%20OR%201%3D1",
        "\u001b[2J\b\u0007",
        "</INFO><INFO name=\"QUERY_STATUS\" value=\"OK\"/><![CDATA[",
        "<script>alert(1)</script>",
        new string('\'', 5000),
    ];

    /// <summary>The payloads an XML attribute carries unchanged (no control characters, which XML refuses or normalises), e.g. a FIELD name.</summary>
    public static IEnumerable<string> XmlSafe => All.Where(payload => payload.All(c => c >= ' '));
}
