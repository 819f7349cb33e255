using PyImages.Engine.Cli;

namespace PyImages.Engine;

/// <summary>What a pull came to.</summary>
public enum PullOutcome
{
    Pulled,

    /// <summary>No registry answered (name lookup, connection, timeout), or none is configured to ask: the only case a stand-in base may replace the image.</summary>
    RegistryUnreachable,

    /// <summary>A registry answered and refused: no such image or tag, access denied, a reference the engine rejects.</summary>
    Refused,
}

/// <summary>A pull, decided from the engine's exit code and its own message (Docker and Podman word the same causes alike).</summary>
/// <param name="EngineMessage">The engine's own error line; empty when pulled.</param>
public sealed record PullResult(PullOutcome Outcome, string EngineMessage)
{
    /// <summary>Phrases of the engines' errors when no registry could be talked to at all.</summary>
    private static readonly string[] UnreachablePhrases =
    [
        "dial tcp", "no such host", "connection refused", "connection reset by peer", "i/o timeout", "network is unreachable",
        "no route to host", "TLS handshake timeout", "Temporary failure in name resolution", "server misbehaving",
        "context deadline exceeded", "Client.Timeout exceeded",

        // Podman with a short name and no registry to search: there is no registry to ask.
        "no unqualified-search registries are defined",
    ];

    /// <summary>Phrases of a registry's answer that it has no such image or tag.</summary>
    private static readonly string[] NotFoundPhrases =
    [
        "manifest unknown", "name unknown", "not found", "does not exist", "repository name not known",
    ];

    /// <summary>The registry answered that it does not have the image (as opposed to another refusal).</summary>
    public bool NotFound => Outcome == PullOutcome.Refused && NotFoundPhrases.Any(p => EngineMessage.Contains(p, StringComparison.OrdinalIgnoreCase));

    public static PullResult From(ProcessResult result)
    {
        if (result.Succeeded)
        {
            return new PullResult(PullOutcome.Pulled, "");
        }

        var message = result.FirstErrorLine;
        var unreachable = UnreachablePhrases.Any(p => message.Contains(p, StringComparison.OrdinalIgnoreCase));
        return new PullResult(unreachable ? PullOutcome.RegistryUnreachable : PullOutcome.Refused, message);
    }
}
