# Shared helpers for bench/load.sh and bench/scale.sh. Source it; do not run it.
# Everything started here is bounded twice: each server runs under `timeout`, so it stops by
# itself even if the script is killed, and the trap in `bench_init` stops it earlier by PID.

set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RESULTS="$REPO/bench/results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The longest any server started by these scripts may live, in seconds.
SERVER_MAX_SECONDS="${SERVER_MAX_SECONDS:-1800}"

STARTED_PIDS=()

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

need() {
  local cmd
  for cmd in "$@"; do
    command -v "$cmd" >/dev/null 2>&1 || die "$cmd is not installed (apt-get install -y nginx wrk hugo hyperfine curl)"
  done
}

# Creates WORK, a private temp folder readable by nginx's workers, and the cleanup trap.
bench_init() {
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/careerpaths-$1.XXXXXX")"
  chmod 755 "$WORK"
  mkdir -p "$RESULTS"
  trap bench_cleanup EXIT
  trap 'exit 130' INT TERM
}

bench_cleanup() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do
    stop_pid "$pid"
  done
  if [[ "${KEEP_WORK:-0}" == 1 ]]; then
    log "kept $WORK"
  else
    rm -rf "$WORK"
  fi
}

# Fails when something already listens on 127.0.0.1:PORT.
port_free() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    die "port $1 on 127.0.0.1 is already in use; choose another (see bench/README.md)"
  fi
}

# publish_app DEST: the site in Release, framework-dependent, as `dotnet publish` makes it.
# Build output goes under WORK, not src/*/bin, so the scripts never touch the source tree.
publish_app() {
  log "publishing src/CareerPaths.Web (Release) to $1"
  dotnet publish "$REPO/src/CareerPaths.Web" -c Release -o "$1" --artifacts-path "$WORK/artifacts" -nologo -v quiet >"$WORK/publish-app.log" 2>&1 \
    || { cat "$WORK/publish-app.log" >&2; die "publish failed"; }
}

# publish_bare DEST: a fresh `dotnet new web` app, published the same way.
publish_bare() {
  log "publishing a bare 'dotnet new web' app to $1"
  dotnet new web -o "$WORK/bare-src" -n Bare --force >"$WORK/publish-bare.log" 2>&1
  dotnet publish "$WORK/bare-src" -c Release -o "$1" --artifacts-path "$WORK/artifacts-bare" -nologo -v quiet >>"$WORK/publish-bare.log" 2>&1 \
    || { cat "$WORK/publish-bare.log" >&2; die "publish of the bare app failed"; }
}

# start_server DIR LOG COMMAND...: runs COMMAND in DIR in the background under `timeout`;
# sets SERVER_PID (the timeout process; the server is its only child).
start_server() {
  local dir="$1" logfile="$2"
  shift 2
  (cd "$dir" && exec timeout "$SERVER_MAX_SECONDS" "$@") >"$logfile" 2>&1 &
  SERVER_PID=$!
  STARTED_PIDS+=("$SERVER_PID")
}

# The server process itself (the child of `timeout`), for /proc/PID/status.
server_child() {
  local child="" i
  for i in $(seq 1 100); do
    child="$(pgrep -P "$1" | head -n 1 || true)"
    [[ -n "$child" ]] && break
    sleep 0.01
  done
  echo "$child"
}

stop_pid() {
  local pid="$1" i
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

now_ns() { date +%s%N; }

# wait_200 URL SECONDS PID: polls URL until it answers 200; fails after SECONDS or when PID exits.
wait_200() {
  local url="$1" deadline=$(($(date +%s) + $2)) pid="$3" code
  while (($(date +%s) < deadline)); do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)"
    [[ "$code" == 200 ]] && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.005
  done
  return 1
}

# coldstart DIR PORT LOG COMMAND...: sets COLD_MS to the milliseconds from starting COMMAND to
# the first 200 on GET http://127.0.0.1:PORT/, and leaves the server running (SERVER_PID) for the
# caller to use and stop. Not for $(...): the PIDs must reach this shell.
coldstart() {
  local dir="$1" port="$2" logfile="$3" start end
  shift 3
  port_free "$port"
  start="$(now_ns)"
  start_server "$dir" "$logfile" "$@"
  if ! wait_200 "http://127.0.0.1:$port/" 60 "$SERVER_PID"; then
    tail -n 20 "$logfile" >&2
    die "no 200 from $* within 60 s"
  fi
  end="$(now_ns)"
  COLD_MS=$(((end - start) / 1000000))
}

# median N...: the middle value (the mean of the two middle ones for an even count).
median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# ratio A B: A / B with two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.2f\n", a / b }'; }

# verdict OK_EXPRESSION: "met" or "MISSED" for an awk condition such as "1.2 <= 1.5".
verdict() { awk "BEGIN { exit !($1) }" && echo met || echo MISSED; }

# hyperfine_median NAME RUNS PREPARE COMMAND: median wall time in seconds of COMMAND (bash -c).
hyperfine_median() {
  local name="$1" runs="$2" prepare="$3" command="$4" csv="$WORK/hyperfine-$1.csv"
  hyperfine --style none --runs "$runs" --prepare "$prepare" --export-csv "$csv" --command-name "$name" "$command" >&2
  awk -F, 'NR == 2 { printf "%.3f\n", $4 }' "$csv"
}
