#!/usr/bin/env bash
# Battery: the double-click storm. The same public form POST (same session, ViewState, script nonce and
# submission key) sent 10 times at once, ROUNDS times: each round must give one request and one reference
# (every click answered with the redirect to that reference), and no stack trace in the log.
# usage: perf/double-click.sh [ROUNDS] [CLICKS]   (default 20 10)
# prints one summary line; exit 1 when a check fails.
source "$(dirname "$0")/lib.sh"
ROUNDS=${1:-20}; CLICKS=${2:-10}
trap finish EXIT
ready=$(prepare)
log0=$(wc -l < "$RUN_DIR/portal.log")
python3 "$PERF_DIR/double-click.py" "$PORTAL_PORT" "$ROUNDS" "$CLICKS" > "$RUN_DIR/double-click.txt"
sleep 1
bad=0; rows_bad=0
while read -r email refs ok codes; do
  [ "$refs" = 1 ] && [ "$ok" = "$CLICKS" ] || bad=$((bad + 1))
  [ "$(sql "select count(*) from request where subject_email='$email'")" = 1 ] || rows_bad=$((rows_bad + 1))
done < "$RUN_DIR/double-click.txt"
traces=$(tail -n +"$log0" "$RUN_DIR/portal.log" | grep -c -E '^\s+at [a-z]' || true)
ok=PASS; { [ "$bad" = 0 ] && [ "$rows_bad" = 0 ] && [ "$traces" = 0 ] && [ "$(wc -l < "$RUN_DIR/double-click.txt")" = "$ROUNDS" ]; } || ok=FAIL
echo "double-click: $ok rounds=$ROUNDS clicks_per_round=$CLICKS rounds_not_one_reference=$bad rounds_not_one_row=$rows_bad" \
  "trace_lines_in_log=$traces loadavg=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' ,) ready_s=$ready"
[ "$ok" = PASS ]
