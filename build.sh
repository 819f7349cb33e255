#!/usr/bin/env bash
# Bootstrapper: uses the .NET SDK that global.json asks for (from PATH, else installed under .nuke/temp),
# builds build/_build.csproj only when its sources changed since the last successful build, and runs it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TEMP_DIR="$ROOT/.nuke/temp"
BUILD_PROJECT="$ROOT/build/_build.csproj"
BUILD_OUTPUT="$TEMP_DIR/build-bin"
BUILD_DLL="$BUILD_OUTPUT/_build.dll"
STAMP_FILE="$TEMP_DIR/build.stamp"
DOTNET_PATH_FILE="$TEMP_DIR/dotnet.path"
DOTNET_INSTALL_DIR="$TEMP_DIR/dotnet-unix"
DOTNET_INSTALL_URL="https://dot.net/v1/dotnet-install.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_MULTILEVEL_LOOKUP=0

# Paths, sizes and modification times of everything the build is compiled from (bin/obj excluded).
list_build_sources() {
  cd "$ROOT"
  local paths=(build src/BuildHost src/PyImages global.json)
  paths+=(Directory.*.props)
  if find . -maxdepth 0 -printf '' >/dev/null 2>&1; then
    find "${paths[@]}" \( -name bin -o -name obj \) -prune -o -type f -printf '%p %s %T@\n' 2>/dev/null || true
  else
    find "${paths[@]}" \( -name bin -o -name obj \) -prune -o -type f -exec stat -f '%N %z %m' {} + 2>/dev/null || true
  fi
}

fingerprint() {
  list_build_sources | LC_ALL=C sort | cksum
}

sdk_satisfies_global_json() {
  (cd "$ROOT" && "$1" --version >/dev/null 2>&1)
}

find_or_install_dotnet() {
  if command -v dotnet >/dev/null 2>&1 && sdk_satisfies_global_json "$(command -v dotnet)"; then
    command -v dotnet
    return
  fi
  if [[ -x "$DOTNET_INSTALL_DIR/dotnet" ]] && sdk_satisfies_global_json "$DOTNET_INSTALL_DIR/dotnet"; then
    echo "$DOTNET_INSTALL_DIR/dotnet"
    return
  fi
  echo "No .NET SDK matching global.json on PATH; installing one into $DOTNET_INSTALL_DIR" >&2
  mkdir -p "$DOTNET_INSTALL_DIR"
  local script="$TEMP_DIR/dotnet-install.sh"
  if command -v curl >/dev/null 2>&1; then
    curl -fsSL "$DOTNET_INSTALL_URL" -o "$script"
  else
    wget -q "$DOTNET_INSTALL_URL" -O "$script"
  fi
  bash "$script" --install-dir "$DOTNET_INSTALL_DIR" --jsonfile "$ROOT/global.json" --no-path >&2
  echo "$DOTNET_INSTALL_DIR/dotnet"
}

cannot_write_temp() {
  echo "build.sh: cannot write $TEMP_DIR (the build is compiled there): make it writable by $(id -un)" \
    "(it may belong to another user, e.g. root from an earlier run: 'sudo chown -R $(id -un) $TEMP_DIR'), or run as its owner." >&2
  exit 1
}

mkdir -p "$TEMP_DIR" 2>/dev/null || cannot_write_temp
CURRENT="$(fingerprint)"
DOTNET=""
if [[ -f "$BUILD_DLL" && -f "$STAMP_FILE" && -f "$DOTNET_PATH_FILE" && "$(cat "$STAMP_FILE")" == "$CURRENT" ]]; then
  DOTNET="$(cat "$DOTNET_PATH_FILE")"
  [[ -x "$DOTNET" ]] || DOTNET=""
fi

if [[ -z "$DOTNET" ]]; then
  [[ -w "$TEMP_DIR" ]] || cannot_write_temp
  DOTNET="$(find_or_install_dotnet)"
  rm -f "$STAMP_FILE"
  if ! "$DOTNET" build "$BUILD_PROJECT" -o "$BUILD_OUTPUT" -nologo -nodeReuse:false --verbosity quiet >"$TEMP_DIR/build-project.log" 2>&1; then
    cat "$TEMP_DIR/build-project.log" >&2
    echo "Building build/_build.csproj failed (output above, also in .nuke/temp/build-project.log)." >&2
    exit 1
  fi
  echo "$DOTNET" > "$DOTNET_PATH_FILE"
  echo "$CURRENT" > "$STAMP_FILE"
fi

DOTNET_DIR="$(dirname "$DOTNET")"
# Only when missing: moving a folder like /usr/bin to the front would override tools the user put first on PATH.
case ":$PATH:" in
  *":$DOTNET_DIR:"*) ;;
  *) export PATH="$DOTNET_DIR:$PATH" ;;
esac
if [[ "$DOTNET_DIR" == "$DOTNET_INSTALL_DIR" ]]; then
  export DOTNET_ROOT="$DOTNET_INSTALL_DIR"
fi
exec "$DOTNET" "$BUILD_DLL" "$@"
