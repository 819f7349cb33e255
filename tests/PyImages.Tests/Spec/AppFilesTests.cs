using PyImages.Spec;

namespace PyImages.Tests.Spec;

public sealed class AppFilesTests
{
    [Fact]
    public void Leaves_out_version_control_caches_virtual_environments_artifacts_and_what_the_dockerignore_says()
    {
        using var app = new AppFolder(
            ("app.py", ""), ("pkg/mod.py", ""), ("pkg/__pycache__/mod.cpython-311.pyc", ""), ("pkg/stale.pyc", ""),
            (".git/HEAD", "ref: refs/heads/main\n"), (".venv/pyvenv.cfg", ""), ("env/pyvenv.cfg", ""), ("env/lib/x.py", ""),
            ("artifacts/report/report.md", ""), ("notes/todo.md", ""), ("notes/keep.md", ""),
            (".dockerignore", "notes\n!notes/keep.md\n"));

        var paths = AppFiles.List(app.Root).Where(e => !e.IsDirectory).Select(e => e.RelativePath);

        Assert.Equal([".dockerignore", "app.py", "notes/keep.md", "pkg/mod.py"], paths.Order(StringComparer.Ordinal));
    }
}
