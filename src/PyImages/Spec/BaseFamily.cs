namespace PyImages.Spec;

/// <summary>How a base image installs system packages.</summary>
public enum BaseFamily
{
    /// <summary>Debian or Ubuntu: apt, dpkg, glibc.</summary>
    Debian,

    /// <summary>Alpine: apk, musl.</summary>
    Alpine,
}
