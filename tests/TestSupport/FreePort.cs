using System.Net;
using System.Net.Sockets;

namespace TestSupport;

public static class FreePort
{
    /// <summary>Below Linux's default range of ports for outgoing connections (32768-60999), so no client socket takes one of a block.</summary>
    private const int BlockRangeStart = 20000;
    private const int BlockRangeEnd = 32000;

    /// <summary>A loopback port nobody listens on now (the system's choice, so parallel runs do not collide).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// The first of <paramref name="count"/> consecutive loopback ports that are free now, for servers
    /// found by their position (scripts/db.sh puts standby N on the cluster's port + N). They lie
    /// outside the range the system gives outgoing connections, which could take one of them later.
    /// </summary>
    public static int Block(int count)
    {
        while (true)
        {
            var first = Random.Shared.Next(BlockRangeStart, BlockRangeEnd - count);
            if (Enumerable.Range(first, count).All(IsFree))
            {
                return first;
            }
        }
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
