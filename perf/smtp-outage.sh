#!/usr/bin/env bash
# SMTP outage battery (issue 13): steady API intake (RATE/s) with the SMTP server up (BASE_S seconds), then down
# (OUTAGE_S, default 300 s), then back. Checks: intake latency during the outage as before (p99 within 1.5x + 50 ms),
# the backlog visible (waiting mails with attempts, last error, next try; none FAILED), drained within 120 s after
# SMTP returns, no duplicate Message-IDs, every acknowledged request's mail delivered.
# usage: perf/smtp-outage.sh [OUTAGE_S]      env: RATE (10), BASE_S (30); ports as perf/mail-lib.sh
source "$(dirname "$0")/mail-lib.sh"
OUTAGE_S=${1:-300}; RATE=${RATE:-10}; BASE_S=${BASE_S:-30}
trap cleanup_all EXIT
: > "$RUN_DIR/sink.log"; : > "$RUN_DIR/refs.txt"
build_war; db_fresh; sink_start
portal_start
wait_drained 60 >/dev/null || true
URL="$BASE/api/v1/requests"
python3 "$PERF_DIR/mail-intake-driver.py" "$URL" "$RATE" 10 warm "$RUN_DIR/refs.txt" >/dev/null   # warm-up
wait_drained 60 >/dev/null || true
log "baseline: ${BASE_S}s at $RATE/s with SMTP up"
read -r b_n b_ok b_p50 b_p99 b_max < <(python3 "$PERF_DIR/mail-intake-driver.py" "$URL" "$RATE" "$BASE_S" base "$RUN_DIR/refs.txt")
log "SMTP down for ${OUTAGE_S}s"
sink_stop
read -r o_n o_ok o_p50 o_p99 o_max < <(python3 "$PERF_DIR/mail-intake-driver.py" "$URL" "$RATE" "$OUTAGE_S" outage "$RUN_DIR/refs.txt")
read -r waiting tried max_att next_try failed < <(sql "select sum(status='PENDING'), sum(status='PENDING' and attempts > 0 and last_error is not null),
   coalesce(max(attempts), 0), coalesce(timestampdiff(second, utc_timestamp(), min(case when status='PENDING' then next_attempt_at end)), 0),
   sum(status='FAILED') from outbox_message")
log "backlog at the end of the outage: waiting=$waiting (tried=$tried, max attempts=$max_att, next try in ${next_try}s) failed=$failed"
sink_start
drain=$(wait_drained 180) || true
sleep 2
acked=$(sort -u "$RUN_DIR/refs.txt" | wc -l | tr -d ' ')
mails=$(sql "select count(*) from outbox_message o where o.purpose = 'REQUEST_RECEIVED' and o.status = 'SENT'")
delivered=$(sink_count); dups=$(sink_duplicates)
ok=PASS
[ "$o_ok" = "$o_n" ] && [ "$o_p99" -le $(( b_p99 * 3 / 2 + 50 )) ] && [ "$waiting" -gt 0 ] && [ "$tried" -gt 0 ] && [ "$failed" = 0 ] \
  && [ "$(echo "$drain <= 120" | bc)" = 1 ] && [ "$dups" = 0 ] && [ "$mails" -ge "$acked" ] || ok=FAIL
echo "smtp-outage: $ok outage=${OUTAGE_S}s intake_before p50/p99=${b_p50}/${b_p99}ms intake_during p50/p99=${o_p50}/${o_p99}ms ok=$o_ok/$o_n backlog=$waiting tried=$tried max_attempts=$max_att failed=$failed drained_after=${drain}s acked=$acked sent=$mails sink=$delivered duplicates=$dups load=$(load_avg)"
