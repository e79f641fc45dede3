#!/usr/bin/env bash
# Battery: restart MariaDB under load. The API gets submissions (and the public form page GETs) at a steady rate;
# MariaDB is stopped for OUTAGE seconds and started again; the portal is NOT restarted.
# Checks: during the outage the API answers 503 application/problem+json and pages an error page, never a stack
# trace (in what the client gets; the log's are counted: stack_trace_lines, lines starting with a tab and "at " or
# with "Caused by" from the stop until the end of the run); a 503 comes quickly (p99_503_s, the p99 time from
# sending to the 503 answer during the outage); no partial rows (every stored request has its acknowledgement mail queued and its audit entry); every
# acknowledged (201) request exists; the pool recovers within 10 s of MariaDB being back.
# usage: perf/db-restart.sh   (env: DURATION=60 RATE=20 DOWN_AT=15 OUTAGE=15; ports in perf/lib.sh)
# prints one summary line; exit 1 when a check fails.
source "$(dirname "$0")/lib.sh"
DURATION=${DURATION:-60}; RATE=${RATE:-20}; DOWN_AT=${DOWN_AT:-15}; OUTAGE=${OUTAGE:-15}
trap finish EXIT


ready=$(prepare)
OUT="$RUN_DIR/db-restart.txt"; : > "$OUT"
log0=$(wc -l < "$RUN_DIR/portal.log")
python3 "$PERF_DIR/driver.py" --port "$PORTAL_PORT" --rate "$RATE" --duration "$DURATION" --conc 4 --pages 5 --out "$OUT" &
drv=$!
sleep "$DOWN_AT"
t_down=$(date +%s.%N); log_down=$(wc -l < "$RUN_DIR/portal.log"); log "stopping MariaDB"; db_stop
sleep "$OUTAGE"
log "starting MariaDB"; db_start >/dev/null 2>&1; t_up=$(date +%s.%N)
wait "$drv"
sleep 3
traces=$(tail -n +"$log0" "$RUN_DIR/portal.log" | grep -c -E '^\s+at [a-z]' || true)
stack_lines=$(tail -n +"$((log_down + 1))" "$RUN_DIR/portal.log" | grep -c -E $'^\tat |^Caused by' || true)
outage_log="$RUN_DIR/db-restart-outage.log"; tail -n +"$((log_down + 1))" "$RUN_DIR/portal.log" > "$outage_log"
sql "select concat(r.reference,' ',(select count(*) from outbox_message o where o.recipient=r.subject_email),' ',
     (select count(*) from audit_entry a where a.object_type='Request' and a.object_id=r.id and a.action='REQUEST_SUBMITTED'))
     from request r where r.subject_email like 'bat-%'" > "$RUN_DIR/db-restart-rows.txt"
python3 - "$OUT" "$RUN_DIR/db-restart-rows.txt" "$t_down" "$t_up" "$ready" "$traces" "$RATE" "$OUTAGE" "$stack_lines" <<'PY'
import sys
out, rows, t_down, t_up, ready, traces, rate, outage, stack_lines = sys.argv[1:]
t_down, t_up = float(t_down), float(t_up)
ans = [l.split() for l in open(out)]
stored = {}
for l in open(rows):
    ref, mails, audits = l.split()
    stored[ref] = (int(mails), int(audits))
acked = [a[4] for a in ans if a[1] == "api" and a[2] == "201"]
lost = sum(1 for r in acked if r not in stored)
partial = sum(1 for m, au in stored.values() if m != 1 or au != 1)
during = [a for a in ans if t_down <= float(a[0]) <= t_up + 0.5]
api_d = [a for a in during if a[1] == "api"]
pg_d = [a for a in during if a[1] == "page"]
api_503 = sum(1 for a in api_d if a[2] == "503" and a[3] == "application/problem+json")
api_bad = sum(1 for a in api_d if a[2] not in ("201", "503") or (a[2] == "503" and a[3] != "application/problem+json"))
page_err = sum(1 for a in pg_d if a[2] in ("500", "503"))
page_bad = sum(1 for a in pg_d if a[2] not in ("200", "500", "503"))
trace_bodies = sum(int(a[6]) for a in ans)
after = [a for a in ans if float(a[0]) > t_up and a[1] == "api"]
fails_after = [float(a[0]) for a in after if a[2] != "201"]
recovered = round((max(fails_after) - t_up) if fails_after else 0.0, 1)
ok_after = sum(1 for a in after if a[2] == "201")
waits = sorted(float(a[7]) for a in api_d + pg_d if a[2] == "503" and len(a) > 7)
p99_503 = round(waits[min(len(waits) - 1, int(len(waits) * 0.99))], 2) if waits else -1
max_503 = round(waits[-1], 2) if waits else -1
codes = {}
for a in api_d:
    codes[a[2]] = codes.get(a[2], 0) + 1
# stack traces in the log (the EJB container's and the pool's own warnings while MariaDB is away) are counted,
# not failed: what a client sees must have none
ok = lost == 0 and partial == 0 and trace_bodies == 0 and api_bad == 0 and page_bad == 0 \
    and recovered <= 10 and ok_after > 0
print(f"db-restart: {'PASS' if ok else 'FAIL'} outage_s={outage} recovered_s={recovered} acked={len(acked)} lost={lost} "
      f"partial_rows={partial} during_api_503_problem={api_503} during_api_other={api_bad} during_api_codes="
      + ",".join(f"{k}:{v}" for k, v in sorted(codes.items()))
      + f" during_pages_error={page_err} during_pages_other={page_bad} trace_in_bodies={trace_bodies} "
      f"trace_lines_in_log={traces} stack_trace_lines={stack_lines} p99_503_s={p99_503} max_503_s={max_503} "
      f"rate={rate}/s ready_s={ready}")
sys.exit(0 if ok else 1)
PY
