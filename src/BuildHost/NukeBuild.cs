using System.Linq.Expressions;
using BuildHost.Execution;
using BuildHost.IO;
using BuildHost.Parameters;
using BuildHost.Tooling;

namespace BuildHost;

/// <summary>Base class of a build: targets are properties of type <see cref="Target"/>, parameters carry [Parameter].</summary>
public abstract partial class NukeBuild : INukeBuild
{
    /// <summary>The folder holding <c>.nuke</c>, found by walking up from the working directory, or <c>--root</c>.</summary>
    public static AbsolutePath RootDirectory { get; internal set; } = null!;

    /// <summary><c>.nuke/temp</c> under the root.</summary>
    public static AbsolutePath TemporaryDirectory => RootDirectory / ".nuke" / "temp";

    public static Verbosity Verbosity { get; internal set; } = Verbosity.Normal;

    public static bool IsServerBuild { get; internal set; }

    public static bool IsLocalBuild => !IsServerBuild;

    AbsolutePath INukeBuild.RootDirectory => RootDirectory;

    AbsolutePath INukeBuild.TemporaryDirectory => TemporaryDirectory;

    bool INukeBuild.IsLocalBuild => IsLocalBuild;

    bool INukeBuild.IsServerBuild => IsServerBuild;

    internal ParameterValues? ParameterValues { get; set; }

    internal ExecutableTarget? RunningTarget { get; set; }

    internal HashSet<string> SucceededTargetNames { get; } = [];

    /// <summary>This build seen as one of its components: <c>From&lt;IHazSolution&gt;().Solution</c>.</summary>
    protected T From<T>()
        where T : INukeBuild => (T)(object)this;

    public void ReportSummary(Configure<Dictionary<string, string>>? configurator = null)
    {
        var target = RunningTarget ?? throw new InvalidOperationException("ReportSummary is called from a running target.");
        target.SummaryInformation = (configurator ?? (_ => _))(new Dictionary<string, string>());
    }

    internal bool HasSucceeded(string target) => SucceededTargetNames.Contains(target);

    /// <summary>Runs the build with the process's arguments; the default targets run when none are named.</summary>
    protected static int Execute<T>(params Expression<Func<T, Target>>[] defaultTargetExpressions)
        where T : NukeBuild, new()
    {
        var defaults = defaultTargetExpressions.Select(MemberName).ToArray();
        return BuildEntry.RunProcess(() => new T(), defaults, Environment.GetCommandLineArgs()[1..]);
    }

    T? INukeBuild.TryGetValue<T>(Expression<Func<T>> parameterExpression)
        where T : class => (T?)ParameterValues?.Get(MemberOf(parameterExpression.Body));

    T? INukeBuild.TryGetValue<T>(Expression<Func<object>> parameterExpression)
        where T : default => ParameterValues?.Get(MemberOf(parameterExpression.Body)) is T value ? value : default;

    internal static string MemberName(LambdaExpression expression) => MemberOf(expression.Body).Name;

    private static System.Reflection.MemberInfo MemberOf(Expression body) => body switch
    {
        MemberExpression member => member.Member,
        UnaryExpression unary => MemberOf(unary.Operand),
        _ => throw new ArgumentException($"'{body}' does not name a member."),
    };
}
