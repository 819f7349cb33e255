#!/usr/bin/env bash
# The inner loop of an application: edit one line of the sample's code, rebuild, and wait for its first HTTP 200.
# Side by side in one run on the same engine and builder: the tool's inner loop (./build.sh BuildMinimal Verify
# --checks http --app: the build, then the HTTP check alone), the tool with every Verify check (the same without
# --checks, for comparison) and a naive single-stage Dockerfile (bench/Dockerfile.naive-app:
# COPY . . then pip install -r requirements.txt) built with plain docker build, started with its port published on
# 127.0.0.1 and asked GET / until it answers. Counts how often a C extension was compiled (pip's "Building wheel
# for" / "Running setup.py install for" lines of uwsgi and markupsafe). Writes its section of bench/results.md.
#
#   bench/app-loop.sh                 3 edits per side (after one warm-up build each), about 5 minutes on 2 cores
#   BENCH_APP_EDITS=5 bench/app-loop.sh
#
# Needs: a Docker engine, python3, the base image (BENCH_BASE). Images are under pyimages-bench-app/ and removed at the end.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/artifacts/bench-app"
BASE="${BENCH_BASE:-pyimages/python-debootstrap:bookworm}"
EDITS="${BENCH_APP_EDITS:-3}"
SAMPLE="$ROOT/samples/jinja-wsgi"
REPO="pyimages-bench-app/jinja"
RESULTS="$ROOT/bench/results.md"
export DOCKER_BUILDKIT=0

rm -rf "$WORK" && mkdir -p "$WORK"
APP="$WORK/app" NAIVE="$WORK/naive"
cp -r "$SAMPLE" "$APP"
TIMES="$WORK/times.tsv"
printf 'side\tedit\tseconds\tcompiles\tbuild\tanswer\n' > "$TIMES"

now() { python3 -c 'import time; print(time.monotonic())'; }
# Each C extension compiled counts once per build (pip prints "started" and "finished" for one wheel).
compiles() { { grep -oE '(Building wheel for|Running setup.py install for) (uwsgi|markupsafe)' "$1" || true; } | sort -u | wc -l; }
edit() { sed -i "s/^    name = parse_qs.*/    name = parse_qs(environ.get(\"QUERY_STRING\", \"\")).get(\"name\", [\"<world $1>\"])[0]/" "$APP/app.py"; }

# tool_round SIDE LABEL [VERIFY ARGUMENTS...]: side "tool" is the inner loop (--checks http), "tool-all" every check.
tool_round() {
  local side="$1" label="$2" log="$WORK/$1-$2.log" start end
  shift 2
  start="$(now)"
  "$ROOT/build.sh" BuildMinimal Verify "$@" --app "$APP" --repository "$REPO" --base-image "$BASE" > "$log" 2>&1
  end="$(now)"
  grep -q 'http passed GET / on port 8080: 200' "$log" || { echo "$side round $label: no HTTP 200, see $log" >&2; exit 1; }
  [[ "$side" == tool-all ]] || grep -q 'not run (left out by --checks)' "$log" || { echo "$side round $label: the checks left out are not reported, see $log" >&2; exit 1; }
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$side" "$label" "$(python3 -c "print(f'{$end - $start:.1f}')")" "$(compiles "$ROOT/artifacts/logs/minimal.log")" \
    "$(sed -n 's/.* minimal: built in \([0-9.]*\) s.*/\1/p' "$log" | tail -n1)" "$(sed -n 's/.*first answer \([0-9.]*\) s after start.*/\1/p' "$log" | tail -n1)" >> "$TIMES"
}

naive_round() {
  local label="$1" log="$WORK/naive-$1.log" start end port id
  rm -rf "$NAIVE" && cp -r "$APP" "$NAIVE" && cp -r "$ROOT/artifacts/sources" "$NAIVE/sources"
  start="$(now)"
  docker build --force-rm --build-arg "BASE=$BASE" -f "$ROOT/bench/Dockerfile.naive-app" -t "$REPO:naive" "$NAIVE" > "$log" 2>&1
  id="$(docker run -d -p 127.0.0.1::8080 "$REPO:naive")"
  port="$(docker port "$id" 8080/tcp | head -n1 | sed 's/.*://')"
  python3 - "$port" <<'PY' || { docker logs "$id" >&2; docker rm -f "$id" >/dev/null; exit 1; }
import sys, time, urllib.request
deadline = time.monotonic() + 30
while time.monotonic() < deadline:
    try:
        if urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/", timeout=5).status == 200:
            sys.exit(0)
    except OSError:
        time.sleep(0.05)
sys.exit("no HTTP 200 within 30 s")
PY
  end="$(now)"
  docker rm -f "$id" > /dev/null
  printf 'naive\t%s\t%s\t%s\t-\t-\n' "$label" "$(python3 -c "print(f'{$end - $start:.1f}')")" "$(compiles "$log")" >> "$TIMES"
}

tool_round tool warm-up --checks http
naive_round warm-up
for i in $(seq 1 "$EDITS"); do
  edit "$i"
  tool_round tool "$i" --checks http
  edit "$i-all"
  tool_round tool-all "$i"
  naive_round "$i"
done

ENGINE="$(docker version --format '{{.Server.Version}}')"
python3 - "$TIMES" "$RESULTS" "$ENGINE" "$BASE" <<'PY'
import csv, statistics, sys
times, results, engine, base = sys.argv[1:]
rows = list(csv.DictReader(open(times), delimiter="\t"))
def side(name):
    edits = [r for r in rows if r["side"] == name and r["edit"] != "warm-up"]
    seconds = [float(r["seconds"]) for r in edits]
    return edits, statistics.median(seconds), sum(int(r["compiles"]) for r in edits)
tool, tool_median, tool_compiles = side("tool")
full, full_median, full_compiles = side("tool-all")
naive, naive_median, naive_compiles = side("naive")
median = lambda edits, key: statistics.median(float(r[key]) for r in edits)
verdict = "met" if tool_median < 5 else "not met"
lines = [
    "<!-- app-loop: generated by bench/app-loop.sh; do not edit -->",
    "## The application's inner loop: edit one line, rebuild, first HTTP 200",
    "",
    f"Sample `samples/jinja-wsgi` (uWSGI and MarkupSafe compiled, Jinja2 pure Python), {len(tool)} edits per side after one warm-up build, "
    f"on Docker {engine} with the classic builder, base `{base}`, 2 cores shared with other work. Each edit changes one line of `app.py`.",
    "",
    "| side | what runs | median seconds per edit | C extensions compiled in the edits |",
    "|---|---|---:|---:|",
    f"| PyImages, inner loop | `./build.sh BuildMinimal Verify --checks http --app` (build, then the HTTP check alone; the other checks reported as not run) | {tool_median:.1f} | {tool_compiles} |",
    f"| PyImages, every check | `./build.sh BuildMinimal Verify --app` (build, then every Verify check, the HTTP one among them) | {full_median:.1f} | {full_compiles} |",
    f"| naive Dockerfile | `docker build` of `COPY . .` + `pip install -r`, `docker run`, GET / until 200 | {naive_median:.1f} | {naive_compiles} |",
    "",
    f"The goal of under 5 s for the inner loop is {verdict} (median {tool_median:.1f} s). Of its seconds, the Minimal build itself took a median "
    f"{median(tool, 'build'):.1f} s and the app answered a median {median(tool, 'answer'):.2f} s after its container started; the rest is the "
    "host's start (the .NET host, engine, base image and sources checks) and the HTTP check's two containers (the app's and the probe's, "
    f"started and removed). Every check adds a median {full_median - tool_median:.1f} s: the check script's container (imports, entry points, "
    "ldd over every ELF file of the image, user, file modes).",
    "",
    "Every measured edit, in seconds (C extensions compiled):",
    "",
    "| edit | " + " | ".join(r["edit"] for r in tool) + " |",
    "|---|" + "---:|" * len(tool),
    "| PyImages, inner loop | " + " | ".join(f"{r['seconds']} ({r['compiles']})" for r in tool) + " |",
    "| PyImages, every check | " + " | ".join(f"{r['seconds']} ({r['compiles']})" for r in full) + " |",
    "| naive | " + " | ".join(f"{r['seconds']} ({r['compiles']})" for r in naive) + " |",
    "<!-- /app-loop -->",
]
text = open(results).read()
start, end = text.find("<!-- app-loop"), text.find("<!-- /app-loop -->")
section = "\n".join(lines)
text = text[:start] + section + text[end + len("<!-- /app-loop -->"):] if start >= 0 else text.rstrip("\n") + "\n\n" + section + "\n"
open(results, "w").write(text)
PY
docker rmi -f "$REPO:naive" "$REPO:minimal" > /dev/null 2>&1 || true
echo "bench/results.md: app-loop section written; raw times in $TIMES"
