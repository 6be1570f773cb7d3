#!/usr/bin/env bash
# Load test: the published app against nginx serving the app's own static export, plus cold
# start of the published app against a bare `dotnet new web` app. See bench/README.md.
#
# Settings (environment): ROUNDS=3 DURATION=10s THREADS=2 CONNECTIONS=64 WARMUP=3s
#   APP_PORT=18080 COLD_PORT=18082 COLD_RUNS=7 APP_LOG_LEVEL=Warning KEEP_WORK=0
#   QUIET_BELOW=25 QUIET_WAIT=300 (see wait_quiet in lib.sh)
#   PRECOMPRESS=0 (1: nginx serves pre-gzipped pages, gzip -9, instead of compressing per request)
#   FOREIGN_MAX=10 TRIES=3 (a run during which other work took more than FOREIGN_MAX percent of
#   the CPU is repeated, at most TRIES times in all; see lib.sh)
# nginx's port is the `listen` line of bench/nginx.conf (18081).
source "$(dirname "$0")/lib.sh"
need dotnet nginx wrk curl timeout pgrep

ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-10s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-64}"
WARMUP="${WARMUP:-3s}"
APP_PORT="${APP_PORT:-18080}"
COLD_PORT="${COLD_PORT:-18082}"
COLD_RUNS="${COLD_RUNS:-7}"
APP_LOG_LEVEL="${APP_LOG_LEVEL:-Warning}"
PRECOMPRESS="${PRECOMPRESS:-0}"
NGINX_CONF="$REPO/bench/nginx.conf"
NGINX_PORT="$(grep -oE 'listen 127\.0\.0\.1:[0-9]+' "$NGINX_CONF" | head -n 1 | cut -d: -f2)"
BASE_URL="https://careers.example.org"
HEADER="Accept-Encoding: gzip"
ROUTES=(/ /progression /tracks/technical /roles/ai-security-engineer)

bench_init load
STAMP="$(date +%Y%m%d-%H%M%S)"
RAW="$RESULTS/load-$STAMP"
mkdir -p "$RAW"
port_free "$APP_PORT"
port_free "$NGINX_PORT"

APP="$WORK/app"
publish_app "$APP"

# Both targets use the same public address, so canonical links match and the bodies are equal.
log "exporting the site to $WORK/site"
(cd "$APP" && timeout 600 ./CareerPaths.Web export "$WORK/site" --content "$REPO/content" --base-url "$BASE_URL") >"$WORK/export.log" 2>&1 \
  || { cat "$WORK/export.log" >&2; die "export failed"; }
tail -n 1 "$WORK/export.log" >&2
if [[ "$PRECOMPRESS" == 1 ]]; then
  log "pre-compressing the export for nginx's gzip_static"
  find "$WORK/site" -type f \( -name '*.html' -o -name '*.css' -o -name '*.js' -o -name '*.svg' \) -exec gzip -k -9 {} +
fi
NGINX_GZIP="$([[ "$PRECOMPRESS" == 1 ]] && echo "pre-compressed (gzip_static, gzip -9)" || echo "on the fly (gzip level 1)")"

log "starting nginx on 127.0.0.1:$NGINX_PORT"
mkdir -p "$WORK/nginx/logs" "$WORK/nginx/tmp"
ln -s "$WORK/site" "$WORK/nginx/site"
NGINX=(nginx -p "$WORK/nginx/" -c "$NGINX_CONF" -e "$WORK/nginx/logs/error.log")
"${NGINX[@]}" -t -q || die "nginx rejected $NGINX_CONF"
start_server "$WORK/nginx" "$WORK/nginx/logs/stdout.log" "${NGINX[@]}"
NGINX_PID="$SERVER_PID"

log "starting the app on 127.0.0.1:$APP_PORT (Production, Serilog minimum level $APP_LOG_LEVEL)"
start_server "$APP" "$WORK/app.log" env ASPNETCORE_ENVIRONMENT=Production ./CareerPaths.Web \
  --urls "http://127.0.0.1:$APP_PORT" --content "$REPO/content" --Site:BaseUrl="$BASE_URL" \
  --Serilog:MinimumLevel:Default="$APP_LOG_LEVEL"
APP_PID="$SERVER_PID"

declare -A URL=([app]="http://127.0.0.1:$APP_PORT" [nginx]="http://127.0.0.1:$NGINX_PORT")
wait_200 "${URL[app]}/" 60 "$APP_PID" || { tail -n 20 "$WORK/app.log" >&2; die "the app did not answer"; }
wait_200 "${URL[nginx]}/" 10 "$NGINX_PID" || { cat "$WORK/nginx/logs/error.log" >&2; die "nginx did not answer"; }

# Both answer 200, gzip-compressed, with the same HTML once decompressed.
for route in "${ROUTES[@]}"; do
  for target in app nginx; do
    headers="$(curl -s -D - -o "$WORK/body-$target" -H "$HEADER" "${URL[$target]}$route")"
    grep -q '^HTTP/1.1 200' <<<"$headers" || die "$target $route: not 200"
    grep -qi '^content-encoding: gzip' <<<"$headers" || die "$target $route: not gzip-compressed"
    gzip -dc "$WORK/body-$target" >"$WORK/html-$target"
  done
  cmp -s "$WORK/html-app" "$WORK/html-nginx" || log "warning: $route differs between the app and nginx after decompression"
  printf '%s gzip bytes: app %s, nginx %s\n' "$route" "$(stat -c %s "$WORK/body-app")" "$(stat -c %s "$WORK/body-nginx")" >>"$RAW/sizes.txt"
done

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

run_wrk() { # target route duration outfile
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency -H "$HEADER" "${URL[$1]}$2" >"$4"
}

# The processes whose CPU time is ours: the app, or nginx's master and workers.
APP_CHILD="$(server_child "$APP_PID")"
NGINX_MASTER="$(server_child "$NGINX_PID")"
declare -A PIDS=([app]="$APP_CHILD" [nginx]="$NGINX_MASTER $(pgrep -P "$NGINX_MASTER" | tr '\n' ' ')")

# measure TARGET ROUTE OUTFILE: one wrk run. Sets FOREIGN, the percent of the machine's CPU that
# work other than the server and wrk took meanwhile. While that is over FOREIGN_MAX, measures
# again (at most TRIES times in all) and keeps the cleanest run.
measure() {
  local target="$1" route="$2" out="$3" try best=101 b0 c0 b1 c1 p0 p1 wrk_ticks f
  for try in $(seq 1 "$TRIES"); do
    read -r b0 c0 < <(cpu_ticks)
    # shellcheck disable=SC2086 # a list of PIDs
    p0="$(proc_ticks ${PIDS[$target]})"
    { TIMEFORMAT='%3U %3S'; time run_wrk "$target" "$route" "$DURATION" "$out.try"; } 2>"$WORK/wrk-time"
    read -r b1 c1 < <(cpu_ticks)
    # shellcheck disable=SC2086
    p1="$(proc_ticks ${PIDS[$target]})"
    wrk_ticks="$(awk -v tck="$CLK_TCK" '{ printf "%d", ($1 + $2) * tck }' "$WORK/wrk-time")"
    f="$(foreign_pct "$b0" "$c0" "$b1" "$c1" $((p1 - p0 + wrk_ticks)))"
    if ((f < best)); then
      best="$f"
      mv "$out.try" "$out"
    fi
    ((best <= FOREIGN_MAX)) && break
    log "  $target $route: other work took ${f}% of the CPU (try $try/$TRIES)"
    ((try < TRIES)) && wait_quiet
  done
  rm -f "$out.try"
  FOREIGN="$best"
}

wait_quiet
log "warm-up: $WARMUP per route and target (not counted)"
for target in app nginx; do
  for route in "${ROUTES[@]}"; do
    run_wrk "$target" "$route" "$WARMUP" /dev/null
  done
done

# Each route is measured on the app and then on nginx, so both see the same conditions.
declare -A RPS P99 ERR OTHER
for round in $(seq 1 "$ROUNDS"); do
  log "round $round/$ROUNDS ($DURATION per route and target, -t$THREADS -c$CONNECTIONS)"
  for route in "${ROUTES[@]}"; do
    for target in app nginx; do
      out="$RAW/$target-round$round-$(tr '/' '_' <<<"$route").txt"
      measure "$target" "$route" "$out"
      read -r rps p99 errors < <(parse_wrk "$out")
      RPS[$target$route]+="$rps "
      P99[$target$route]+="$p99 "
      OTHER[$target$route]+="$FOREIGN% "
      ERR[$target$route]=$((${ERR[$target$route]:-0} + errors))
    done
  done
done

stop_pid "$APP_PID"
stop_pid "$NGINX_PID"

log "cold start: $COLD_RUNS runs each (after one uncounted run), alternating"
BARE="$WORK/bare"
publish_bare "$BARE"
APP_COLD=()
BARE_COLD=()
COLD_OTHER=()
for run in $(seq 0 "$COLD_RUNS"); do
  wait_quiet
  coldstart_clean "$APP" "$COLD_PORT" "$WORK/cold-app.log" env ASPNETCORE_ENVIRONMENT=Production ./CareerPaths.Web \
    --urls "http://127.0.0.1:$COLD_PORT" --content "$REPO/content" --Serilog:MinimumLevel:Default="$APP_LOG_LEVEL"
  stop_pid "$SERVER_PID"
  ((run == 0)) || APP_COLD+=("$COLD_MS") COLD_OTHER+=("app:$COLD_FOREIGN%")
  coldstart_clean "$BARE" "$COLD_PORT" "$WORK/cold-bare.log" env ASPNETCORE_ENVIRONMENT=Production ./Bare \
    --urls "http://127.0.0.1:$COLD_PORT"
  stop_pid "$SERVER_PID"
  ((run == 0)) || BARE_COLD+=("$COLD_MS") COLD_OTHER+=("bare:$COLD_FOREIGN%")
done

{
  echo "# load.sh $(date '+%Y-%m-%d %H:%M %Z') on $(nproc) cores; wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -H '$HEADER'; medians of $ROUNDS rounds"
  echo "# app: Production, Serilog minimum level $APP_LOG_LEVEL, output cache on; nginx: gzip $NGINX_GZIP"
  echo
  printf '| %-28s | %10s | %10s | %9s | %10s | %10s | %9s | %-7s | %s |\n' \
    route "app req/s" "nginx req/s" "req/s app/nginx" "app p99 ms" "nginx p99 ms" "p99 app/nginx" target errors
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |"
  for route in "${ROUTES[@]}"; do
    # shellcheck disable=SC2086 # the lists are space-separated on purpose
    app_rps="$(median ${RPS[app$route]})"; nginx_rps="$(median ${RPS[nginx$route]})"
    # shellcheck disable=SC2086
    app_p99="$(median ${P99[app$route]})"; nginx_p99="$(median ${P99[nginx$route]})"
    rps_ratio="$(ratio "$app_rps" "$nginx_rps")"
    p99_ratio="$(ratio "$app_p99" "$nginx_p99")"
    met="$(verdict "$rps_ratio >= 1.0 && $p99_ratio <= 1.5")"
    printf '| %-28s | %10.0f | %10.0f | %9s | %10.2f | %10.2f | %9s | %-7s | %s |\n' \
      "$route" "$app_rps" "$nginx_rps" "$rps_ratio" "$app_p99" "$nginx_p99" "$p99_ratio" "$met" \
      "$((${ERR[app$route]} + ${ERR[nginx$route]}))"
  done
  echo
  echo "Target: app/nginx req/s >= 1.0 and p99 app/nginx <= 1.5 on every route."
  echo "Runs per route: req/s / p99 ms / CPU share other work took during the run"
  for route in "${ROUTES[@]}"; do
    echo "  $route"
    echo "    app:   ${RPS[app$route]}/ ${P99[app$route]}/ ${OTHER[app$route]}"
    echo "    nginx: ${RPS[nginx$route]}/ ${P99[nginx$route]}/ ${OTHER[nginx$route]}"
  done
  echo
  app_cold="$(median "${APP_COLD[@]}")"
  bare_cold="$(median "${BARE_COLD[@]}")"
  cold_ratio="$(ratio "$app_cold" "$bare_cold")"
  echo "Cold start to first 200 on GET / (median of $COLD_RUNS, ms): app $app_cold, bare dotnet new web $bare_cold, ratio $cold_ratio -> $(verdict "$cold_ratio <= 1.5") (target <= 1.5)"
  echo "  app runs: ${APP_COLD[*]}"
  echo "  bare runs: ${BARE_COLD[*]}"
  echo "  CPU share other work took during each start: ${COLD_OTHER[*]}"
  echo
  cat "$RAW/sizes.txt"
  echo "CPU busy with other work before each measurement: $BUSY_LOG"
} | tee "$RESULTS/load-$STAMP.md"
log "raw wrk output in $RAW"
