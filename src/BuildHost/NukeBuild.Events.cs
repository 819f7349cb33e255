namespace BuildHost;

public abstract partial class NukeBuild
{
    /// <summary>After the build instance was created, before parameters are injected.</summary>
    protected internal virtual void OnBuildCreated()
    {
    }

    /// <summary>After parameters are injected and requirements are checked, before the first target.</summary>
    protected internal virtual void OnBuildInitialized()
    {
    }

    /// <summary>After the last target, whether the build succeeded or failed.</summary>
    protected internal virtual void OnBuildFinished()
    {
    }

    protected internal virtual void OnTargetRunning(string target)
    {
    }

    protected internal virtual void OnTargetSkipped(string target)
    {
    }

    protected internal virtual void OnTargetSucceeded(string target)
    {
    }

    protected internal virtual void OnTargetFailed(string target)
    {
    }
}
