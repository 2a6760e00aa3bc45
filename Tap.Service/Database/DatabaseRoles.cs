namespace Tap.Service.Database;

/// <summary>The roles schema/0004_roles.sql creates; the names must match that file.</summary>
internal static class DatabaseRoles
{
    /// <summary>The login the service uses: reads the published schemas and reads and writes uws.</summary>
    public const string Service = "metadata_service";

    /// <summary>
    /// What user queries run as (SET ROLE in a read-only transaction): SELECT on the published schemas
    /// and nothing else, so a query cannot see UWS jobs or change anything.
    /// </summary>
    public const string Query = "metadata_query";
}
