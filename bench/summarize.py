"""Writes bench/results.md from the measurements bench/run.sh left in artifacts/bench (standard library only).

Usage: python3 bench/summarize.py artifacts/bench bench/results.md
"""
import json
import re
import statistics
import sys
from pathlib import Path

MINIMAL_RATIO_GOAL = 1.10
COLD_RATIO_GOAL = 1.05
WARM_OVERHEAD_GOAL = 0.5


def read_rows(path):
    return [line.rstrip("\n").split("\t") for line in path.read_text().splitlines() if line.strip()]


def mb(value):
    return f"{value / 1e6:.2f} MB"


def median(values):
    return statistics.median(values) if values else float("nan")


def verdict(met, reason):
    return "met" if met else f"not met: {reason}"


class Data:
    def __init__(self, work):
        self.facts = {key: value for key, value in read_rows(work / "facts.tsv")}
        self.times = [(phase, int(rnd), side, float(seconds), int(code)) for phase, rnd, side, seconds, code in read_rows(work / "times.tsv")]
        sizes = read_rows(work / "sizes.tsv")
        self.images = {row[1]: int(row[2]) for row in sizes if row[0] == "image"}
        self.limit = {row[1]: int(row[2]) for row in sizes if row[0] == "limit"}
        self.layers = [(row[1], int(row[2])) for row in sizes if row[0] == "layer"]
        self.starts = {row[1]: (row[2], row[3] if len(row) > 3 else "") for row in sizes if row[0] == "starts"}
        self.report = json.loads((work / "report.json").read_text())
        self.logs = work / "logs"

    def runs(self, phase, side):
        return {rnd: seconds for p, rnd, s, seconds, _ in self.times if p == phase and s == side}

    def failures(self, phase):
        return [(rnd, side, code) for p, rnd, side, _, code in self.times if p == phase and code != 0]

    def variant(self, name):
        return next(v for v in self.report["variants"] if v["variant"] == name)


def machine(d):
    f = d.facts
    return [
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        f"| date | {f['date']} |",
        f"| CPU | {f['nproc']} cores ({f['cpu']}) |",
        f"| load | 1-minute load average {f['load_start']} at the start, {f['load_end']} at the end |"
        if "load_start" in f and "load_end" in f else "| load | not recorded: whether other work shared the machine is unknown |",
        f"| memory | {f['memory']} |",
        f"| kernel | {f['kernel']} |",
        f"| engine | {f['engine']}, {f['builder']} builder" + (f"; BuildKit through {f['engine_buildkit']}" if "engine_buildkit" in f else "") + " |",
        f"| .NET SDK | {f['dotnet']} |",
        f"| base image | `{f['base']}` ({mb(d.images['base'])}) |",
        f"| commit | {f['commit']} |",
        f"| runs | {f['cold_pairs']} cold pairs, {f['warm_pairs']} warm pairs, {f['startup_runs']} startup pairs; whole benchmark {f['bench_minutes']} min |",
        "",
    ]


def size_figures(d):
    base = d.images["base"]
    minimal_over = d.images["minimal"] - base
    limit = d.limit["packages"] + d.limit["runtime_libraries"]
    return base, minimal_over, limit, minimal_over / limit


def sizes(d):
    base, minimal_over, limit, ratio = size_figures(d)
    recipe = d.images["recipe-small"]
    rows = [
        ("Big (compiler in the image)", "big"),
        ("Uninstall (compiler removed in a later layer)", "big-uninstall"),
        ("the recipe's Small, verbatim (bench/Dockerfile.recipe-small)", "recipe-small"),
        ("PyImages Small", "small"),
        ("PyImages Minimal", "minimal"),
    ]
    lines = [
        "## Sizes",
        "",
        "One build of each variant (uWSGI 2.0.21, the same base), sizes as `docker image inspect` reports them "
        "(bytes of all layers; 1 MB = 10^6 bytes). `uwsgi --version` is run in each image of the Small kind.",
        "",
        "| image | size | over base | vs the recipe's Small | `uwsgi --version` |",
        "|---|---:|---:|---:|---|",
        f"| base `{d.facts['base']}` | {mb(base)} | 0 | | |",
    ]
    for label, tag in rows:
        size = d.images[tag]
        reference = f"{d.report['variants'][0]['repository']}:{tag}"
        run = d.starts.get(reference)
        started = "" if run is None else ("starts: " + run[1] if run[0] == "0" else f"does not start (exit {run[0]}): {run[1]}")
        lines.append(f"| {label} | {mb(size)} | {mb(size - base)} | {(size - recipe) / recipe:+.1%} | {started} |")
    for tag in ("small", "minimal"):
        reported = d.variant(tag)["sizeBytes"]
        if reported != d.images[tag]:
            lines += ["", f"Note: report.json gives {reported} bytes for {tag}, `docker image inspect` {d.images[tag]}."]
    packages = d.facts.get("limit_runtime_packages", "")
    lines += [
        "",
        "The recipe's Small carries its wheels (`/wheels`) and has no runtime-library step: on this Debian python3 base the "
        "uWSGI binary links libpython3.11.so.1.0, which only the builder stage (python3-dev) had, so the image does not start. "
        "PyImages' Small and Minimal install the runtime libraries the built files need.",
        "",
        "### The limit",
        "",
        "What Minimal must add at the very least: the installed files of the packages plus the files of the runtime packages "
        "they need, measured in the Minimal image with `du -b` (apparent sizes, each file once).",
        "",
        "| | bytes |",
        "|---|---:|",
        f"| installed packages (`du -sb /opt/python-packages`) | {d.limit['packages']} ({mb(d.limit['packages'])}) |",
        f"| runtime packages not in the base ({packages or 'none'}), their regular files | {d.limit['runtime_libraries']} ({mb(d.limit['runtime_libraries'])}) |",
        f"| **limit** | {limit} ({mb(limit)}) |",
        f"| Minimal's size over the base | {minimal_over} ({mb(minimal_over)}) |",
        f"| **Minimal over base / limit** | **{ratio:.3f}** (goal: at most {MINIMAL_RATIO_GOAL:.2f}) |",
        f"| the tool's own figure (report.json `minimalRatio`) | {d.variant('minimal')['minimalRatio']:.3f} |",
        "",
        "Minimal's layers over the base (`docker history`, bytes):",
        "",
        "| instruction | bytes |",
        "|---|---:|",
        *[f"| `{cell(created_by)}` | {size} |" for created_by, size in d.layers],
        "",
    ]
    return lines


def cell(text):
    return text.replace("|", "\\|")


def minimal_reason(d, minimal_over, limit):
    excess = minimal_over - limit
    analysis = d.variant("minimal").get("layers") or {}
    wasted = analysis.get("wastedBytes") or 0
    files = ", ".join(f"{f['path']} ({mb(f['sizeBytes'])})" for f in (analysis.get("topWastedFiles") or [])[:3])
    runtime_layer = max(d.layers, key=lambda layer: layer[1], default=("", 0))[1]
    return (f"Minimal adds {mb(excess)} beyond the limit. Its runtime-library layer (apt-get install) is {mb(runtime_layer)}, "
            f"{mb(runtime_layer - d.limit['runtime_libraries'])} more than the libraries' files; {mb(wasted)} of the image are "
            f"base files that layer rewrites, so they ship twice (apt/dpkg bookkeeping: {files}); the rest of that layer is the "
            f"new package's dpkg metadata. Without the rewritten files the ratio would be {(minimal_over - wasted) / limit:.3f}: the goal needs the runtime libraries installed without apt's bookkeeping "
            f"(e.g. copied from the builder, or the dpkg database left untouched)")


def pairs(d, phase):
    tool, baseline = d.runs(phase, "tool"), d.runs(phase, "baseline")
    return [(rnd, tool[rnd], baseline[rnd]) for rnd in sorted(tool) if rnd in baseline]


def paired_medians(d, phase):
    """The side-by-side runs of a phase, the tool's median and the baseline's."""
    rows = pairs(d, phase)
    return rows, median([t for _, t, _ in rows]), median([b for _, _, b in rows])


def first_side(rnd):
    """run.sh alternates which side of a pair runs first: the tool in odd pairs."""
    return "tool" if rnd % 2 == 1 else "baseline"


def cold(d, suffix="", heading="## Cold build of all variants"):
    phase, key = f"cold{suffix}", f"cold{suffix.replace('-', '_')}"
    rows, tool_median, baseline_median = paired_medians(d, phase)
    pair_ratio = median([t / b for _, t, b in rows])
    if suffix:
        lines = [
            heading,
            "",
            f"The same cold runs on BuildKit, {len(rows)} pair{'s' if len(rows) != 1 else ''}: the tool against its own Dockerfiles for this builder "
            "(Minimal installs through `RUN --mount`) built with plain `docker build --progress=plain` (what the tool passes "
            "to BuildKit; no `--load`, which this client does not take), each run on its own copy of the base. BuildKit keys "
            "its cache by the base's layers, not its image id, so a LABEL-only copy would come from the cache (a first try "
            "showed it: every step CACHED); on BuildKit the copy adds one layer, a file holding the nonce (a few bytes), so "
            "every cache key is new on both sides alike.",
            "",
            "| pair | first | tool (s) | baseline (s) | tool / baseline | same Dockerfiles | compiler installed / uWSGI compiled (tool; baseline) |",
            "|---:|---|---:|---:|---:|---|---|",
        ]
        return cold_rows(d, phase, key, rows, tool_median, baseline_median, pair_ratio, lines)
    lines = [
        heading,
        "",
        "Break, Big, Uninstall, Small, Minimal from an empty build cache: `./build.sh BuildBreak BuildBig BuildUninstall "
        "BuildSmall BuildMinimal` against the tool's own Dockerfiles (artifacts/dockerfiles) built with plain "
        "`docker build --force-rm -f ... artifacts/sources` in the same order (Break fails on both sides, as it should).",
        "",
        "How the cache is emptied: the tool has no no-cache option (`BuildRequest.NoCache` exists in the library but no "
        "parameter reaches it), and the classic builder's layer cache is shared with other builds on this engine, so "
        "removing our own images would not make a build cold (identical layers of others would still hit). Instead each "
        "cold run gets its own copy of the base: `FROM base` + `LABEL org.pyimages.bench.nonce=<unique>`, a new image id "
        "with the same files (no layer added, same size). Every cache key descends from the parent image id, so nothing "
        "built before can match, on either side; within a run, layers shared between variants (the compiler layer, the "
        "sources) are reused, on both sides alike. Afterwards every image carrying that label (all descend from it) is "
        "removed; the base image stays. The sources were fetched once beforehand and are reused by both sides.",
        "",
        "| pair | first | tool (s) | baseline (s) | tool / baseline | same Dockerfiles | compiler installed / uWSGI compiled (tool; baseline) |",
        "|---:|---|---:|---:|---:|---|---|",
    ]
    return cold_rows(d, phase, key, rows, tool_median, baseline_median, pair_ratio, lines)


def cold_rows(d, phase, key, rows, tool_median, baseline_median, pair_ratio, lines):
    suffix = phase[len("cold"):]
    for rnd, t, b in rows:
        same = d.facts.get(f"{key}_dockerfiles_identical_round_{rnd}", "?")
        work = "; ".join(f"{d.facts.get(f'{key}_{side}_{rnd}_compiler_installs', '?')} / {d.facts.get(f'{key}_{side}_{rnd}_uwsgi_compiles', '?')}"
                         for side in ("tool", "baseline"))
        lines.append(f"| {rnd} | {first_side(rnd)} | {t:.1f} | {b:.1f} | {t / b:.3f} | {same} | {work} |")
    lines += [
        f"| **median** | | **{tool_median:.1f}** | **{baseline_median:.1f}** | **{pair_ratio:.3f}** (of medians: {tool_median / baseline_median:.3f}) | | |",
        "",
        "Compiler installed / uWSGI compiled counts `Setting up gcc-*` and finished uWSGI wheel builds in each run's log: "
        "the compiler layer is shared by all variants through the layer cache; uWSGI is compiled by Big (`pip install`) and "
        "by Small's builder stage (`pip wheel`), which Minimal reuses.",
        "",
    ]
    for _, rnd, side, seconds, code in [row for row in d.times if row[0] == f"discarded{suffix}"]:
        lines.append(f"Discarded and run again: cold pair {rnd}, {side}, exit {code} after {seconds:.0f} s "
                     f"(artifacts/bench/logs/{phase}-{rnd}-{side}-discarded-*.log).")
    for rnd, side, code in d.failures(phase):
        lines.append(f"Warning: cold pair {rnd}, {side} exited with {code} (see artifacts/bench/logs/{phase}-{rnd}-{side}.log).")
    return lines, pair_ratio


def tool_build_seconds(log):
    """The tool's own timing of its docker build, from its log line "small: built in 0.3 s"."""
    found = re.search(r"small: built in ([0-9.]+) s", log.read_text()) if log.exists() else None
    return float(found.group(1)) if found else None


def warm(d, suffix="", heading="## Warm no-op"):
    phase = f"warm{suffix}"
    rows, tool_median, baseline_median = paired_medians(d, phase)
    overhead = median([t - b for _, t, b in rows])
    lines = [
        heading,
        "",
        "Every image up to date: `./build.sh BuildSmall` against `docker build` of the same Dockerfile with a warm cache "
        "(one unmeasured run of each first)" + (", on BuildKit." if suffix else "."),
        "",
        "| pair | first | tool (s) | baseline (s) | tool − baseline (s) |",
        "|---:|---|---:|---:|---:|",
    ]
    for rnd, t, b in rows:
        lines.append(f"| {rnd} | {first_side(rnd)} | {t:.2f} | {b:.2f} | {t - b:+.2f} |")
    lines += [
        f"| **median** | | **{tool_median:.2f}** | **{baseline_median:.2f}** | **{overhead:+.2f}** |",
        "",
    ]
    inner = median([seconds for rnd, _, _ in rows if (seconds := tool_build_seconds(d.logs / f"{phase}-{rnd}-tool.log")) is not None])
    if suffix:
        lines += [f"Inside the tool, its `docker build` took {inner:.2f} s (median) against the baseline's {baseline_median:.2f} s.", ""]
        for rnd, side, code in d.failures(phase):
            lines.append(f"Warning: warm pair {rnd}, {side} exited with {code}.")
        return lines, overhead, inner
    lines += [
        f"Inside the tool, its `docker build` took {inner:.2f} s (median, from its log line `small: built in ... s`) against "
        f"the baseline's {baseline_median:.2f} s (the same Dockerfile, labels included): the tool has the client write the image id to "
        "a file (--iidfile), then tags that id. The rest of the tool's time is starting .NET and the build host (see Startup) and the targets BuildSmall "
        "depends on (EnsureEngine, EnsureBaseImage, Fetch), which ask the engine about itself, the base image and the "
        "sources before every build.",
        "",
    ]
    for rnd, side, code in d.failures(phase):
        lines.append(f"Warning: warm pair {rnd}, {side} exited with {code}.")
    return lines, overhead, inner


def startup(d):
    tool = d.runs("startup", "tool")
    direct = d.runs("startup", "direct")
    tool_median, direct_median = median(list(tool.values())), median(list(direct.values()))
    lines = [
        "## Startup",
        "",
        "`./build.sh --help`, warm (one unmeasured run first), next to the same dll started directly with dotnet "
        "(what build.sh ends in once its stamp check passes): the difference is the bootstrapper's own cost.",
        "",
        "| run | `./build.sh --help` (s) | `dotnet .nuke/temp/build-bin/_build.dll --help` (s) |",
        "|---:|---:|---:|",
    ]
    lines += [f"| {rnd} | {tool[rnd]:.3f} | {direct.get(rnd, float('nan')):.3f} |" for rnd in sorted(tool)]
    lines += [f"| **median** | **{tool_median:.3f}** | **{direct_median:.3f}** |", ""]
    return lines, tool_median, direct_median


def builds_overlap(log):
    """Whether the tool started a variant's build before the previous one had ended."""
    open_builds = 0
    for line in log.read_text().splitlines() if log.exists() else []:
        if re.search(r"\[INF\] Building \w+ as ", line):
            if open_builds:
                return True
            open_builds += 1
        elif re.search(r"\[INF\] \w+: (built in|failed as expected)", line):
            open_builds = max(0, open_builds - 1)
    return False


def structurally_faster(d):
    """True only when the tool did less work than the baseline or built in parallel, so that a ratio below 1.0 means something."""
    rounds = [rnd for rnd, _, _ in pairs(d, "cold")]
    fewer = any(int(d.facts.get(f"cold_tool_{rnd}_{work}", "0")) < int(d.facts.get(f"cold_baseline_{rnd}_{work}", "0"))
                for rnd in rounds for work in ("compiler_installs", "uwsgi_compiles"))
    parallel = any(builds_overlap(d.logs / f"cold-{rnd}-tool.log") for rnd in rounds)
    return fewer or parallel


def warm_reason(overhead, inner, startup_median, direct_median, d):
    baseline = paired_medians(d, "warm")[2]
    rest = overhead - (inner - baseline) - startup_median
    return (f"of the {overhead:.2f} s, starting .NET and the build host is {startup_median:.2f} s (`./build.sh --help`; "
            f"the bootstrapper's stamp check is within noise: the dll started directly takes {direct_median:.2f} s), the "
            f"building with an id file and tagging the id {inner - baseline:.2f} s, and the remaining {rest:.2f} s (by subtraction) is the work "
            "around the build: the engine, base-image and sources checks of the targets BuildSmall depends on, which run "
            "before every build (no up-to-date check skips them)")


def write(work, output):
    d = Data(work)
    base, minimal_over, limit, ratio = size_figures(d)
    cold_lines, cold_ratio = cold(d)
    warm_lines, overhead, inner = warm(d)
    startup_lines, startup_median, direct_median = startup(d)
    buildkit = bool(pairs(d, "cold-buildkit")) or bool(pairs(d, "warm-buildkit"))
    if buildkit:
        bk_cold_lines, bk_cold_ratio = cold(d, "-buildkit", "### Cold build of all variants on BuildKit")
        bk_warm_lines, bk_overhead, _ = warm(d, "-buildkit", "### Warm no-op on BuildKit")
        buildkit_lines = [
            "## BuildKit",
            "",
            f"The same measurements on Docker's BuildKit: {d.facts.get('engine_buildkit', '?')} with DOCKER_BUILDKIT=1, the "
            f"docker client found first on PATH that builds with it (builder confirmed by the tool: {d.facts.get('builder-buildkit', '?')}). "
            f"Fewer pairs than on the classic builder ({d.facts.get('buildkit_cold_pairs', '?')} cold, {d.facts.get('buildkit_warm_pairs', '?')} warm) "
            "to keep the run short: these figures are noisier.",
            "",
            *bk_cold_lines, *bk_warm_lines,
        ]
    recipe, small, minimal = d.images["recipe-small"], d.images["small"], d.images["minimal"]

    rows = pairs(d, "cold")
    spread = f"{min(t / b for _, t, b in rows):.3f}–{max(t / b for _, t, b in rows):.3f}" if rows else "none"
    less_work = structurally_faster(d)
    cold_reason = ("the tool does the same work as the baseline: it builds the variants one after another (no build "
                   "started before the previous one ended, in every cold log), and the compiler layer is built once on "
                   "both sides alike through the builder's layer cache (see the counts below); a median below 1.0 is "
                   f"run-to-run noise of the shared {d.facts['nproc']}-core machine (pair ratios {spread})")
    goals = [
        "## Goals",
        "",
        "| goal (issue 6) | figure | verdict |",
        "|---|---|---|",
        f"| Minimal's overhead over base / limit at most {MINIMAL_RATIO_GOAL:.2f} | {ratio:.3f} ({mb(minimal_over)} / {mb(limit)}) | "
        f"{verdict(ratio <= MINIMAL_RATIO_GOAL, minimal_reason(d, minimal_over, limit))} |",
        f"| cold build of all variants, tool / plain `docker build`, at most {COLD_RATIO_GOAL:.2f} | {cold_ratio:.3f} (median of {len(pairs(d, 'cold'))} side-by-side pairs) | "
        f"{verdict(cold_ratio <= COLD_RATIO_GOAL, 'the tool adds more than 5 % to the builds')}"
        f" (pair ratios {spread}: the noise of the shared machine is of the order of the 5 % margin) |",
        f"| cold: better than 1.0 (parallel variants, or the compiler layer built once and shared) | {cold_ratio:.3f} | "
        f"{verdict(cold_ratio < 1.0 and less_work, cold_reason)} |",
        f"| warm no-op BuildSmall: the tool's overhead over `docker build` under {WARM_OVERHEAD_GOAL} s | {overhead:+.2f} s (median of {len(pairs(d, 'warm'))} pairwise differences) | "
        f"{verdict(overhead < WARM_OVERHEAD_GOAL, warm_reason(overhead, inner, startup_median, direct_median, d))} |",
        *([f"| BuildKit: cold build of all variants, tool / plain `docker build`, at most {COLD_RATIO_GOAL:.2f} | {bk_cold_ratio:.3f} (median of {len(pairs(d, 'cold-buildkit'))} pairs) | "
           f"{verdict(bk_cold_ratio <= COLD_RATIO_GOAL, 'the tool adds more than 5 % to the builds')} |",
           f"| BuildKit: warm no-op BuildSmall, overhead under {WARM_OVERHEAD_GOAL} s | {bk_overhead:+.2f} s (median of {len(pairs(d, 'warm-buildkit'))} pairs) | "
           f"{verdict(bk_overhead < WARM_OVERHEAD_GOAL, 'see the BuildKit section')} |"] if buildkit else []),
        f"| startup `./build.sh --help` warm (no goal set) | {startup_median:.2f} s | |",
        "",
        f"Sizes side by side: the recipe's Small {mb(recipe)} (does not start on this base), PyImages Small {mb(small)} "
        f"({(small - recipe) / recipe:+.1%}), Minimal {mb(minimal)} ({(minimal - recipe) / recipe:+.1%}); "
        f"over the base: {mb(recipe - base)}, {mb(small - base)}, {mb(minimal - base)}.",
        "",
    ]
    text = [
        "# Benchmark results",
        "",
        f"Generated by `bench/run.sh` on {d.facts['date']} from its measurements (bench/summarize.py); do not edit by hand. "
        "Times are medians of runs interleaved with their baseline (the first side alternating), never lone figures.",
        "",
        *([f"This run is a short one ({d.facts['cold_pairs']} cold and {d.facts['warm_pairs']} warm pairs on the classic builder, "
           f"{d.facts.get('buildkit_cold_pairs', 0)} cold and {d.facts.get('buildkit_warm_pairs', 0)} warm on BuildKit) on a machine "
           "whose 2 cores other builds shared throughout: single cold runs of the same work varied by a factor of 3 (see the pair "
           "ratios), so the cold verdicts below say more about the machine than about the tool; `bench/run.sh` with its default "
           "repetitions on a quiet machine gives figures to judge by.", ""]
          if int(d.facts['cold_pairs']) < 3 else []),
        *goals, *machine(d), *sizes(d), *cold_lines, *warm_lines, *(buildkit_lines if buildkit else []), *startup_lines,
        "## Shortfalls of the tool found while benchmarking",
        "",
        "- No no-cache option: `BuildRequest.NoCache` exists but no target parameter sets it, so a cold build cannot be "
        "asked for; the benchmark uses a fresh copy of the base per cold run instead (see above).",
        "- Variants are built one after another; independent variants (Big and Small/Minimal) are not built in parallel.",
        "- A warm no-op still runs `docker build` and the engine checks of EnsureEngine, EnsureBaseImage and Fetch; "
        "there is no up-to-date check that skips them.",
        "",
    ]
    Path(output).write_text("\n".join(text) + kept_sections(Path(output)))


# Sections other benchmarks write between their own markers (bench/distroless.py, bench/app-loop.sh): this run keeps them.
OTHER_SECTIONS = ("<!-- distroless: begin", "<!-- distroless-app: begin", "<!-- app-loop")


def kept_sections(output):
    """The existing file from the first other benchmark's marker on, or nothing."""
    old = output.read_text() if output.exists() else ""
    starts = [i for i in (old.find(marker) for marker in OTHER_SECTIONS) if i >= 0]
    return "\n" + old[min(starts):] if starts else ""


if __name__ == "__main__":
    write(Path(sys.argv[1]), sys.argv[2])
