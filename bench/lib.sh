# Shared helpers for bench/load.sh and bench/scale.sh. Source it; do not run it.
# Everything started here is bounded twice: each server runs under `timeout`, so it stops by
# itself even if the script is killed, and the trap in `bench_init` stops it earlier by PID.

set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RESULTS="$REPO/bench/results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The longest any server started by these scripts may live, in seconds.
SERVER_MAX_SECONDS="${SERVER_MAX_SECONDS:-1800}"

# A measurement during which other work took more than FOREIGN_MAX percent of the machine's CPU
# is repeated, at most TRIES times in all.
FOREIGN_MAX="${FOREIGN_MAX:-10}"
TRIES="${TRIES:-3}"

STARTED_PIDS=()
CLEAN_DIRS=()

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

need() {
  local cmd
  for cmd in "$@"; do
    command -v "$cmd" >/dev/null 2>&1 || die "$cmd is not installed (apt-get install -y nginx libnginx-mod-http-brotli-static wrk hugo hyperfine curl)"
  done
}

# Creates WORK, a private temp folder readable by nginx's workers, and the cleanup trap.
bench_init() {
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/careerpaths-$1.XXXXXX")"
  chmod 755 "$WORK"
  mkdir -p "$RESULTS"
  # The app's multi-core JIT profiles go to the work folder, not the user's home; a run that
  # measures a start with its profile names a folder of its own.
  export CAREERPATHS_JIT_PROFILE_DIR="$WORK/jit-profiles"
  trap bench_cleanup EXIT
  trap 'exit 130' INT TERM
}

bench_cleanup() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do
    stop_pid "$pid"
  done
  if [[ "${KEEP_WORK:-0}" == 1 ]]; then
    log "kept $WORK ${CLEAN_DIRS[*]}"
  else
    rm -rf "$WORK" "${CLEAN_DIRS[@]}"
  fi
}

# Fails when something already listens on 127.0.0.1:PORT.
port_free() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    die "port $1 on 127.0.0.1 is already in use; choose another (see bench/README.md)"
  fi
}

# publish_project PROJECT DEST NAME [PROPERTY...]: `dotnet publish` in Release, framework-dependent, for
# linux-x64, as an operator would publish (the runtime lets the site's project precompile it with
# ReadyToRun); PROPERTY arguments (-p:Name=value) are passed on. Build output goes to
# WORK/artifacts-NAME and the log to WORK/publish-NAME.log, so the scripts never touch a source tree.
publish_project() {
  local project="$1" dest="$2" name="$3"
  shift 3
  log "publishing $project (Release, $DEPLOYMENT) to $dest"
  dotnet publish "$project" -c Release -r linux-x64 "${DEPLOYMENT_FLAGS[@]}" "$@" -o "$dest" \
    --artifacts-path "$WORK/artifacts-$name" -nologo -v quiet >>"$WORK/publish-$name.log" 2>&1 \
    || { cat "$WORK/publish-$name.log" >&2; die "publish of $project failed"; }
}

# publish_app DEST: the site, from this working tree.
publish_app() { publish_project "$REPO/src/CareerPaths.Web" "$1" app; }

# extract_ref REF DEST: the tree of commit REF (git archive) in DEST, for a baseline built beside this one.
extract_ref() {
  log "baseline: $1 ($(git -C "$REPO" log -1 --format=%s "$1" | cut -c1-70))"
  mkdir -p "$2"
  git -C "$REPO" archive "$1" | tar -x -C "$2"
}

# The settings the site's project sets for a published build (ReadyToRun, the GC, tiering,
# globalization), given to the template baselines too, so a cold-start ratio compares the apps'
# own work, not their build settings.
SAME_FLAGS=(-p:PublishReadyToRun=true -p:TieredPGO=false -p:ServerGarbageCollection=false -p:ConcurrentGarbageCollection=false -p:InvariantGlobalization=true)

# How every app (the site and the templates alike) is deployed: framework-dependent by default;
# with COMPOSITE=1, self-contained with the runtime, the framework and the app precompiled
# together in one composite ReadyToRun image, which leaves far less for the JIT at start-up
# (bench/README.md, section 2). Publishing that way takes about two minutes per app.
if [[ "${COMPOSITE:-0}" != 0 ]]; then
  DEPLOYMENT="self-contained composite ReadyToRun"
  DEPLOYMENT_FLAGS=(--self-contained true -p:PublishReadyToRunComposite=true)
else
  DEPLOYMENT="framework-dependent ReadyToRun"
  DEPLOYMENT_FLAGS=(--self-contained false)
fi

# publish_template TEMPLATE NAME DEST: a fresh `dotnet new TEMPLATE` app (web: the bare minimal
# API; webapp: the Razor Pages template), published like the site with SAME_FLAGS; its program is DEST/NAME.
publish_template() {
  local template="$1" name="$2" dest="$3"
  dotnet new "$template" -o "$WORK/$name-src" -n "$name" --force >"$WORK/publish-$name.log" 2>&1 \
    || { cat "$WORK/publish-$name.log" >&2; die "dotnet new $template failed"; }
  publish_project "$WORK/$name-src" "$dest" "$name" "${SAME_FLAGS[@]}"
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

CLK_TCK="$(getconf CLK_TCK)"
BUSY_LOG=""

# cpu_ticks: "busy total" clock ticks of the whole machine so far, from /proc/stat.
cpu_ticks() { awk '/^cpu / { busy = $2 + $3 + $4 + $7 + $8 + $9; print busy, busy + $5 + $6 }' /proc/stat; }

# cpu_busy: percent of all CPU time that was not idle over the next second.
cpu_busy() {
  local b0 t0 b1 t1
  read -r b0 t0 < <(cpu_ticks)
  sleep 1
  read -r b1 t1 < <(cpu_ticks)
  awk -v busy=$((b1 - b0)) -v all=$((t1 - t0)) 'BEGIN { printf "%.0f\n", 100 * busy / (all + 0.0001) }'
}

# wait_quiet: these figures mean little on a machine busy with something else, so wait (at most
# QUIET_WAIT seconds, default 300) until less than QUIET_BELOW percent (default 25) of the CPU is
# in use. Adds the last reading to BUSY_LOG, which the reports print.
wait_quiet() {
  local deadline=$(($(date +%s) + ${QUIET_WAIT:-300})) busy
  busy="$(cpu_busy)"
  while ((busy >= ${QUIET_BELOW:-25})) && (($(date +%s) < deadline)); do
    log "the CPU is ${busy}% busy; waiting for it to settle"
    sleep 4
    busy="$(cpu_busy)"
  done
  ((busy < ${QUIET_BELOW:-25})) || log "warning: still ${busy}% busy after ${QUIET_WAIT:-300} s; measuring anyway"
  BUSY_LOG+="${busy}% "
}

# proc_ticks PID...: user + system clock ticks used so far by these processes (all threads).
proc_ticks() {
  local pid sum=0 ticks
  for pid in "$@"; do
    # An empty PID would read /proc//stat, the whole machine's counters.
    [[ "$pid" =~ ^[0-9]+$ ]] || continue
    ticks="$(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$pid/stat" 2>/dev/null || echo 0)"
    sum=$((sum + ticks))
  done
  echo "$sum"
}

# children_ticks: user + system clock ticks of this shell's finished children (curl, subshells).
children_ticks() { awk '{ sub(/^.*\) /, ""); print $14 + $15 }' "/proc/$$/stat"; }

# foreign_pct BUSY0 TOTAL0 BUSY1 TOTAL1 OURS: the percent of all CPU time in the interval spent
# on work that was not ours (OURS = ticks of our server and load generator in the interval).
foreign_pct() {
  awk -v b=$(($3 - $1)) -v t=$(($4 - $2)) -v o="$5" 'BEGIN { f = (b - o) / (t + 0.0001) * 100; if (f < 0) f = 0; printf "%.0f\n", f }'
}

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
# the first 200 on GET http://127.0.0.1:PORT/, and COLD_FOREIGN to the percent of the CPU that
# other work took meanwhile. Leaves the server running (SERVER_PID) for the caller to use and
# stop. Not for $(...): the PIDs must reach this shell.
coldstart() {
  local dir="$1" port="$2" logfile="$3" start end b0 c0 b1 c1 polls0 polls1 server
  shift 3
  port_free "$port"
  read -r b0 c0 < <(cpu_ticks)
  polls0="$(children_ticks)"
  start="$(now_ns)"
  start_server "$dir" "$logfile" "$@"
  if ! wait_200 "http://127.0.0.1:$port/" 60 "$SERVER_PID"; then
    tail -n 20 "$logfile" >&2
    die "no 200 from $* within 60 s"
  fi
  end="$(now_ns)"
  read -r b1 c1 < <(cpu_ticks)
  polls1="$(children_ticks)"
  server="$(proc_ticks "$(server_child "$SERVER_PID")" "$SERVER_PID")"
  COLD_MS=$(((end - start) / 1000000))
  COLD_FOREIGN="$(foreign_pct "$b0" "$c0" "$b1" "$c1" $((server + polls1 - polls0)))"
}

# coldstart_clean ...: coldstart, repeated (at most TRIES times in all) while other work took
# more than FOREIGN_MAX percent of the CPU; the last start is the one kept.
coldstart_clean() {
  local try
  for try in $(seq 1 "$TRIES"); do
    coldstart "$@"
    ((COLD_FOREIGN <= FOREIGN_MAX || try == TRIES)) && return 0
    log "  cold start: other work took ${COLD_FOREIGN}% of the CPU (try $try/$TRIES)"
    stop_pid "$SERVER_PID"
    wait_quiet
  done
}

# median N...: the middle value (the mean of the two middle ones for an even count).
median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# ratio A B: A / B with two decimals.
# parse_wrk FILE: "requests/s p99-ms errors" from wrk --latency output.
parse_wrk() {
  awk '
    /Requests\/sec:/ { rps = $2 }
    /^ +99%/ {
      v = $2
      if (v ~ /us$/) { sub(/us$/, "", v); p99 = v / 1000 }
      else if (v ~ /ms$/) { sub(/ms$/, "", v); p99 = v }
      else if (v ~ /m$/) { sub(/m$/, "", v); p99 = v * 60000 }
      else if (v ~ /s$/) { sub(/s$/, "", v); p99 = v * 1000 }
    }
    /Non-2xx or 3xx responses:/ { errors += $NF }
    /Socket errors:/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
    END { printf "%s %s %d\n", rps, p99, errors }' "$1"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.2f\n", a / b }'; }

# verdict OK_EXPRESSION: "met" or "MISSED" for an awk condition such as "1.2 <= 1.5".
verdict() { awk "BEGIN { exit !($1) }" && echo met || echo MISSED; }

# hyperfine_median NAME RUNS PREPARE COMMAND: sets HF_MEDIAN to the median wall time in seconds
# of COMMAND (run by sh -c after PREPARE), and HF_FOREIGN to the percent of the CPU that other
# work took during all the runs. Not for $(...).
hyperfine_median() {
  local name="$1" runs="$2" prepare="$3" command="$4" csv="$WORK/hyperfine-$1.csv" b0 c0 b1 c1 ours0 ours1
  read -r b0 c0 < <(cpu_ticks)
  ours0="$(children_ticks)"
  hyperfine --style none --runs "$runs" --prepare "$prepare" --export-csv "$csv" --command-name "$name" "$command" >&2
  read -r b1 c1 < <(cpu_ticks)
  ours1="$(children_ticks)"
  HF_MEDIAN="$(awk -F, 'NR == 2 { printf "%.3f\n", $4 }' "$csv")"
  HF_FOREIGN="$(foreign_pct "$b0" "$c0" "$b1" "$c1" $((ours1 - ours0)))"
}

# generate_roles SOURCE DEST ROLES: copies the content folder SOURCE to DEST and adds clones of
# its roles until there are ROLES, each with its own file name (the slug) and its own title (the
# validator rejects duplicate titles), the same track, level, links and body. The originals stay,
# so links to them keep working. Sets ROLE_ORIGINALS (the real roles' file names) and ROLE_CLONES
# (how many were added). Also usable by hand: `source bench/lib.sh; generate_roles ...`.
generate_roles() {
  local source="$1" dest="$2" roles="$3" originals i file count clones_total generated
  cp -r "$source" "$dest"
  mapfile -t originals < <(find "$dest/roles" -maxdepth 1 -name '*.md' ! -name '_*' -printf '%f\n' | sort)
  ((roles >= ${#originals[@]})) || die "ROLES must be at least ${#originals[@]}, the number of real roles"
  clones_total=$((roles - ${#originals[@]}))
  for i in "${!originals[@]}"; do
    file="${originals[$i]}"
    count=$((clones_total / ${#originals[@]} + (i < clones_total % ${#originals[@]} ? 1 : 0)))
    awk -v count="$count" -v slug="${file%.md}" -v dir="$dest/roles" '
      { lines[NR] = $0 }
      END {
        for (n = 1; n <= count; n++) {
          out = dir "/" slug "-" n ".md"
          titled = 0
          for (i = 1; i <= NR; i++) {
            line = lines[i]
            if (!titled && line ~ /^title:/) {
              value = line
              sub(/^title:[ \t]*/, "", value)
              if (value ~ /^".*"$/ || value ~ /^\047.*\047$/) value = substr(value, 2, length(value) - 2)
              gsub(/\\/, "\\\\", value)
              gsub(/"/, "\\\"", value)
              line = "title: \"" value " " n "\""
              titled = 1
            }
            print line > out
          }
          close(out)
        }
      }' "$dest/roles/$file"
  done
  generated="$(find "$dest/roles" -maxdepth 1 -name '*.md' ! -name '_*' | wc -l)"
  ((generated == roles)) || die "generated $generated roles, expected $roles"
  ROLE_ORIGINALS=("${originals[@]}")
  ROLE_CLONES="$clones_total"
}
