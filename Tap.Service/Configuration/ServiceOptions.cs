using System.ComponentModel.DataAnnotations;

namespace Tap.Service.Configuration;

/// <summary>Where the service is reachable from outside, for URLs written into results (configuration section "Service").</summary>
internal sealed class ServiceOptions
{
    public const string SectionName = "Service";

    /// <summary>The public root of this service, e.g. https://data.example.org/api; DataLink URLs are built on it.</summary>
    [Required]
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>
    /// The SODA synchronous cutout endpoint that result rows advertise; by default this service's
    /// own /soda/sync under the public base URL.
    /// </summary>
    public Uri? SodaSyncUrl { get; set; }

    /// <summary>The SODA synchronous endpoint as configured, or this service's own.</summary>
    public Uri SodaSync => SodaSyncUrl ?? PublicUrl("soda/sync");

    /// <summary>Resolves <paramref name="relativePath"/> (e.g. "datalink/links") under the public base URL.</summary>
    public Uri PublicUrl(string relativePath)
    {
        var root = PublicBaseUrl ?? throw new InvalidOperationException("Service:PublicBaseUrl is not configured.");
        return new Uri(root.AbsoluteUri.TrimEnd('/') + "/" + relativePath.TrimStart('/'));
    }
}
