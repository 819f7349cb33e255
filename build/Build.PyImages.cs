using PyImages.Engine;
using PyImages.Pipeline;
using PyImages.Spec;
using PyImages.Templates;

partial class Build
{
    [Parameter("Python requirements to install (PEP 508), e.g. uwsgi 'flask>=3'. Default: uwsgi")]
    readonly string[]? Packages;

    [Parameter("Base image, e.g. python:3.12-slim (the default) or python:3.12-alpine")]
    readonly string? BaseImage;

    [Parameter("Repository of the built images; tags are the variants' (big, big-uninstall, small, ...). Default: blog-python")]
    readonly string? Repository;

    [Parameter("System packages that build the C extensions (compiler and headers). Default: gcc libc6-dev (Debian), linux-headers g++ (Alpine)")]
    readonly string[]? BuildDeps;

    [Parameter("Container engine: Docker or Podman. Default: docker if an engine answers, else podman")]
    readonly EngineKind? Engine;

    [Parameter("Bootstrap a Python base image from Debian's mirror when the base image can be neither found nor pulled. Default: true")]
    readonly bool BootstrapBase = true;

    [Parameter("Package index URL for the fetch step; may carry credentials, never written to an image, log or report")]
    [Secret]
    readonly string? IndexUrl;

    [Parameter("The application folder: its requirements.txt (else pyproject.toml [project].dependencies) are installed, its files copied last. Default: none (--packages alone)")]
    readonly string? App;

    [Parameter("The WSGI callable the image serves with uWSGI, MODULE:CALLABLE. Default: app:application")]
    readonly string? Wsgi;

    [Parameter("The image's command instead of uWSGI, split into words as a shell would, run in exec form (never through a shell)")]
    readonly string? Command;

    [Parameter("The port the application serves HTTP on. Default: 8080")]
    readonly string? Port;

    [Parameter("The path Verify sends GET to; a 2xx answer passes. Default: /")]
    readonly string? HealthPath;

    [Parameter("Copy the time zone data (/usr/share/zoneinfo) into the distroless image, for zoneinfo and the C library. Default: false (UTC only)")]
    readonly bool TimeZoneData;

    AbsolutePath ReportDirectory => ArtifactsDirectory / "report";

    PyImagesRun? run;

    // Everything the user gave is validated here, before any target runs or any image is touched.
    PyImagesRun Run => run ??= new PyImagesRun(new PipelineSettings(
        ArtifactsDirectory,
        new ImageSpecInput(Packages, BaseImage, Repository, BuildDeps, App: App, Wsgi: Wsgi, Command: Command, Port: Port, HealthPath: HealthPath, TimeZoneData: TimeZoneData),
        Engine,
        AllowEngineInstall: true,
        BootstrapBase,
        IndexUrl,
        Hints: Hints,
        Checks: Checks));

    // Every target that uses the library requires this: the input is validated (and refused with a message naming it)
    // before any target runs or any image is touched.
    // Size gates are input too: a bad gate is refused before a build that would take minutes, not at Report.
    bool InputIsValid => Run is not null && Gates is not null;

    protected override void OnBuildFinished() => run?.Dispose();

    Target EnsureEngine => _ => _
        .Description("Make sure a container engine answers: the one docker (or --engine) reaches, else install and start Debian's")
        .Requires(() => InputIsValid)
        .Produces(LogsDirectory / "*.log")
        .Executes(async () => { await Run.EnsureEngineAsync(Cancellation); });

    Target EnsureBaseImage => _ => _
        .Description("Make sure the base image is there: local, pulled, or bootstrapped from Debian's mirror (said loudly)")
        .DependsOn(EnsureEngine)
        .Requires(() => InputIsValid)
        .Executes(async () => { await Run.EnsureBaseImageAsync(Cancellation); });

    Target Fetch => _ => _
        .Description("Fetch the packages' sources once into artifacts/sources (package index, else Debian's source archive)")
        .DependsOn(EnsureBaseImage)
        .Requires(() => InputIsValid)
        .Produces(ArtifactsDirectory / "sources")
        .Executes(async () => { await Run.FetchAsync(Cancellation); });

    Target RenderExamples => _ => _
        .Description("Regenerate docs/examples: the Dockerfiles rendered for the default settings")
        .Produces(RootDirectory / "docs" / "examples")
        .Executes(() => DockerfileSet.WriteAll(RootDirectory / "docs" / "examples", ExampleDockerfiles.RenderAll(Hints)));
}
