namespace PyImages.Engine.Provisioning;

/// <summary>What PyImages needs to know about the machine it runs on before it installs anything there.</summary>
public interface IHostFacts
{
    bool IsRoot { get; }

    /// <summary>Text of /etc/os-release, or null when there is none (not Linux).</summary>
    string? ReadOsRelease();

    /// <summary>True when <paramref name="executable"/> is found on PATH.</summary>
    bool IsOnPath(string executable);

    /// <summary>Not root, but <c>sudo</c> works without a password (CI runners such as GitHub's): root work goes through it.</summary>
    bool CanSudo => false;
}
