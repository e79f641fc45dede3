#!/usr/bin/env bash
# Battery: the public form flow as visitors do it (GET / -> POST with the real ViewState, script nonce and
# submission key -> follow the redirect to the confirmation), with wrk, CONC connections for DURATION.
# Target: >= 150 submissions/s for 10 minutes, 0 errors, one request row per submission, no session created.
# usage: perf/form-flow.sh [DURATION] [CONC]   (default 10m 8; throttles raised by configuration)
# prints one summary line; exit 1 when a check fails.
source "$(dirname "$0")/lib.sh"
DURATION=${1:-10m}; CONC=${2:-8}
trap finish EXIT


ready=$(prepare)
OUT="$RUN_DIR/form-flow"; rm -rf "$OUT"; mkdir -p "$OUT"
RUNTAG="r$(date +%H%M%S)"
# warm-up (not counted in the figures, its rows are)
FLOW_RUN="warm$RUNTAG" FLOW_OUT="$OUT" wrk -t2 -c2 -d15s -s "$PERF_DIR/form-flow.lua" "$BASE" > "$OUT/warm.txt" 2>&1 || true
load0=$(cut -d' ' -f1-3 /proc/loadavg)
FLOW_RUN="$RUNTAG" FLOW_OUT="$OUT" wrk -t"$CONC" -c"$CONC" -d"$DURATION" --timeout 30s -s "$PERF_DIR/form-flow.lua" "$BASE" > "$OUT/wrk.txt" 2>&1
load1=$(cut -d' ' -f1-3 /proc/loadavg)
R=$(grep '^FLOW_RESULT' "$OUT/wrk.txt")
get() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$R"; }
flows=$(get flows); errors=$(get errors); dur=$(get duration_us)
rate=$(echo "scale=1; $flows * 1000000 / $dur" | bc)
sleep 3
rows=$(sql "select count(*) from request where subject_email like 'ff-$RUNTAG-%'")
distinct=$(sort -u "$OUT/refs.txt" | wc -l)
found=0
if [ "$distinct" -gt 0 ]; then
  found=$(sort -u "$OUT/refs.txt" | sed "s/.*/'&'/" | paste -sd, - | sed 's/^/select count(*) from request where reference in (/; s/$/)/' | \
    mariadb -ubench -pbench -h127.0.0.1 -P"$BENCH_DB_PORT" -N -B "$PORTAL_DB")
fi
sessions=$(get sessions)
# rows = flows, plus at most one per connection: a POST stored whose redirect wrk did not follow when it stopped
inflight=$((rows - flows))
ok=PASS; { [ "$errors" = 0 ] && [ "$(get sock_errors)" = 0 ] && [ "$sessions" = 0 ] && [ "$inflight" -ge 0 ] && [ "$inflight" -le "$CONC" ] && [ "$found" = "$flows" ] \
  && [ "$(echo "$rate >= 150" | bc)" = 1 ]; } || ok=FAIL
echo "form-flow: $ok submissions/s=$rate flows=$flows errors=$errors sessions_created=$sessions sock_errors=$(get sock_errors) rows=$rows stored_in_flight_at_stop=$inflight refs_found=$found/$distinct" \
  "p50_ms=$(get p50_ms) p99_ms=$(get p99_ms) codes=$(get codes) conc=$CONC duration=$DURATION rss_mb=$(rss_mb)" \
  "loadavg_before=${load0// /,} loadavg_after=${load1// /,} ready_s=$ready"
[ "$ok" = PASS ]
