using BuildHost.Execution;
using BuildHost.IO;
using Microsoft.VisualStudio.SolutionPersistence.Serializer;

namespace BuildHost.ProjectModel;

/// <summary>Reads a .sln or .slnx with Microsoft's own solution serializers.</summary>
internal static class SolutionReader
{
    public static Solution Read(AbsolutePath path)
    {
        if (!path.FileExists())
            throw new HostException($"Solution file '{path}' does not exist: set \"Solution\" in .nuke/parameters.json to the solution's path relative to the root.");
        var serializer = SolutionSerializers.GetSerializerByMoniker(path)
            ?? throw new HostException($"'{path}' is not a solution file (.sln or .slnx).");
        var model = serializer.OpenAsync(path, CancellationToken.None).GetAwaiter().GetResult();
        return new Solution(path, model.SolutionProjects.Select(project => (project.ActualDisplayName, project.FilePath)).ToList());
    }
}
