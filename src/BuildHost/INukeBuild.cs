using System.Linq.Expressions;
using BuildHost.IO;
using BuildHost.Tooling;

namespace BuildHost;

/// <summary>What build components (interfaces with default members) see of the build.</summary>
public interface INukeBuild
{
    /// <summary>Figures of the running target for the summary table that ends the run (<c>// Key: Value</c>).</summary>
    void ReportSummary(Configure<Dictionary<string, string>>? configurator = null);

    AbsolutePath RootDirectory { get; }

    AbsolutePath TemporaryDirectory { get; }

    bool IsLocalBuild { get; }

    bool IsServerBuild { get; }

    T? TryGetValue<T>(Expression<Func<T>> parameterExpression)
        where T : class?;

    T? TryGetValue<T>(Expression<Func<object>> parameterExpression);
}
