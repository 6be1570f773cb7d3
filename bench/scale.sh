#!/usr/bin/env bash
# Scale test: the site with 10,000 roles cloned from the real ones. Times `validate`, cold start
# to the first 200, the RSS after every kind of page has been served once, and `export`; then
# times Hugo building the same role files with minimal templates. See bench/README.md.
#
# Settings (environment): ROLES=10000 RUNS=3 REAL_RUNS=5 EXPORT_RUNS=3 HUGO_RUNS=3
#   PORT=18083 KEEP_WORK=0 OUT_BASE= (a folder, such as /dev/shm, for the export's and Hugo's
#   output instead of the temp folder on disk) QUIET_BELOW=25 QUIET_WAIT=300 (see wait_quiet in lib.sh)
#   PARTS="validate start export" (which measurements to run; export includes Hugo)
#   BASE_REF= (a commit: its export is timed too, in the same run, as the baseline)
source "$(dirname "$0")/lib.sh"
need dotnet hugo hyperfine curl timeout pgrep awk git

ROLES="${ROLES:-10000}"
RUNS="${RUNS:-3}"
REAL_RUNS="${REAL_RUNS:-5}"
EXPORT_RUNS="${EXPORT_RUNS:-3}"
HUGO_RUNS="${HUGO_RUNS:-3}"
PORT="${PORT:-18083}"
PARTS="${PARTS:-validate start export}"
BASE_REF="${BASE_REF:-}"
HEADER="Accept-Encoding: gzip"
# The public address the exports put in canonical links (export requires one).
BASE_URL="https://careers.example.org"

part() { [[ " $PARTS " == *" $1 "* ]]; }

# Output folders are moved aside before each timed run, not deleted, and go only when the script
# ends. On a file system that skips recently freed inodes when it allocates new ones (ext4 without
# a journal, as here, for a minute or more after a delete), a run right after deleting the last
# run's files spends much of its time in that search (perf: find_get_block_common and
# recently_deleted), and Hugo, which writes a folder and a file per page, paid most. Nothing is
# deleted while timing. set_aside DIR: the command (for hyperfine's --prepare) that moves DIR aside.
set_aside() {
  printf '%s' "if [ -e '$1' ]; then mv '$1' \"\$(mktemp -d '$OUT/set-aside.XXXXXX')/\"; fi"
}

# time_build NAME RUNS FOLDER LABEL COMMAND: hyperfine's median of COMMAND, which writes FOLDER
# (set aside before each run), in HF_MEDIAN; the share other work took is added to OTHER under
# LABEL, and BUILT_PAGES and BUILT_MB count what the last run left in FOLDER.
time_build() {
  local name="$1" runs="$2" folder="$3" label="$4" command="$5"
  hyperfine_median "$name" "$runs" "$(set_aside "$folder")" "$command"
  OTHER+=", $label $HF_FOREIGN%"
  BUILT_PAGES="$(find "$folder" -name '*.html' | wc -l)"
  BUILT_MB="$(du -sm --apparent-size "$folder" | cut -f1)"
}

# export_command APP_DIR NAME: the command that exports the generated folder with the app in
# APP_DIR to OUT/NAME, with a JIT profile folder and a log of its own.
export_command() {
  printf '%s' "cd '$1' && CAREERPATHS_JIT_PROFILE_DIR='$WORK/jit-$2' timeout 1800 ./CareerPaths.Web export '$OUT/$2' --content '$GEN' --base-url '$BASE_URL' >'$WORK/$2.log'"
}

# hugo_command SITE FOLDER: the command that builds the Hugo site SITE into FOLDER.
hugo_command() { printf '%s' "timeout 600 hugo --source '$1' --destination '$2' --quiet"; }

bench_init scale
STAMP="$(date +%Y%m%d-%H%M%S)"
APP="$WORK/app"
GEN="$WORK/content"
OUT="$WORK"
if [[ -n "${OUT_BASE:-}" ]]; then
  OUT="$(mktemp -d "$OUT_BASE/careerpaths-out.XXXXXX")"
  CLEAN_DIRS+=("$OUT")
fi
publish_app "$APP"
if [[ -n "$BASE_REF" ]]; then
  extract_ref "$BASE_REF" "$WORK/base-src"
  publish_project "$WORK/base-src/src/CareerPaths.Web" "$WORK/base-app" base
fi

log "generating $GEN with $ROLES roles"
generate_roles "$REPO/content" "$GEN" "$ROLES"
ORIGINALS=("${ROLE_ORIGINALS[@]}")
clones_total="$ROLE_CLONES"
(cd "$APP" && timeout 600 ./CareerPaths.Web validate --content "$GEN") >"$WORK/validate.log" 2>&1 \
  || { tail -n 30 "$WORK/validate.log" >&2; die "the generated content does not validate"; }
log "$(tail -n 1 "$WORK/validate.log")"

VALIDATE_REAL="" VALIDATE_GEN="" OTHER=""
if part validate; then
wait_quiet
log "validate: $RUNS runs on each folder"
hyperfine_median validate-real "$RUNS" true "cd '$APP' && CAREERPATHS_JIT_PROFILE_DIR='$WORK/jit-validate' timeout 600 ./CareerPaths.Web validate --content '$REPO/content' >/dev/null"
VALIDATE_REAL="$HF_MEDIAN"
OTHER+=", validate real $HF_FOREIGN%"
hyperfine_median validate-gen "$RUNS" true "cd '$APP' && CAREERPATHS_JIT_PROFILE_DIR='$WORK/jit-validate' timeout 600 ./CareerPaths.Web validate --content '$GEN' >/dev/null"
VALIDATE_GEN="$HF_MEDIAN"
OTHER+=", validate $ROLES $HF_FOREIGN%"
fi

# One page of every kind the site serves, as a visitor's browser asks for it.
first_role="$(basename "${ORIGINALS[0]}" .md)"
TOUR=(/ /tracks /progression /entry-points /roles /find-your-path /map /search /resources
  /resources/certifications /resources/learning /resources/downloads
  /data/careers.json /data/careers.csv /data/careers.schema.json /sitemap.xml /robots.txt
  /tracks/technical /tracks/technical/print "/roles/$first_role"
  "/guides/$(basename "$(find "$GEN/guides" -name '*.md' ! -name '_*' | sort | head -n 1)" .md)"
  "/search?q=security+engineer" "/find-your-path?background=software-developer&interest=technical"
  /no-such-page /healthz)

# start_and_tour CONTENT LABEL [ROUTE...]: one cold start, then the tour and any extra routes;
# sets COLD_MS, COLD_FOREIGN, TOUR_S, RSS_MB and HWM_MB.
start_and_tour() {
  local content="$1" label="$2" child route code expected start
  shift 2
  # Each folder's multi-core JIT profile in the work folder, recorded by its uncounted first start.
  coldstart_clean "$APP" "$PORT" "$WORK/app-$label.log" env ASPNETCORE_ENVIRONMENT=Production \
    CAREERPATHS_JIT_PROFILE_DIR="$WORK/jit-$label" ./CareerPaths.Web \
    --urls "http://127.0.0.1:$PORT" --content "$content" --Serilog:MinimumLevel:Default=Warning
  child="$(server_child "$SERVER_PID")"
  start="$(now_ns)"
  for route in "${TOUR[@]}" "$@"; do
    expected=200
    [[ "$route" == /no-such-page ]] && expected=404
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 300 -H "$HEADER" "http://127.0.0.1:$PORT$route" || true)"
    [[ "$code" == "$expected" ]] || die "$label: $route answered $code, expected $expected"
  done
  TOUR_S="$(awk -v ns="$(($(now_ns) - start))" 'BEGIN { printf "%.1f", ns / 1e9 }')"
  RSS_MB="$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$child/status")"
  HWM_MB="$(awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$child/status")"
  stop_pid "$SERVER_PID"
}

COLD_REAL=() RSS_REAL=() COLD_GEN=() RSS_GEN=() HWM_GEN=() TOUR_GEN=() OTHER_REAL=() OTHER_GEN=()
if part start; then
log "cold start and RSS: $RUNS runs with $ROLES roles, $REAL_RUNS with the real content (after one uncounted run of each)"
COLD_REAL=() RSS_REAL=() COLD_GEN=() RSS_GEN=() HWM_GEN=() TOUR_GEN=() OTHER_REAL=() OTHER_GEN=()
start_and_tour "$REPO/content" real
start_and_tour "$GEN" gen "/roles/$first_role-1"
for run in $(seq 1 "$((RUNS > REAL_RUNS ? RUNS : REAL_RUNS))"); do
  wait_quiet
  if ((run <= REAL_RUNS)); then
    start_and_tour "$REPO/content" real
    COLD_REAL+=("$COLD_MS") RSS_REAL+=("$RSS_MB") OTHER_REAL+=("$COLD_FOREIGN%")
  fi
  if ((run <= RUNS)); then
    start_and_tour "$GEN" gen "/roles/$first_role-1"
    COLD_GEN+=("$COLD_MS") RSS_GEN+=("$RSS_MB") HWM_GEN+=("$HWM_MB") TOUR_GEN+=("$TOUR_S") OTHER_GEN+=("$COLD_FOREIGN%")
    log "  $ROLES roles: first 200 after $COLD_MS ms; tour ${TOUR_S} s; RSS $RSS_MB MB (peak $HWM_MB MB); other work ${COLD_FOREIGN}%"
  fi
done
fi

EXPORT_GEN="" EXPORT_BASE="" EXPORT_PAGES="" EXPORT_SIZE="" HUGO_S="" HUGO_PAGES="" HUGO_SIZE=""
HUGO2_S="" HUGO2_PAGES="" HUGO2_SIZE=""
if part export; then
wait_quiet
log "export: $EXPORT_RUNS runs with $ROLES roles"
time_build export-gen "$EXPORT_RUNS" "$OUT/export" export "$(export_command "$APP" export)"
EXPORT_GEN="$HF_MEDIAN" EXPORT_PAGES="$BUILT_PAGES" EXPORT_SIZE="$BUILT_MB"
if [[ -n "$BASE_REF" ]]; then
  wait_quiet
  log "export of the baseline $BASE_REF: $EXPORT_RUNS runs with $ROLES roles"
  time_build export-base "$EXPORT_RUNS" "$OUT/export-base" "baseline export" "$(export_command "$WORK/base-app" export-base)"
  EXPORT_BASE="$HF_MEDIAN"
fi

# A minimal Hugo site over the same role files: each role page prints its title, its front
# matter fields and its body; the list pages print their title, body and a link per page.
log "hugo: $HUGO_RUNS runs over the same $ROLES role files"
HUGO="$WORK/hugo"
mkdir -p "$HUGO/content" "$HUGO/layouts/_default"
cp -r "$GEN/roles" "$HUGO/content/roles"
cat >"$HUGO/config.yaml" <<'EOF'
baseURL: https://careers.example.org/
languageCode: en
title: CareerPaths roles (Hugo comparison)
disableKinds: [taxonomy, term, RSS]
EOF
cat >"$HUGO/layouts/_default/single.html" <<'EOF'
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>
<h1>{{ .Title }}</h1>
<dl>
<dt>Track</dt><dd>{{ .Params.track }}</dd>
<dt>Level</dt><dd>{{ .Params.level }}</dd>
<dt>Summary</dt><dd>{{ .Params.summary }}</dd>
<dt>Responsibilities</dt><dd>{{ .Params.responsibilities }}</dd>
<dt>Skills</dt><dd>{{ .Params.skills }}</dd>
<dt>Next</dt><dd>{{ delimit (.Params.next | default slice) ", " }}</dd>
<dt>Reviewed</dt><dd>{{ .Params.reviewed }}</dd>
</dl>
{{ .Content }}
</body>
</html>
EOF
cat >"$HUGO/layouts/_default/list.html" <<'EOF'
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ .Params.track }}, {{ .Params.level }})</li>
{{ end }}</ul>
</body>
</html>
EOF
wait_quiet
time_build hugo "$HUGO_RUNS" "$OUT/hugo-out" hugo "$(hugo_command "$HUGO" "$OUT/hugo-out")"
HUGO_S="$HF_MEDIAN" HUGO_PAGES="$BUILT_PAGES" HUGO_SIZE="$BUILT_MB"

# The same Hugo site in both of the site's languages, as the export builds it: every role page
# again under /es/ (the export serves an untranslated role there in English, under Spanish chrome).
# Same templates, so Hugo writes as many role pages as the export; it writes no compressed copies.
log "hugo, both languages: $HUGO_RUNS runs"
HUGO2="$WORK/hugo-both"
mkdir -p "$HUGO2/content/en" "$HUGO2/content/es"
cp -r "$HUGO/layouts" "$HUGO2/layouts"
cp -r "$GEN/roles" "$HUGO2/content/en/roles"
cp -r "$GEN/roles" "$HUGO2/content/es/roles"
cat >"$HUGO2/config.yaml" <<'EOF'
baseURL: https://careers.example.org/
title: CareerPaths roles (Hugo comparison, two languages)
disableKinds: [taxonomy, term, RSS]
defaultContentLanguage: en
languages:
  en: {contentDir: content/en, weight: 1, languageCode: en}
  es: {contentDir: content/es, weight: 2, languageCode: es}
EOF
wait_quiet
time_build hugo-both "$HUGO_RUNS" "$OUT/hugo-both-out" "hugo both languages" "$(hugo_command "$HUGO2" "$OUT/hugo-both-out")"
HUGO2_S="$HF_MEDIAN" HUGO2_PAGES="$BUILT_PAGES" HUGO2_SIZE="$BUILT_MB"
fi

{
  cold_real="$(median "${COLD_REAL[@]:-0}")"
  cold_gen="$(median "${COLD_GEN[@]:-0}")"
  cold_ratio="$(ratio "$cold_gen" "$cold_real")"
  rss_gen="$(median "${RSS_GEN[@]:-0}")"
  echo "# scale.sh $(date '+%Y-%m-%d %H:%M %Z') on $(nproc) cores; $ROLES roles ($clones_total clones of the ${#ORIGINALS[@]} real ones); parts: $PARTS"
  echo
  echo "| measure | real content | $ROLES roles | ratio | target | verdict |"
  echo "| --- | ---: | ---: | ---: | --- | --- |"
  if part validate; then
    echo "| validate, s (median of $RUNS) | $VALIDATE_REAL | $VALIDATE_GEN | $(ratio "$VALIDATE_GEN" "$VALIDATE_REAL") | | |"
  fi
  if part start; then
    echo "| start to first 200 on /, ms (median of $REAL_RUNS / $RUNS) | $cold_real | $cold_gen | $cold_ratio | <= 3x real | $(verdict "$cold_ratio <= 3") |"
    echo "| RSS after one page of each kind, MB | $(median "${RSS_REAL[@]}") | $rss_gen | | <= 400 MB | $(verdict "$rss_gen <= 400") |"
    echo "| peak RSS (VmHWM), MB | | $(median "${HWM_GEN[@]}") | | | |"
  fi
  if part export; then
    export_ratio="$(ratio "$EXPORT_GEN" "$HUGO_S")"
    echo "| export, s (median of $EXPORT_RUNS) | | $EXPORT_GEN | | | |"
    echo "| Hugo build of the same role files, s (median of $HUGO_RUNS) | | $HUGO_S | | | |"
    echo "| export / Hugo | | | $export_ratio | <= 1.0 | $(verdict "$export_ratio <= 1.0") |"
    echo "| Hugo build of the same role files in both languages, s (median of $HUGO_RUNS) | | $HUGO2_S | | | |"
    echo "| export / Hugo in both languages (as many pages; Hugo writes no .br/.gz copies) | | | $(ratio "$EXPORT_GEN" "$HUGO2_S") | | |"
    if [[ -n "$BASE_REF" ]]; then
      echo "| baseline $BASE_REF export, s (median of $EXPORT_RUNS) | | $EXPORT_BASE | | | |"
      echo "| baseline export / Hugo | | | $(ratio "$EXPORT_BASE" "$HUGO_S") | | |"
      echo "| export / baseline export | | | $(ratio "$EXPORT_GEN" "$EXPORT_BASE") | | |"
    fi
  fi
  echo
  if part export; then
    echo "Export wrote $EXPORT_PAGES HTML files, $EXPORT_SIZE MB; Hugo wrote $HUGO_PAGES HTML files, $HUGO_SIZE MB, and in both languages $HUGO2_PAGES, $HUGO2_SIZE MB; all to $(df --output=fstype "$OUT" | tail -n 1) under $OUT."
  fi
  if part start; then
    echo "Runs: cold start real ${COLD_REAL[*]} ms; $ROLES roles ${COLD_GEN[*]} ms; RSS $ROLES roles ${RSS_GEN[*]} MB;"
    echo "  time to serve the tour of $((${#TOUR[@]} + 1)) URLs (first request of each, $ROLES roles): ${TOUR_GEN[*]} s"
    echo "CPU share other work took during the cold starts: real ${OTHER_REAL[*]}; $ROLES roles ${OTHER_GEN[*]}"
  fi
  echo "CPU share other work took during the measurement: ${OTHER#, }"
  echo "CPU busy with other work before each measurement: $BUSY_LOG"
} | tee "$RESULTS/scale-$STAMP.md"
