namespace PyImages.Spec;

/// <summary>What the Dockerfile template does for a variant; the templates read nothing else about the variant.</summary>
/// <param name="MultiStage">A builder stage makes the packages; the final stage starts again from the base.</param>
/// <param name="InstallBuildDeps">The compiler and headers are installed (in the only stage, or in the builder).</param>
/// <param name="RemoveBuildDeps">A later RUN purges the build dependencies (the recipe's Uninstall).</param>
/// <param name="RuntimeLibraries">The shared libraries the built packages need are found and their packages installed (Uninstall: kept).</param>
/// <param name="CopyInstalledTree">The final stage receives only the installed package tree, no wheels.</param>
/// <param name="NonRootUser">The final stage runs as an unprivileged user with a fixed uid.</param>
/// <param name="Distroless">The final stage starts FROM scratch: only the interpreter, the kept standard library, the packages
/// and the files they load (no shell, no package manager); Debian-family bases only.</param>
public sealed record TemplateFlags(
    bool MultiStage = false,
    bool InstallBuildDeps = false,
    bool RemoveBuildDeps = false,
    bool RuntimeLibraries = false,
    bool CopyInstalledTree = false,
    bool NonRootUser = false,
    bool Distroless = false);
