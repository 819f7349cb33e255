using System.Diagnostics;
using System.Runtime.Versioning;
using PyImages.Sources;
using PyImages.Spec;
using PyImages.Tests.Spec;

namespace PyImages.Tests.Sources;

/// <summary>What an app's build context holds: the fetched sources, and the files the spec listed.</summary>
[UnsupportedOSPlatform("windows")] // file modes, and stat(1) for what a rerun rewrote
public sealed class AppContextStagerTests : IDisposable
{
    private readonly AppFolder _app = new(("requirements.txt", "uwsgi==2.0.21\n"), ("app.py", "application = None\n"), ("pkg/mod.py", ""),
        ("notes/todo.md", ""), (".dockerignore", "notes\n"));

    private readonly string _sources = Directory.CreateTempSubdirectory("pyimages-sources-").FullName;

    private readonly string _context = Path.Combine(Directory.CreateTempSubdirectory("pyimages-context-").FullName, "context");

    public AppContextStagerTests()
    {
        File.WriteAllText(Path.Combine(_sources, "uwsgi-2.0.21.tar.gz"), "sdist");
        File.CreateSymbolicLink(_app.Path("main.py"), "app.py");
    }

    [Fact]
    public void The_context_holds_the_sources_and_the_app_files_the_spec_listed_with_links_kept_relative()
    {
        var app = Spec();
        _app.Write("added-later.py", "");

        var staged = AppContextStager.Stage(Sources(), app, _context);

        Assert.Equal(_context, staged);
        Assert.Equal(["sources/uwsgi-2.0.21.tar.gz"], Files("sources"));
        Assert.Equal(["app/.dockerignore", "app/app.py", "app/main.py", "app/pkg/mod.py", "app/requirements.txt"], Files("app"));
        Assert.Equal("app.py", new FileInfo(Path.Combine(_context, "app", "main.py")).LinkTarget);
    }

    [Fact]
    public void A_listed_file_removed_before_staging_is_named()
    {
        var app = Spec();
        File.Delete(_app.Path("pkg/mod.py"));

        var error = Assert.Throws<PyImagesException>(() => AppContextStager.Stage(Sources(), app, _context));

        Assert.Contains("'pkg/mod.py' is gone", error.Message);
    }

    [Fact]
    public void A_rerun_over_unchanged_sources_and_app_rewrites_nothing()
    {
        AppContextStager.Stage(Sources(), Spec(), _context);
        var before = Identities();
        Thread.Sleep(50); // past the file system's timestamp granularity, so a rewrite would show in the change time

        AppContextStager.Stage(Sources(), Spec(), _context);

        Assert.Equal(before, Identities());
    }

    [Fact]
    public void A_rerun_takes_changed_files_and_drops_deleted_ones()
    {
        AppContextStager.Stage(Sources(), Spec(), _context);
        _app.Write("app.py", "application = 'changed'\n");
        File.SetUnixFileMode(_app.Path("requirements.txt"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.Delete(_app.Path("pkg/mod.py"));
        File.Delete(_app.Path("main.py"));
        File.Delete(Path.Combine(_sources, "uwsgi-2.0.21.tar.gz"));
        File.WriteAllText(Path.Combine(_sources, "uwsgi-2.0.28.tar.gz"), "sdist");
        Directory.CreateDirectory(Path.Combine(_context, "stray"));

        AppContextStager.Stage(Sources(), Spec(), _context);

        Assert.Equal("application = 'changed'\n", File.ReadAllText(Path.Combine(_context, "app", "app.py")));
        Assert.True(File.GetUnixFileMode(Path.Combine(_context, "app", "requirements.txt")).HasFlag(UnixFileMode.UserExecute));
        Assert.Equal(["app/.dockerignore", "app/app.py", "app/requirements.txt"], Files("app"));
        Assert.Equal(["sources/uwsgi-2.0.28.tar.gz"], Files("sources"));
        Assert.Equal(["app", "sources"], Directory.GetFileSystemEntries(_context).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    public void Dispose()
    {
        _app.Dispose();
        Directory.Delete(_sources, recursive: true);
        Directory.Delete(Path.GetDirectoryName(_context)!, recursive: true);
    }

    private AppSpec Spec() => ImageSpecFactory.Create(new ImageSpecInput(App: _app.Root)).App!;

    private FetchedSources Sources() => new(_sources, Directory.GetFiles(_sources), new Dictionary<string, string>(), []);

    private string[] Files(string folder) =>
        Directory.EnumerateFileSystemEntries(Path.Combine(_context, folder), "*", SearchOption.AllDirectories)
            .Where(path => !Directory.Exists(path) || new DirectoryInfo(path).LinkTarget is not null)
            .Select(path => Path.GetRelativePath(_context, path))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Each staged path's inode and change time: a file rewritten, re-linked or chmod-ed gets another.</summary>
    private string Identities()
    {
        var paths = Directory.GetFileSystemEntries(_context, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%n %i %z", .. paths]) { RedirectStandardOutput = true })!;
        var output = stat.StandardOutput.ReadToEnd();
        stat.WaitForExit();
        Assert.Equal(0, stat.ExitCode);
        return output;
    }
}
