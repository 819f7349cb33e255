namespace PyImages.Engine.Cli;

/// <summary>Appends lines to a log file (directories created), from several threads, flushed as they come so the log is readable while a step runs.</summary>
public sealed class LogFileWriter : IDisposable
{
    private readonly StreamWriter _writer;

    public LogFileWriter(string path, bool append = false)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        _writer = new StreamWriter(Path, append) { AutoFlush = true };
    }

    public string Path { get; }

    public void WriteLine(string line)
    {
        lock (_writer)
        {
            _writer.WriteLine(line);
        }
    }

    public void Dispose()
    {
        lock (_writer)
        {
            _writer.Dispose();
        }
    }
}
