namespace Tap.Service.Security;

/// <summary>Who may see what (configuration section "Access").</summary>
internal sealed class AccessOptions
{
    public const string Section = "Access";

    /// <summary>Members of this group see data under embargo (LSR-REQ-0126's 6 hours); everyone else only released data.</summary>
    public string EmbargoGroup { get; set; } = "staff";

    /// <summary>Whether callers without credentials are served (public data only); false answers them 401.</summary>
    public bool AllowAnonymous { get; set; } = true;
}
