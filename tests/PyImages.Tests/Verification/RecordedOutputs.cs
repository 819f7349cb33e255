namespace PyImages.Tests.Verification;

/// <summary>
/// Real outputs of the check script (one line per check here), recorded with
/// <c>docker run --network none --entrypoint /usr/bin/python3 IMAGE -c SCRIPT [--prefix /opt] -- uwsgi</c>
/// on images built FROM a Debian bookworm python3 3.11 base with a uWSGI 2.0.21 wheel.
/// </summary>
internal static class RecordedOutputs
{
    /// <summary>libpython3.11 and the uWSGI wheel installed, root user.</summary>
    public const string Good = """
        {"schema": 1,
         "facts": {"python": "3.11.2", "executable": "/usr/bin/python3", "uid": 0, "compilers": [], "roots": ["/opt", "/usr"]},
         "checks": [
          {"name": "import", "passed": true, "detail": "uwsgi: import uwsgidecorators importable only inside its own server: uwsgi (it imports module uwsgi, which exists only inside the executable uwsgi that the distribution installs; the import was not verified here)"},
          {"name": "entry points", "passed": true, "detail": "/usr/local/bin/uwsgi --version: ok, exit code 0: 2.0.21"},
          {"name": "no compiler", "passed": true, "detail": "none of gcc, cc, g++, c++, clang on PATH"},
          {"name": "shared libraries", "passed": true, "detail": "768 ELF files under /opt, /usr checked with ldd"},
          {"name": "non-root", "passed": false, "detail": "effective uid 0"},
          {"name": "no world-writable files", "passed": true, "detail": "none under /opt, /usr"}
        ]}
        """;

    /// <summary>the uWSGI wheel without libpython3.11.</summary>
    public const string MissingLibPython = """
        {"schema": 1,
         "facts": {"python": "3.11.2", "executable": "/usr/bin/python3", "uid": 0, "compilers": [], "roots": ["/opt", "/usr"]},
         "checks": [
          {"name": "import", "passed": true, "detail": "uwsgi: import uwsgidecorators importable only inside its own server: uwsgi (it imports module uwsgi, which exists only inside the executable uwsgi that the distribution installs; the import was not verified here)"},
          {"name": "entry points", "passed": false, "detail": "/usr/local/bin/uwsgi --version: FAILED, exit code 127: /usr/local/bin/uwsgi: error while loading shared libraries: libpython3.11.so.1.0: cannot open shared object file: No such file or directory"},
          {"name": "no compiler", "passed": true, "detail": "none of gcc, cc, g++, c++, clang on PATH"},
          {"name": "shared libraries", "passed": false, "detail": "/usr/local/bin/uwsgi: libpython3.11.so.1.0 => not found\n767 ELF files under /opt, /usr checked with ldd"},
          {"name": "non-root", "passed": false, "detail": "effective uid 0"},
          {"name": "no world-writable files", "passed": true, "detail": "none under /opt, /usr"}
        ]}
        """;

    /// <summary>as Good, with USER 10001.</summary>
    public const string NonRoot = """
        {"schema": 1,
         "facts": {"python": "3.11.2", "executable": "/usr/bin/python3", "uid": 10001, "compilers": [], "roots": ["/opt", "/usr"]},
         "checks": [
          {"name": "import", "passed": true, "detail": "uwsgi: import uwsgidecorators importable only inside its own server: uwsgi (it imports module uwsgi, which exists only inside the executable uwsgi that the distribution installs; the import was not verified here)"},
          {"name": "entry points", "passed": true, "detail": "/usr/local/bin/uwsgi --version: ok, exit code 0: 2.0.21"},
          {"name": "no compiler", "passed": true, "detail": "none of gcc, cc, g++, c++, clang on PATH"},
          {"name": "shared libraries", "passed": true, "detail": "768 ELF files under /opt, /usr checked with ldd"},
          {"name": "non-root", "passed": true, "detail": "effective uid 10001"},
          {"name": "no world-writable files", "passed": true, "detail": "none under /opt, /usr"}
        ]}
        """;

    /// <summary>as Good, plus gcc and a chmod o+w on uwsgidecorators.py.</summary>
    public const string CompilerAndWorldWritable = """
        {"schema": 1,
         "facts": {"python": "3.11.2", "executable": "/usr/bin/python3", "uid": 0, "compilers": ["/usr/bin/cc", "/usr/bin/gcc"], "roots": ["/opt", "/usr"]},
         "checks": [
          {"name": "import", "passed": true, "detail": "uwsgi: import uwsgidecorators importable only inside its own server: uwsgi (it imports module uwsgi, which exists only inside the executable uwsgi that the distribution installs; the import was not verified here)"},
          {"name": "entry points", "passed": true, "detail": "/usr/local/bin/uwsgi --version: ok, exit code 0: 2.0.21"},
          {"name": "no compiler", "passed": false, "detail": "on PATH: cc=/usr/bin/cc, gcc=/usr/bin/gcc"},
          {"name": "shared libraries", "passed": true, "detail": "846 ELF files under /opt, /usr checked with ldd"},
          {"name": "non-root", "passed": false, "detail": "effective uid 0"},
          {"name": "no world-writable files", "passed": false, "detail": "/usr/local/lib/python3.11/dist-packages/uwsgidecorators.py"}
        ]}
        """;

    /// <summary>Good run with PATH=/usr/local/bin, so ldd is not found.</summary>
    public const string NoLdd = """
        {"schema": 1,
         "facts": {"python": "3.11.2", "executable": "/usr/bin/python3", "uid": 0, "compilers": [], "roots": ["/usr"]},
         "checks": [
          {"name": "import", "passed": true, "detail": "uwsgi: import uwsgidecorators importable only inside its own server: uwsgi (it imports module uwsgi, which exists only inside the executable uwsgi that the distribution installs; the import was not verified here)"},
          {"name": "entry points", "passed": true, "detail": "/usr/local/bin/uwsgi --version: ok, exit code 0: 2.0.21"},
          {"name": "no compiler", "passed": true, "detail": "none of gcc, cc, g++, c++, clang on PATH"},
          {"name": "shared libraries", "passed": false, "detail": "ldd is not on PATH, so shared libraries could not be checked (searched /usr)"},
          {"name": "non-root", "passed": false, "detail": "effective uid 0"},
          {"name": "no world-writable files", "passed": true, "detail": "none under /usr"}
        ]}
        """;

    /// <summary>Good image asked for "uWSGI Not_There".</summary>
    public const string MissingDistribution = """
        {"schema": 1,
         "facts": {"python": "3.11.2", "executable": "/usr/bin/python3", "uid": 0, "compilers": [], "roots": ["/usr"]},
         "checks": [
          {"name": "import", "passed": false, "detail": "uWSGI: import uwsgidecorators importable only inside its own server: uwsgi (it imports module uwsgi, which exists only inside the executable uwsgi that the distribution installs; the import was not verified here)\nNot_There: not installed (no distribution metadata found)"},
          {"name": "entry points", "passed": true, "detail": "/usr/local/bin/uwsgi --version: ok, exit code 0: 2.0.21"},
          {"name": "no compiler", "passed": true, "detail": "none of gcc, cc, g++, c++, clang on PATH"},
          {"name": "shared libraries", "passed": true, "detail": "768 ELF files under /usr checked with ldd"},
          {"name": "non-root", "passed": false, "detail": "effective uid 0"},
          {"name": "no world-writable files", "passed": true, "detail": "none under /usr"}
        ]}
        """;
}
