using PyImages.Spec;

namespace PyImages.Tests.Spec;

public sealed class CommandWordsTests
{
    [Theory]
    [InlineData("uwsgi --http :8080", new[] { "uwsgi", "--http", ":8080" })]
    [InlineData("  a   b\tc ", new[] { "a", "b", "c" })]
    [InlineData("python -c 'print(\"hi there\")'", new[] { "python", "-c", "print(\"hi there\")" })]
    [InlineData("echo \"a \\\"b\\\" \\$c\"", new[] { "echo", "a \"b\" $c" })]
    [InlineData("echo a\\ b ''", new[] { "echo", "a b", "" })]
    [InlineData("sh -c 'id; ls | wc' > out", new[] { "sh", "-c", "id; ls | wc", ">", "out" })]
    public void Splits_words_as_a_shell_would_and_keeps_shell_syntax_as_plain_text(string line, string[] words)
    {
        Assert.Equal(words, CommandWords.Split(line));
    }

    [Theory]
    [InlineData("echo \"open", "a double quote is not closed")]
    [InlineData("echo 'open", "a single quote is not closed")]
    [InlineData("echo \\", "it ends with a backslash")]
    [InlineData("uwsgi\nRUN id", "line break")]
    public void Refuses_what_a_shell_could_not_split(string line, string why)
    {
        var error = Assert.Throws<PyImagesException>(() => CommandWords.Split(line));

        Assert.Contains(why, error.Message);
        Assert.StartsWith("--command '", error.Message);
    }
}
