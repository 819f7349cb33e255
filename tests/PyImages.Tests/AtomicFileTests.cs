namespace PyImages.Tests;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("pyimages-atomic-").FullName;

    [Fact]
    public async Task A_writer_that_fails_halfway_leaves_the_previous_file_intact_and_no_temp_file()
    {
        var path = Path.Combine(directory, "report.json");
        await AtomicFile.WriteAllTextAsync(path, "previous report");

        await Assert.ThrowsAsync<IOException>(() => AtomicFile.WriteAsync(path, async (stream, token) =>
        {
            await stream.WriteAsync("half a rep"u8.ToArray(), token);
            throw new IOException("disk full");
        }));

        Assert.Equal("previous report", await File.ReadAllTextAsync(path));
        Assert.Equal([path], Directory.GetFiles(directory));
    }

    [Fact]
    public async Task A_finished_write_replaces_the_file_and_creates_its_folder()
    {
        var path = Path.Combine(directory, "new", "report.md");
        await AtomicFile.WriteAllTextAsync(path, "one");

        await AtomicFile.WriteAllTextAsync(path, "two");

        Assert.Equal("two", await File.ReadAllTextAsync(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
