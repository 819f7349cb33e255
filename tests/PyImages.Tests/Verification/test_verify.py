"""verify.py's checks, run as Python on this machine's python3 (the xunit test PythonScriptTests runs this file).

`verify` is the embedded script as the assembly ships it, put on the path by the xunit test.
"""
import contextlib
import io
import json
import os
import shutil
import stat
import sys
import tempfile
import textwrap
import unittest
from unittest import mock

import verify


def write(path, text="", mode=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(textwrap.dedent(text))
    if mode is not None:
        os.chmod(path, mode)
    return path


class FakeSitePackages(unittest.TestCase):
    """A site-packages folder of its own with distributions as pip leaves them: METADATA, RECORD, entry points."""

    def setUp(self):
        self.site = tempfile.mkdtemp(prefix="pyimages-verify-")
        self.bin = os.path.join(self.site, "bin")
        self.addCleanup(shutil.rmtree, self.site, True)
        sys.path.insert(0, self.site)
        self.addCleanup(sys.path.remove, self.site)
        # The import check imports in a child interpreter, which finds the folder through PYTHONPATH.
        self.addCleanup(os.environ.__setitem__, "PYTHONPATH", os.environ.get("PYTHONPATH", ""))
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [self.site, os.environ.get("PYTHONPATH")]))

    def distribution(self, name, modules, scripts=()):
        info = os.path.join(self.site, "%s-1.0.dist-info" % name)
        write(os.path.join(info, "METADATA"), "Metadata-Version: 2.1\nName: %s\nVersion: 1.0\n" % name)
        record = []
        for module, source in modules.items():
            write(os.path.join(self.site, module + ".py"), source)
            record.append(module + ".py,,")
        for script in scripts:
            write(os.path.join(self.bin, script), "#!/bin/sh\necho %s 1.0\n" % script, mode=0o755)
            record.append("../../bin/%s,," % script)
        write(os.path.join(info, "RECORD"), "\n".join(record) + "\n")
        return verify.installed_distributions()


class ImportCheck(FakeSitePackages):
    def test_a_module_that_imports_passes(self):
        installed = self.distribution("good-dist", {"good_module": "VALUE = 1\n"})

        result = verify.check_imports(["good-dist"], installed)

        self.assertTrue(result["passed"], result)
        self.assertIn("import good_module ok (modules from RECORD)", result["detail"])

    def test_a_module_that_fails_to_import_fails_naming_the_error(self):
        installed = self.distribution("broken-dist", {"broken_module": "raise RuntimeError('no libfoo here')\n"})

        result = verify.check_imports(["broken-dist==1.0"], installed)

        self.assertFalse(result["passed"])
        self.assertIn("import broken_module FAILED", result["detail"])
        self.assertIn("no libfoo here", result["detail"])

    def test_a_module_needing_the_distributions_own_executable_is_importable_only_inside_its_server(self):
        installed = self.distribution("server", {"serverdecorators": "import server\n"}, scripts=["server"])
        self.assertEqual(self.bin, os.path.dirname(verify.installed_scripts(installed["server"])[0]))

        result = verify.check_imports(["server"], installed)

        self.assertTrue(result["passed"], result)
        self.assertIn(verify.SERVER_ONLY, result["detail"])

    def test_a_requirement_with_no_metadata_is_not_installed(self):
        result = verify.check_imports(["absent-dist"], verify.installed_distributions())

        self.assertFalse(result["passed"])
        self.assertIn("absent-dist: not installed", result["detail"])


class EntryPointCheck(FakeSitePackages):
    def test_an_entry_point_that_answers_version_passes_and_one_that_fails_does_not(self):
        installed = self.distribution("tools", {}, scripts=["tool-ok", "tool-broken"])
        write(os.path.join(self.bin, "tool-broken"), "#!/bin/sh\necho cannot start >&2\nexit 3\n", mode=0o755)

        result = verify.check_entry_points(["tools"], installed)

        self.assertFalse(result["passed"])
        self.assertRegex(result["detail"], r"tool-ok --version: ok, exit code 0: tool-ok 1.0")
        self.assertRegex(result["detail"], r"tool-broken --version: FAILED, exit code 3: cannot start")


class FileChecks(unittest.TestCase):
    def setUp(self):
        self.root = tempfile.mkdtemp(prefix="pyimages-verify-")
        self.addCleanup(shutil.rmtree, self.root, True)

    def test_world_writable_files_are_named_and_sticky_folders_and_symlinks_are_not(self):
        writable = write(os.path.join(self.root, "lib", "open.py"), mode=0o666)
        write(os.path.join(self.root, "lib", "closed.py"), mode=0o644)
        sticky = os.path.join(self.root, "tmp")
        os.mkdir(sticky)
        os.chmod(sticky, 0o777 | stat.S_ISVTX)
        os.symlink("/nonexistent", os.path.join(self.root, "link"))

        result = verify.check_world_writable([self.root])

        self.assertFalse(result["passed"])
        self.assertEqual([writable], result["detail"].splitlines())

    def test_shared_libraries_of_an_elf_file_that_resolve_pass(self):
        shutil.copy(sys.executable, os.path.join(self.root, "python"))

        result = verify.check_shared_libraries([self.root])

        self.assertTrue(result["passed"], result)
        self.assertIn("1 ELF files under %s checked with ldd" % self.root, result["detail"])

    def test_a_compiler_on_path_fails_the_check_naming_it(self):
        self.assertTrue(verify.check_compiler({})["passed"])
        result = verify.check_compiler({"gcc": "/usr/bin/gcc"})
        self.assertFalse(result["passed"])
        self.assertEqual("on PATH: gcc=/usr/bin/gcc", result["detail"])


class WholeScript(unittest.TestCase):
    def test_prints_one_document_of_the_schema_with_every_check_in_the_order_the_report_reads(self):
        # The interpreter's own folders (all of /usr here) stand aside for an empty one, to keep the scan quick.
        root = tempfile.mkdtemp(prefix="pyimages-verify-")
        self.addCleanup(shutil.rmtree, root, True)
        out = io.StringIO()
        with mock.patch.object(verify, "scan_roots", return_value=[root]), \
                mock.patch.object(sys, "argv", ["-c", "--prefix", root, "--"]), contextlib.redirect_stdout(out):
            verify.main()

        document = json.loads(out.getvalue())
        self.assertEqual(1, document["schema"])
        self.assertEqual(["import", "entry points", "no compiler", "shared libraries", "non-root", "no world-writable files"],
                         [c["name"] for c in document["checks"]])
        self.assertEqual([root], document["facts"]["roots"])
        self.assertEqual(os.geteuid(), document["facts"]["uid"])

    def test_with_check_only_the_named_checks_run(self):
        root = tempfile.mkdtemp(prefix="pyimages-verify-")
        self.addCleanup(shutil.rmtree, root, True)
        out = io.StringIO()
        with mock.patch.object(verify, "scan_roots", return_value=[root]), \
                mock.patch.object(verify, "check_shared_libraries", side_effect=AssertionError("not selected, must not run")), \
                mock.patch.object(sys, "argv", ["-c", "--check", "non-root", "--check", "import", "--"]), contextlib.redirect_stdout(out):
            verify.main()

        self.assertEqual(["import", "non-root"], [c["name"] for c in json.loads(out.getvalue())["checks"]])


if __name__ == "__main__":
    unittest.main()
