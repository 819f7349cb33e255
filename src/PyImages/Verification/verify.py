"""PyImages' verification: runs inside a built image with the image's own interpreter (stdlib only, Python 3.8+).

Prints one JSON document {"schema": 1, "facts": {...}, "checks": [{"name", "passed", "detail"}]}.
Arguments: [--prefix DIR]... [--check NAME]... -- DISTRIBUTION... (--check: the checks to run, in the script's order;
none: the six that apply to every image). Which checks apply to an image is the caller's rule, not the script's.
Without ldd (distroless images) shared libraries are listed by the interpreter's own dynamic loader in trace mode.
Two checks are for distroless images and run only when named: no shell and no package manager, and every module of
every installed distribution imports (a module that needs a file left out of the image fails here, not in production).
It always exits 0 when it could print its result; which checks are required is decided by the caller.
uWSGI's rule: a module whose import fails only because it needs a module named like an executable the same
distribution installs (uwsgidecorators needs uwsgi, which exists only inside the uwsgi binary) is reported as
"importable only inside its own server" and does not fail the import check.
The schema number is VerifyScript.Schema in the C# code that reads the output: change both together.
"""
import argparse, json, os, platform, re, shutil, site, stat, struct, subprocess, sys, sysconfig
from importlib import metadata

COMPILERS = ("gcc", "cc", "g++", "c++", "clang")
MUSL_MISSING = re.compile(r"Error loading shared library (\S+?):")
SERVER_ONLY = "importable only inside its own server"
IMPORT_CHILD = (
    "import importlib, json, sys\n"
    "if sys.path and sys.path[0] in ('', '.'): del sys.path[0]\n"
    "try:\n"
    "    importlib.import_module(sys.argv[1]); print(json.dumps({'ok': True}))\n"
    "except ModuleNotFoundError as e:\n"
    "    print(json.dumps({'ok': False, 'missing': e.name, 'error': repr(e)}))\n"
    "except BaseException as e:\n"
    "    print(json.dumps({'ok': False, 'missing': None, 'error': repr(e)}))\n"
)


def check(name, passed, detail):
    return {"name": name, "passed": bool(passed), "detail": detail}


def normalise(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def requested_name(spec):
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", spec)
    return match.group(1) if match else spec


def installed_distributions():
    found = {}
    for dist in metadata.distributions():
        name = dist.metadata["Name"]
        if name:
            found.setdefault(normalise(name), dist)
    return found


def record_files(dist):
    return [str(f) for f in (dist.files or [])]


def installed_scripts(dist):
    paths = []
    for entry_point in dist.entry_points:
        if entry_point.group == "console_scripts":
            paths.append(shutil.which(entry_point.name) or os.path.join(sysconfig.get_path("scripts"), entry_point.name))
    for f in dist.files or []:
        parts = str(f).replace("\\", "/").split("/")
        if len(parts) > 1 and parts[-2] in ("bin", "Scripts"):
            located = os.path.normpath(str(dist.locate_file(f)))
            if not os.path.exists(located):
                # pip install --target keeps RECORD's paths relative to a temporary prefix; the script sits
                # in <target>/bin, or wherever PATH finds it.
                in_tree = os.path.join(str(dist.locate_file("")), parts[-2], parts[-1])
                located = in_tree if os.path.exists(in_tree) else (shutil.which(parts[-1]) or located)
            paths.append(located)
    unique = []
    for path in paths:
        resolved = os.path.normpath(os.path.abspath(path))
        if resolved not in unique:
            unique.append(resolved)
    return unique


def module_from_record_path(path):
    parts = path.replace("\\", "/").split("/")
    head = parts[0]
    if head in ("..", "") or head.endswith((".dist-info", ".egg-info", ".data")) or head == "__pycache__":
        return None
    if len(parts) == 1:
        if head.endswith(".py"):
            return head[:-3]
        if head.endswith((".so", ".pyd")):
            return head.split(".")[0]
        return None
    return head if head.isidentifier() else None


def top_level_modules(dist):
    text = dist.read_text("top_level.txt")
    if text:
        names = [line.strip() for line in text.splitlines()]
        source = "top_level.txt"
    else:
        names = [module_from_record_path(f) for f in record_files(dist)]
        source = "RECORD"
    modules = sorted({n for n in names if n and n.isidentifier()})
    return modules, source


def import_module(module):
    try:
        done = subprocess.run([sys.executable, "-c", IMPORT_CHILD, module], stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, errors="replace", timeout=120, cwd="/")
    except subprocess.TimeoutExpired:
        return {"ok": False, "missing": None, "error": "import timed out after 120 s"}
    lines = done.stdout.strip().splitlines()
    try:
        return json.loads(lines[-1])
    except (IndexError, ValueError):
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        return {"ok": False, "missing": None, "error": "exit code %d: %s" % (done.returncode, " | ".join(tail))}


def check_imports(requested, installed):
    passed, lines = True, []
    for spec in requested:
        dist = installed.get(normalise(requested_name(spec)))
        if dist is None:
            passed = False
            lines.append("%s: not installed (no distribution metadata found)" % spec)
            continue
        modules, source = top_level_modules(dist)
        if not modules:
            lines.append("%s: no top-level modules in its %s; nothing to import" % (spec, source))
        own_executables = {os.path.basename(p) for p in installed_scripts(dist)}
        for module in modules:
            outcome = import_module(module)
            if outcome["ok"]:
                lines.append("%s: import %s ok (modules from %s)" % (spec, module, source))
            elif outcome["missing"] and outcome["missing"] != module and outcome["missing"] in own_executables:
                lines.append("%s: import %s %s: %s (it imports module %s, which exists only inside the executable %s that the distribution installs; the import was not verified here)"
                             % (spec, module, SERVER_ONLY, outcome["missing"], outcome["missing"], outcome["missing"]))
            else:
                passed = False
                lines.append("%s: import %s FAILED: %s" % (spec, module, outcome["error"]))
    return check("import", passed, "\n".join(lines))


def run_version(path):
    try:
        done = subprocess.run([path, "--version"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, errors="replace", timeout=20, cwd="/")
    except subprocess.TimeoutExpired:
        return False, "timed out after 20 s"
    except OSError as e:
        return False, str(e)
    head = " | ".join(done.stdout.strip().splitlines()[:3])
    return done.returncode == 0, "exit code %d: %s" % (done.returncode, head)


def check_entry_points(requested, installed):
    passed, lines = True, []
    for spec in requested:
        dist = installed.get(normalise(requested_name(spec)))
        if dist is None:
            continue
        scripts = installed_scripts(dist)
        if not scripts:
            lines.append("%s: installs no entry points" % spec)
        for path in scripts:
            ok, output = run_version(path)
            passed = passed and ok
            lines.append("%s --version: %s%s" % (path, "ok, " if ok else "FAILED, ", output))
    return check("entry points", passed, "\n".join(lines))


def compilers_on_path():
    return {name: shutil.which(name) for name in COMPILERS if shutil.which(name)}


def check_compiler(found):
    if not found:
        return check("no compiler", True, "none of %s on PATH" % ", ".join(COMPILERS))
    return check("no compiler", False, "on PATH: " + ", ".join("%s=%s" % item for item in sorted(found.items())))


def scan_roots(requested, installed, extra):
    roots = [sys.prefix, sys.exec_prefix, sys.base_prefix, sysconfig.get_path("scripts"), os.path.dirname(sys.executable)]
    roots += [sysconfig.get_path(key) for key in ("stdlib", "platstdlib", "purelib", "platlib")]
    roots += list(site.getsitepackages()) + [p for p in sys.path if p.endswith(("site-packages", "dist-packages"))]
    for spec in requested:
        dist = installed.get(normalise(requested_name(spec)))
        if dist is not None:
            roots += [os.path.dirname(p) for p in installed_scripts(dist)]
    roots += list(extra)
    unique = []
    for root in sorted({os.path.realpath(r) for r in roots if r and os.path.isdir(r)}):
        if not any(root.startswith(u.rstrip("/") + "/") for u in unique):
            unique.append(root)
    return unique


def walk(roots):
    for root in roots:
        for folder, dirs, files in os.walk(root):
            for name in dirs + files:
                yield os.path.join(folder, name)


def is_elf(path):
    try:
        if stat.S_ISREG(os.lstat(path).st_mode):
            with open(path, "rb") as f:
                return f.read(4) == b"\x7fELF"
    except OSError:
        pass
    return False


def ldd_batch_size():
    # musl's ldd lists only its first argument; glibc's takes many.
    return 200 if platform.libc_ver()[0] == "glibc" else 1


def unresolved_libraries(ldd, files, size=None, env=None):
    missing, size = [], size or ldd_batch_size()
    for start in range(0, len(files), size):
        batch = files[start:start + size]
        done = subprocess.run(ldd + batch, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True, errors="replace", timeout=300)
        current = batch[0]
        for line in done.stdout.splitlines():
            musl = MUSL_MISSING.search(line)
            if not line.startswith(("\t", " ")) and line.endswith(":"):
                current = line[:-1]
            elif musl:
                missing.append("%s: %s => not found" % (current, musl.group(1)))
            elif "not found" in line:
                missing.append("%s: %s" % (current, line.strip()))
    return missing


def check_shared_libraries(roots):
    ldd, tool, size, env = [shutil.which("ldd")], "ldd", None, None
    if not ldd[0]:
        loader = program_interpreter(os.path.realpath(sys.executable))
        if not loader or not os.path.exists(loader):
            return check("shared libraries", False, "neither ldd nor the interpreter's dynamic loader (%s) is there, so shared libraries could not be checked (searched %s)" % (loader, ", ".join(roots)))
        # What ldd does: the loader in trace mode lists what it maps and names what it cannot find ("=> not found").
        ldd, tool, size, env = [loader], "LD_TRACE_LOADED_OBJECTS=1 " + loader, 1, dict(os.environ, LD_TRACE_LOADED_OBJECTS="1")
    elf_files = sorted({p for p in walk(roots) if is_elf(p)})
    missing = unresolved_libraries(ldd, elf_files, size, env) if elf_files else []
    summary = "%d ELF files under %s checked with %s" % (len(elf_files), ", ".join(roots), tool)
    return check("shared libraries", not missing, "\n".join(missing + [summary]))


def program_interpreter(path):
    """The dynamic loader an ELF executable names (PT_INTERP), or None."""
    try:
        with open(path, "rb") as f:
            head = f.read(64)
            if head[:4] != b"\x7fELF":
                return None
            wide, order = head[4] == 2, "<" if head[5] == 1 else ">"
            phoff = struct.unpack_from(order + ("Q" if wide else "I"), head, 32 if wide else 28)[0]
            entry_size, count = struct.unpack_from(order + "HH", head, 54 if wide else 42)
            for index in range(count):
                f.seek(phoff + index * entry_size)
                header = f.read(entry_size)
                if struct.unpack_from(order + "I", header, 0)[0] == 3:
                    offset, size = (struct.unpack_from(order + "Q", header, at)[0] for at in (8, 32)) if wide \
                        else (struct.unpack_from(order + "I", header, at)[0] for at in (4, 16))
                    f.seek(offset)
                    return f.read(size).rstrip(b"\0").decode()
    except (OSError, struct.error, UnicodeDecodeError):
        pass
    return None


SHELLS_AND_PACKAGE_MANAGERS = ("sh", "bash", "dash", "ash", "zsh", "busybox", "apt", "apt-get", "dpkg", "apk", "rpm", "yum",
                               "dnf", "microdnf", "pip", "pip3")
ALL_MODULES_CHILD = (
    "import importlib, json, sys\n"
    "if sys.path and sys.path[0] in ('', '.'): del sys.path[0]\n"
    "for name in sys.argv[1:]:\n"
    "    try:\n"
    "        importlib.import_module(name); print(json.dumps([name, True, None, None]))\n"
    "    except BaseException as e:\n"
    "        print(json.dumps([name, False, e.name if isinstance(e, ModuleNotFoundError) else None, repr(e)]))\n"
)


def check_no_shell():
    folders = [p for p in os.environ.get("PATH", "").split(os.pathsep) if p] + ["/bin", "/sbin", "/usr/bin", "/usr/sbin", "/usr/local/bin"]
    found = sorted({os.path.join(f, n) for f in folders for n in SHELLS_AND_PACKAGE_MANAGERS if os.path.lexists(os.path.join(f, n))})
    if importlib_util_find("pip"):
        found.append("the pip module (python -m pip)")
    return check("no shell or package manager", not found, "found: " + ", ".join(found) if found
                 else "none of %s in %s; no pip module" % (", ".join(SHELLS_AND_PACKAGE_MANAGERS), ", ".join(sorted(set(folders)))))


def importlib_util_find(name):
    import importlib.util
    return importlib.util.find_spec(name) is not None


def module_names(dist):
    """Every importable module a distribution's RECORD lists (packages, submodules, extensions), __main__ left out."""
    names = set()
    for path in record_files(dist):
        parts = path.replace("\\", "/").split("/")
        if parts[0] in ("..", "") or any(p.endswith((".dist-info", ".egg-info", ".data")) or p == "__pycache__" for p in parts):
            continue
        leaf = parts[-1]
        if leaf.endswith(".py"):
            parts[-1] = leaf[:-3]
        elif leaf.endswith((".so", ".pyd")):
            parts[-1] = leaf.split(".")[0]
        else:
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if parts and parts[-1] != "__main__" and all(p.isidentifier() for p in parts):
            names.add(".".join(parts))
    return sorted(names)


def optional_dependency(missing, installed_modules):
    """A missing module that neither the standard library nor an installed distribution has: an optional extra, not a left-out file."""
    names = getattr(sys, "stdlib_module_names", None)
    top = (missing or "").split(".")[0]
    return bool(top) and names is not None and top not in names and top not in installed_modules


def check_all_modules(installed):
    passed, lines, total = True, [], 0
    modules_of = {key: module_names(dist) for key, dist in installed.items()}
    installed_modules = {m.split(".")[0] for modules in modules_of.values() for m in modules}
    for key in sorted(installed):
        dist = installed[key]
        modules = modules_of[key]
        total += len(modules)
        if not modules:
            continue
        own_executables = {os.path.basename(p) for p in installed_scripts(dist)}
        done = subprocess.run([sys.executable, "-c", ALL_MODULES_CHILD] + modules, stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, errors="replace", timeout=600, cwd="/")
        outcomes = {}
        for line in done.stdout.splitlines():
            try:
                name, ok, missing, error = json.loads(line)
                outcomes[name] = (ok, missing, error)
            except ValueError:
                pass
        for module in modules:
            ok, missing, error = outcomes.get(module, (False, None, "no answer (exit code %d: %s)" % (done.returncode, done.stderr.strip()[-200:])))
            if ok:
                continue
            if missing and missing != module.split(".")[0] and missing in own_executables:
                lines.append("%s: %s %s (needs module %s)" % (key, module, SERVER_ONLY, missing))
            elif optional_dependency(missing, installed_modules):
                lines.append("%s: %s needs %s, which is neither in the standard library nor installed (an optional dependency; it fails so on every variant)"
                             % (key, module, missing))
            else:
                passed = False
                lines.append("%s: import %s FAILED: %s" % (key, module, error))
    lines.append("%d modules of %d distributions imported" % (total, len(installed)))
    return check("every module imports", passed, "\n".join(lines))


def check_non_root():
    uid = os.geteuid()
    return check("non-root", uid != 0, "effective uid %d" % uid)


def world_writable(path):
    mode = os.lstat(path).st_mode
    if stat.S_ISLNK(mode) or not mode & stat.S_IWOTH:
        return False
    return not (stat.S_ISDIR(mode) and mode & stat.S_ISVTX)


def check_world_writable(roots):
    found = []
    for path in walk(roots):
        try:
            if world_writable(path):
                found.append(path)
        except OSError:
            pass
    detail = "\n".join(found[:20] + (["... and %d more" % (len(found) - 20)] if len(found) > 20 else []))
    return check("no world-writable files", not found, detail or "none under " + ", ".join(roots))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("distributions", nargs="*")
    parser.add_argument("--prefix", action="append", default=[])
    parser.add_argument("--check", action="append", default=None,
                        help="run this check (repeatable); default: the six that apply to every image")
    args = parser.parse_args()
    installed = installed_distributions()
    compilers = compilers_on_path()
    roots = scan_roots(args.distributions, installed, args.prefix)
    runs = [
        ("import", lambda: check_imports(args.distributions, installed)),
        ("entry points", lambda: check_entry_points(args.distributions, installed)),
        ("no compiler", lambda: check_compiler(compilers)),
        ("shared libraries", lambda: check_shared_libraries(roots)),
        ("non-root", check_non_root),
        ("no world-writable files", lambda: check_world_writable(roots)),
    ]
    named_only = [("no shell or package manager", check_no_shell), ("every module imports", lambda: check_all_modules(installed))]
    if args.check is None:
        checks = [run() for name, run in runs]
    else:
        checks = [run() for name, run in runs + named_only if name in args.check]
    facts = {"python": sys.version.split()[0], "executable": sys.executable, "uid": os.geteuid(),
             "compilers": sorted(compilers.values()), "roots": roots}
    print(json.dumps({"schema": 1, "facts": facts, "checks": checks}, indent=1))


if __name__ == "__main__":
    main()
