using PyImages.Templates;

namespace PyImages.Tests.Templates;

public class ExecFormTests
{
    [Fact]
    public void Each_word_is_a_json_string_and_a_comma_inside_a_word_is_kept()
    {
        var form = ExecForm.Of(["python3", "-c", "print(\",\".join(['a', 'b']))"]);

        Assert.Equal("[\"python3\", \"-c\", \"print(\\\",\\\".join(['a', 'b']))\"]", form);
        Assert.Equal(["python3", "-c", "print(\",\".join(['a', 'b']))"], System.Text.Json.JsonSerializer.Deserialize<string[]>(form)!);
    }
}
