#!/usr/bin/env bash
# Shared by the batteries in perf/: a loopback MariaDB (Debian mariadbd), the built portal on Payara Micro
# against it, and a small SMTP sink. Source it; every port can be moved with the variables below.
set -euo pipefail
PERF_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$PERF_DIR/.." && pwd)"
: "${BENCH_DB_PORT:=3427}"
: "${BENCH_DB_DIR:=/tmp/bench-db-batteries}"
: "${PORTAL_PORT:=9480}"
: "${SMTP_SINK_PORT:=2600}"
: "${PORTAL_DB:=portal_batteries}"
: "${RUN_DIR:=/tmp/batteries-run}"
export BENCH_DB_PORT BENCH_DB_DIR
BASE="http://127.0.0.1:$PORTAL_PORT"
mkdir -p "$RUN_DIR"

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# ---- MariaDB ----------------------------------------------------------------------------------------------
sql() { printf '%s\n' "$1" | mariadb -ubench -pbench -h127.0.0.1 -P"$BENCH_DB_PORT" -N -B "$PORTAL_DB"; }
db_up() { mariadb -uroot -h127.0.0.1 -P"$BENCH_DB_PORT" -e 'select 1' >/dev/null 2>&1; }
db_start() {
  /work/shared/bench/ceiling/db.sh start >&2
  mariadb -uroot -h127.0.0.1 -P"$BENCH_DB_PORT" -e "create database if not exists $PORTAL_DB" >&2
}
db_stop() { # waits until mariadbd is gone
  local pid; pid=$(cat "$BENCH_DB_DIR/pid" 2>/dev/null || true)
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 120); do [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
}
db_fresh() { # an empty portal database: the portal migrates it at start and loads the demo data
  db_start
  mariadb -uroot -h127.0.0.1 -P"$BENCH_DB_PORT" -e "drop database if exists $PORTAL_DB; create database $PORTAL_DB" >&2
}

# ---- SMTP sink ----------------------------------------------------------------------------------------------
sink_start() { # records one line per received mail (Message-ID, recipients) in $RUN_DIR/sink.log
  : > "$RUN_DIR/sink.log"
  setsid python3 "$PERF_DIR/smtp-sink.py" "$SMTP_SINK_PORT" "$RUN_DIR/sink.log" > "$RUN_DIR/sink.out" 2>&1 &
  echo $! > "$RUN_DIR/sink.pid"
  for _ in $(seq 1 40); do (exec 3<>"/dev/tcp/127.0.0.1/$SMTP_SINK_PORT") 2>/dev/null && return 0; sleep 0.25; done
  echo "SMTP sink did not start" >&2; return 1
}
sink_stop() { [ -f "$RUN_DIR/sink.pid" ] && kill "$(cat "$RUN_DIR/sink.pid")" 2>/dev/null || true; sleep 0.3; }

# ---- the portal ---------------------------------------------------------------------------------------------
WAR="$ROOT/target/dsr-portal.war"
PAYARA_JAR="${PAYARA_JAR:-$(ls ~/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar)}"
build_war() {
  if [ ! -f "$WAR" ] || [ -n "$(find "$ROOT/src/main" -newer "$WAR" -type f | head -1)" ]; then
    log "building the war"
    (cd "$ROOT" && mvn -o -q -B package -DskipTests -Dspotless.check.skip=true >&2)
  fi
}
portal_start() { # extra -D options as arguments; waits for /health/ready (max 450 s); prints seconds to ready
  local t0 l0; t0=$(date +%s.%N); l0=$(cat "$RUN_DIR/portal.log" 2>/dev/null | wc -l)
  mkdir -p "$RUN_DIR/attachments" "$RUN_DIR/payara-root"
  cat "$ROOT/config/payara/pre-boot-commands.asadmin" > "$RUN_DIR/pre-boot.asadmin"
  echo "set hazelcast-runtime-configuration.interface=127.0.0.1" >> "$RUN_DIR/pre-boot.asadmin"
  MALLOC_ARENA_MAX=2 setsid java $(grep -v '^#' "$ROOT/config/payara/jvm.options") ${PORTAL_HEAP:+-Xmx$PORTAL_HEAP} \
    -Ddb.url="jdbc:mariadb://127.0.0.1:$BENCH_DB_PORT/$PORTAL_DB" -Ddb.user=bench -Ddb.password=bench \
    -Dsmtp.host=127.0.0.1 -Dsmtp.port="$SMTP_SINK_PORT" -Dmail.outbox.claim-seconds="${CLAIM_SECONDS:-20}" \
    -Dportal.base-url="$BASE" -Dhttp.secure-cookies=false -Dportal.demo-data=true \
    -Dattachments.dir="$RUN_DIR/attachments" -Dhazelcast.socket.bind.any=false \
    -Dintake.throttle.per-address-per-hour=100000000 -Dintake.throttle.per-email-per-day=100000000 \
    "$@" \
    -jar "$PAYARA_JAR" --deploy "$WAR" --contextroot / --port "$PORTAL_PORT" --nocluster \
    --prebootcommandfile "$RUN_DIR/pre-boot.asadmin" --rootdir "$RUN_DIR/payara-root" \
    >> "$RUN_DIR/portal.log" 2>&1 &
  echo $! > "$RUN_DIR/portal.pid"
  for _ in $(seq 1 900); do
    # Payara answers /health/ready UP before the application is deployed: wait for its "ready in" line too
    if tail -n +"$((l0 + 1))" "$RUN_DIR/portal.log" | grep -q 'Payara Micro .* ready in' \
        && curl -sf "$BASE/health/ready" 2>/dev/null | grep -q '"database"'; then
      echo "scale=1; ($(date +%s.%N) - $t0)/1" | bc; return 0
    fi
    kill -0 "$(cat "$RUN_DIR/portal.pid")" 2>/dev/null || { echo "portal died" >&2; tail -30 "$RUN_DIR/portal.log" >&2; return 1; }
    sleep 0.5
  done
  echo "portal not ready" >&2; tail -30 "$RUN_DIR/portal.log" >&2; return 1
}
portal_pid() { cat "$RUN_DIR/portal.pid"; }
portal_kill9() { kill -9 -- -"$(portal_pid)" 2>/dev/null || kill -9 "$(portal_pid)" 2>/dev/null || true; }
portal_stop() { # also any earlier battery portal still holding the port (its command line names $RUN_DIR)
  local p q; p=$(cat "$RUN_DIR/portal.pid" 2>/dev/null || true)
  if [ -n "$p" ]; then
    kill -- -"$p" 2>/dev/null || kill "$p" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$p" 2>/dev/null || break; sleep 0.5; done
    kill -9 -- -"$p" 2>/dev/null || true
  fi
  for q in $(ss -ltnpH "sport = :$PORTAL_PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u); do
    grep -q "$RUN_DIR" "/proc/$q/cmdline" 2>/dev/null && kill -9 "$q" 2>/dev/null || true
  done
  for _ in $(seq 1 20); do ss -ltnH "sport = :$PORTAL_PORT" | grep -q . || return 0; sleep 0.5; done
}
rss_mb() { echo $(( $(awk '/VmRSS/{print $2}' "/proc/$(portal_pid)/status") / 1024 )); }
heap_used_mb() { # after a full GC: live heap
  jcmd "$(portal_pid)" GC.run >/dev/null 2>&1 || true
  # the used figures of G1's heap line, or of the serial collector's two generations, added up
  jcmd "$(portal_pid)" GC.heap_info 2>/dev/null | awk '/garbage-first heap|def new generation|tenured generation/ {
    for(i=1;i<=NF;i++) if($i=="used") {v=$(i+1); sub(/K,?/,"",v); sum+=v}} END {print int(sum/1024)}'
}
outbox_pending() { sql "select count(*) from outbox_message where status='PENDING'"; }
wait_outbox_drained() { # max seconds; returns 1 if still pending
  local max=$1
  for _ in $(seq 1 "$max"); do [ "$(outbox_pending)" = 0 ] && return 0; sleep 1; done
  return 1
}
stack_traces() { grep -c -E '^\s+at [a-z]' "$RUN_DIR/portal.log" || true; }
cleanup_all() { portal_stop; sink_stop; }
# A fresh database, the sink and the portal; PORTAL_REUSE=1 uses the portal already running on $PORTAL_PORT
# (started by an earlier battery with PORTAL_KEEP=1) and keeps it afterwards.
prepare() {
  if [ "${PORTAL_REUSE:-0}" = 1 ]; then echo reused; return 0; fi
  build_war; portal_stop; sink_stop; : > "$RUN_DIR/portal.log"
  db_fresh; sink_start
  portal_start
}
finish() { [ "${PORTAL_REUSE:-0}" = 1 ] || [ "${PORTAL_KEEP:-0}" = 1 ] || cleanup_all; }
