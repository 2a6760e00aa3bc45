namespace Tap.Service.Database;

/// <summary>
/// Published tables that queries read through a view (schema/0009_embargo.sql): ivoa.obscore's
/// data_rights follows the clock there, as the rows that row-level security shows do.
/// </summary>
internal static class PublishedViews
{
    /// <summary>Where queries read <paramref name="qualifiedName"/> (as TAP_SCHEMA names it), or null for the table itself.</summary>
    public static IReadOnlyList<string>? StoredAs(string qualifiedName) =>
        string.Equals(qualifiedName, "ivoa.obscore", StringComparison.OrdinalIgnoreCase) ? ["ivoa", "obscore_current"] : null;
}
