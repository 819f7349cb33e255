"""PyImages' distroless root: run in the builder stage (as root, with the base's interpreter, stdlib only, Python 3.8+).

Stages under --root the file system of an image that starts FROM scratch: the interpreter, the standard library
without what never runs in a service, the installed packages (--tree), the shared libraries every ELF file among them
loads (found with the builder's ldd, the dynamic loader included), the CA certificates when ssl is kept, /etc/passwd
and /etc/group with the unprivileged user, and a writable /tmp. Symbolic links along every path are kept as links
(Debian's merged /usr: /lib, /lib64 and /bin stay links to usr/..., so no file is copied twice).
When libpython is a shared library that a package needs but the interpreter carries a static copy of it (Debian's
python3), the interpreter is replaced by a small launcher linked against libpython, if the builder has a compiler.
Writes --manifest (inside --root): why each file is there, which Analyze reads back from the image.
Bytecode (--bytecode): "startup" (the default) compiles only the standard library modules that the interpreter's start
and the installed packages' imports load (measured: all of __pycache__ costs 11 MB, none makes every start compile
encodings and whatever the service imports); "keep" keeps all of __pycache__, "drop" none.
--time-zone-data adds /usr/share/zoneinfo (read by zoneinfo and the C library), which is left out otherwise (UTC only).
Arguments: --root DIR --tree DIR --uid N --user NAME --manifest PATH [--bytecode startup|keep|drop] [--time-zone-data]
"""
import argparse, importlib.util, json, os, py_compile, re, shutil, stat, subprocess, sys, sysconfig, tempfile

# What never runs in a service: tests, GUIs, installers, the interactive terminal (curses, readline) and NIS (nis pulls
# in Kerberos); site-packages and dist-packages hold the base's own pip and setuptools.
LEFT_OUT_STDLIB = {"test", "idlelib", "tkinter", "turtledemo", "ensurepip", "lib2to3", "pydoc_data", "curses",
                   "site-packages", "dist-packages", "__phello__"}
LEFT_OUT_EXTENSIONS = re.compile(r"^(_test\w*|_ctypes_test|_xxtestfuzz|xxlimited\w*|_tkinter|_xxsubinterpreters|_curses\w*|readline|nis)\.")
LDD_PATH = re.compile(r"(?:=>\s*)?(/\S+)\s+\(0x[0-9a-f]+\)")
# Far below the kernel's limit on a command line and its environment (ARG_MAX, 2 MB and more).
LDD_ARGUMENT_BYTES = 100000
LOADED_MODULES = (
    "import json, sys\n"
    "for name in sys.argv[1:]:\n"
    "    try:\n"
    "        __import__(name)\n"
    "    except BaseException:\n"
    "        pass\n"
    "print(json.dumps(sorted({m.__file__ for m in list(sys.modules.values()) if getattr(m, '__file__', None)})))\n"
)
LAUNCHER = "#include <Python.h>\nint main(int argc, char **argv) { return Py_BytesMain(argc, argv); }\n"


class Root:
    """The staged files (source path -> reason) and links (path -> target), each path as it is in the builder."""

    def __init__(self):
        self.files, self.links, self.dirs = {}, {}, {}

    def add(self, path, reason):
        """Adds a path, recording every symbolic link met on the way and the file it resolves to."""
        path = os.path.normpath(path)
        parts = path.strip("/").split("/")
        current = "/"
        for index, part in enumerate(parts):
            step = os.path.join(current, part)
            if os.path.islink(step):
                target = os.readlink(step)
                self.links[step] = target
                resolved = os.path.normpath(os.path.join(current, target))
                return self.add(os.path.join(resolved, *parts[index + 1:]), reason)
            current = step
        if os.path.isdir(current):
            self.dirs.setdefault(current, reason)
        else:
            self.files.setdefault(current, reason)
        return current

    def add_tree(self, top, reason, keep=lambda path: True):
        top = self.add(top, reason)
        for folder, dirs, files in os.walk(top):
            dirs[:] = sorted(d for d in dirs if keep(os.path.join(folder, d)))
            for name in [d for d in dirs if os.path.islink(os.path.join(folder, d))]:
                dirs.remove(name)
                self.add(os.path.join(folder, name), reason)
            for name in sorted(files):
                path = os.path.join(folder, name)
                if keep(path):
                    self.add(path, reason) if os.path.islink(path) else self.files.setdefault(path, reason)
            for name in dirs:
                self.dirs.setdefault(os.path.join(folder, name), reason)


def stdlib_filter(stdlib, bytecode):
    def keep(path):
        relative = os.path.relpath(path, stdlib)
        head = relative.split(os.sep)[0]
        name = os.path.basename(path)
        if head in LEFT_OUT_STDLIB or head.startswith("config-"):
            return False
        if name == "__pycache__" and bytecode != "keep":
            return False
        if "__pycache__" in relative.split(os.sep) and re.search(r"\.opt-[12]\.pyc$", name):
            return False
        return not (head == "lib-dynload" and LEFT_OUT_EXTENSIONS.match(name))
    return keep


def top_level_modules(tree):
    names = []
    for entry in sorted(os.listdir(tree)) if os.path.isdir(tree) else []:
        path = os.path.join(tree, entry)
        if entry.endswith(".py") and entry[:-3].isidentifier():
            names.append(entry[:-3])
        elif os.path.isfile(os.path.join(path, "__init__.py")) and entry.isidentifier():
            names.append(entry)
        elif entry.endswith(".so") and entry.split(".")[0].isidentifier():
            names.append(entry.split(".")[0])
    return names


def loaded_stdlib_sources(tree, stdlib):
    """The standard library's .py files that a start of the interpreter and an import of each installed top-level module
    load, in the C.UTF-8 start of python3 and in the plain C locale of a server that embeds the interpreter without
    coercing the locale (uWSGI: its start loads encodings.ascii); a module reached through a link (Debian's
    sitecustomize.py into /etc) keeps the path it is imported by, where its bytecode is looked for."""
    found = set()
    for locale in ({}, {"LC_ALL": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"}):
        environment = dict(os.environ, PYTHONPATH=tree, PYTHONDONTWRITEBYTECODE="1", **locale)
        done = subprocess.run([sys.executable, "-c", LOADED_MODULES] + top_level_modules(tree), env=environment, cwd="/",
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, timeout=600)
        try:
            found.update(json.loads(done.stdout.strip().splitlines()[-1]))
        except (IndexError, ValueError):
            pass
    return sorted({f for f in found if f.endswith(".py") and os.path.abspath(f).startswith(stdlib + "/")})


def compile_into(root_dir, sources):
    """Bytecode for the staged copies (copy2 kept each source's mtime, which the timestamp in the .pyc must match)."""
    for source in sources:
        py_compile.compile(source, cfile=root_dir + importlib.util.cache_from_source(source), doraise=False)
    return len(sources)


def is_elf(path):
    try:
        if stat.S_ISREG(os.lstat(path).st_mode):
            with open(path, "rb") as f:
                return f.read(4) == b"\x7fELF"
    except OSError:
        pass
    return False


def ldd_batches(paths, budget=LDD_ARGUMENT_BYTES):
    """The paths in command lines of at most budget bytes: one for any real tree, whatever its number of ELF files."""
    batch, size = [], 0
    for path in paths:
        length = len(os.fsencode(path)) + 1
        if batch and size + length > budget:
            yield batch
            batch, size = [], 0
        batch.append(path)
        size += length
    if batch:
        yield batch


def loaded_libraries_of(paths):
    """For each ELF file (absolute paths), the libraries the dynamic loader maps, the loader included (ldd's paths).
    glibc's ldd takes many files and heads each one's lines with "PATH:" (with a single file, it prints none)."""
    output = {path: [] for path in paths}
    for batch in ldd_batches(paths):
        done = subprocess.run(["ldd"] + batch, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True, errors="replace")
        headers = {path + ":": path for path in batch} if len(batch) > 1 else {}
        current = batch[0]
        for line in done.stdout.splitlines():
            if line in headers:
                current = headers[line]
            else:
                output[current].append(line)
    for path in paths:
        text = "".join(line + "\n" for line in output[path])
        if "not found" in text:
            raise SystemExit("distroless: %s needs a library the builder lacks:\n%s" % (path, text))
    return {path: [m.group(1) for m in map(LDD_PATH.search, lines) if m] for path, lines in output.items()}


def add_closure(root, libraries):
    """Adds every library of the ELF files (libraries: from loaded_libraries_of), naming who needs it."""
    needed_by = {}
    for elf, loaded in sorted(libraries.items()):
        for library in loaded:
            needed_by.setdefault(library, []).append(elf)
    for library, users in sorted(needed_by.items()):
        shown = ", ".join(sorted(users)[:3]) + (" and %d more" % (len(users) - 3) if len(users) > 3 else "")
        root.add(library, "library needed by " + shown)
    return needed_by


def add_glibc_helpers(root, needed_by):
    """glibc loads libgcc_s with dlopen to unwind a thread that exits or is cancelled: ldd cannot see it."""
    libc = next((lib for lib in needed_by if os.path.basename(lib) == "libc.so.6"), None)
    helper = libc and os.path.join(os.path.dirname(libc), "libgcc_s.so.1")
    if helper and os.path.exists(helper):
        root.add(helper, "library glibc loads with dlopen for thread exit and cancellation")


def add_certificates(root, kept_extensions):
    if not any(os.path.basename(p).startswith("_ssl.") for p in kept_extensions):
        return
    import ssl
    paths = ssl.get_default_verify_paths()
    for path in (paths.openssl_cafile, os.path.join(os.path.dirname(paths.openssl_cafile), "openssl.cnf")):
        if os.path.exists(path):
            root.add(path, "data read by ssl (CA certificates, OpenSSL configuration)")


def add_time_zone_data(root, zoneinfo="/usr/share/zoneinfo"):
    if not os.path.isdir(zoneinfo):
        raise SystemExit("distroless: time zone data was asked for, but the builder has no %s (Debian's tzdata package)" % zoneinfo)
    root.add_tree(zoneinfo, "data read by zoneinfo and the C library (time zones, asked for)")


def libpython_in(needed_by):
    return next((lib for lib in needed_by if os.path.basename(lib).startswith("libpython")), None)


def build_launcher(interpreter, libpython, scratch):
    """A launcher that runs the interpreter from the shared libpython, or None (no compiler, no headers)."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    include = sysconfig.get_paths().get("include") or ""
    if not compiler or not os.path.exists(os.path.join(include, "Python.h")):
        return None, "no compiler or Python.h in the builder"
    source = os.path.join(scratch, "launcher.c")
    output = os.path.join(scratch, "python-launcher")
    with open(source, "w") as f:
        f.write(LAUNCHER)
    name = re.sub(r"^lib|\.so.*$", "", os.path.basename(libpython))
    done = subprocess.run([compiler, "-O2", "-s", "-o", output, source, "-I", include, "-L", os.path.dirname(libpython), "-l" + name],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if done.returncode != 0:
        return None, "the launcher did not compile: " + done.stdout.strip()[-300:]
    check = subprocess.run([output, "-c", "import sys; print(sys.prefix)"], stdout=subprocess.PIPE, text=True)
    if check.returncode != 0 or check.stdout.strip() != sys.prefix:
        return None, "the launcher did not find the standard library"
    return output, "launcher linked against %s (the static interpreter would carry it twice)" % libpython


def write_accounts(root_dir, uid, user):
    etc = os.path.join(root_dir, "etc")
    os.makedirs(etc, exist_ok=True)
    with open(os.path.join(etc, "passwd"), "w") as f:
        f.write("root:x:0:0:root:/root:/sbin/nologin\n%s:x:%d:%d::/tmp:/sbin/nologin\n" % (user, uid, uid))
    with open(os.path.join(etc, "group"), "w") as f:
        f.write("root:x:0:\n%s:x:%d:\n" % (user, uid))
    tmp = os.path.join(root_dir, "tmp")
    os.makedirs(tmp, exist_ok=True)
    os.chmod(tmp, 0o1777)


def materialise(root, root_dir, replacements):
    for folder in sorted(root.dirs):
        os.makedirs(root_dir + folder, exist_ok=True)
    for link, target in sorted(root.links.items()):
        os.makedirs(os.path.dirname(root_dir + link), exist_ok=True)
        if not os.path.lexists(root_dir + link):
            os.symlink(target, root_dir + link)
    for path in sorted(root.files):
        destination = root_dir + path
        os.makedirs(os.path.dirname(destination), exist_ok=True)
        shutil.copy2(replacements.get(path, path), destination)


def size_of(path):
    try:
        return os.lstat(path).st_size
    except OSError:
        return 0


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    parser.add_argument("--tree", required=True)
    parser.add_argument("--uid", type=int, required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--manifest", required=True)
    parser.add_argument("--bytecode", choices=("startup", "keep", "drop"), default="startup")
    parser.add_argument("--time-zone-data", action="store_true")
    args = parser.parse_args(argv)

    root = Root()
    interpreter = root.add(sys.executable, "interpreter")
    stdlib = sysconfig.get_path("stdlib")
    root.add_tree(stdlib, "standard library", stdlib_filter(os.path.realpath(stdlib), args.bytecode))
    root.add_tree(args.tree, "installed packages")
    kept_extensions = [p for p in root.files if p.startswith(os.path.realpath(stdlib) + "/") and p.endswith(".so")]
    libraries = loaded_libraries_of(sorted({interpreter} | {p for p in root.files if is_elf(p)}))
    needed_by = add_closure(root, libraries)
    add_glibc_helpers(root, needed_by)
    add_certificates(root, kept_extensions)
    if args.time_zone_data:
        add_time_zone_data(root)

    replacements, interpreter_note = {}, "the base's interpreter"
    libpython = libpython_in(needed_by)
    if libpython and not any(os.path.basename(lib).startswith("libpython") for lib in libraries[interpreter]):
        scratch = tempfile.mkdtemp(prefix="pyimages-launcher-")
        launcher, interpreter_note = build_launcher(interpreter, libpython, scratch)
        if launcher:
            replacements[interpreter] = launcher
            root.files[interpreter] = "interpreter (" + interpreter_note + ")"

    manifest = {"schema": 1, "interpreter": interpreter, "interpreter_note": interpreter_note, "stdlib": os.path.realpath(stdlib),
                "left_out": sorted(LEFT_OUT_STDLIB), "bytecode": args.bytecode,
                "files": {path: reason for path, reason in root.files.items()
                          if not reason.startswith(("standard library", "installed packages"))},
                "folders": {os.path.realpath(stdlib): "standard library", os.path.realpath(args.tree): "installed packages"}}
    materialise(root, args.root, replacements)
    if args.bytecode == "startup":
        kept = [p for p in loaded_stdlib_sources(os.path.realpath(args.tree), os.path.realpath(stdlib)) if p in root.files or p in root.links]
        manifest["bytecode"] = "startup: %d modules compiled" % compile_into(args.root, kept)
    write_accounts(args.root, args.uid, args.user)
    manifest_path = args.root + args.manifest
    os.makedirs(os.path.dirname(manifest_path), exist_ok=True)
    with open(manifest_path, "w") as f:
        json.dump(manifest, f, indent=1, sort_keys=True)
    total = sum(size_of(args.root + p) for p in root.files)
    print("distroless: %d files (%.1f MB), %d links, %d libraries; %s" % (
        len(root.files), total / 1e6, len(root.links), len(needed_by), interpreter_note))


if __name__ == "__main__":
    main()
