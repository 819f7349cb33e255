namespace PyImages.Engine.Cli;

/// <summary>Keeps the last <c>capacity</c> lines of a stream of output; safe to feed from stdout and stderr at once.</summary>
public sealed class OutputTail(int capacity = OutputTail.DefaultCapacity)
{
    public const int DefaultCapacity = 40;

    private readonly Queue<string> _lines = new();

    public void Add(string line)
    {
        lock (_lines)
        {
            _lines.Enqueue(line);
            while (_lines.Count > capacity)
            {
                _lines.Dequeue();
            }
        }
    }

    public IReadOnlyList<string> ToList()
    {
        lock (_lines)
        {
            return [.. _lines];
        }
    }
}
