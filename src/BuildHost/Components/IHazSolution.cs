using BuildHost.ProjectModel;

namespace BuildHost.Components;

public interface IHazSolution : INukeBuild
{
    [Solution]
    [Required]
    Solution Solution => TryGetValue(() => Solution)!;
}
