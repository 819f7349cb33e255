using PyImages.Verification;

namespace PyImages.Tests.Verification;

public sealed class VerificationFailureTests
{
    [Fact]
    public async Task Message_names_the_check_the_image_and_the_output()
    {
        var result = await Requests.VerifyRecorded(RecordedOutputs.MissingLibPython, Requests.ForUwsgi("pyimages/uwsgi:small"));

        var exception = Assert.Throws<PyImagesException>(() => result.ThrowIfFailed());

        Assert.StartsWith("Verification of image 'pyimages/uwsgi:small' (variant small) failed 2 check(s).", exception.Message);
        Assert.Contains("Check 'shared libraries' failed in image 'pyimages/uwsgi:small':", exception.Message);
        Assert.Contains("    /usr/local/bin/uwsgi: libpython3.11.so.1.0 => not found", exception.Message);
        Assert.Contains("Check 'entry points' failed in image 'pyimages/uwsgi:small':", exception.Message);
        Assert.Contains("install the runtime package that provides each library marked 'not found'", exception.Message);
        Assert.DoesNotContain("Check 'non-root'", exception.Message);
    }

    [Fact]
    public void An_image_none_of_whose_applicable_checks_was_selected_fails_as_unverified_naming_them()
    {
        var result = new VerificationResult("pyimages/uwsgi:minimal", "minimal", [], null, NotRun: [CheckNames.Import, CheckNames.NonRoot]);

        var exception = Assert.Throws<PyImagesException>(() => result.ThrowIfFailed());

        Assert.False(result.Passed);
        Assert.Contains("none of the selected checks applies to this image; not run: import, non-root", exception.Message);
    }

    [Fact]
    public async Task All_failed_images_are_named_and_passing_ones_are_not()
    {
        var good = await Requests.VerifyRecorded(RecordedOutputs.Good, Requests.ForUwsgi("pyimages/uwsgi:good"));
        var broken = await Requests.VerifyRecorded(RecordedOutputs.MissingLibPython, Requests.ForUwsgi("pyimages/uwsgi:broken"));
        var notStarted = await Requests.VerifyRecorded("exec format error", Requests.ForUwsgi("pyimages/uwsgi:arm"));

        var exception = Assert.Throws<PyImagesException>(() => VerificationFailure.ThrowIfAnyFailed([good, broken, notStarted]));

        Assert.Contains("image 'pyimages/uwsgi:broken'", exception.Message);
        Assert.Contains("Check 'check script run' failed in image 'pyimages/uwsgi:arm'", exception.Message);
        Assert.Contains("exec format error", exception.Message);
        Assert.DoesNotContain("pyimages/uwsgi:good", exception.Message);
        good.ThrowIfFailed();
    }
}
