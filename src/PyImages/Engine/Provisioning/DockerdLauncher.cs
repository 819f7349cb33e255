namespace PyImages.Engine.Provisioning;

/// <summary>
/// Starts dockerd in its own session (setsid), so it outlives PyImages and a Ctrl-C sent to PyImages' process group
/// does not reach it. Its output goes to the file given as $1.
/// </summary>
public static class DockerdLauncher
{
    public const string Script =
        "if command -v setsid >/dev/null 2>&1; then setsid -f dockerd >\"$1\" 2>&1 </dev/null; "
        + "else nohup dockerd >\"$1\" 2>&1 </dev/null & fi";
}
