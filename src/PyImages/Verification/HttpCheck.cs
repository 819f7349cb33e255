using System.Globalization;
using System.Text.Json;
using PyImages.Engine;

namespace PyImages.Verification;

/// <summary>
/// Starts the image with its own command (no network but loopback, no port published), waits bounded for it to answer
/// GET from a probe container that shares its network and process namespaces, and requires a 2xx answer. The
/// container is removed whatever happens; a failure shows its last log lines.
/// </summary>
public static class HttpCheck
{
    public static async Task<VerificationCheck> RunAsync(IContainerEngine engine, HttpCheckRequest request, CancellationToken cancellationToken = default)
    {
        var started = await engine.RunAsync(new RunRequest(request.Image, [], Network: false, Detached: true), cancellationToken);
        var container = started.StandardOutput.Trim().Split('\n').LastOrDefault()?.Trim();
        if (!started.Succeeded || string.IsNullOrEmpty(container))
        {
            return Failed($"the container did not start: {FirstLine(started.StandardError)}");
        }

        try
        {
            var probe = await engine.RunAsync(
                new RunRequest(
                    request.Image,
                    ["-c", ProbeScript.Value, request.Port.ToString(CultureInfo.InvariantCulture), request.Path,
                        request.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)],
                    Entrypoint: request.PythonExecutable,
                    Environment: new Dictionary<string, string> { ["PYTHONDONTWRITEBYTECODE"] = "1" },
                    Network: false,
                    JoinNamespacesOf: container),
                cancellationToken);
            var answer = ParseAnswer(probe.StandardOutput);
            if (answer is { Status: >= 200 and < 300 })
            {
                return new VerificationCheck(CheckNames.Http, true, true, Describe(request, answer));
            }

            var why = answer is null ? $"the probe did not run: {FirstLine(probe.StandardError)}" : Describe(request, answer);
            var logs = await engine.ContainerLogsAsync(container, HttpCheckRequest.LogLines, CancellationToken.None);
            return Failed(why + Environment.NewLine + "The container's last log lines:" + Environment.NewLine
                + (logs.Length > 0 ? logs : "(none)"));
        }
        finally
        {
            await engine.RemoveContainersAsync([container], CancellationToken.None);
        }
    }

    private sealed record Answer(bool Answered, int? Status, string? Reason, double? Seconds, string? Error);

    private static Answer? ParseAnswer(string output)
    {
        var line = output.Trim().Split('\n').LastOrDefault(l => l.TrimStart().StartsWith('{'));
        if (line is null)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            return new Answer(
                root.TryGetProperty("answered", out var answered) && answered.ValueKind == JsonValueKind.True,
                root.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.Number ? status.GetInt32() : null,
                root.TryGetProperty("reason", out var reason) && reason.ValueKind == JsonValueKind.String ? reason.GetString() : null,
                root.TryGetProperty("seconds", out var seconds) && seconds.ValueKind == JsonValueKind.Number ? seconds.GetDouble() : null,
                root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String ? error.GetString() : null);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Describe(HttpCheckRequest request, Answer answer)
    {
        var target = $"GET {request.Path} on port {request.Port}";
        var after = answer.Seconds is { } seconds ? string.Create(CultureInfo.InvariantCulture, $"{seconds:0.00} s after start") : "at an unknown time";
        return answer.Answered
            ? $"{target}: {answer.Status} {answer.Reason}, first answer {after}"
            : $"{target}: no answer within {request.Timeout.TotalSeconds:0} s ({answer.Error})";
    }

    private static VerificationCheck Failed(string detail) => new(CheckNames.Http, false, true, detail);

    private static string FirstLine(string text) => text.Trim().Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "no message";

    private static class ProbeScript
    {
        public static readonly string Value = EmbeddedScript.Read("Verification/http_probe.py");
    }
}
