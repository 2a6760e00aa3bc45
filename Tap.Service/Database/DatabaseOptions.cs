using System.ComponentModel.DataAnnotations;

namespace Tap.Service.Database;

/// <summary>Connection settings, bound from the "Database" configuration section.</summary>
internal sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>A superuser connection for admin commands: creates the database, roles and tables.</summary>
    [Required]
    public string AdminConnectionString { get; set; } = "";

    /// <summary>What the service connects as: a role that may only read the catalogue and keep UWS jobs.</summary>
    [Required]
    public string ServiceConnectionString { get; set; } = "";

    /// <summary>Connections the service keeps open at most (user queries, UWS jobs, metadata reads together).</summary>
    [Range(1, 1000)]
    public int MaxPoolSize { get; set; } = 20;

    /// <summary>
    /// How long a request waits for a free connection before it gets 503 with Retry-After: short,
    /// so a saturated service answers at once instead of hanging (Npgsql counts whole seconds).
    /// </summary>
    [Range(1, 60)]
    public int PoolWaitSeconds { get; set; } = 2;

    /// <summary>The folder of versioned schema/*.sql files; the build copies them next to the binaries.</summary>
    public string SchemaDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "schema");
}
