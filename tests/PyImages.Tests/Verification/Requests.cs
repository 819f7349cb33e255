using PyImages.Tests.Engine;
using PyImages.Verification;

namespace PyImages.Tests.Verification;

internal static class Requests
{
    /// <summary>Small-like: no compiler allowed, root recorded only.</summary>
    public static VerificationRequest ForUwsgi(string image = "pyimages/uwsgi:small", bool compilerMustBeAbsent = true, bool nonRootRequired = false) =>
        new(image, "small", "/usr/bin/python3", ["uwsgi"], compilerMustBeAbsent, nonRootRequired);

    public static Task<VerificationResult> VerifyRecorded(string recordedOutput, VerificationRequest request) =>
        ImageVerifier.VerifyAsync(FakeEngine.Printing(recordedOutput), request);
}
