using PyImages.Engine;
using PyImages.Engine.Provisioning;

namespace PyImages.Tests.Engine.Provisioning;

internal sealed class FakeHostFacts(bool isRoot, string? osRelease, params string[] onPath) : IHostFacts
{
    public const string Debian = "ID=debian\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n";
    public const string Fedora = "ID=fedora\nPRETTY_NAME=\"Fedora Linux 40\"\n";

    public bool IsRoot => isRoot;

    public string? ReadOsRelease() => osRelease;

    public bool IsOnPath(string executable) => onPath.Contains(executable);
}
