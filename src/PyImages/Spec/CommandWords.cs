using System.Text;

namespace PyImages.Spec;

/// <summary>
/// Splits a command line into words the way a POSIX shell splits them (blanks separate, single quotes keep everything,
/// double quotes keep all but backslash escapes, a backslash escapes the next character), for an exec-form CMD: the
/// words are never given to a shell, so $VARS, globs, pipes and ';' are plain characters of a word.
/// </summary>
public static class CommandWords
{
    public const int MaxLength = 2000;

    public static IReadOnlyList<string> Split(string text)
    {
        if (text.Length > MaxLength)
        {
            throw Refused(text, $"it is {text.Length} characters long, more than the {MaxLength} allowed");
        }

        if (text.Any(c => char.IsControl(c) && c != '\t'))
        {
            throw Refused(text, "it contains a line break or control character");
        }

        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case ' ' or '\t':
                    if (inWord)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                        inWord = false;
                    }

                    continue;
                case '\'':
                    var close = text.IndexOf('\'', i + 1);
                    if (close < 0)
                    {
                        throw Refused(text, "a single quote is not closed");
                    }

                    word.Append(text, i + 1, close - i - 1);
                    i = close;
                    break;
                case '"':
                    i = ReadDoubleQuoted(text, i + 1, word);
                    break;
                case '\\':
                    if (i + 1 >= text.Length)
                    {
                        throw Refused(text, "it ends with a backslash");
                    }

                    word.Append(text[++i]);
                    break;
                default:
                    word.Append(c);
                    break;
            }

            inWord = true;
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words.Count > 0 ? words : throw Refused(text, "it is empty");
    }

    /// <returns>The index of the closing quote.</returns>
    private static int ReadDoubleQuoted(string text, int start, StringBuilder word)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                return i;
            }

            if (text[i] == '\\' && i + 1 < text.Length && "\"\\$`".Contains(text[i + 1]))
            {
                i++;
            }

            word.Append(text[i]);
        }

        throw Refused(text, "a double quote is not closed");
    }

    private static PyImagesException Refused(string text, string why) =>
        new($"--command '{InputPreview.Of(text)}' cannot be split into words: {why}. Allowed: a command and its arguments "
            + "separated by blanks, quoted as in a shell where a word holds blanks, e.g. --command \"gunicorn -b :8080 'app:make()'\"; "
            + "it runs in exec form, never through a shell.");
}
