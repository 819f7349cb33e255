using PyImages.Engine;

namespace PyImages.Verification;

/// <summary>Runs the check script inside a built image and records every check; never throws for a broken image.</summary>
public static class ImageVerifier
{
    public static async Task<VerificationResult> VerifyAsync(IContainerEngine engine, VerificationRequest request, CancellationToken cancellationToken = default)
    {
        RunResult run;
        try
        {
            run = await engine.RunAsync(VerifyRunRequest.Create(request), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return VerifyOutputParser.ScriptRunFailed(request, $"the container did not run: {exception.Message}");
        }

        return VerifyOutputParser.Parse(request, run);
    }
}
