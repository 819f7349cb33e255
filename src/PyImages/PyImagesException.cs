namespace PyImages;

/// <summary>
/// A failure the user can act on: bad input, a missing engine, a failed build step.
/// Its message is complete on its own (names the input or step and what to do), so callers
/// print the message, not a stack trace.
/// </summary>
public class PyImagesException : Exception
{
    public PyImagesException(string message)
        : base(message)
    {
    }

    public PyImagesException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
