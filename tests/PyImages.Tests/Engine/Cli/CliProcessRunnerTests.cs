using PyImages.Engine;
using PyImages.Engine.Cli;

namespace PyImages.Tests.Engine.Cli;

public class CliProcessRunnerTests
{
    [Fact]
    public async Task Standard_input_reaches_the_process_and_is_closed()
    {
        var result = await new CliProcessRunner().RunAsync(new ProcessSpec("cat", [], StandardInput: "first line\nsecond\n", Timeout: TimeSpan.FromSeconds(30)));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("first line\nsecond\n", result.StandardOutput);
    }
}
