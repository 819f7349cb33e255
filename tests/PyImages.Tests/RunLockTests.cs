namespace PyImages.Tests;

public sealed class RunLockTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pyimages-lock-").FullName;

    private string LockPath => Path.Combine(_directory, "artifacts", ".run.lock");

    [Fact]
    public async Task A_second_run_waits_then_fails_naming_the_lock_and_its_holder()
    {
        using var first = await RunLock.AcquireAsync(LockPath, TimeSpan.Zero);
        var waiting = new List<string>();

        var error = await Assert.ThrowsAsync<PyImagesException>(
            () => RunLock.AcquireAsync(LockPath, TimeSpan.FromMilliseconds(600), waiting.Add));

        Assert.Contains(LockPath, error.Message);
        Assert.Contains($"process {Environment.ProcessId}", error.Message);
        Assert.Single(waiting);
    }

    [Fact]
    public async Task The_lock_is_free_again_once_the_first_run_ends()
    {
        var first = await RunLock.AcquireAsync(LockPath, TimeSpan.Zero);
        var second = RunLock.AcquireAsync(LockPath, TimeSpan.FromSeconds(10));
        await Task.Delay(300);
        Assert.False(second.IsCompleted);

        first.Dispose();

        using var acquired = await second;
        Assert.Equal(LockPath, acquired.Path);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
