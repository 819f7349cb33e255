using PyImages.Engine;
using PyImages.Inspection;
using PyImages.Templates;

namespace PyImages.Pipeline;

public sealed partial class PyImagesRun
{
    private const int ExplainedFileCount = 12;

    /// <summary>
    /// The largest files of a distroless image and why each is there, from the record its builder wrote into it (read
    /// with the image's own interpreter: there is no shell); null, with a warning, when the record cannot be read.
    /// </summary>
    public async Task<IReadOnlyList<ExplainedFile>?> ExplainDistrolessAsync(string reference, LayerAnalysis analysis, CancellationToken cancellationToken = default)
    {
        var baseImage = await EnsureBaseImageAsync(cancellationToken);
        var read = await ContainerEngine.RunAsync(
            new RunRequest(reference, ["-c", $"import sys; sys.stdout.write(open('{DockerfileLayout.DistrolessManifest}').read())"],
                Entrypoint: baseImage.PythonExecutable,
                Network: false),
            cancellationToken);
        var manifest = read.Succeeded ? DistrolessManifest.Parse(read.StandardOutput) : null;
        if (manifest is null)
        {
            _log.Warning("Analyze {Image}: the distroless record {Path} could not be read (exit code {Code}: {Error})",
                reference, DockerfileLayout.DistrolessManifest, read.ExitCode, read.StandardError.Trim());
            return null;
        }

        var explained = manifest.Explain(analysis.FindFiles(_ => true, FileScope.FinalImage), ExplainedFileCount);
        foreach (var file in explained)
        {
            _log.Information("Analyze {Image}:   {Path} {Size}: {Reason}", reference, file.Path, ByteSize.Format(file.SizeBytes), file.Reason);
        }

        return explained;
    }
}
