using Dapper;
using Npgsql;

namespace Integration.Tests.Robustness;

/// <summary>
/// What an injection would change: the relations (with their grants), schemas, functions and database
/// settings, the rows of the published and CAOM2 tables (count and checksum), and the roles.
/// </summary>
internal sealed record DatabaseFingerprint(IReadOnlyList<string> Objects, IReadOnlyList<string> Contents, IReadOnlyList<string> Roles)
{
    /// <summary>The schemas whose rows must not change; uws holds the jobs the tests create.</summary>
    private static readonly string[] ContentSchemas = ["ivoa", "caom2", "tap_schema"];

    public static async Task<DatabaseFingerprint> TakeAsync(NpgsqlConnection connection)
    {
        var objects = (await connection.QueryAsync<string>(
            """
            SELECT 'relation ' || n.nspname || '.' || c.relname || ' ' || c.relkind::text || ' ' || coalesce(c.relacl::text, '')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
            UNION ALL
            SELECT 'schema ' || nspname || ' ' || coalesce(nspacl::text, '') FROM pg_namespace WHERE nspname NOT LIKE 'pg\_t%'
            UNION ALL
            SELECT 'function ' || n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ') ' || coalesce(p.proacl::text, '')
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
            UNION ALL
            SELECT 'setting ' || setrole || ' ' || array_to_string(setconfig, ',') FROM pg_db_role_setting
            ORDER BY 1
            """)).ToList();
        var tables = await connection.QueryAsync<string>(
            """
            SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY(@ContentSchemas) AND c.relkind IN ('r', 'p', 'v', 'm')
            ORDER BY 1
            """,
            new { ContentSchemas });
        var contents = new List<string>();
        foreach (var table in tables)
        {
            // The names come from pg_class through quote_ident: nothing of the tests' input.
            var (count, checksum) = await connection.QuerySingleAsync<(long, string?)>(
                $"SELECT count(*), md5(string_agg(t::text, E'\\n' ORDER BY t::text)) FROM {table} t");
            contents.Add($"{table}: {count} rows, md5 {checksum}");
        }

        var roles = (await connection.QueryAsync<string>(
            """
            SELECT r.rolname || ' super=' || r.rolsuper || ' createrole=' || r.rolcreaterole || ' createdb=' || r.rolcreatedb
                   || ' login=' || r.rolcanlogin || ' bypassrls=' || r.rolbypassrls || ' member of '
                   || coalesce((SELECT string_agg(g.rolname, ',' ORDER BY g.rolname) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid), '')
            FROM pg_roles r ORDER BY 1
            """)).ToList();
        return new DatabaseFingerprint(objects, contents, roles);
    }

    /// <summary>
    /// Every difference from <paramref name="before"/>. Roles belong to the whole cluster, where other
    /// test runs may add their own: a role that existed must be unchanged, and the payloads' role absent.
    /// </summary>
    public IReadOnlyList<string> ChangesSince(DatabaseFingerprint before)
    {
        return Differences("object", before.Objects, Objects)
            .Concat(Differences("content", before.Contents, Contents))
            .Concat(before.Roles.Except(Roles).Select(role => "role changed or gone: " + role))
            .Concat(Roles.Where(role => role.StartsWith(InjectionPayloads.InjectedRole + " ", StringComparison.Ordinal)).Select(role => "role created: " + role))
            .ToList();
    }

    private static IEnumerable<string> Differences(string kind, IReadOnlyList<string> before, IReadOnlyList<string> after) =>
        before.Except(after).Select(line => $"{kind} gone or changed: {line}")
            .Concat(after.Except(before).Select(line => $"{kind} new or changed: {line}"));
}
