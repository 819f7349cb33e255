"""PyImages' installed-size probe: runs inside a built image (Debian family) with the image's own interpreter.

Prints {"tree": BYTES, "packages": {NAME: BYTES}}: the regular files under the installed tree, and the files dpkg
lists for each package the base lacks. Hard links count once, symlinks and directories not at all.
Arguments: BASE_PACKAGES (comma separated) INSTALLED_TREE
"""
import json
import os
import sys

DPKG_INFO = "/var/lib/dpkg/info"


def measure(base_packages, tree, info=DPKG_INFO):
    seen = set()

    def size(path):
        try:
            st = os.lstat(path)
        except OSError:
            return 0
        if not os.path.isfile(path) or os.path.islink(path) or (st.st_dev, st.st_ino) in seen:
            return 0
        seen.add((st.st_dev, st.st_ino))
        return st.st_size

    tree_bytes = sum(size(os.path.join(root, name)) for root, _, names in os.walk(tree) for name in names)
    packages = {}
    for entry in sorted(os.listdir(info)) if os.path.isdir(info) else []:
        if not entry.endswith(".list"):
            continue
        name = entry[:-5].split(":")[0]
        if name in base_packages:
            continue
        with open(os.path.join(info, entry), encoding="utf-8", errors="replace") as listing:
            packages[name] = sum(size(line.rstrip("\n")) for line in listing)
    return {"tree": tree_bytes, "packages": packages}


def main(argv):
    base = set(filter(None, argv[1].split(",")))
    print(json.dumps(measure(base, argv[2])))


if __name__ == "__main__":
    main(sys.argv)
