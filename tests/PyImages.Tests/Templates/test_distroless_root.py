"""distroless_root.py's parts, run as Python on this machine's python3 (the xunit test EmbeddedScriptTests runs this file).

`distroless_root` is the embedded script as the assembly ships it, put on the path by the xunit test.
"""
import json
import os
import shutil
import stat
import sys
import tempfile
import unittest
from unittest import mock

import distroless_root


def write(path, text=""):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    return path


def read(path):
    with open(path) as f:
        return f.read()


class Folders(unittest.TestCase):
    def setUp(self):
        self.top = tempfile.mkdtemp(prefix="pyimages-distroless-")
        self.addCleanup(shutil.rmtree, self.top, True)
        self.out = os.path.join(self.top, "out")


class MergedUsr(Folders):
    def test_a_library_reached_through_lib_is_copied_once_and_the_links_stay_links(self):
        real = write(os.path.join(self.top, "usr/lib/x86/libfoo.so.1.2"), "ELF")
        os.symlink("libfoo.so.1.2", os.path.join(self.top, "usr/lib/x86/libfoo.so.1"))
        os.symlink("usr/lib", os.path.join(self.top, "lib"))
        root = distroless_root.Root()

        root.add(os.path.join(self.top, "lib/x86/libfoo.so.1"), "library needed by a")
        distroless_root.materialise(root, self.out, {})

        self.assertEqual([real], list(root.files))
        staged = self.out + self.top
        self.assertEqual("usr/lib", os.readlink(os.path.join(staged, "lib")))
        self.assertEqual("libfoo.so.1.2", os.readlink(os.path.join(staged, "usr/lib/x86/libfoo.so.1")))
        self.assertEqual("ELF", read(os.path.join(staged, "lib/x86/libfoo.so.1")))
        self.assertFalse(os.path.islink(staged + "/usr/lib/x86/libfoo.so.1.2"))


class StandardLibrary(Folders):
    def test_the_test_suite_guis_installers_and_bytecode_are_left_out_and_the_rest_kept(self):
        stdlib = os.path.join(self.top, "python3.11")
        kept = [write(os.path.join(stdlib, p)) for p in ("os.py", "json/__init__.py", "lib-dynload/_ssl.cpython-311.so")]
        for p in ("test/test_os.py", "idlelib/run.py", "tkinter/__init__.py", "ensurepip/__init__.py", "lib2to3/main.py",
                  "pydoc_data/topics.py", "site-packages/pip/__init__.py", "json/__pycache__/__init__.cpython-311.pyc",
                  "lib-dynload/_testcapi.cpython-311.so", "lib-dynload/nis.cpython-311.so", "config-3.11-x86_64-linux-gnu/Makefile"):
            write(os.path.join(stdlib, p))
        root = distroless_root.Root()

        root.add_tree(stdlib, "standard library", distroless_root.stdlib_filter(stdlib, "drop"))

        self.assertEqual(sorted(kept), sorted(root.files))

    def test_bytecode_is_kept_when_asked_without_the_optimised_copies(self):
        stdlib = os.path.join(self.top, "python3.11")
        plain = write(os.path.join(stdlib, "__pycache__/os.cpython-311.pyc"))
        write(os.path.join(stdlib, "__pycache__/os.cpython-311.opt-1.pyc"))
        root = distroless_root.Root()

        root.add_tree(stdlib, "standard library", distroless_root.stdlib_filter(stdlib, "keep"))

        self.assertEqual([plain], list(root.files))


class StartupBytecode(Folders):
    def test_the_modules_the_start_and_the_packages_imports_load_are_found_and_compiled_for_the_staged_copies(self):
        tree = os.path.join(self.top, "tree")
        write(os.path.join(tree, "usesjson/__init__.py"), "import json\n")
        write(os.path.join(tree, "broken.py"), "raise RuntimeError('needs its server')\n")
        stdlib = os.path.realpath(distroless_root.sysconfig.get_path("stdlib"))

        sources = distroless_root.loaded_stdlib_sources(tree, stdlib)

        self.assertIn(os.path.join(stdlib, "json", "__init__.py"), sources)
        self.assertIn(os.path.join(stdlib, "encodings", "__init__.py"), sources)
        self.assertIn(os.path.join(stdlib, "encodings", "ascii.py"), sources)  # the C locale of an embedding server
        self.assertNotIn(os.path.join(stdlib, "smtplib.py"), sources)
        self.assertEqual(1, distroless_root.compile_into(self.out, [os.path.join(stdlib, "json", "__init__.py")]))
        self.assertTrue(os.path.isfile(self.out + distroless_root.importlib.util.cache_from_source(os.path.join(stdlib, "json", "__init__.py"))))


class Closure(Folders):
    def test_the_libraries_and_the_loader_of_an_elf_file_are_added_naming_who_needs_them(self):
        python = os.path.realpath(sys.executable)
        root = distroless_root.Root()

        needed_by = distroless_root.add_closure(root, distroless_root.loaded_libraries_of([python]))

        names = {os.path.basename(p) for p in needed_by}
        self.assertIn("libc.so.6", names)
        self.assertTrue(any(n.startswith("ld-linux") for n in names), names)
        libc = next(p for p in root.files if os.path.basename(p).startswith("libc"))
        self.assertEqual("library needed by " + python, root.files[libc])

    def test_many_elf_files_are_read_with_one_ldd_and_each_gets_what_its_own_ldd_lists(self):
        dynload = os.path.join(distroless_root.sysconfig.get_path("stdlib"), "lib-dynload")
        extensions = sorted(os.path.join(dynload, n) for n in os.listdir(dynload) if n.endswith(".so"))[:20] if os.path.isdir(dynload) else []
        not_elf = write(os.path.join(self.top, "notes.txt"), "text")
        files = sorted([os.path.realpath(sys.executable), not_elf] + extensions)
        alone = {path: distroless_root.loaded_libraries_of([path])[path] for path in files}
        run = distroless_root.subprocess.run

        with mock.patch.object(distroless_root.subprocess, "run", side_effect=run) as started:
            together = distroless_root.loaded_libraries_of(files)

        self.assertEqual(1, started.call_count)
        self.assertEqual(alone, together)
        self.assertEqual([], together[not_elf])
        self.assertTrue(together[os.path.realpath(sys.executable)])

    def test_a_command_line_that_would_grow_too_long_is_split_keeping_every_path_once(self):
        paths = ["/%s/%s" % ("d" * 40, i) for i in range(100)]

        batches = list(distroless_root.ldd_batches(paths, budget=1000))

        self.assertEqual(paths, [p for batch in batches for p in batch])
        self.assertTrue(all(sum(len(p) + 1 for p in batch) <= 1000 for batch in batches))
        self.assertEqual(1, len(list(distroless_root.ldd_batches(paths))))

    def test_an_elf_file_whose_library_the_builder_lacks_stops_the_build_naming_it_and_its_own_lines_only(self):
        python = os.path.realpath(sys.executable)
        broken = os.path.join(self.top, "broken")
        shutil.copy(python, broken)
        with open(broken, "r+b") as f:
            at = f.read().index(b"libc.so.6\0")
            f.seek(at + 3)
            f.write(b"q")

        for files in ([broken], sorted([python, broken])):
            with self.assertRaises(SystemExit) as stopped:
                distroless_root.loaded_libraries_of(files)

            message = str(stopped.exception)
            self.assertTrue(message.startswith("distroless: %s needs a library the builder lacks:\n" % broken), message)
            self.assertIn("libq.so.6 => not found", message)
            self.assertNotIn(python, message)


class Accounts(Folders):
    def test_passwd_and_group_name_the_user_and_tmp_is_sticky_and_writable(self):
        distroless_root.write_accounts(self.out, 10001, "app")

        self.assertIn("app:x:10001:10001::/tmp:/sbin/nologin\n", read(os.path.join(self.out, "etc/passwd")))
        self.assertIn("app:x:10001:\n", read(os.path.join(self.out, "etc/group")))
        self.assertEqual(0o1777, stat.S_IMODE(os.stat(os.path.join(self.out, "tmp")).st_mode))


class TimeZoneData(Folders):
    def test_the_zone_files_are_added_saying_why_and_a_builder_without_them_stops_naming_the_folder(self):
        zoneinfo = os.path.join(self.top, "zoneinfo")
        write(os.path.join(zoneinfo, "Europe", "Paris"), "TZif")
        root = distroless_root.Root()

        distroless_root.add_time_zone_data(root, zoneinfo)
        with self.assertRaises(SystemExit) as stopped:
            distroless_root.add_time_zone_data(root, os.path.join(self.top, "none"))

        self.assertIn("time zones, asked for", root.files[os.path.join(zoneinfo, "Europe", "Paris")])
        self.assertIn("has no " + os.path.join(self.top, "none"), str(stopped.exception))


class WholeScript(Folders):
    def test_stages_interpreter_stdlib_tree_and_closure_and_writes_why_each_file_is_there(self):
        stdlib = os.path.join(self.top, "stdlib")
        write(os.path.join(stdlib, "os.py"))
        write(os.path.join(stdlib, "test/test_os.py"))
        tree = os.path.join(self.top, "tree")
        write(os.path.join(tree, "pkg/__init__.py"))
        manifest = "/usr/lib/pyimages/distroless.json"

        with mock.patch.object(distroless_root.sysconfig, "get_path", return_value=stdlib):
            distroless_root.main(["--root", self.out, "--tree", tree, "--uid", "10001", "--user", "app", "--manifest", manifest])

        python = os.path.realpath(sys.executable)
        self.assertTrue(os.path.isfile(self.out + python))
        self.assertTrue(os.path.isfile(self.out + stdlib + "/os.py"))
        self.assertFalse(os.path.exists(self.out + stdlib + "/test"))
        self.assertTrue(os.path.isfile(self.out + tree + "/pkg/__init__.py"))
        written = json.loads(read(self.out + manifest))
        self.assertEqual(1, written["schema"])
        self.assertTrue(written["files"][python].startswith("interpreter"))
        self.assertEqual({stdlib: "standard library", tree: "installed packages"}, written["folders"])
        self.assertTrue(any(reason.startswith("library needed by") for reason in written["files"].values()))


if __name__ == "__main__":
    unittest.main()
