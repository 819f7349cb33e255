namespace BuildHost.Logging;

internal static class ExceptionMessages
{
    /// <summary>The exception's message and those of its inner exceptions, joined by <c> ---&gt; </c>.</summary>
    public static string Of(Exception exception)
    {
        var messages = new List<string>();
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is AggregateException { InnerExceptions.Count: > 1 } aggregate)
            {
                messages.AddRange(aggregate.InnerExceptions.Select(inner => inner.Message));
                break;
            }

            if (current is not AggregateException && (messages.Count == 0 || messages[^1] != current.Message))
                messages.Add(current.Message);
        }

        return string.Join(" ---> ", messages);
    }
}
