using System.Text.Json;
using PyImages.Engine;
using PyImages.Pipeline;
using PyImages.Reporting;
using PyImages.Spec;
using PyImages.Tests.Integration;
using PyImages.Tests.Templates;
using PyImages.Verification;

namespace PyImages.Tests.Pipeline;

/// <summary>The samples built as `./build.sh BuildMinimal Verify --app samples/...` builds them, on the test run's engine.</summary>
[Collection(EngineCollection.Name)]
[Trait("Category", "Integration")]
public sealed class AppIntegrationTests(EngineFixture fixture) : IDisposable
{
    private readonly string _artifacts = Directory.CreateTempSubdirectory("pyimages-app-it-").FullName;
    private readonly List<PyImagesRun> _runs = [];

    [SkippableTheory]
    [InlineData("hello-wsgi", "Hello from PyImages")]
    [InlineData("jinja-wsgi", "C speedups: compiled")]
    public async Task A_samples_minimal_image_answers_http_200_with_its_own_command_and_verify_says_so(string sample, string page)
    {
        IntegrationGuard.Require(fixture.Failure);
        var run = NewRun(Sample(sample), $"{sample}");

        await run.BuildAsync(Variant.Minimal);
        var result = (await run.VerifyAsync()).Single();

        var http = result.Checks.Single(c => c.Name == CheckNames.Http);
        Assert.True(http.Passed, http.Detail);
        Assert.Matches(@"^GET / on port 8080: 200 OK, first answer \d+\.\d\d s after start$", http.Detail);
        Assert.Contains(page, await ServedPageAsync(run));
        Assert.Empty(await run.ContainerEngine.ListContainerIdsAsync(run.Owner.RunByFilter));
    }

    [SkippableFact]
    public async Task The_samples_distroless_image_answers_http_200_with_its_own_command_and_has_no_shell()
    {
        IntegrationGuard.Require(fixture.Failure);
        var run = NewRun(Sample("hello-wsgi"), "distroless", Variant.Distroless);

        await run.BuildAsync(Variant.Distroless);
        var result = (await run.VerifyAsync()).Single();
        var image = run.ImageSpec.ImageFor(Variant.Distroless).ToString();
        var shell = await run.ContainerEngine.RunAsync(new RunRequest(image, ["-c", "true"], Entrypoint: "/bin/sh", Network: false));

        Assert.True(result.Passed, string.Join("; ", result.FailedChecks.Select(c => $"{c.Name}: {c.Detail}")));
        Assert.Matches(@"^GET / on port 8080: 200 OK, first answer \d+\.\d\d s after start$", result.Checks.Single(c => c.Name == CheckNames.Http).Detail);
        Assert.Contains(result.Checks, c => c.Name == CheckNames.NoShell && c.Passed);
        Assert.Contains("Hello from PyImages", await ServedPageAsync(run, Variant.Distroless));
        Assert.False(shell.Succeeded, shell.StandardOutput);
        Assert.Empty(await run.ContainerEngine.ListContainerIdsAsync(run.Owner.RunByFilter));
    }

    [SkippableFact]
    public async Task Editing_one_line_of_code_rebuilds_only_the_last_layer_and_compiles_nothing()
    {
        IntegrationGuard.Require(fixture.Failure);
        var app = CopyOfSample("hello-wsgi");
        var first = NewRun(app, "edit");
        await first.BuildAsync(Variant.Minimal);
        var before = await LayersAsync(first);
        Release(first);

        File.WriteAllText(Path.Combine(app, "app.py"), File.ReadAllText(Path.Combine(app, "app.py")).Replace("Hello from PyImages", "Hello, edited"));
        var second = NewRun(app, "edit");
        await second.BuildAsync(Variant.Minimal);
        var after = await LayersAsync(second);

        Assert.Equal(before.Count, after.Count);
        Assert.Equal(before.SkipLast(1), after.SkipLast(1));
        Assert.NotEqual(before[^1], after[^1]);
        var log = File.ReadAllText(second.Layout.BuildLog("minimal"));
        Assert.DoesNotContain("Building wheel for", log);
        Assert.Contains("Hello, edited", await ServedPageAsync(second));
    }

    [SkippableFact]
    public async Task With_checks_http_only_the_http_check_runs_and_the_report_shows_the_others_as_not_run()
    {
        IntegrationGuard.Require(fixture.Failure);
        var run = NewRun(Sample("hello-wsgi"), "http-only", checks: ["http"]);
        await run.BuildAsync(Variant.Minimal);

        var result = (await run.VerifyAsync()).Single();
        var report = await run.ReportAsync(SizeGates.None, QuietConsole.Create());

        Assert.Equal([CheckNames.Http], result.Checks.Select(check => check.Name));
        Assert.True(result.Passed, result.Checks[0].Detail);
        Assert.Null(result.Facts);
        string[] scriptChecks = [CheckNames.Import, CheckNames.EntryPoints, CheckNames.NoCompiler, CheckNames.SharedLibraries, CheckNames.NonRoot, CheckNames.NoWorldWritableFiles];
        Assert.Equal(scriptChecks, result.NotRunChecks);
        var row = report.Variants.Single(variant => variant.Variant == "minimal");
        Assert.Equal([CheckNames.Http], row.Checks.Select(check => check.Name));
        Assert.Equal(scriptChecks, row.NotRunChecks!);
        Assert.Contains($"| {TestRepositories.Named("app")}/http-only:minimal | shared libraries | not run |", File.ReadAllText(Path.Combine(run.Layout.Reports, "report.md")));
    }

    [SkippableFact]
    public async Task An_app_that_does_not_answer_fails_the_http_check_with_its_last_log_lines_and_leaves_no_container()
    {
        IntegrationGuard.Require(fixture.Failure);
        var run = NewRun(Sample("hello-wsgi"), "silent",
            command: "python3 -c \"print('started, listening nowhere', flush=True); import time; time.sleep(300)\"",
            answerTimeout: TimeSpan.FromSeconds(3));
        await run.BuildAsync(Variant.Minimal);

        var failure = await Assert.ThrowsAsync<PyImagesException>(() => run.VerifyAsync());

        Assert.Contains("Check 'http' failed", failure.Message);
        Assert.Contains("GET / on port 8080: no answer within 3 s", failure.Message);
        Assert.Contains("started, listening nowhere", failure.Message);
        Assert.Empty(await run.ContainerEngine.ListContainerIdsAsync(run.Owner.RunByFilter));
    }

    [SkippableFact]
    public async Task A_dependency_missing_from_the_requirements_fails_the_build_naming_it()
    {
        IntegrationGuard.Require(fixture.Failure);
        var app = CopyOfSample("jinja-wsgi");
        File.WriteAllText(Path.Combine(app, "requirements.txt"), "uwsgi==2.0.21\njinja2==3.1.2\n");
        var run = NewRun(app, "missing-dependency");

        var failure = await Assert.ThrowsAsync<PyImagesException>(() => run.BuildAsync(Variant.Minimal));

        Assert.Contains("the requirement 'MarkupSafe>=2.0', which jinja2 needs, is not among the fetched sources", failure.Message);
        Assert.Contains("add 'MarkupSafe>=2.0' (pinned with ==) to the requirements", failure.Message);
    }

    [SkippableFact]
    public async Task Requirements_with_a_hash_that_does_not_match_fail_the_build_with_pips_message()
    {
        IntegrationGuard.Require(fixture.Failure);
        var app = CopyOfSample("hello-wsgi");
        File.WriteAllText(Path.Combine(app, "requirements.txt"), "uwsgi==2.0.21 --hash=sha256:" + new string('0', 64) + "\n");
        var run = NewRun(app, "hash-mismatch");

        var failure = await Assert.ThrowsAsync<PyImagesException>(() => run.BuildAsync(Variant.Minimal));

        Assert.Contains("--require-hashes -r /sources/app-requirements.txt", failure.Message);
        Assert.Contains("THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE", failure.Message);
    }

    private PyImagesRun NewRun(string app, string name, Variant variant = Variant.Minimal, string? command = null, TimeSpan? answerTimeout = null, IReadOnlyList<string>? checks = null)
    {
        var run = new PyImagesRun(new PipelineSettings(
            Path.Combine(_artifacts, name),
            new ImageSpecInput(Repository: $"{TestRepositories.Named("app")}/{name}", Variants: [VariantCatalog.Get(variant).Tag], App: app, Command: command),
            fixture.Engine.Kind,
            Checks: checks))
        {
            AnswerTimeout = answerTimeout ?? HttpCheckRequest.DefaultTimeout,
        };
        _runs.Add(run);
        return run;
    }

    /// <summary>Ends a run (and its hold on the artifacts folder's lock), so the next run on the same folder can start.</summary>
    private void Release(PyImagesRun run)
    {
        _runs.Remove(run);
        run.Dispose();
    }

    private static string Sample(string name) => Path.Combine(RepositoryRoot.Find(), "samples", name);

    private string CopyOfSample(string name)
    {
        var copy = Path.Combine(_artifacts, "app-" + name);
        foreach (var file in Directory.EnumerateFiles(Sample(name), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(Sample(name), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    private static async Task<IReadOnlyList<string>> LayersAsync(PyImagesRun run)
    {
        using var json = JsonDocument.Parse(await run.ContainerEngine.InspectImageJsonAsync(run.ImageSpec.ImageFor(Variant.Minimal).ToString()));
        return [.. json.RootElement[0].GetProperty("RootFS").GetProperty("Layers").EnumerateArray().Select(layer => layer.GetString()!)];
    }

    /// <summary>The page the image serves, read through the HTTP check's own machinery with the body in the probe's output.</summary>
    private static async Task<string> ServedPageAsync(PyImagesRun run, Variant variant = Variant.Minimal)
    {
        var image = run.ImageSpec.ImageFor(variant).ToString();
        var started = await run.ContainerEngine.RunAsync(new RunRequest(image, [], Network: false, Detached: true));
        var id = started.StandardOutput.Trim();
        try
        {
            var baseImage = await run.EnsureBaseImageAsync();
            var probe = await run.ContainerEngine.RunAsync(new RunRequest(image, ["-c", EmbeddedScript.Read("Verification/http_probe.py"), "8080", "/", "30"],
                Entrypoint: baseImage.PythonExecutable, Network: false, JoinNamespacesOf: id));
            return probe.StandardOutput;
        }
        finally
        {
            await run.ContainerEngine.RemoveContainersAsync([id]);
        }
    }

    public void Dispose()
    {
        foreach (var run in _runs)
        {
            try
            {
                run.ContainerEngine.RemoveImagesAsync([.. run.ImageSpec.Variants.Select(v => run.ImageSpec.ImageFor(v).ToString())]).GetAwaiter().GetResult();
            }
            catch (InvalidOperationException)
            {
                // The engine was never reached: nothing was built.
            }

            run.Dispose();
        }

        try
        {
            Directory.Delete(_artifacts, recursive: true);
        }
        catch (IOException)
        {
            // Files written by containers may resist; the temp folder is cleaned by the system anyway.
        }
    }
}
