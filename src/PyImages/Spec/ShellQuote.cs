namespace PyImages.Spec;

/// <summary>POSIX shell quoting for values placed on a Dockerfile RUN line.</summary>
public static class ShellQuote
{
    /// <summary>Wraps the value in single quotes; an embedded single quote becomes <c>'"'"'</c>.</summary>
    public static string Quote(string value)
    {
        if (value.Contains('\n') || value.Contains('\r') || value.Contains('\0'))
        {
            throw new ArgumentException("A value with a line break or NUL cannot be placed on a Dockerfile line.", nameof(value));
        }

        return "'" + value.Replace("'", "'\"'\"'") + "'";
    }

    public static string Join(IEnumerable<string> values) => string.Join(' ', values.Select(Quote));
}
