#!/usr/bin/env bash
# Load test: the published app against nginx serving the app's own static export, plus cold
# start of the published app against a bare `dotnet new web` app. See bench/README.md.
#
# Settings (environment): ROUNDS=3 DURATION=10s THREADS=2 CONNECTIONS=64 WARMUP=3s
#   APP_PORT=18080 COLD_PORT=18082 COLD_RUNS=7 APP_LOG_LEVEL=Warning KEEP_WORK=0
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

run_wrk() { # target route seconds outfile
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency -H "$HEADER" "${URL[$1]}$2" >"$4"
}

log "warm-up: $WARMUP per route and target (not counted)"
for target in app nginx; do
  for route in "${ROUTES[@]}"; do
    run_wrk "$target" "$route" "$WARMUP" /dev/null
  done
done

declare -A RPS P99 ERR
for round in $(seq 1 "$ROUNDS"); do
  for target in app nginx; do
    log "round $round/$ROUNDS: $target ($DURATION per route, -t$THREADS -c$CONNECTIONS)"
    for route in "${ROUTES[@]}"; do
      out="$RAW/$target-round$round-$(tr '/' '_' <<<"$route").txt"
      run_wrk "$target" "$route" "$DURATION" "$out"
      read -r rps p99 errors < <(parse_wrk "$out")
      RPS[$target$route]+="$rps "
      P99[$target$route]+="$p99 "
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
for run in $(seq 0 "$COLD_RUNS"); do
  coldstart "$APP" "$COLD_PORT" "$WORK/cold-app.log" env ASPNETCORE_ENVIRONMENT=Production ./CareerPaths.Web \
    --urls "http://127.0.0.1:$COLD_PORT" --content "$REPO/content" --Serilog:MinimumLevel:Default="$APP_LOG_LEVEL"
  stop_pid "$SERVER_PID"
  ((run == 0)) || APP_COLD+=("$COLD_MS")
  coldstart "$BARE" "$COLD_PORT" "$WORK/cold-bare.log" env ASPNETCORE_ENVIRONMENT=Production ./Bare \
    --urls "http://127.0.0.1:$COLD_PORT"
  stop_pid "$SERVER_PID"
  ((run == 0)) || BARE_COLD+=("$COLD_MS")
done

{
  echo "# load.sh $(date '+%Y-%m-%d %H:%M %Z') on $(nproc) cores; wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -H '$HEADER'; medians of $ROUNDS rounds"
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
  echo "Runs (req/s, p99 ms) per route:"
  for route in "${ROUTES[@]}"; do
    echo "  $route  app: ${RPS[app$route]}/ ${P99[app$route]}  nginx: ${RPS[nginx$route]}/ ${P99[nginx$route]}"
  done
  echo
  app_cold="$(median "${APP_COLD[@]}")"
  bare_cold="$(median "${BARE_COLD[@]}")"
  cold_ratio="$(ratio "$app_cold" "$bare_cold")"
  echo "Cold start to first 200 on GET / (median of $COLD_RUNS, ms): app $app_cold, bare dotnet new web $bare_cold, ratio $cold_ratio -> $(verdict "$cold_ratio <= 1.5") (target <= 1.5)"
  echo "  app runs: ${APP_COLD[*]}"
  echo "  bare runs: ${BARE_COLD[*]}"
  echo
  cat "$RAW/sizes.txt"
} | tee "$RESULTS/load-$STAMP.md"
log "raw wrk output in $RAW"
