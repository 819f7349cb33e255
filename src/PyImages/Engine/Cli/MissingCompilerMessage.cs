using System.Text.RegularExpressions;

namespace PyImages.Engine.Cli;

/// <summary>
/// Finds, in build output, the package's or the build backend's own words for "there is no compiler".
/// A failure without such a line is some other failure, and Break must not pass on it.
/// </summary>
public static partial class MissingCompilerMessage
{
    public static string? Find(IReadOnlyList<string> lines) =>
        BuildOutput.LastMatch(lines, [PackageSaysSo(), ExecutableMissing(), ShellNotFound(), RustMissing()]);

    // uWSGI: "Exception: you need a C compiler to build uWSGI"
    [GeneratedRegex(@"you need a C(\+\+)? compiler", RegexOptions.IgnoreCase)]
    private static partial Regex PackageSaysSo();

    // setuptools/distutils: "error: command 'gcc' failed: No such file or directory", "unable to execute 'x86_64-linux-gnu-gcc'"
    [GeneratedRegex(@"(command '[^']*(gcc|cc|g\+\+|clang)' failed: No such file or directory|unable to execute '[^']*(gcc|cc|g\+\+|clang)')")]
    private static partial Regex ExecutableMissing();

    [GeneratedRegex(@"\b(gcc|cc|g\+\+|c\+\+|clang): (command )?not found")]
    private static partial Regex ShellNotFound();

    // setuptools-rust and maturin packages
    [GeneratedRegex(@"can't find Rust compiler", RegexOptions.IgnoreCase)]
    private static partial Regex RustMissing();
}
