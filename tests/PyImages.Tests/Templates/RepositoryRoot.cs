namespace PyImages.Tests.Templates;

internal static class RepositoryRoot
{
    /// <summary>The folder holding PyImages.sln, found by walking up from the test's base directory.</summary>
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PyImages.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds PyImages.sln.");
    }
}
