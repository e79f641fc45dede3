#!/usr/bin/env bash
# Black-hole SMTP and permanent refusal battery (issue 13): the SMTP server accepts the first connection and never
# answers it (later connections are served), and refuses recipients containing "refused" with 550. COUNT (400) bulk
# mails and one mail to a refused address are queued. Checks: the silent connection is given up within 30 s (the
# smtp.timeout-seconds setting) while other workers deliver the rest; every bulk mail arrives once; the refused mail
# is FAILED (1 attempt) within 60 s.
# usage: perf/smtp-blackhole.sh [COUNT]      ports as perf/mail-lib.sh
source "$(dirname "$0")/mail-lib.sh"
COUNT=${1:-400}
trap cleanup_all EXIT
: > "$RUN_DIR/sink.log"
build_war; db_fresh
sink_start --refuse refused   # first a plain server, so the start-up mail leaves
portal_start
wait_drained 60 >/dev/null || true
sink_stop; : > "$RUN_DIR/sink.log"
sink_start --refuse refused --black-hole-first 1
TAG="b$(date +%s)"
t0=$(now_ms)
queue_bulk "$COUNT" "$TAG"
sql "insert into outbox_message (recipient, subject, body, purpose, status, attempts, created_at, next_attempt_at, version, priority)
     values ('refused-$TAG@example.org', 'REFUSED-$TAG', 'x', 'REQUEST_FORWARDED_CUSTOMER', 'PENDING', 0, utc_timestamp(6), utc_timestamp(6), 0, 0)"
failed_ms=-1; others_ms=-1; all_ms=-1; gaveup_ms=-1
while [ $(( $(now_ms) - t0 )) -lt 180000 ]; do
  [ "$failed_ms" = -1 ] && [ "$(sql "select count(*) from outbox_message where subject='REFUSED-$TAG' and status='FAILED'")" = 1 ] && failed_ms=$(( $(now_ms) - t0 ))
  [ "$gaveup_ms" = -1 ] && grep -q 'SMTP server unavailable' "$RUN_DIR/portal.log" && gaveup_ms=$(( $(now_ms) - t0 ))
  n=$(grep -c "BULK-$TAG-" "$RUN_DIR/sink.log" || true)
  [ "$others_ms" = -1 ] && [ "$n" -ge $(( COUNT - 50 )) ] && others_ms=$(( $(now_ms) - t0 ))
  if [ "$n" -ge "$COUNT" ]; then all_ms=$(( $(now_ms) - t0 )); [ "$failed_ms" != -1 ] && [ "$gaveup_ms" != -1 ] && break; fi
  sleep 0.2
done
gaveup=$(grep -o 'SMTP server unavailable, [0-9]* mails released' "$RUN_DIR/portal.log" | head -1 || true)
attempts=$(sql "select attempts from outbox_message where subject='REFUSED-$TAG'")
n=$(grep -c "BULK-$TAG-" "$RUN_DIR/sink.log" || true); dups=$(sink_duplicates)
ok=PASS
[ "$n" = "$COUNT" ] && [ "$dups" = 0 ] && [ "$failed_ms" != -1 ] && [ "$failed_ms" -le 60000 ] && [ "$attempts" = 1 ] \
  && [ "$gaveup_ms" != -1 ] && [ "$gaveup_ms" -le 31000 ] || ok=FAIL
echo "smtp-blackhole: $ok bulk=$n/$COUNT all_but_the_held_batch_in=${others_ms}ms all_in=${all_ms}ms held_connection_given_up_after=${gaveup_ms}ms refused_failed_after=${failed_ms}ms refused_attempts=$attempts duplicates=$dups ($gaveup) load=$(load_avg)"
