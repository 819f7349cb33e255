"""installed_size.py, run as Python on this machine's python3 (the xunit test PythonScriptTests runs this file).

`installed_size` is the embedded script as the assembly ships it, put on the path by the xunit test.
"""
import os
import shutil
import tempfile
import unittest

import installed_size


class Measure(unittest.TestCase):
    def setUp(self):
        self.root = tempfile.mkdtemp(prefix="pyimages-installed-size-")
        self.addCleanup(shutil.rmtree, self.root, True)
        self.tree = os.path.join(self.root, "packages")
        self.info = os.path.join(self.root, "dpkg-info")
        os.makedirs(os.path.join(self.tree, "lib"))
        os.makedirs(self.info)

    def file(self, path, size):
        with open(path, "wb") as f:
            f.write(b"x" * size)
        return path

    def listing(self, entry, *paths):
        with open(os.path.join(self.info, entry), "w", encoding="utf-8") as f:
            f.write("".join(p + "\n" for p in paths))

    def test_the_tree_counts_regular_files_once_and_no_symlinks(self):
        module = self.file(os.path.join(self.tree, "lib", "module.so"), 1000)
        self.file(os.path.join(self.tree, "README"), 20)
        os.link(module, os.path.join(self.tree, "lib", "module-again.so"))
        os.symlink(module, os.path.join(self.tree, "link.so"))

        self.assertEqual(1020, installed_size.measure(set(), self.tree, self.info)["tree"])

    def test_packages_the_base_lacks_count_the_files_dpkg_lists_and_base_packages_are_left_out(self):
        library = self.file(os.path.join(self.root, "libfoo.so.1"), 300)
        self.listing("libfoo1:amd64.list", "/.", os.path.dirname(library), library, os.path.join(self.root, "gone"))
        self.listing("libc6:amd64.list", self.file(os.path.join(self.root, "libc.so.6"), 5000))
        self.listing("libfoo1:amd64.md5sums", library)

        measured = installed_size.measure({"libc6"}, self.tree, self.info)

        self.assertEqual({"libfoo1": 300}, measured["packages"])

    def test_a_file_in_the_tree_and_in_a_package_counts_once(self):
        shared = self.file(os.path.join(self.tree, "lib", "shared.so"), 70)
        self.listing("bar.list", shared)

        measured = installed_size.measure(set(), self.tree, self.info)

        self.assertEqual((70, {"bar": 0}), (measured["tree"], measured["packages"]))

    def test_no_dpkg_database_means_no_packages(self):
        self.assertEqual({}, installed_size.measure(set(), self.tree, os.path.join(self.root, "none"))["packages"])


if __name__ == "__main__":
    unittest.main()
