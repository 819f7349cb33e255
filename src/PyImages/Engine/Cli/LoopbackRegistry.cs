using System.Net;

namespace PyImages.Engine.Cli;

/// <summary>Whether a reference's registry host is on this machine's loopback network (127.0.0.0/8 or localhost).</summary>
public static class LoopbackRegistry
{
    /// <param name="registry">host[:port] as in an image reference; null for the default registry.</param>
    public static bool Is(string? registry)
    {
        if (registry is null)
        {
            return false;
        }

        var host = registry.Split(':')[0];
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }
}
