namespace PyImages.Templates;

/// <summary>
/// The builder's RUN that stages Distroless's root with <c>distroless_root.py</c> (beside the templates), in exec form:
/// a JSON array carries the script's line breaks to <c>python -c</c> on every builder, where a shell-form RUN would join
/// its lines, and nothing outside the Dockerfile (no build-context file) is needed.
/// </summary>
internal static class DistrolessRootCommand
{
    public static string Script { get; } = EmbeddedScript.Read("Templates/distroless_root.py");

    /// <param name="python">The builder's interpreter, already checked to be a plain absolute path.</param>
    public static string ExecForm(string python, int uid, bool timeZoneData) => Templates.ExecForm.Of(
        [
            python, "-c", Script,
            "--root", DockerfileLayout.DistrolessRoot,
            "--tree", DockerfileLayout.PackagesDirectory,
            "--uid", uid.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--user", DockerfileLayout.RuntimeUserName,
            "--manifest", DockerfileLayout.DistrolessManifest,
            .. (timeZoneData ? ["--time-zone-data"] : Array.Empty<string>()),
        ]);
}
