#!/usr/bin/env bash
# Load test: four ways of serving the site, measured side by side in the same run --
#   app         the published app, direct
#   proxy       the same app behind nginx as a reverse proxy (trusting it for X-Forwarded-*)
#   static-fly  nginx serving the app's static export, compressing each response (gzip level 1)
#   static      nginx serving the export's pre-compressed copies with deploy/nginx/static-site.conf
# -- plus cold start of the published app against the `dotnet new webapp` and `dotnet new web`
# templates published with the same settings. See bench/README.md.
#
# Settings (environment): ROUNDS=3 DURATION=10s THREADS=2 CONNECTIONS=64 WARMUP=3s
#   COLD_PORT=18082 COLD_RUNS=7 (0 skips the cold starts) APP_LOG_LEVEL=Warning KEEP_WORK=0
#   QUIET_BELOW=25 QUIET_WAIT=300 (see wait_quiet in lib.sh)
#   PARTS="serve cold" (which measurements to run: the four ways of serving, the cold starts)
#   COMPOSITE=0 (1 publishes the site and both templates self-contained with composite ReadyToRun)
#   FOREIGN_MAX=10 TRIES=3 (a run during which other work took more than FOREIGN_MAX percent of
#   the CPU is repeated, at most TRIES times in all; see lib.sh)
# The ports are the `listen` lines of bench/nginx.conf (static-fly, static, proxy) and the app's
# port is its upstream (18080).
source "$(dirname "$0")/lib.sh"
need dotnet nginx wrk curl timeout pgrep

ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-10s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-64}"
WARMUP="${WARMUP:-3s}"
COLD_PORT="${COLD_PORT:-18082}"
COLD_RUNS="${COLD_RUNS:-7}"
APP_LOG_LEVEL="${APP_LOG_LEVEL:-Warning}"
NGINX_CONF="$REPO/bench/nginx.conf"
mapfile -t NGINX_PORTS < <(grep -oE 'listen 127\.0\.0\.1:[0-9]+' "$NGINX_CONF" | cut -d: -f2)
APP_PORT="$(grep -oE 'server 127\.0\.0\.1:[0-9]+' "$NGINX_CONF" | head -n 1 | cut -d: -f2)"
TARGETS=(app proxy static-fly static)
BASE_URL="https://careers.example.org"
HEADER="Accept-Encoding: gzip"
ROUTES=(/ /progression /tracks/technical /roles/ai-security-engineer)
PARTS="${PARTS:-serve cold}"
part() { [[ " $PARTS " == *" $1 "* ]]; }

bench_init load
STAMP="$(date +%Y%m%d-%H%M%S)"
RAW="$RESULTS/load-$STAMP"
mkdir -p "$RAW"
port_free "$APP_PORT"
for port in "${NGINX_PORTS[@]}"; do port_free "$port"; done

APP="$WORK/app"
publish_app "$APP"

if part serve; then
# Both targets use the same public address, so canonical links match and the bodies are equal.
log "exporting the site to $WORK/site"
(cd "$APP" && timeout 600 ./CareerPaths.Web export "$WORK/site" --content "$REPO/content" --base-url "$BASE_URL") >"$WORK/export.log" 2>&1 \
  || { cat "$WORK/export.log" >&2; die "export failed"; }
tail -n 1 "$WORK/export.log" >&2

log "starting nginx on 127.0.0.1 ports ${NGINX_PORTS[*]}"
mkdir -p "$WORK/nginx/logs" "$WORK/nginx/tmp"
chmod 755 "$WORK/nginx"
ln -s "$WORK/site" "$WORK/nginx/site"
NGINX=(nginx -p "$WORK/nginx/" -c "$NGINX_CONF" -e "$WORK/nginx/logs/error.log")
"${NGINX[@]}" -t -q || die "nginx rejected $NGINX_CONF"
start_server "$WORK/nginx" "$WORK/nginx/logs/stdout.log" "${NGINX[@]}"
NGINX_PID="$SERVER_PID"

log "starting the app on 127.0.0.1:$APP_PORT (Production, Serilog minimum level $APP_LOG_LEVEL)"
start_server "$APP" "$WORK/app.log" env ASPNETCORE_ENVIRONMENT=Production ./CareerPaths.Web \
  --urls "http://127.0.0.1:$APP_PORT" --content "$REPO/content" --Site:BaseUrl="$BASE_URL" \
  --Serilog:MinimumLevel:Default="$APP_LOG_LEVEL" --Proxy:KnownProxies:0=127.0.0.1
APP_PID="$SERVER_PID"

declare -A URL=([app]="http://127.0.0.1:$APP_PORT" [static-fly]="http://127.0.0.1:${NGINX_PORTS[0]}"
  [static]="http://127.0.0.1:${NGINX_PORTS[1]}" [proxy]="http://127.0.0.1:${NGINX_PORTS[2]}")
wait_200 "${URL[app]}/" 60 "$APP_PID" || { tail -n 20 "$WORK/app.log" >&2; die "the app did not answer"; }
for target in static-fly static proxy; do
  wait_200 "${URL[$target]}/" 10 "$NGINX_PID" || { cat "$WORK/nginx/logs/error.log" >&2; die "nginx ($target) did not answer"; }
done

# All answer 200, gzip-compressed, with the same HTML once decompressed.
for route in "${ROUTES[@]}"; do
  for target in "${TARGETS[@]}"; do
    headers="$(curl -s -D - -o "$WORK/body-$target" -H "$HEADER" "${URL[$target]}$route")"
    grep -q '^HTTP/1.1 200' <<<"$headers" || die "$target $route: not 200"
    grep -qi '^content-encoding: gzip' <<<"$headers" || die "$target $route: not gzip-compressed"
    gzip -dc "$WORK/body-$target" >"$WORK/html-$target"
  done
  for target in proxy static-fly static; do
    cmp -s "$WORK/html-app" "$WORK/html-$target" || log "warning: $route differs between the app and $target after decompression"
  done
  printf '%s gzip bytes: app %s, proxy %s, static-fly %s, static %s\n' "$route" "$(stat -c %s "$WORK/body-app")" \
    "$(stat -c %s "$WORK/body-proxy")" "$(stat -c %s "$WORK/body-static-fly")" "$(stat -c %s "$WORK/body-static")" >>"$RAW/sizes.txt"
done

run_wrk() { # target route duration outfile
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency -H "$HEADER" "${URL[$1]}$2" >"$4"
}

# The processes whose CPU time is ours: the app, nginx's master and workers, or both for the proxy.
APP_CHILD="$(server_child "$APP_PID")"
NGINX_MASTER="$(server_child "$NGINX_PID")"
NGINX_PIDS="$NGINX_MASTER $(pgrep -P "$NGINX_MASTER" | tr '\n' ' ')"
declare -A PIDS=([app]="$APP_CHILD" [proxy]="$APP_CHILD $NGINX_PIDS" [static-fly]="$NGINX_PIDS" [static]="$NGINX_PIDS")

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
for target in "${TARGETS[@]}"; do
  for route in "${ROUTES[@]}"; do
    run_wrk "$target" "$route" "$WARMUP" /dev/null
  done
done

# Each route is measured on every target in turn, so all see the same conditions.
declare -A RPS P99 ERR OTHER
for round in $(seq 1 "$ROUNDS"); do
  log "round $round/$ROUNDS ($DURATION per route and target, -t$THREADS -c$CONNECTIONS)"
  for route in "${ROUTES[@]}"; do
    for target in "${TARGETS[@]}"; do
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
fi

# Cold starts of the site and of two templates published with the same settings (see
# publish_template in lib.sh): the Razor Pages template, the target, and the bare minimal API.
declare -A COLD=()
COLD_OTHER=()
# "app" keeps its multi-core JIT profile in the work folder, recorded by its uncounted first run, as
# on any machine that has started it before; "app-first" has none, as on the very first start.
COLD_TARGETS=(app app-first webapp bare)
declare -A COLD_DIR=([app]="$APP" [app-first]="$APP" [webapp]="$WORK/webapp" [bare]="$WORK/bare")
declare -A COLD_PROGRAM=([app]=./CareerPaths.Web [app-first]=./CareerPaths.Web [webapp]=./WebApp [bare]=./Bare)
declare -A COLD_PROFILE=([app]="$CAREERPATHS_JIT_PROFILE_DIR" [app-first]=off [webapp]=off [bare]=off)
if part cold && ((COLD_RUNS > 0)); then
  log "cold start: $COLD_RUNS runs each (after one uncounted run), alternating ${COLD_TARGETS[*]}"
  publish_template webapp WebApp "${COLD_DIR[webapp]}"
  publish_template web Bare "${COLD_DIR[bare]}"
  for run in $(seq 0 "$COLD_RUNS"); do
    for target in "${COLD_TARGETS[@]}"; do
      wait_quiet
      extra=()
      [[ "$target" == app* ]] && extra=(--content "$REPO/content" --Serilog:MinimumLevel:Default="$APP_LOG_LEVEL")
      coldstart_clean "${COLD_DIR[$target]}" "$COLD_PORT" "$WORK/cold-$target.log" env ASPNETCORE_ENVIRONMENT=Production \
        CAREERPATHS_JIT_PROFILE_DIR="${COLD_PROFILE[$target]}" \
        "${COLD_PROGRAM[$target]}" --urls "http://127.0.0.1:$COLD_PORT" "${extra[@]}"
      stop_pid "$SERVER_PID"
      ((run == 0)) || COLD[$target]+="$COLD_MS " COLD_OTHER+=("$target:$COLD_FOREIGN%")
    done
  done
fi

# compare A B LABEL: one table row per route with A against B (requests/s and p99, medians of
# the rounds, and the ratios A/B), and the errors of both.
compare() {
  local a="$1" b="$2" route a_rps b_rps a_p99 b_p99
  printf '| route | %s req/s | %s req/s | req/s %s/%s | %s p99 ms | %s p99 ms | p99 %s/%s | errors |\n' \
    "$a" "$b" "$a" "$b" "$a" "$b" "$a" "$b"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for route in "${ROUTES[@]}"; do
    # shellcheck disable=SC2086 # the lists are space-separated on purpose
    a_rps="$(median ${RPS[$a$route]})"; b_rps="$(median ${RPS[$b$route]})"
    # shellcheck disable=SC2086
    a_p99="$(median ${P99[$a$route]})"; b_p99="$(median ${P99[$b$route]})"
    printf '| %s | %.0f | %.0f | %s | %.2f | %.2f | %s | %s |\n' "$route" "$a_rps" "$b_rps" "$(ratio "$a_rps" "$b_rps")" \
      "$a_p99" "$b_p99" "$(ratio "$a_p99" "$b_p99")" "$((${ERR[$a$route]} + ${ERR[$b$route]}))"
  done
  echo
}

{
  echo "# load.sh $(date '+%Y-%m-%d %H:%M %Z') on $(nproc) cores; wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -H '$HEADER'; medians of $ROUNDS rounds"
  echo "# app: Production, Serilog minimum level $APP_LOG_LEVEL, output cache on; proxy: nginx in front of the same app;"
  echo "# static-fly: nginx gzip level 1 per request; static: deploy/nginx/static-site.conf with the export's pre-compressed copies"
  echo
  if part serve; then
    echo "## The app behind nginx as a reverse proxy against the app direct"
    echo
    compare proxy app
    echo "## The static export: pre-compressed copies against nginx compressing on the fly"
    echo
    compare static static-fly
    echo "## The app direct against nginx serving the export on the fly (target: req/s ratio >= 1.0, p99 ratio <= 1.5)"
    echo
    compare app static-fly
    echo "Runs per route: req/s / p99 ms / CPU share other work took during the run"
    for route in "${ROUTES[@]}"; do
      echo "  $route"
      for target in "${TARGETS[@]}"; do
        printf '    %-10s %s/ %s/ %s\n' "$target:" "${RPS[$target$route]}" "${P99[$target$route]}" "${OTHER[$target$route]}"
      done
    done
    echo
  fi
  if part cold && ((COLD_RUNS > 0)); then
    # shellcheck disable=SC2086 # the lists are space-separated on purpose
    app_cold="$(median ${COLD[app]})" first_cold="$(median ${COLD[app-first]})" webapp_cold="$(median ${COLD[webapp]})" bare_cold="$(median ${COLD[bare]})"
    webapp_ratio="$(ratio "$app_cold" "$webapp_cold")" first_ratio="$(ratio "$first_cold" "$webapp_cold")"
    echo "Cold start to first 200 on GET / (median of $COLD_RUNS, ms; $DEPLOYMENT): app $app_cold (with its JIT profile), app $first_cold (without: a first start),"
    echo "  dotnet new webapp $webapp_cold, bare dotnet new web $bare_cold"
    echo "  app / webapp template: $webapp_ratio -> $(verdict "$webapp_ratio <= 1.0") (target <= 1.0)"
    echo "  app without its JIT profile / webapp template: $first_ratio -> $(verdict "$first_ratio <= 1.0") (target <= 1.0)"
    echo "  app / bare web template: $(ratio "$app_cold" "$bare_cold"); webapp / bare: $(ratio "$webapp_cold" "$bare_cold") (reported, no target)"
    for target in "${COLD_TARGETS[@]}"; do
      echo "  $target runs: ${COLD[$target]}"
    done
    echo "  CPU share other work took during each start: ${COLD_OTHER[*]}"
    echo
  fi
  if part serve; then
    cat "$RAW/sizes.txt"
  fi
  echo "CPU busy with other work before each measurement: $BUSY_LOG"
} | tee "$RESULTS/load-$STAMP.md"
log "raw wrk output in $RAW"
