using PyImages.Engine;

namespace PyImages.Verification;

/// <summary>How the check script is run: the image's interpreter as entrypoint, its default user, no network, labelled as ours.</summary>
internal static class VerifyRunRequest
{
    public static RunRequest Create(VerificationRequest request)
    {
        var prefixes = (request.ExtraPrefixes ?? []).SelectMany(prefix => new[] { "--prefix", prefix });
        var checks = (request.Checks ?? []).SelectMany(check => new[] { "--check", check });
        string[] command = ["-c", VerifyScript.Source, .. prefixes, .. checks, "--", .. request.Distributions];
        return new RunRequest(
            request.Image,
            command,
            User: null,
            Entrypoint: request.PythonExecutable,
            Environment: new Dictionary<string, string> { ["PYTHONDONTWRITEBYTECODE"] = "1" },
            Labels: new Dictionary<string, string> { [ImageLabels.Project] = ImageLabels.ProjectValue },
            Network: false);
    }
}
