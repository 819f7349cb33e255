#!/usr/bin/env bash
# Benchmark of PyImages against plain `docker build` and against the recipe, in one run on this machine.
# Writes bench/results.md (generated from the measurements, see bench/summarize.py); raw data in artifacts/bench/.
#
#   bench/run.sh                 3 cold pairs, 5 warm pairs, 5 startup runs on Docker's classic builder, then
#                                2 cold and 3 warm pairs on BuildKit (about 35 minutes on 2 cores)
#   BENCH_COLD_PAIRS=1 BENCH_WARM_PAIRS=2 bench/run.sh   a quicker, noisier run
#   BENCH_BUILDKIT=0 bench/run.sh                        the classic builder only
#
# Both builders are reached the way a user reaches them: DOCKER_BUILDKIT=0 or 1, and for BuildKit the first docker
# client on PATH that builds with it (a client with buildx, or Docker 20.10's own), put first on PATH for the tool and
# the baseline alike. Each side passes the flags the tool passes to that builder (--force-rm, --progress=plain).
#
# Needs: a Docker engine, python3 (standard library only), the base image (BENCH_BASE) present locally.
# Every image it makes is under the repository prefix pyimages-bench/ and removed again, except the measured
# images (pyimages-bench/blog-python:<variant>, :recipe-small). The base image is never removed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
WORK="$ROOT/artifacts/bench"
SOURCES="$ROOT/artifacts/sources"
BASE="${BENCH_BASE:-pyimages/python-debootstrap:bookworm}"
REPO="${BENCH_REPOSITORY:-pyimages-bench/blog-python}"
COLD_PAIRS="${BENCH_COLD_PAIRS:-3}"
WARM_PAIRS="${BENCH_WARM_PAIRS:-5}"
STARTUP_RUNS="${BENCH_STARTUP_RUNS:-5}"
COLD_TIMEOUT="${BENCH_COLD_TIMEOUT:-900}"
BUILDKIT="${BENCH_BUILDKIT:-1}"
BUILDKIT_COLD_PAIRS="${BENCH_BUILDKIT_COLD_PAIRS:-2}"
BUILDKIT_WARM_PAIRS="${BENCH_BUILDKIT_WARM_PAIRS:-3}"
COLD_ATTEMPTS=3
NONCE_LABEL="org.pyimages.bench.nonce"
VARIANTS=(break big uninstall small minimal)
TARGETS=(BuildBreak BuildBig BuildUninstall BuildSmall BuildMinimal)

TIMES="$WORK/times.tsv"
FACTS="$WORK/facts.tsv"
SIZES="$WORK/sizes.tsv"

say() { printf '\n[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
fact() { printf '%s\t%s\n' "$1" "$2" >>"$FACTS"; }
size_fact() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$SIZES"; }

# Runs a command with its output to a log; prints the wall time in seconds; never fails (the exit code is recorded).
# Usage: timed <phase> <round> <side> <log> <command...>
timed() {
  local phase=$1 round=$2 side=$3 log=$4 start end code=0
  shift 4
  start=$EPOCHREALTIME
  "$@" >"$log" 2>&1 || code=$?
  end=$EPOCHREALTIME
  local seconds
  seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
  printf '%s\t%s\t%s\t%s\t%s\n' "$phase" "$round" "$side" "$seconds" "$code" >>"$TIMES"
  echo "  $phase #$round $side: ${seconds}s (exit $code)" >&2
}

tool() { "$ROOT/build.sh" "$@"; }

# The builder the next phases run on: "classic" or "buildkit". SUFFIX tells their phases, logs and facts apart
# ("" for classic, as in earlier results); BASELINE_FLAGS are what the tool passes to that builder.
use_builder() {
  BUILDER=$1
  if [[ $BUILDER == buildkit ]]; then
    export DOCKER_BUILDKIT=1 PATH="$WORK/buildkit-client:$ORIGINAL_PATH"
    SUFFIX=-buildkit BASELINE_FLAGS=(--progress=plain)
  else
    export DOCKER_BUILDKIT=0 PATH="$ORIGINAL_PATH"
    SUFFIX="" BASELINE_FLAGS=(--force-rm)
  fi
}

# The first docker on PATH that builds with BuildKit when DOCKER_BUILDKIT=1, linked as $WORK/buildkit-client/docker.
find_buildkit_client() {
  local candidate directory
  local IFS=:
  for directory in $ORIGINAL_PATH; do
    candidate="$directory/docker"
    if [[ -x $candidate ]] && DOCKER_BUILDKIT=1 "$candidate" build --help >/dev/null 2>&1; then
      mkdir -p "$WORK/buildkit-client"
      ln -sf "$candidate" "$WORK/buildkit-client/docker"
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

# The tool's build of all variants, as a user runs it.
tool_build_all() { timeout "$COLD_TIMEOUT" "$ROOT/build.sh" "${TARGETS[@]}" --repository "$1" --base-image "$2"; }

# The baseline: the tool's own Dockerfiles, built with plain docker build in the tool's order, with the flags the
# tool passes to the builder; labels are left out. Break is expected to fail (exit 1); the baseline carries on like
# the tool does.
baseline_build_all() {
  local repository=$1 dockerfiles=$2 variant
  for variant in "${VARIANTS[@]}"; do
    echo "=== $variant"
    if ! timeout "$COLD_TIMEOUT" docker build "${BASELINE_FLAGS[@]}" -f "$dockerfiles/Dockerfile.$variant" -t "$repository:$variant" "$SOURCES" \
      && [[ $variant != break ]]; then
      return 1
    fi
  done
}

# A copy of the base with a new image id and the same files (a LABEL adds no layer). Every layer built on it
# has a cache key no earlier build can have produced, so a build on it is cold without --no-cache, on both
# sides alike, whatever other builds on the shared engine left in the cache.
# BuildKit keys its cache by the base's layers, not its image id: there the copy gets one more layer, a file holding
# the nonce (a few bytes), or every step would come from the cache.
make_nonce_base() {
  local nonce=$1 layer=""
  [[ $BUILDER != buildkit ]] || layer="RUN echo $nonce > /.pyimages-bench-nonce"
  printf 'FROM %s\nLABEL %s=%s\n%s\n' "$BASE" "$NONCE_LABEL" "$nonce" "$layer" \
    | docker build -q -t "pyimages-bench/base:$nonce" - >/dev/null 2>&1
  echo "pyimages-bench/base:$nonce"
}

# Every image built on the nonce base inherits its label: remove leaves until none is left (docker rmi takes the
# now unused parent layers with it), then the nonce base itself. Nothing else is touched.
remove_nonce_images() {
  local nonce=$1 ids containers attempt
  containers=$(docker ps -aq --filter "label=$NONCE_LABEL=$nonce")
  [[ -z $containers ]] || docker rm -f $containers >/dev/null 2>&1 || true
  for attempt in $(seq 1 30); do
    ids=$(docker image ls -a -q --no-trunc --filter "label=$NONCE_LABEL=$nonce" | sort -u)
    [[ -n $ids ]] || return 0
    docker rmi -f $(docker image ls -q --no-trunc --filter "label=$NONCE_LABEL=$nonce" | sort -u) >/dev/null 2>&1 || true
  done
  echo "could not remove every image labelled $NONCE_LABEL=$nonce" >&2
  return 1
}

cold_tool() {
  local round=$1 nonce base
  nonce="tool-$round-$(date +%s%N)"
  base=$(make_nonce_base "$nonce")
  timed "cold$SUFFIX" "$round" tool "$WORK/logs/cold$SUFFIX-$round-tool.log" tool_build_all pyimages-bench/cold-tool "$base"
  count_work "$round" tool
  mkdir -p "$WORK/cold$SUFFIX-$round-tool"
  cp "$ROOT"/artifacts/dockerfiles/Dockerfile.* "$WORK/cold$SUFFIX-$round-tool/"
  remove_nonce_images "$nonce"
}

cold_baseline() {
  local round=$1 nonce base dir
  nonce="baseline-$round-$(date +%s%N)"
  base=$(make_nonce_base "$nonce")
  dir="$WORK/cold$SUFFIX-$round-baseline"
  mkdir -p "$dir"
  for variant in "${VARIANTS[@]}"; do
    sed "s|$BASE|$base|g" "$WORK/dockerfiles$SUFFIX/Dockerfile.$variant" >"$dir/Dockerfile.$variant"
  done
  timed "cold$SUFFIX" "$round" baseline "$WORK/logs/cold$SUFFIX-$round-baseline.log" baseline_build_all pyimages-bench/cold-baseline "$dir"
  count_work "$round" baseline
  remove_nonce_images "$nonce"
}

# A cold run that fails (the engine's network lost mid-build, a timeout) is discarded, its time kept apart under
# "discarded" and its log as cold-<round>-<side>-discarded-<attempt>.log, and the side run again on a new base.
cold_side() {
  local side=$1 round=$2 attempt
  for attempt in $(seq 1 "$COLD_ATTEMPTS"); do
    "cold_$side" "$round"
    [[ $(tail -1 "$TIMES" | cut -f5) != 0 ]] || return 0
    sed -i "\$ s/^cold$SUFFIX\t/discarded$SUFFIX\t/" "$TIMES"
    mv "$WORK/logs/cold$SUFFIX-$round-$side.log" "$WORK/logs/cold$SUFFIX-$round-$side-discarded-$attempt.log"
    echo "  cold #$round $side failed; discarded, trying again in 30 s" >&2
    sleep 30
  done
  echo "cold #$round $side failed $COLD_ATTEMPTS times; see $WORK/logs" >&2
  return 1
}

# Both sides' Dockerfiles must be the same text but for the base's name (and the image title in the labels, which
# names each side's repository), or the ratio compares different work.
normalized_dockerfile() {
  sed -E -e 's|pyimages-bench/base:[a-z0-9-]+|BASE|g' -e 's|pyimages-bench/[a-z-]+:([a-z-]+)|REPOSITORY:\1|g' "$1"
}

check_same_dockerfiles() {
  local round=$1 variant same=yes
  for variant in "${VARIANTS[@]}"; do
    diff -q <(normalized_dockerfile "$WORK/cold$SUFFIX-$round-tool/Dockerfile.$variant") \
            <(normalized_dockerfile "$WORK/cold$SUFFIX-$round-baseline/Dockerfile.$variant") >/dev/null || same=no
  done
  fact "cold${SUFFIX//-/_}_dockerfiles_identical_round_$round" "$same"
}

warm_tool() { tool BuildSmall --repository "$REPO$SUFFIX" --base-image "$BASE"; }
warm_baseline() { docker build "${BASELINE_FLAGS[@]}" -f "$WORK/dockerfiles$SUFFIX/Dockerfile.small" -t "pyimages-bench/warm-baseline$SUFFIX:small" "$SOURCES"; }

# What build.sh ends in once its stamp check passes: the same dotnet running the same dll.
direct_help() { "$(cat "$ROOT/.nuke/temp/dotnet.path")" "$ROOT/.nuke/temp/build-bin/_build.dll" --help; }

image_size() { docker image inspect -f '{{.Size}}' "$1"; }

# Installed size of the packages and of the runtime packages the Minimal image has beyond the base, measured in
# the image with du: the physical limit of what Minimal must add.
measure_limit() {
  local image=$1 new_packages
  new_packages=$(comm -13 \
    <(docker run --rm --entrypoint dpkg-query "$BASE" -W -f '${Package}\n' | sort -u) \
    <(docker run --rm --entrypoint dpkg-query "$image" -W -f '${Package}\n' | sort -u) | tr '\n' ' ')
  fact limit_runtime_packages "${new_packages% }"
  size_fact limit packages "$(docker run --rm --entrypoint sh "$image" -c \
    'find /opt/python-packages -type f -print0 | du -cb --files0-from=- | tail -1 | cut -f1')"
  size_fact limit runtime_libraries "$(docker run --rm --entrypoint sh "$image" -c '
    for p in "$@"; do
      for f in /var/lib/dpkg/info/$p.list /var/lib/dpkg/info/$p:*.list; do [ -f "$f" ] && cat "$f"; done
    done | while read -r path; do [ -f "$path" ] && [ ! -L "$path" ] && echo "$path"; done | sort -u \
      | tr "\n" "\0" | du -cb --files0-from=- | tail -1 | cut -f1' sh $new_packages)"
}

# The layers an image adds over the base (bytes, instruction), from the engine's history.
layers_over_base() {
  local image=$1 added
  added=$(( $(docker history -q "$image" | wc -l) - $(docker history -q "$BASE" | wc -l) ))
  docker history --no-trunc --human=false --format '{{.Size}}\t{{.CreatedBy}}' "$image" | head -n "$added" \
    | while IFS=$'\t' read -r size created_by; do
        (( size > 0 )) && size_fact layer "$(echo "$created_by" | sed -E 's|^/bin/sh -c (#\(nop\) *)?||; s/(dir|file):[0-9a-f]+ //' | cut -c1-70)" "$size"
      done
  return 0
}

# How often a cold run installed the compiler and compiled uWSGI (a layer shared between variants counts once).
count_work() {
  local round=$1 side=$2 log="$WORK/logs/cold$SUFFIX-$1-$2.log" key="cold${SUFFIX//-/_}_$2_$1"
  fact "${key}_compiler_installs" "$(grep -c 'Setting up gcc-[0-9]' "$log" || true)"
  fact "${key}_uwsgi_compiles" "$(grep -c "Building wheel for uwsgi (setup.py): finished with status 'done'" "$log" || true)"
}

cold_pairs() {
  local pairs=$1 round
  for round in $(seq 1 "$pairs"); do
    if (( round % 2 == 1 )); then cold_side tool "$round"; cold_side baseline "$round"; else cold_side baseline "$round"; cold_side tool "$round"; fi
    check_same_dockerfiles "$round"
  done
}

warm_pairs() {
  local pairs=$1 round
  timed "warmup$SUFFIX" 0 tool "$WORK/logs/warmup$SUFFIX-tool.log" warm_tool
  timed "warmup$SUFFIX" 0 baseline "$WORK/logs/warmup$SUFFIX-baseline.log" warm_baseline
  for round in $(seq 1 "$pairs"); do
    if (( round % 2 == 1 )); then
      timed "warm$SUFFIX" "$round" tool "$WORK/logs/warm$SUFFIX-$round-tool.log" warm_tool
      timed "warm$SUFFIX" "$round" baseline "$WORK/logs/warm$SUFFIX-$round-baseline.log" warm_baseline
    else
      timed "warm$SUFFIX" "$round" baseline "$WORK/logs/warm$SUFFIX-$round-baseline.log" warm_baseline
      timed "warm$SUFFIX" "$round" tool "$WORK/logs/warm$SUFFIX-$round-tool.log" warm_tool
    fi
  done
  docker rmi "pyimages-bench/warm-baseline$SUFFIX:small" >/dev/null 2>&1 || true
}

# The tool's Dockerfiles and the builder it confirmed, from one build of every variant on the current builder.
prepare() {
  local extra=("$@")
  tool "${TARGETS[@]}" "${extra[@]}" --repository "$REPO$SUFFIX" --base-image "$BASE" >"$WORK/logs/prepare$SUFFIX.log" 2>&1 \
    || { tail -40 "$WORK/logs/prepare$SUFFIX.log" >&2; exit 1; }
  # Report runs only in the first prepare: a later one would find that run's report.json.
  [[ -n $SUFFIX ]] || cp "$ROOT/artifacts/report/report.json" "$WORK/report.json"
  mkdir -p "$WORK/dockerfiles$SUFFIX"
  cp "$ROOT"/artifacts/dockerfiles/Dockerfile.* "$WORK/dockerfiles$SUFFIX/"
  builder_fact
}

# The builder the tool confirmed with its probe builds, from its own log line "Builder: <name> on ...".
builder_fact() {
  fact "builder$SUFFIX" "$(grep -o 'Builder: [a-z]* on ' "$WORK/logs/prepare$SUFFIX.log" | tail -1 | cut -d' ' -f2)"
}

# Whether the image's uwsgi starts; the first line of its answer.
starts() {
  local image=$1 output code=0
  output=$(docker run --rm "$image" uwsgi --version 2>&1) || code=$?
  size_fact starts "$image" "$code	$(echo "$output" | head -1)"
}

main() {
  command -v docker >/dev/null && command -v python3 >/dev/null || { echo "bench needs docker and python3" >&2; exit 1; }
  docker image inspect "$BASE" >/dev/null 2>&1 || { echo "base image $BASE is not present; run ./build.sh EnsureBaseImage --base-image $BASE" >&2; exit 1; }
  rm -rf "$WORK"
  mkdir -p "$WORK/logs"
  ORIGINAL_PATH=$PATH
  use_builder classic
  : >"$TIMES"; : >"$FACTS"; : >"$SIZES"
  local began=$EPOCHREALTIME

  say "Machine"
  fact date "$(date -u '+%Y-%m-%d %H:%M UTC')"
  fact nproc "$(nproc)"
  fact memory "$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
  fact cpu "$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
  fact kernel "$(uname -sr)"
  fact engine "$(docker version -f 'Docker {{.Server.Version}} (CLI {{.Client.Version}})')"
  fact dotnet "$(cd "$ROOT" && dotnet --version 2>/dev/null || echo unknown)"
  fact commit "$(git -C "$ROOT" rev-parse --short HEAD)"
  # Whether other work shared the machine: the 1-minute load average and the engine's running containers, at both ends.
  fact load_start "$(cut -d' ' -f1 /proc/loadavg), $(docker ps -q | wc -l) containers running"
  fact base "$BASE"
  fact cold_pairs "$COLD_PAIRS"
  fact warm_pairs "$WARM_PAIRS"
  fact startup_runs "$STARTUP_RUNS"

  say "Prepare: every variant built, verified, analyzed and reported once (fetches sources, compiles build/)"
  prepare Verify Analyze Report

  say "Sizes: the recipe verbatim, and the limit measured in Minimal"
  docker build --force-rm -f "$BENCH/Dockerfile.recipe-small" --build-arg "BASE=$BASE" -t "$REPO:recipe-small" "$SOURCES" \
    >"$WORK/logs/recipe-small.log" 2>&1 || { tail -40 "$WORK/logs/recipe-small.log" >&2; exit 1; }
  size_fact image base "$(image_size "$BASE")"
  size_fact image recipe-small "$(image_size "$REPO:recipe-small")"
  for variant in big big-uninstall small minimal; do size_fact image "$variant" "$(image_size "$REPO:$variant")"; done
  for image in "$REPO:recipe-small" "$REPO:small" "$REPO:minimal"; do starts "$image"; done
  measure_limit "$REPO:minimal"
  layers_over_base "$REPO:minimal"

  say "Cold: $COLD_PAIRS pairs, tool and baseline interleaved, the first side alternating"
  cold_pairs "$COLD_PAIRS"

  say "Warm no-op: BuildSmall with everything up to date, $WARM_PAIRS pairs after one unmeasured run of each"
  warm_pairs "$WARM_PAIRS"

  if [[ $BUILDKIT != 0 ]]; then
    local client
    client=$(find_buildkit_client) || { echo "no docker client on PATH builds with BuildKit (DOCKER_BUILDKIT=1); BENCH_BUILDKIT=0 skips it" >&2; exit 1; }
    use_builder buildkit
    fact engine_buildkit "$(docker version -f 'Docker {{.Server.Version}} (CLI {{.Client.Version}})')"
    fact client_buildkit "$client"
    fact buildkit_cold_pairs "$BUILDKIT_COLD_PAIRS"
    fact buildkit_warm_pairs "$BUILDKIT_WARM_PAIRS"
    say "BuildKit ($client, DOCKER_BUILDKIT=1): prepare, $BUILDKIT_COLD_PAIRS cold pairs, $BUILDKIT_WARM_PAIRS warm pairs"
    prepare
    cold_pairs "$BUILDKIT_COLD_PAIRS"
    warm_pairs "$BUILDKIT_WARM_PAIRS"
    use_builder classic
  fi

  say "Startup: ./build.sh --help, and the build's dll run directly (no bootstrapper), $STARTUP_RUNS pairs after one unmeasured"
  timed startup 0 warmup "$WORK/logs/startup-0.log" tool --help
  for round in $(seq 1 "$STARTUP_RUNS"); do
    timed startup "$round" tool "$WORK/logs/startup-$round-tool.log" tool --help
    timed startup "$round" direct "$WORK/logs/startup-$round-direct.log" direct_help
  done

  fact bench_minutes "$(awk -v a="$began" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", (b - a) / 60 }')"
  fact load_end "$(cut -d' ' -f1 /proc/loadavg), $(docker ps -q | wc -l) containers running"
  say "Writing bench/results.md"
  python3 "$BENCH/summarize.py" "$WORK" "$BENCH/results.md"
}

main "$@"
