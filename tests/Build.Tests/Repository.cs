using BuildHost.IO;

namespace Build.Tests;

internal static class Repository
{
    public static AbsolutePath Root { get; } = FindRoot();

    public static Type BuildType { get; } = Type.GetType("Build, _build", throwOnError: true)!;

    private static AbsolutePath FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, ".nuke")))
                return AbsolutePath.Create(directory.FullName);
        }

        throw new InvalidOperationException($"No .nuke folder above {AppContext.BaseDirectory}.");
    }
}
