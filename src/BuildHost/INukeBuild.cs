using System.Linq.Expressions;
using BuildHost.IO;

namespace BuildHost;

/// <summary>What build components (interfaces with default members) see of the build.</summary>
public interface INukeBuild
{
    AbsolutePath RootDirectory { get; }

    AbsolutePath TemporaryDirectory { get; }

    bool IsLocalBuild { get; }

    bool IsServerBuild { get; }

    T? TryGetValue<T>(Expression<Func<T>> parameterExpression)
        where T : class?;

    T? TryGetValue<T>(Expression<Func<object>> parameterExpression);
}
