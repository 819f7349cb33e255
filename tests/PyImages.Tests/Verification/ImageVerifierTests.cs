using PyImages.Tests.Engine;
using PyImages.Engine;
using PyImages.Verification;

namespace PyImages.Tests.Verification;

public sealed class ImageVerifierTests
{
    [Fact]
    public async Task Good_image_passes_and_records_what_was_really_verified()
    {
        var result = await Requests.VerifyRecorded(RecordedOutputs.Good, Requests.ForUwsgi());

        Assert.True(result.Passed);
        Assert.Equal(
            [CheckNames.Import, CheckNames.EntryPoints, CheckNames.NoCompiler, CheckNames.SharedLibraries, CheckNames.NonRoot, CheckNames.NoWorldWritableFiles],
            result.Checks.Select(check => check.Name));
        Assert.Contains("importable only inside its own server: uwsgi", Check(result, CheckNames.Import).Detail);
        Assert.Contains("2.0.21", Check(result, CheckNames.EntryPoints).Detail);
        Assert.False(result.Facts!.CompilerPresent);
        Assert.True(result.Facts.RunsAsRoot);
        Assert.Equal("3.11.2", result.Facts.PythonVersion);
    }

    [Fact]
    public async Task Image_without_libpython_fails_on_the_missing_library_and_the_entry_point()
    {
        var result = await Requests.VerifyRecorded(RecordedOutputs.MissingLibPython, Requests.ForUwsgi());

        Assert.False(result.Passed);
        Assert.Equal([CheckNames.EntryPoints, CheckNames.SharedLibraries], result.FailedChecks.Select(check => check.Name));
        Assert.Contains("/usr/local/bin/uwsgi: libpython3.11.so.1.0 => not found", Check(result, CheckNames.SharedLibraries).Detail);
        Assert.Contains("exit code 127", Check(result, CheckNames.EntryPoints).Detail);
    }

    [Fact]
    public async Task Root_user_fails_only_when_non_root_is_required()
    {
        var minimal = Requests.ForUwsgi(nonRootRequired: true);

        Assert.False((await Requests.VerifyRecorded(RecordedOutputs.Good, minimal)).Passed);
        Assert.True((await Requests.VerifyRecorded(RecordedOutputs.NonRoot, minimal)).Passed);
    }

    [Fact]
    public async Task Compiler_is_recorded_as_a_fact_and_fails_only_where_it_must_be_absent()
    {
        var big = await Requests.VerifyRecorded(RecordedOutputs.CompilerAndWorldWritable, Requests.ForUwsgi(compilerMustBeAbsent: false));
        var small = await Requests.VerifyRecorded(RecordedOutputs.CompilerAndWorldWritable, Requests.ForUwsgi(compilerMustBeAbsent: true));

        Assert.True(big.Facts!.CompilerPresent);
        Assert.Equal(["/usr/bin/cc", "/usr/bin/gcc"], big.Facts.Compilers);
        Assert.Equal([CheckNames.NoWorldWritableFiles], big.FailedChecks.Select(check => check.Name));
        Assert.Equal([CheckNames.NoCompiler, CheckNames.NoWorldWritableFiles], small.FailedChecks.Select(check => check.Name));
        Assert.Contains("/usr/local/lib/python3.11/dist-packages/uwsgidecorators.py", Check(small, CheckNames.NoWorldWritableFiles).Detail);
    }

    [Fact]
    public async Task Missing_ldd_fails_the_shared_library_check_instead_of_passing_silently()
    {
        var result = await Requests.VerifyRecorded(RecordedOutputs.NoLdd, Requests.ForUwsgi());

        Assert.Equal([CheckNames.SharedLibraries], result.FailedChecks.Select(check => check.Name));
        Assert.Contains("ldd is not on PATH", Check(result, CheckNames.SharedLibraries).Detail);
    }

    [Fact]
    public async Task Requested_distribution_that_is_not_installed_fails_the_import_check()
    {
        var result = await Requests.VerifyRecorded(RecordedOutputs.MissingDistribution, Requests.ForUwsgi());

        Assert.Equal([CheckNames.Import], result.FailedChecks.Select(check => check.Name));
        Assert.Contains("Not_There: not installed", Check(result, CheckNames.Import).Detail);
    }

    [Fact]
    public async Task Container_that_does_not_start_is_a_failed_verification_carrying_the_engine_output()
    {
        const string runcError = "docker: Error response from daemon: failed to create shim task: exec: \"/usr/bin/python3\": stat /usr/bin/python3: no such file or directory: unknown";
        var engine = new FakeEngine(run: _ => new RunResult(127, "", runcError));

        var result = await ImageVerifier.VerifyAsync(engine, Requests.ForUwsgi());

        var check = Assert.Single(result.Checks);
        Assert.False(result.Passed);
        Assert.Equal(CheckNames.ScriptRun, check.Name);
        Assert.Contains("exit code 127", check.Detail);
        Assert.Contains(runcError, check.Detail);
        Assert.Null(result.Facts);
    }

    [Theory]
    [InlineData("Traceback (most recent call last):\n  File \"<string>\", line 1\nSyntaxError: invalid syntax")]
    [InlineData("{\"schema\": 99, \"facts\": {}, \"checks\": []}")]
    [InlineData("{\"schema\": 1, \"facts\": {\"python\": \"3.11.2\", \"uid\": 0, \"compilers\": [], \"roots\": []}, \"checks\": []}")]
    public async Task Output_that_is_not_the_scripts_result_is_a_failed_verification_with_the_raw_output(string printed)
    {
        var result = await Requests.VerifyRecorded(printed, Requests.ForUwsgi());

        Assert.False(result.Passed);
        Assert.Contains(printed.Split('\n')[^1], Assert.Single(result.Checks).Detail);
    }

    [Fact]
    public async Task Engine_exception_becomes_a_failed_verification_but_cancellation_propagates()
    {
        var broken = new FakeEngine(run: _ => throw new PyImagesException("Cannot connect to the Docker daemon"));
        var result = await ImageVerifier.VerifyAsync(broken, Requests.ForUwsgi());
        Assert.Contains("Cannot connect to the Docker daemon", Assert.Single(result.Checks).Detail);

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ImageVerifier.VerifyAsync(FakeEngine.Printing(RecordedOutputs.Good), Requests.ForUwsgi(), cancelled.Token));
    }

    private static VerificationCheck Check(VerificationResult result, string name) => result.Checks.Single(check => check.Name == name);
}
