#!/usr/bin/env bash
# Mail throughput battery (issue 13): a backlog of COUNT (10,000) bulk confirmations queued in one transaction
# drains to a local SMTP sink; while it drains, one forward is queued every second and its queue-to-SMTP time
# measured. Targets: drained in <= 120 s; forwards p50 <= 2 s, p99 <= 10 s; no duplicates.
# usage: perf/mail-throughput.sh [COUNT]      env: see perf/mail-lib.sh (ports 3437 / 9580 / 2610)
source "$(dirname "$0")/mail-lib.sh"
COUNT=${1:-10000}
trap cleanup_all EXIT
: > "$RUN_DIR/sink.log"
build_war; db_fresh; sink_start
portal_start
log "portal ready; letting its own start-up mail leave"
wait_drained 60 >/dev/null || true
: > "$RUN_DIR/sink.log"
TAG="t$(date +%s)"
t0=$(now_ms)
queue_bulk "$COUNT" "$TAG"
log "queued $COUNT bulk mails in $(( $(now_ms) - t0 )) ms; queueing one forward a second while they drain"
start=$(now_ms); forwards=0; last_bulk_at=""
while :; do
  bulk=$(grep -c "BULK-$TAG-" "$RUN_DIR/sink.log" || true)
  [ "$bulk" -ge "$COUNT" ] && break
  [ $(( $(now_ms) - start )) -gt 300000 ] && { log "gave up after 300 s with $bulk of $COUNT delivered"; break; }
  queue_forward "$TAG"; forwards=$((forwards + 1))
  sleep 1
done
drain_ms=$(( $(awk -F'\t' -v t="BULK-$TAG-" 'index($3, t) == 1 { if ($1 > m) m = $1 } END { print m + 0 }' "$RUN_DIR/sink.log") - t0 ))
wait_drained 30 >/dev/null || true
read -r p50 p99 nfwd < <(forward_latency "$TAG")
bulk=$(grep -c "BULK-$TAG-" "$RUN_DIR/sink.log" || true)
dups=$(sink_duplicates)
rate=$(echo "scale=1; $bulk * 1000 / $drain_ms" | bc)
ok=PASS
[ "$bulk" -ge "$COUNT" ] && [ "$drain_ms" -le 120000 ] && [ "$p50" != - ] && [ "$p50" -le 2000 ] && [ "$p99" -le 10000 ] && [ "$dups" = 0 ] || ok=FAIL
echo "mail-throughput: $ok bulk=$bulk/$COUNT drained_in=$(echo "scale=1; $drain_ms/1000" | bc)s rate=${rate}/s forwards=$nfwd/$forwards forward_p50=${p50}ms forward_p99=${p99}ms duplicates=$dups load=$(load_avg)"
