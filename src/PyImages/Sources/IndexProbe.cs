using System.Text.RegularExpressions;
using PyImages.Engine;
using PyImages.Engine.BaseImages;
using PyImages.Engine.Cli;
using PyImages.Spec;

namespace PyImages.Sources;

/// <summary>
/// After pip failed, asks the index itself for the project's page (from a container of the base image, where pip ran) whether it answered:
/// an HTTP status (credentials refused, not found, server error) or no answer at all. Decided by the status code, not
/// by pip's wording. The URL reaches the container through its standard input, as pip's does (<see cref="PipDownloader"/>). Only an index that could not be reached lets the fetch fall back to Debian's source archive.
/// </summary>
public static partial class IndexProbe
{
    private const string Script = """
        import base64, os, sys, urllib.error, urllib.parse, urllib.request
        url = urllib.parse.urlsplit(sys.stdin.readline().rstrip("\n"))
        netloc = (url.hostname or "") + (":%d" % url.port if url.port else "")
        path = url.path.rstrip("/") + "/" + os.environ["PYIMAGES_PROJECT"] + "/"
        request = urllib.request.Request(urllib.parse.urlunsplit((url.scheme, netloc, path, url.query, "")))
        if url.username is not None:
            pair = urllib.parse.unquote(url.username) + ":" + urllib.parse.unquote(url.password or "")
            request.add_header("Authorization", "Basic " + base64.b64encode(pair.encode()).decode())
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                print("status %d %s" % (response.status, response.reason))
        except urllib.error.HTTPError as e:
            print("status %d %s" % (e.code, e.reason))
        except Exception as e:
            print("unreachable %s" % (getattr(e, "reason", None) or e))
        """;

    /// <returns>The index's HTTP status and reason, or null with why it could not be reached (masked).</returns>
    /// <param name="distributionName">The project whose page (PEP 503: <c>&lt;index&gt;/&lt;normalized name&gt;/</c>) is asked for.</param>
    public static async Task<IndexAnswer> AskAsync(
        IContainerEngine engine, BaseImageFacts baseImage, string indexUrl, string distributionName, CancellationToken cancellationToken)
    {
        var project = Separators().Replace(distributionName.ToLowerInvariant(), "-");
        var run = await engine.RunAsync(
            new RunRequest(baseImage.Reference, [baseImage.PythonExecutable, "-c", Script], Entrypoint: "",
                Environment: new Dictionary<string, string> { ["PYIMAGES_PROJECT"] = project }, StandardInput: indexUrl + "\n"),
            cancellationToken);
        var line = SecretValues.MaskIn(run.StandardOutput.Trim(), indexUrl);
        var parts = line.Split(' ', 3);
        return parts is ["status", var code, ..] && int.TryParse(code, out var status)
            ? new IndexAnswer(status, parts.Length > 2 ? parts[2] : "", null)
            : new IndexAnswer(null, null, line.StartsWith("unreachable ", StringComparison.Ordinal)
                ? line["unreachable ".Length..]
                : SecretValues.MaskIn(new ProcessResult(run.ExitCode, run.StandardOutput, run.StandardError).FirstErrorLine, indexUrl));
    }

    [GeneratedRegex("[-_.]+")]
    private static partial Regex Separators();
}

/// <param name="Status">The HTTP status the index answered; null when it could not be reached (see <paramref name="Unreachable"/>).</param>
public sealed record IndexAnswer(int? Status, string? Reason, string? Unreachable);
