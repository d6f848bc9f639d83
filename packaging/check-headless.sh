#!/usr/bin/env bash
# Run every headless command of an installed or frozen Pactline on an exercise
# and check what each one writes, so a bundle missing a piece fails CI rather
# than a user. Usage: packaging/check-headless.sh PACTLINE EXERCISE.pactline
set -euo pipefail
PACTLINE=$1
case $PACTLINE in */*) PACTLINE=$(realpath "$PACTLINE") ;; esac   # a path, not a name on the PATH: it runs elsewhere
EXERCISE=$2
WORK=$(mktemp -d /tmp/pactline-headless.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
cp "$EXERCISE" "$WORK/drill.pactline"

fail() { echo "headless check FAILED: $*" >&2; exit 1; }

# run EXPECTED_EXIT ARGS...: the command exits as expected and prints no traceback.
run() {
  local expected=$1; shift
  local status=0
  "$PACTLINE" "$@" >"$WORK/out" 2>"$WORK/err" || status=$?
  if [ "$status" != "$expected" ] || grep -q "Traceback" "$WORK/err"; then
    cat "$WORK/out" "$WORK/err" >&2
    fail "pactline $* exited $status (expected $expected)"
  fi
  echo "  pactline $*: $(head -c 200 "$WORK/out" "$WORK/err" | tr '\n' ' ' | sed 's/==> [^<]* <==//g')"
}

# starts_with FILE BYTES: FILE exists and begins with BYTES (a format's magic).
starts_with() {
  [ -s "$1" ] || fail "$1 was not written"
  [ "$(head -c ${#2} "$1")" = "$2" ] || fail "$1 does not start with '$2'"
}

cd "$WORK"
run 0 drill.pactline --export-report aar.pdf;         starts_with aar.pdf "%PDF"
run 0 drill.pactline --export-report aar.html;        grep -q "<html" aar.html || fail "aar.html is no HTML page"
run 0 drill.pactline --export-timeline timeline.png;  starts_with timeline.png $'\x89PNG'
run 0 drill.pactline --export-timeline timeline.svg;  grep -q "<svg" timeline.svg || fail "timeline.svg is no SVG"
run 0 drill.pactline --export-msel msel.csv;          [ "$(wc -l < msel.csv)" -gt 1 ] || fail "msel.csv has no injects"
run 0 drill.pactline --export-msel msel.xlsx;         starts_with msel.xlsx "PK"
run 0 drill.pactline --export-ics deadlines.ics;      starts_with deadlines.ics "BEGIN:VCALENDAR"
# With no system zone database (as on Windows) the capitals' zones come from the bundled tzdata.
PYTHONTZPATH=/nonexistent run 0 drill.pactline --export-ics jp.ics --signatory JP
grep -q "Tokyo" jp.ics || fail "jp.ics gives no Tokyo time: the bundle lacks tzdata's zones"
run 0 drill.pactline --export-package drill.json;     grep -q '"pactline-exercise"' drill.json || fail "drill.json is no package"
run 0 --check-package drill.json
run 0 copy.pactline --import-package drill.json;      starts_with copy.pactline "SQLite format 3"
run 0 copy.pactline --import-msel msel.csv
run 0 copy.pactline --import-msel msel.xlsx
run 2 copy.pactline --import-msel msel.xlsx --sheet "no such sheet"
run 2 drill.pactline --export-report aar.doc   # bad input: the reason, exit 2
echo "headless commands OK"
