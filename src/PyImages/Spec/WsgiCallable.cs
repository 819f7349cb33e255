using System.Text.RegularExpressions;

namespace PyImages.Spec;

/// <summary>A WSGI callable as MODULE:CALLABLE, both dotted Python identifier paths, e.g. "app:application" or "blog.wsgi:app".</summary>
public sealed partial record WsgiCallable(string Module, string Callable)
{
    public override string ToString() => $"{Module}:{Callable}";

    /// <summary>uWSGI serving the callable over HTTP on the port, in the foreground; it stops on SIGTERM (docker stop).</summary>
    public IReadOnlyList<string> UwsgiCommand(int port, string appDirectory) =>
        ["uwsgi", "--http", $":{port}", "--module", ToString(), "--pythonpath", appDirectory, "--need-app", "--die-on-term"];

    public static WsgiCallable Parse(string text)
    {
        var match = Shape().Match(text);
        return match.Success
            ? new WsgiCallable(match.Groups["module"].Value, match.Groups["callable"].Value)
            : throw new PyImagesException(
                $"--wsgi '{InputPreview.Of(text)}' is not MODULE:CALLABLE. Allowed: a Python module path and the name of the WSGI "
                + "callable in it, each of identifiers joined by '.', e.g. 'app:application' or 'blog.wsgi:app'.");
    }

    private const string Identifier = "[A-Za-z_][A-Za-z0-9_]*";

    [GeneratedRegex("^(?<module>" + Identifier + @"(?:\." + Identifier + @")*):(?<callable>" + Identifier + @"(?:\." + Identifier + ")*)$")]
    private static partial Regex Shape();
}
