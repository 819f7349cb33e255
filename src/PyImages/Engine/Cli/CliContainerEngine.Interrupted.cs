namespace PyImages.Engine.Cli;

public sealed partial class CliContainerEngine
{
    /// <summary>
    /// Waits (at most <see cref="BuildContainer.RemovalWait"/>) until the interrupted step's container is gone, so that
    /// the run does not end while the engine still shows it "Removal In Progress"; removes it itself when the engine did
    /// not. Never throws: this runs while a cancellation is on its way out.
    /// </summary>
    private async Task WaitForBuildContainerRemovalAsync(string? containerId, Action<string> output)
    {
        if (containerId is null)
        {
            return;
        }

        var deadline = DateTime.UtcNow + BuildContainer.RemovalWait;
        var forced = false;
        while (await ContainerExistsAsync(containerId))
        {
            if (DateTime.UtcNow >= deadline)
            {
                output($"the build's container {containerId} is still being removed after {BuildContainer.RemovalWait.TotalSeconds:0} s; '{Executable} rm -f {containerId}' removes it");
                return;
            }

            if (!forced && DateTime.UtcNow >= deadline - BuildContainer.RemovalWait / 2)
            {
                await RunQuietlyAsync(["rm", "-f", containerId]);
                forced = true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        output($"the build's container {containerId} is removed");
    }

    private async Task<bool> ContainerExistsAsync(string id)
    {
        try
        {
            return (await RunAsync(["container", "inspect", "--format", "{{.State.Status}}", id], CancellationToken.None, ProbeTimeout)).Succeeded;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
    }
}
