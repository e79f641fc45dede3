#!/usr/bin/env bash
# Battery: kill -9 of the portal under a steady stream of API submissions, then a restart.
# Checks: every submission answered 201 exists; each stored request has exactly one outbox row for its
# acknowledgement mail; after the queue drains the SMTP sink holds each of those mails once (at most one
# duplicate per crash, with the same Message-ID).
# usage: perf/crash.sh   (env: DURATION=90 RATE=20 KILL_AT=30; ports in perf/lib.sh)
# prints one summary line; exit 1 when a check fails.
source "$(dirname "$0")/lib.sh"
DURATION=${DURATION:-90}; RATE=${RATE:-20}; KILL_AT=${KILL_AT:-30}
trap finish EXIT
PORTAL_REUSE=0 ready=$(prepare)
OUT="$RUN_DIR/crash.txt"; : > "$OUT"
python3 "$PERF_DIR/driver.py" --port "$PORTAL_PORT" --rate "$RATE" --duration "$DURATION" --conc 4 --out "$OUT" &
drv=$!
sleep "$KILL_AT"
pending_at_kill=$(outbox_pending)
log "kill -9 of the portal"; t_kill=$(date +%s.%N); portal_kill9
sleep 1
restart=$(portal_start)
wait "$drv"
drained=yes; wait_outbox_drained 300 || drained=no
sleep 3
sql "select concat(r.reference,' ',r.subject_email,' ',(select count(*) from outbox_message o where o.recipient=r.subject_email),' ',
     coalesce((select max(o.status) from outbox_message o where o.recipient=r.subject_email),'-'))
     from request r where r.subject_email like 'bat-%'" > "$RUN_DIR/crash-rows.txt"
python3 - "$OUT" "$RUN_DIR/crash-rows.txt" "$RUN_DIR/sink.log" "$ready" "$restart" "$drained" "$RATE" "$pending_at_kill" <<'PY'
import sys, collections
out, rows, sink, ready, restart, drained, rate, pending = sys.argv[1:]
ans = [l.split() for l in open(out)]
acked = [a[4] for a in ans if a[1] == "api" and a[2] == "201"]
refused = sum(1 for a in ans if a[2] == "0")
other = sum(1 for a in ans if a[2] not in ("0", "201"))
stored = {}
for l in open(rows):
    ref, email, n, status = l.split()
    stored[ref] = (email, int(n), status)
lost = sum(1 for r in acked if r not in stored)
outbox_not_one = sum(1 for e, n, s in stored.values() if n != 1)
mails = collections.defaultdict(list)
for l in open(sink):
    t, msgid, rcpts = l.split(" ", 2)
    for r in rcpts.strip().split(","):
        mails[r].append(msgid)
missing = sum(1 for e, n, s in stored.values() if not mails.get(e))
dups = {e: ids for e, ids in mails.items() if len(ids) > 1}
dup_same_id = sum(1 for ids in dups.values() if len(set(ids)) == 1)
extra_mails = sum(len(ids) - 1 for ids in dups.values())
ok = lost == 0 and outbox_not_one == 0 and missing == 0 and extra_mails <= 1 and (extra_mails == 0 or dup_same_id == len(dups)) \
    and drained == "yes"
print(f"crash: {'PASS' if ok else 'FAIL'} kills=1 acked={len(acked)} lost={lost} stored={len(stored)} "
      f"outbox_rows_not_one={outbox_not_one} mails_missing={missing} duplicate_mails={extra_mails} "
      f"duplicates_same_message_id={dup_same_id}/{len(dups)} drained={drained} pending_at_kill={pending} "
      f"refused_while_down={refused} other_answers={other} rate={rate}/s ready_s={ready} restart_ready_s={restart}")
sys.exit(0 if ok else 1)
PY
