using System.Net;

namespace Tap.Service.Security;

/// <summary>The addresses of the proxies whose identity headers are believed (IPs or CIDR ranges).</summary>
internal sealed class TrustedProxies(IEnumerable<string> addresses)
{
    private readonly IReadOnlyList<IPNetwork> _networks = addresses.Select(Parse).ToList();

    public bool Contains(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return _networks.Any(network => network.Contains(plain));
    }

    /// <summary>Whether a configured entry can be read, for validating the settings at start-up.</summary>
    public static bool IsValid(string entry) =>
        IPNetwork.TryParse(entry, out _) || IPAddress.TryParse(entry, out _);

    private static IPNetwork Parse(string entry) =>
        IPAddress.TryParse(entry, out var single)
            ? new IPNetwork(single, single.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128)
            : IPNetwork.Parse(entry);
}
