using System.Security.Claims;
using Tap.Service.Security;

namespace Tap.Service.Database;

/// <summary>The roles schema/0004_roles.sql and 0009_embargo.sql create; the names must match those files.</summary>
internal static class DatabaseRoles
{
    /// <summary>The login the service uses: reads and writes uws, and becomes the caller's query role for everything it reads for them.</summary>
    public const string Service = "metadata_service";

    /// <summary>
    /// What queries of anonymous and ordinary users run as (SET ROLE in a read-only transaction):
    /// SELECT on the published schemas, and row-level security shows it only released products.
    /// </summary>
    public const string Query = "metadata_query";

    /// <summary>What queries of the embargo group's members run as: the same grants, every row.</summary>
    public const string StaffQuery = "metadata_query_staff";

    /// <summary>Both query roles, which are granted the same tables.</summary>
    public static readonly IReadOnlyList<string> QueryRoles = [Query, StaffQuery];

    /// <summary>The query role for <paramref name="caller"/>'s rights.</summary>
    public static string QueryRoleOf(ClaimsPrincipal caller, AccessOptions access) =>
        caller.SeesEmbargoed(access) ? StaffQuery : Query;
}
