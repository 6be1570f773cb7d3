#!/usr/bin/env bash
# Search under load: the published app with the Lucene.NET search against the same app built from
# BASE_REF (by default 0a08e93, the last commit of main with the hand-written search), in the same run.
# Both get the same 20 queries in turn (bench/search-queries.lua), each request rendered (the
# output cache is bypassed) and the rate limit raised out of the way. See bench/README.md.
#
# Settings (environment): BASE_REF=0a08e93 ROUNDS=3 DURATION=10s THREADS=2
#   CONNECTIONS=32 WARMUP=3s NEW_PORT=18090 BASE_PORT=18091 KEEP_WORK=0, and lib.sh's QUIET_* settings.
source "$(dirname "$0")/lib.sh"
need dotnet wrk curl timeout git

# A fixed commit: once the search is merged, "where this branch left main" is the Lucene search itself.
BASE_REF="${BASE_REF:-0a08e93}"
ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-10s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
WARMUP="${WARMUP:-3s}"
NEW_PORT="${NEW_PORT:-18090}"
BASE_PORT="${BASE_PORT:-18091}"
SCRIPT="$REPO/bench/search-queries.lua"

bench_init search-load
RAW="$RESULTS/search-load-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$RAW"
port_free "$NEW_PORT"
port_free "$BASE_PORT"

extract_ref "$BASE_REF" "$WORK/base-src"
publish_project "$REPO/src/CareerPaths.Web" "$WORK/new" new
publish_project "$WORK/base-src/src/CareerPaths.Web" "$WORK/base" base

declare -A DIR=([new]="$WORK/new" [base]="$WORK/base") PORT=([new]="$NEW_PORT" [base]="$BASE_PORT") CONTENT=([new]="$REPO/content" [base]="$WORK/base-src/content")
declare -A SPID URL
for target in new base; do
  start_server "${DIR[$target]}" "$WORK/$target.log" env ASPNETCORE_ENVIRONMENT=Production ./CareerPaths.Web \
    --urls "http://127.0.0.1:${PORT[$target]}" --content "${CONTENT[$target]}" \
    --Serilog:MinimumLevel:Default=Warning --RateLimits:DynamicPermitLimit=1000000000
  SPID[$target]="$SERVER_PID"
  URL[$target]="http://127.0.0.1:${PORT[$target]}"
  wait_200 "${URL[$target]}/search?q=security" 60 "$SERVER_PID" || { tail -n 20 "$WORK/$target.log" >&2; die "$target did not answer"; }
done

run_wrk() { # target duration outfile
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency -s "$SCRIPT" "${URL[$1]}" >"$3"
}

wait_quiet
log "warm-up: $WARMUP per target (not counted)"
for target in new base; do run_wrk "$target" "$WARMUP" /dev/null; done

declare -A RPS P99 ERR
for round in $(seq 1 "$ROUNDS"); do
  # Alternate which goes first, so neither always runs on a machine the other just heated.
  order=(new base)
  ((round % 2 == 0)) && order=(base new)
  for target in "${order[@]}"; do
    wait_quiet
    out="$RAW/$target-round$round.txt"
    run_wrk "$target" "$DURATION" "$out"
    read -r rps p99 errors < <(parse_wrk "$out")
    log "round $round $target: $rps req/s, p99 $p99 ms, $errors errors"
    RPS[$target]+="$rps "
    P99[$target]+="$p99 "
    ERR[$target]=$((${ERR[$target]:-0} + errors))
  done
done

for target in new base; do stop_pid "${SPID[$target]}"; done

{
  echo "# search-load.sh $(date '+%Y-%m-%d %H:%M %Z') on $(nproc) cores; wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, 20 queries in turn, output cache bypassed; medians of $ROUNDS rounds"
  echo "# baseline $BASE_REF; CPU busy before runs (%): $BUSY_LOG"
  new_rps="$(median ${RPS[new]})"; base_rps="$(median ${RPS[base]})"
  new_p99="$(median ${P99[new]})"; base_p99="$(median ${P99[base]})"
  echo "| search | req/s | p99 | errors |"
  echo "| --- | ---: | ---: | ---: |"
  echo "| hand-written (baseline) | $base_rps | $base_p99 ms | ${ERR[base]} |"
  echo "| Lucene.NET | $new_rps | $new_p99 ms | ${ERR[new]} |"
  echo "| ratio Lucene/hand-written | $(ratio "$new_rps" "$base_rps") | $(ratio "$new_p99" "$base_p99") | |"
  echo "rounds req/s: new ${RPS[new]}/ base ${RPS[base]}; p99 ms: new ${P99[new]}/ base ${P99[base]}"
} | tee "$RAW/summary.md"
