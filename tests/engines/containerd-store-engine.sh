#!/usr/bin/env bash
# A Docker engine for the tests as GitHub's runners have it since 2026: Docker with buildx and the containerd image
# store. Debian 13's docker.io (26.1), docker-buildx and containerd run from a debootstrapped trixie root beside the
# machine's own engine, which it never touches:
#   - a private mount namespace, the root bind-mounted onto itself (runc refuses a root that is not a mount point:
#     "error preparing rootfs: mount /, flags: 0x84000: invalid argument"), then chroot; the daemon's data root, exec
#     root, managed containerd and socket are the root's own;
#   - the host's network namespace (builds run with --network host), a bridge of its own (never --bridge none: a second
#     dockerd started so in the host's network namespace deletes the host's docker0), no iptables rules;
#   - daemon.json turns on the containerd snapshotter (the containerd image store).
# The client is trixie's docker CLI and buildx plugin, run on the host with a DOCKER_CONFIG of the user's own.
#
#   containerd-store-engine.sh ensure   make the root once (debootstrap, a few minutes), start the engine unless it
#                                       answers, then print its environment (root: as root or through sudo)
#   containerd-store-engine.sh env      the environment a client needs: DOCKER_HOST, PYIMAGES_CONTAINERD_DOCKER (the
#                                       client) and DOCKER_CONFIG (a folder of this user's, with the buildx plugin)
#   containerd-store-engine.sh stop     stop the engine (its images stay in the root for the next start)
#   containerd-store-engine.sh status   exit 0 when it answers
#
# PYIMAGES_CONTAINERD_ENGINE_ROOT moves the root (default /var/tmp/pyimages-containerd-engine).
set -euo pipefail

ROOT=${PYIMAGES_CONTAINERD_ENGINE_ROOT:-/var/tmp/pyimages-containerd-engine}
ROOTFS=$ROOT/rootfs
SUITE=trixie
PACKAGES=docker.io,docker-cli,docker-buildx,containerd,runc,iptables,ca-certificates
BRIDGE=pyctrd0
BRIDGE_ADDRESS=10.199.13.1/24
SOCKET=$ROOTFS/run/docker.sock
LOG=$ROOT/dockerd.log
CLIENT=$ROOTFS/usr/bin/docker
BUILDX_PLUGIN=$ROOTFS/usr/libexec/docker/cli-plugins/docker-buildx

say() { echo "containerd-store engine: $*" >&2; }

as_root() {
  if ((EUID == 0)); then "$@"; else sudo -n "$@"; fi
}

answers() {
  [[ -S $SOCKET ]] && DOCKER_HOST=unix://$SOCKET DOCKER_CONFIG=$(client_config) "$CLIENT" version --format '{{.Server.Version}}' >/dev/null 2>&1
}

client_config() {
  local config=${TMPDIR:-/tmp}/pyimages-containerd-client-$(id -un)
  if [[ ! -x $config/cli-plugins/docker-buildx ]]; then
    mkdir -p "$config/cli-plugins"
    ln -sfn "$BUILDX_PLUGIN" "$config/cli-plugins/docker-buildx"
  fi
  echo "$config"
}

print_env() {
  echo "DOCKER_HOST=unix://$SOCKET"
  echo "DOCKER_CONFIG=$(client_config)"
  echo "PYIMAGES_CONTAINERD_DOCKER=$CLIENT"
}

make_root() {
  [[ -f $ROOT/.complete ]] && return 0
  say "no engine root at $ROOTFS: bootstrapping Debian $SUITE with docker.io, docker-buildx and containerd (a few minutes; log: $ROOT/debootstrap.log)"
  as_root rm -rf "$ROOTFS"
  as_root mkdir -p "$ROOT"
  command -v debootstrap >/dev/null 2>&1 || { say "debootstrap is missing: apt-get install debootstrap"; return 1; }
  # debootstrap's own lines go to the log; the console gets one line per phase with a count.
  if ! as_root debootstrap --variant=minbase --include="$PACKAGES" "$SUITE" "$ROOTFS" 2>&1 \
    | as_root tee "$ROOT/debootstrap.log" \
    | awk '/^I: Retrieving /{r++; if (r % 50 == 0) printf "containerd-store engine: %d packages fetched\n", r > "/dev/stderr"}
           /^I: Extracting /{x++; if (x % 50 == 0) printf "containerd-store engine: %d packages extracted\n", x > "/dev/stderr"}
           /^I: (Installing core|Unpacking required|Configuring required|Unpacking the base|Configuring the base)/{print "containerd-store engine: " substr($0, 4) > "/dev/stderr"}
           /^E: /{print > "/dev/stderr"}'; then
    say "debootstrap failed; see $ROOT/debootstrap.log"
    return 1
  fi
  as_root mkdir -p "$ROOTFS/etc/docker"
  printf '{"features": {"containerd-snapshotter": true}}\n' | as_root tee "$ROOTFS/etc/docker/daemon.json" >/dev/null
  as_root touch "$ROOT/.complete"
  say "root ready: $(as_root chroot "$ROOTFS" dpkg-query -W -f '${Version}' docker.io) (docker.io), $(as_root chroot "$ROOTFS" dpkg-query -W -f '${Version}' docker-buildx) (buildx)"
}

start() {
  answers && return 0
  make_root
  say "starting dockerd (log: $LOG)"
  as_root sh -c "ip link show $BRIDGE >/dev/null 2>&1 || { ip link add $BRIDGE type bridge && ip addr add $BRIDGE_ADDRESS dev $BRIDGE && ip link set $BRIDGE up; }"
  as_root cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
  as_root rm -f "$SOCKET" "$ROOTFS/run/docker.pid"
  local inside="mount --bind '$ROOTFS' '$ROOTFS' && mount -t proc proc '$ROOTFS/proc' && mount --rbind /sys '$ROOTFS/sys' \
    && mount --rbind /dev '$ROOTFS/dev' && exec chroot '$ROOTFS' dockerd --bridge $BRIDGE --iptables=false --ip-masq=false \
    --pidfile /run/docker.pid >>'$LOG' 2>&1 </dev/null"
  as_root setsid -f unshare --mount --propagation private sh -c "$inside"
  for _ in $(seq 1 60); do
    if [[ -S $SOCKET ]]; then
      # The socket's group is the root's "docker"; the host's docker group is who may use it here.
      as_root chgrp docker "$SOCKET" 2>/dev/null || true
      answers && { say "answers: Docker $(DOCKER_HOST=unix://$SOCKET DOCKER_CONFIG=$(client_config) "$CLIENT" version --format '{{.Server.Version}}')"; return 0; }
    fi
    sleep 1
  done
  say "dockerd did not answer on $SOCKET within 60 s; see $LOG"
  return 1
}

stop() {
  local pid
  pid=$(as_root cat "$ROOTFS/run/docker.pid" 2>/dev/null || true)
  [[ -n $pid ]] || return 0
  as_root kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do
    as_root kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  say "stopped"
}

case ${1:-} in
  ensure) start && print_env ;;
  env) print_env ;;
  stop) stop ;;
  status) answers ;;
  *) echo "usage: $0 ensure|env|stop|status" >&2; exit 2 ;;
esac
