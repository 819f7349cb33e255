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

    [Fact]
    public async Task A_lock_that_cannot_be_opened_is_an_error_at_once_naming_the_path_not_a_wait()
    {
        Directory.CreateDirectory(LockPath); // a folder where the lock file belongs: opening it fails, and no process holds it
        var waiting = new List<string>();

        var error = await Assert.ThrowsAsync<PyImagesException>(
            () => RunLock.AcquireAsync(LockPath, TimeSpan.FromMinutes(30), waiting.Add));

        Assert.Contains(LockPath, error.Message);
        Assert.Contains("Cannot take the run lock", error.Message);
        Assert.Empty(waiting);
    }

    [Fact]
    public async Task A_lock_whose_folder_cannot_be_made_is_an_error_naming_the_path()
    {
        File.WriteAllText(Path.Combine(_directory, "artifacts"), "a file, not a folder");

        var error = await Assert.ThrowsAsync<PyImagesException>(() => RunLock.AcquireAsync(LockPath, TimeSpan.FromMinutes(30)));

        Assert.Contains(LockPath, error.Message);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
