#!/usr/bin/env bash
# Battery: soak. API submissions at a moderate steady rate for DURATION seconds while the anonymous pages
# (the public form, status page, confirmation page, a 404, the OpenAPI document, health) are fetched in a loop
# without cookies. Every SAMPLE seconds: live heap after a full GC (jcmd) and resident memory.
# Checks: heap and RSS grow <= 10 % from the first sample after warm-up to the last; no anonymous page answers
# with a session cookie (the public form is a stateless view too); 0 errors.
# usage: perf/soak.sh [DURATION_S] [RATE]   (default 1800 10)
# prints one summary line; exit 1 when a check fails.
source "$(dirname "$0")/lib.sh"
DURATION=${1:-1800}; RATE=${2:-10}; SAMPLE=${SAMPLE:-60}; WARMUP=${WARMUP:-120}
trap finish EXIT
ready=$(prepare)
OUT="$RUN_DIR/soak.txt"; : > "$OUT"; : > "$RUN_DIR/soak-samples.txt"
created=$(curl -s "$BASE/api/v1/requests" -H 'Content-Type: application/json' \
  -d '{"name":"Soak","email":"soak@example.org","organisation":"Acme","right":"ACCESS","description":"Soak.","language":"en"}')
ref=$(sed 's/.*"reference":"\([^"]*\)".*/\1/' <<<"$created")
status=$(sed 's/.*"statusUrl":"\([^"]*\)".*/\1/' <<<"$created" | sed 's#^https\?://[^/]*##')
PAGES=("/" "$status" "/intake/confirmation.xhtml?ref=$ref" "/no-such-page" "/openapi" "/health/ready")
python3 "$PERF_DIR/driver.py" --port "$PORTAL_PORT" --rate "$RATE" --duration "$DURATION" --conc 2 --out "$OUT" &
drv=$!
t0=$(date +%s); cookies=0; page_errors=0; fetched=0; next_sample=$((t0 + WARMUP))
while kill -0 "$drv" 2>/dev/null; do
  for p in "${PAGES[@]}"; do
    h=$(curl -s -o /dev/null -D - "$BASE$p")
    fetched=$((fetched + 1))
    grep -qi '^set-cookie: JSESSIONID' <<<"$h" && cookies=$((cookies + 1))
    code=$(head -1 <<<"$h" | cut -d' ' -f2); case "$code" in 200|404) ;; *) page_errors=$((page_errors + 1));; esac
  done
  if [ "$(date +%s)" -ge "$next_sample" ]; then
    echo "$(( $(date +%s) - t0 )) $(heap_used_mb) $(rss_mb)" >> "$RUN_DIR/soak-samples.txt"
    next_sample=$((next_sample + SAMPLE))
  fi
  sleep 1
done
wait "$drv" || true
echo "$(( $(date +%s) - t0 )) $(heap_used_mb) $(rss_mb)" >> "$RUN_DIR/soak-samples.txt"
read -r _ heap0 rss0 < <(head -1 "$RUN_DIR/soak-samples.txt"); read -r _ heap1 rss1 < <(tail -1 "$RUN_DIR/soak-samples.txt")
acked=$(awk '$3==201' "$OUT" | wc -l); errors=$(awk '$3!=201' "$OUT" | wc -l)
hg=$(echo "scale=1; ($heap1 - $heap0) * 100 / $heap0" | bc); rg=$(echo "scale=1; ($rss1 - $rss0) * 100 / $rss0" | bc)
ok=PASS; { [ "$errors" = 0 ] && [ "$page_errors" = 0 ] && [ "$cookies" = 0 ] && [ "$(echo "$hg <= 10 && $rg <= 10" | bc)" = 1 ]; } || ok=FAIL
echo "soak: $ok duration_s=$DURATION rate=$RATE/s acked=$acked errors=$errors heap_mb=$heap0->$heap1 (${hg}%)" \
  "rss_mb=$rss0->$rss1 (${rg}%) samples=$(wc -l < "$RUN_DIR/soak-samples.txt") anonymous_pages_fetched=$fetched" \
  "session_cookies_on_anonymous_pages=$cookies page_errors=$page_errors" \
  "loadavg=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' ,) ready_s=$ready"
[ "$ok" = PASS ]
