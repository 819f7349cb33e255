namespace PyImages;

/// <summary>
/// The Python scripts PyImages runs inside images, kept as .py files beside the code that runs them (embedded
/// resources, so they are linted, tested and read as Python). They reach a container as an argument of the
/// interpreter (<c>python -c</c>), never through a bind mount: a remote engine sees no file of this machine.
/// </summary>
internal static class EmbeddedScript
{
    /// <param name="name">The resource's path below src/PyImages, e.g. "Verification/verify.py".</param>
    public static string Read(string name)
    {
        using var stream = typeof(EmbeddedScript).Assembly.GetManifestResourceStream("PyImages.Scripts." + name)
            ?? throw new InvalidOperationException($"The embedded script {name} is missing from the PyImages assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
