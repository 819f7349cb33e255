#!/usr/bin/env python3
"""Distroless against Small, Minimal and the base: sizes, the limit measured in the image, start-up.

Run after `./build.sh BuildSmall BuildMinimal BuildDistroless` (the images of this checkout's default repository);
`--bytecode-images KEEP DROP` adds two distroless builds that differ only in the standard library's __pycache__.
`--app-images MINIMAL DISTROLESS` (`./build.sh BuildMinimal BuildDistroless --app samples/hello-wsgi --repository R`)
measures the time from `docker run` to the app's first HTTP 200, each image with its own command; `--app-only` rewrites
only that section.
Rewrites the "Distroless" sections of bench/results.md (between their markers) and prints them.
"""
import argparse, datetime, http.client, json, os, re, socket, statistics, subprocess, sys, time

MARK_BEGIN, MARK_END = "<!-- distroless: begin (bench/distroless.py) -->", "<!-- distroless: end -->"
APP_BEGIN, APP_END = "<!-- distroless-app: begin (bench/distroless.py --app-images) -->", "<!-- distroless-app: end -->"
RESULTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "results.md")
MANIFEST = "/usr/lib/pyimages/distroless.json"

# Runs in the distroless image: bytes per kind of file, from the builder's record and a walk of the file system.
LIMIT = r"""
import json, os
m = json.load(open(%r))
kinds = {"interpreter": 0, "standard library": 0, "installed packages": 0, "libraries": 0, "other": 0}
for top in ("/usr", "/opt", "/etc"):  # /lib, /lib64 and /bin are links into /usr
    for folder, dirs, files in os.walk(top):
        for name in files:
            path = os.path.join(folder, name)
            if os.path.islink(path):
                continue
            size = os.lstat(path).st_size
            reason = m["files"].get(path, "")
            folder_kind = next((k for f, k in m["folders"].items() if path.startswith(f + "/")), None)
            kind = ("interpreter" if reason.startswith("interpreter") else "libraries" if reason.startswith("library")
                    else folder_kind or "other")
            kinds[kind] += size
print(json.dumps(kinds))
""" % MANIFEST

# Runs in any image: the median wall time of starting the interpreter N times (the container's own start left out).
STARTUP = r"""
import statistics, subprocess, sys, time
code, n = sys.argv[1], int(sys.argv[2])
times = []
for _ in range(n):
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    times.append(time.perf_counter() - start)
print(statistics.median(times) * 1000)
"""
# Runs in any image: the median milliseconds from starting the app's command to its first HTTP 200 on loopback.
APP_STARTUP = r"""
import http.client, socket, statistics, subprocess, sys, time
port, n, command = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
def listening():
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0
def ok():
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    try:
        connection.request("GET", "/")
        return connection.getresponse().status == 200
    except (OSError, http.client.HTTPException):
        return False
    finally:
        connection.close()
times = []
for _ in range(n):
    start = time.perf_counter()
    app = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    while not ok():
        if app.poll() is not None or time.perf_counter() - start > 60:
            sys.exit("the app's command %r gave no HTTP 200: %s" % (command, app.stderr.read()[-2000:]))
        time.sleep(0.002)
    times.append(time.perf_counter() - start)
    app.terminate()
    app.communicate()
    while listening():  # uWSGI's HTTP router may outlive its master for a moment: the next start needs the port
        time.sleep(0.01)
print(statistics.median(times) * 1000)
"""
SERVICE_IMPORTS = "import json, ssl, sqlite3, email.parser, http.client, logging, decimal"


def docker(*args):
    return subprocess.run(["docker", *args], check=True, capture_output=True, text=True).stdout.strip()


def size(image):
    return int(docker("image", "inspect", "--format", "{{.Size}}", image))


def python_in(image, *args):
    return docker("run", "--rm", "--network", "none", "--entrypoint", "python3", image, "-c", *args)


def startup(image, code, n):
    return float(python_in(image, STARTUP, code, str(n)))


def paired(first, second, code, rounds, n):
    """Medians of rounds run alternately (the first side alternating), so drift of the machine hits both alike."""
    a, b = [], []
    for index in range(rounds):
        order = [(first, a), (second, b)] if index % 2 == 0 else [(second, b), (first, a)]
        for image, into in order:
            into.append(startup(image, code, n))
    return statistics.median(a), statistics.median(b)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answered(port):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    try:
        connection.request("GET", "/")
        return connection.getresponse().status == 200
    except (OSError, http.client.HTTPException):  # refused, or the engine's proxy accepted before the app listened
        return False
    finally:
        connection.close()


def first_answer(image, app_port, timeout=60.0):
    """Seconds from `docker run` (the image's own command, port published on loopback) to the first HTTP 200."""
    port = free_port()
    start = time.perf_counter()
    run = subprocess.Popen(["docker", "run", "-d", "--rm", "-p", "127.0.0.1:%d:%d" % (port, app_port), image],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        while not answered(port):
            if time.perf_counter() - start > timeout or run.poll() not in (None, 0):
                raise SystemExit("%s gave no HTTP 200 on port %d within %.0f s: %s" % (image, app_port, timeout, run.stderr.read()))
            time.sleep(0.005)
        return time.perf_counter() - start
    finally:
        container = run.communicate()[0].strip()
        if container:
            subprocess.run(["docker", "rm", "-f", container], capture_output=True)


def app_startup(image, app_port, n):
    """The median of N starts of the image's own command inside the image (the container's own start left out)."""
    command = json.loads(docker("image", "inspect", "--format", "{{json .Config.Cmd}}", image))
    return float(python_in(image, APP_STARTUP, str(app_port), str(n), *command))


def paired_answers(first, second, app_port, rounds, n):
    """Per image, per round: (first answer from `docker run`, median in-image start of the app's command), the images
    alternating which goes first."""
    a, b = [], []
    for index in range(rounds):
        order = [(first, a), (second, b)] if index % 2 == 0 else [(second, b), (first, a)]
        for image, into in order:
            into.append((first_answer(image, app_port), app_startup(image, app_port, n)))
    return a, b


def median_of(pairs, index):
    return statistics.median(pair[index] for pair in pairs)


def app_section(args):
    minimal, distroless = args.app_images
    minimal_all, distroless_all = paired_answers(minimal, distroless, args.app_port, args.app_rounds, args.app_n)
    minimal_s, distroless_s = median_of(minimal_all, 0), median_of(distroless_all, 0)
    minimal_own, distroless_own = median_of(minimal_all, 1), median_of(distroless_all, 1)
    ratio, own_ratio = distroless_s / minimal_s, distroless_own / minimal_own
    return "\n".join([
        APP_BEGIN,
        "### Start-up to first answer, with `--app`",
        "",
        "Measured by `bench/distroless.py --app-images` on %s: `samples/hello-wsgi` built as `%s` (%s) and `%s` (%s), base "
        "`%s`, each started with its own command (`uwsgi --http :8080 --module app:application ...`, exec form) and its "
        "port published on loopback, polled from the host every 5 ms until the first HTTP 200; and, to leave the "
        "engine's part out, the image's own interpreter starting the image's command %d times inside the container and "
        "polling loopback until the first 200. %d rounds, the image going first alternating, medians; the machine's 2 "
        "cores were shared with other builds and tests." % (
            datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), minimal, mb(size(minimal)),
            distroless, mb(size(distroless)), args.base, args.app_n, args.app_rounds),
        "",
        "| goal (issue 13) | figure | verdict |",
        "|---|---|---|",
        "| start-up to first answer (with `--app`, from `docker run`), distroless / Minimal, at most 1.25 | %.2f (%.2f s / %.2f s) | %s |" % (
            ratio, distroless_s, minimal_s, "met" if ratio <= 1.25 else "not met"),
        "| the same inside the container (the app's command to first answer), distroless / Minimal, at most 1.25 | %.2f (%.0f ms / %.0f ms) | %s |" % (
            own_ratio, distroless_own, minimal_own, "met" if own_ratio <= 1.25 else "not met"),
        "",
        "All rounds, from `docker run` (s): Minimal %s; distroless %s." % (
            ", ".join("%.2f" % v for v, _ in minimal_all), ", ".join("%.2f" % v for v, _ in distroless_all)),
        "",
        "In the container (ms, each a median of %d): Minimal %s; distroless %s." % (args.app_n,
            ", ".join("%.0f" % v for _, v in minimal_all), ", ".join("%.0f" % v for _, v in distroless_all)),
        APP_END,
    ]) + "\n"


def replace_marked(current, begin, end, text):
    pattern = re.compile(re.escape(begin) + ".*?" + re.escape(end) + "\n", re.S)
    return pattern.sub(lambda _: text, current) if pattern.search(current) else current.rstrip("\n") + "\n\n" + text


def mb(value):
    return "%.2f MB" % (value / 1e6)


def section(args):
    sizes = {name: size(image) for name, image in
             (("base", args.base), ("small", args.small), ("minimal", args.minimal), ("distroless", args.distroless))}
    kinds = json.loads(python_in(args.distroless, LIMIT))
    limit = sum(kinds[k] for k in ("interpreter", "standard library", "installed packages", "libraries"))
    ratio = sizes["distroless"] / limit
    minimal_pass, distroless_pass = paired(args.minimal, args.distroless, "pass", args.rounds, args.n)
    minimal_service, distroless_service = paired(args.minimal, args.distroless, SERVICE_IMPORTS, args.rounds, args.n)
    lines = [
        MARK_BEGIN,
        "## Distroless",
        "",
        "Measured by `bench/distroless.py` on %s (uWSGI 2.0.21, base `%s`, classic builder; %d alternating rounds of %d starts "
        "per figure, medians; the machine's 2 cores were shared with other builds)." % (
            datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), args.base, args.rounds, args.n),
        "",
        "| goal (issue 13) | figure | verdict |",
        "|---|---|---|",
        "| uWSGI distroless at most 40 MB | %s | %s |" % (mb(sizes["distroless"]), "met" if sizes["distroless"] <= 40e6 else "not met"),
        "| distroless / limit (interpreter + kept stdlib + packages + needed libraries, measured in the image) at most 1.05 | %.3f (%s / %s) | %s |" % (
            ratio, mb(sizes["distroless"]), mb(limit), "met" if ratio <= 1.05 else "not met"),
        "| start-up `python3 -c pass`, distroless / Minimal, at most 1.25 | %.2f (%.1f ms / %.1f ms) | %s |" % (
            distroless_pass / minimal_pass, distroless_pass, minimal_pass, "met" if distroless_pass <= 1.25 * minimal_pass else "not met"),
        "",
        "| image | size | vs base |",
        "|---|---:|---:|",
    ]
    for name in ("base", "small", "minimal", "distroless"):
        lines.append("| %s | %s | %+.1f%% |" % (name, mb(sizes[name]), 100.0 * (sizes[name] - sizes["base"]) / sizes["base"]))
    lines += [
        "",
        "What the distroless image holds (bytes of regular files, walked with its own interpreter, classified by the record its builder wrote):",
        "",
        "| part | bytes |",
        "|---|---:|",
    ] + ["| %s | %s |" % (k, mb(v)) for k, v in kinds.items()] + [
        "",
        "The rest over the limit is the CA certificates and OpenSSL's configuration (ssl is kept), passwd/group and the record itself.",
        "",
        "Start-up of the interpreter inside the image (the container's own start left out): `python3 -c pass` %.1f ms distroless, %.1f ms Minimal; "
        "a service's imports (`%s`) %.1f ms distroless, %.1f ms Minimal (Minimal's Debian base keeps the standard library's bytecode)." % (
            distroless_pass, minimal_pass, SERVICE_IMPORTS, distroless_service, minimal_service),
    ]
    if args.bytecode_images:
        keep, drop = args.bytecode_images
        keep_pass, drop_pass = paired(keep, drop, "pass", args.rounds, args.n)
        keep_service, drop_service = paired(keep, drop, SERVICE_IMPORTS, args.rounds, args.n)
        lines += [
            "",
            "### `__pycache__`: measured three ways",
            "",
            "| standard library bytecode | size | `python3 -c pass` | service imports |",
            "|---|---:|---:|---:|",
            "| all of `__pycache__` (`--bytecode keep`) | %s | %.1f ms | %.1f ms |" % (mb(size(keep)), keep_pass, keep_service),
            "| what the start and the packages' imports load (`startup`, the default) | %s | %.1f ms | %.1f ms |" % (
                mb(sizes["distroless"]), distroless_pass, distroless_service),
            "| none (`--bytecode drop`) | %s | %.1f ms | %.1f ms |" % (mb(size(drop)), drop_pass, drop_service),
            "",
            "(The keep and drop rows are paired with each other, the default row with Minimal, so compare within a pair.) "
            "Python 3.11 freezes only part of what it loads at start: `encodings` and what the packages import are "
            "compiled at every start when their bytecode is missing (the image's standard library is read-only for its user "
            "and PYTHONDONTWRITEBYTECODE is set). All of `__pycache__` costs %s, more than the 40 MB goal leaves; the "
            "default compiles, in the builder, only the modules that a start and an import of each installed module load. "
            "A service that imports more of the standard library than its packages do at import time (the service-imports "
            "column) pays for compiling those at each start." % mb(size(keep) - size(drop)),
        ]
    lines += [
        "",
        "Published anchors (not measured here; no registry is reachable from this machine):",
        "",
        "- `gcr.io/distroless/python3-debian12`: about 50 MB as issue 13 reports it; the distroless project's README puts "
        "`static-debian12` at about 2 MiB and `debian` at 124 MiB (github.com/GoogleContainerTools/distroless, README, "
        "\"Why should I use distroless images?\"); its python3 layer alone was 17.8 MB on Debian 10 "
        "(GoogleContainerTools/distroless issue #508).",
        "- An application on `gcr.io/distroless/python3` (Python 3.11): 86.2 MB (eggplants/ghcr-badge pull request #212).",
        "- A community distroless Python 3.13 base built from an `ldd` closure: 73.7 MB, against 83.6 MB for Docker's hardened "
        "Python image, as measured by its author (getsentry/snuba pull request #7959).",
        MARK_END,
    ]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="pyimages/python-debootstrap:bookworm")
    parser.add_argument("--small", default="blog-python:small")
    parser.add_argument("--minimal", default="blog-python:minimal")
    parser.add_argument("--distroless", default="blog-python:distroless")
    parser.add_argument("--bytecode-images", nargs=2, metavar=("KEEP", "DROP"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("-n", type=int, default=15)
    parser.add_argument("--app-images", nargs=2, metavar=("MINIMAL", "DISTROLESS"))
    parser.add_argument("--app-port", type=int, default=8080)
    parser.add_argument("--app-rounds", type=int, default=9)
    parser.add_argument("--app-n", type=int, default=10)
    parser.add_argument("--app-only", action="store_true")
    args = parser.parse_args()
    if args.app_only and not args.app_images:
        parser.error("--app-only needs --app-images MINIMAL DISTROLESS")
    with open(RESULTS) as f:
        updated = f.read()
    sections = ([] if args.app_only else [(MARK_BEGIN, MARK_END, section(args))]) + (
        [(APP_BEGIN, APP_END, app_section(args))] if args.app_images else [])
    for begin, end, text in sections:
        updated = replace_marked(updated, begin, end, text)
        sys.stdout.write(text)
    with open(RESULTS, "w") as f:
        f.write(updated)


if __name__ == "__main__":
    main()
