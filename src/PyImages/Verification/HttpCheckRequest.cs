namespace PyImages.Verification;

/// <summary>How Verify proves an application's image serves: its own command, then GET on loopback.</summary>
/// <param name="Image">Image reference or id to start.</param>
/// <param name="PythonExecutable">The image's interpreter, which runs the probe in a second container sharing the first one's namespaces.</param>
/// <param name="Port">The port the image's command serves HTTP on.</param>
/// <param name="Path">What GET asks for; a 2xx answer passes.</param>
/// <param name="Timeout">How long the command may take to answer.</param>
public sealed record HttpCheckRequest(string Image, string PythonExecutable, int Port, string Path, TimeSpan Timeout)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How many of the container's last log lines a failure shows.</summary>
    public const int LogLines = 20;
}
