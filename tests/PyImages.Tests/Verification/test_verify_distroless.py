"""verify.py's checks for images with no shell (--distroless), run as Python on this machine's python3.

`verify` is the embedded script as the assembly ships it, put on the path by the xunit test EmbeddedScriptTests.
"""
import contextlib
import io
import json
import os
import shutil
import sys
import tempfile
import unittest
from unittest import mock

import verify
from test_verify import FakeSitePackages, write


class LoaderInsteadOfLdd(unittest.TestCase):
    def setUp(self):
        self.root = tempfile.mkdtemp(prefix="pyimages-verify-")
        self.addCleanup(shutil.rmtree, self.root, True)

    def test_the_program_interpreter_is_read_from_the_elf_headers(self):
        loader = verify.program_interpreter(os.path.realpath(sys.executable))

        self.assertTrue(loader and os.path.exists(loader), loader)
        self.assertIsNone(verify.program_interpreter(write(os.path.join(self.root, "script"), "#!/bin/sh\n")))

    def test_without_ldd_the_dynamic_loader_lists_the_libraries_and_a_missing_one_fails(self):
        shutil.copy(os.path.realpath(sys.executable), os.path.join(self.root, "python"))
        broken = os.path.join(self.root, "broken")
        shutil.copy(os.path.realpath(sys.executable), broken)
        with open(broken, "r+b") as f:  # rename the first needed library: libc.so.6 becomes libq.so.6
            data = f.read()
            at = data.index(b"libc.so.6\0")
            f.seek(at + 3)
            f.write(b"q")

        with mock.patch.object(verify.shutil, "which", return_value=None):
            result = verify.check_shared_libraries([self.root])

        self.assertFalse(result["passed"])
        self.assertIn("%s: libq.so.6 => not found" % broken, result["detail"])
        self.assertIn("2 ELF files under %s checked with LD_TRACE_LOADED_OBJECTS=1 %s" % (self.root, verify.program_interpreter(os.path.realpath(sys.executable))), result["detail"])


class NoShell(unittest.TestCase):
    def test_a_shell_on_path_is_named_and_an_empty_path_passes(self):
        folder = tempfile.mkdtemp(prefix="pyimages-verify-")
        self.addCleanup(shutil.rmtree, folder, True)
        with mock.patch.dict(os.environ, {"PATH": folder}), mock.patch.object(verify, "importlib_util_find", return_value=False), \
                mock.patch.object(verify.os.path, "lexists", side_effect=lambda p: p.startswith(folder) and os.path.exists(p)):
            self.assertTrue(verify.check_no_shell()["passed"])
            write(os.path.join(folder, "sh"), "", mode=0o755)
            result = verify.check_no_shell()

        self.assertFalse(result["passed"])
        self.assertEqual("found: " + os.path.join(folder, "sh"), result["detail"])


class EveryModule(FakeSitePackages):
    def package(self, name, files):
        info = os.path.join(self.site, "%s-1.0.dist-info" % name)
        write(os.path.join(info, "METADATA"), "Metadata-Version: 2.1\nName: %s\nVersion: 1.0\n" % name)
        for path, source in files.items():
            write(os.path.join(self.site, path), source)
        write(os.path.join(info, "RECORD"), "\n".join("%s,," % p for p in list(files) + ["%s-1.0.dist-info/RECORD" % name]) + "\n")
        return {key: dist for key, dist in verify.installed_distributions().items() if key == name}

    def test_a_lazily_imported_submodule_needing_a_left_out_stdlib_module_fails(self):
        installed = self.package("lazy", {"lazy/__init__.py": "", "lazy/mail.py": "import smtplib_left_out_of_the_image\n"})

        with mock.patch.object(sys, "stdlib_module_names", frozenset(sys.stdlib_module_names) | {"smtplib_left_out_of_the_image"}, create=True):
            result = verify.check_all_modules(installed)

        self.assertFalse(result["passed"])
        self.assertIn("lazy: import lazy.mail FAILED: ModuleNotFoundError", result["detail"])

    def test_submodules_are_named_from_the_record_and_main_modules_are_left_out(self):
        installed = self.package("deep", {"deep/__init__.py": "", "deep/a/__init__.py": "", "deep/a/b.py": "", "deep/__main__.py": "raise SystemExit(1)\n"})

        self.assertEqual(["deep", "deep.a", "deep.a.b"], verify.module_names(installed["deep"]))
        self.assertIn("3 modules of 1 distributions imported", verify.check_all_modules(installed)["detail"])
        result = verify.check_all_modules(installed)
        self.assertTrue(result["passed"], result)

    def test_an_optional_third_party_dependency_is_recorded_not_failed(self):
        installed = self.package("extras", {"extras/__init__.py": "", "extras/fast.py": "import some_optional_accelerator\n"})

        result = verify.check_all_modules(installed)

        self.assertTrue(result["passed"], result)
        self.assertIn("extras.fast needs some_optional_accelerator, which is neither in the standard library nor installed", result["detail"])


    def test_an_import_error_other_than_a_missing_module_fails(self):
        installed = self.package("strict", {"strict/__init__.py": "raise ImportError('libstrict.so.1: cannot open shared object file')\n"})

        result = verify.check_all_modules(installed)

        self.assertFalse(result["passed"])
        self.assertIn("strict: import strict FAILED: ImportError", result["detail"])


class WholeScript(unittest.TestCase):
    def test_the_distroless_checks_run_when_named_after_the_others_and_not_by_default(self):
        root = tempfile.mkdtemp(prefix="pyimages-verify-")
        self.addCleanup(shutil.rmtree, root, True)
        out = io.StringIO()
        with mock.patch.object(verify, "scan_roots", return_value=[root]), mock.patch.object(verify, "installed_distributions", return_value={}), \
                mock.patch.object(sys, "argv", ["-c", "--check", "every module imports", "--check", "non-root", "--check", "no shell or package manager", "--"]), \
                contextlib.redirect_stdout(out):
            verify.main()

        names = [c["name"] for c in json.loads(out.getvalue())["checks"]]
        self.assertEqual(["non-root", "no shell or package manager", "every module imports"], names)

        default = io.StringIO()
        with mock.patch.object(verify, "scan_roots", return_value=[root]), mock.patch.object(verify, "installed_distributions", return_value={}), \
                mock.patch.object(sys, "argv", ["-c", "--"]), contextlib.redirect_stdout(default):
            verify.main()

        self.assertNotIn("no shell or package manager", [c["name"] for c in json.loads(default.getvalue())["checks"]])


if __name__ == "__main__":
    unittest.main()
