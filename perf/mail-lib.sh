#!/usr/bin/env bash
# Shared by the mail batteries (perf/mail-*.sh, perf/smtp-*.sh): a loopback MariaDB of their own, the built
# portal on Payara Micro against it, and the SMTP sink of the tests (src/test/java/.../testing/SmtpSink.java, run
# as a single-file Java program: it logs "millis<TAB>Message-ID<TAB>Subject" per mail). Source it.
set -euo pipefail
PERF_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$PERF_DIR/.." && pwd)"
: "${BENCH_DB_PORT:=3437}"
: "${BENCH_DB_DIR:=/tmp/bench-db-mail}"
: "${PORTAL_PORT:=9580}"
: "${SMTP_SINK_PORT:=2610}"
: "${PORTAL_DB:=portal_mail}"
: "${RUN_DIR:=/tmp/mail-battery}"
export BENCH_DB_PORT BENCH_DB_DIR
BASE="http://127.0.0.1:$PORTAL_PORT"
mkdir -p "$RUN_DIR"

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
now_ms() { date +%s%3N; }
load_avg() { cut -d' ' -f1-3 /proc/loadavg; }

sql() { mariadb -ubench -pbench -h127.0.0.1 -P"$BENCH_DB_PORT" -N -B "$PORTAL_DB" -e "$1"; }
db_fresh() {
  /work/shared/bench/ceiling/db.sh start >&2
  mariadb -uroot -h127.0.0.1 -P"$BENCH_DB_PORT" -e "drop database if exists $PORTAL_DB; create database $PORTAL_DB" >&2
}
db_stop() { BENCH_DB_DIR="$BENCH_DB_DIR" /work/shared/bench/ceiling/db.sh stop >/dev/null 2>&1 || true; }

SINK_SRC="$ROOT/src/test/java/eu/dsrportal/testing/SmtpSink.java"
sink_start() { # extra SmtpSink options as arguments; appends to $RUN_DIR/sink.log
  setsid java -Xmx256m "$SINK_SRC" "$SMTP_SINK_PORT" --log "$RUN_DIR/sink.log" "$@" > "$RUN_DIR/sink.out" 2>&1 &
  echo $! > "$RUN_DIR/sink.pid"
  for _ in $(seq 1 80); do grep -q "SMTP sink on" "$RUN_DIR/sink.out" 2>/dev/null && return 0; sleep 0.25; done
  echo "SMTP sink did not start" >&2; cat "$RUN_DIR/sink.out" >&2; return 1
}
sink_stop() {
  local p; p=$(cat "$RUN_DIR/sink.pid" 2>/dev/null) || return 0
  kill -- -"$p" 2>/dev/null || kill "$p" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$p" 2>/dev/null || break; sleep 0.25; done
  rm -f "$RUN_DIR/sink.pid"
}
sink_count() { wc -l < "$RUN_DIR/sink.log" | tr -d ' '; }
sink_duplicates() { cut -f2 "$RUN_DIR/sink.log" | sort | uniq -d | wc -l | tr -d ' '; }

WAR="$ROOT/target/dsr-portal.war"
PAYARA_JAR="${PAYARA_JAR:-$(ls ~/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar)}"
build_war() {
  if [ ! -f "$WAR" ] || [ -n "$(find "$ROOT/src/main" -newer "$WAR" -type f | head -1)" ]; then
    log "building the war"
    (cd "$ROOT" && mvn -o -q -B package -DskipTests -Dspotless.check.skip=true >&2)
  fi
}
portal_start() { # extra -D options as arguments; waits for readiness (max 240 s)
  rm -rf "$RUN_DIR/payara-root"   # Payara would also redeploy the war of an earlier run from there
  mkdir -p "$RUN_DIR/attachments"
  MALLOC_ARENA_MAX=2 setsid java $(grep -v '^#' "$ROOT/config/payara/jvm.options") \
    -Ddb.url="jdbc:mariadb://127.0.0.1:$BENCH_DB_PORT/$PORTAL_DB" -Ddb.user=bench -Ddb.password=bench \
    -Dsmtp.host=127.0.0.1 -Dsmtp.port="$SMTP_SINK_PORT" \
    -Dportal.base-url="$BASE" -Dhttp.secure-cookies=false \
    -Dattachments.dir="$RUN_DIR/attachments" -Dhazelcast.socket.bind.any=false \
    -Dintake.throttle.per-address-per-hour=1000000000 -Dintake.throttle.per-email-per-day=1000000000 \
    "$@" \
    -jar "$PAYARA_JAR" --deploy "$WAR" --contextroot / --port "$PORTAL_PORT" --nocluster \
    --prebootcommandfile "$ROOT/config/payara/pre-boot-commands.asadmin" --rootdir "$RUN_DIR/payara-root" \
    > "$RUN_DIR/portal.log" 2>&1 &
  echo $! > "$RUN_DIR/portal.pid"
  for _ in $(seq 1 480); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = 200 ] \
        && [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/")" = 200 ]; then return 0; fi
    kill -0 "$(cat "$RUN_DIR/portal.pid")" 2>/dev/null || { echo "portal died" >&2; tail -30 "$RUN_DIR/portal.log" >&2; return 1; }
    sleep 0.5
  done
  echo "portal not ready" >&2; tail -30 "$RUN_DIR/portal.log" >&2; return 1
}
portal_stop() {
  local p; p=$(cat "$RUN_DIR/portal.pid" 2>/dev/null) || return 0
  kill -- -"$p" 2>/dev/null || kill "$p" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$p" 2>/dev/null || break; sleep 0.5; done
  kill -9 -- -"$p" 2>/dev/null || true
  rm -f "$RUN_DIR/portal.pid"
}
pending() { sql "select count(*) from outbox_message where status='PENDING'"; }
wait_drained() { # max seconds -> prints seconds taken; returns 1 if mails are still pending
  local max=$1 t0; t0=$(now_ms)
  while [ $(( $(now_ms) - t0 )) -lt $(( max * 1000 )) ]; do
    [ "$(pending)" = 0 ] && { echo "scale=1; ($(now_ms) - $t0)/1000" | bc; return 0; }
    sleep 0.5
  done
  echo "$max"; return 1
}
# queues COUNT bulk confirmations in ONE transaction (they become due together), subject "BULK-<tag>-n"
queue_bulk() { # count tag
  sql "insert into outbox_message (recipient, subject, body, purpose, status, attempts, created_at, next_attempt_at, version, priority)
       select concat('bulk', seq, '@example.org'), concat('BULK-$2-', seq), repeat('Dear requester, we received your request. ', 25),
              'REQUEST_RECEIVED', 'PENDING', 0, utc_timestamp(6), utc_timestamp(6), 0, 2 from seq_1_to_$1"
}
# queues one forward now; its subject carries the queueing time in ms: "FWD-<tag>-<ms>"
queue_forward() { # tag
  local ms; ms=$(now_ms)
  sql "insert into outbox_message (recipient, subject, body, purpose, status, attempts, created_at, next_attempt_at, version, priority)
       values ('customer@example.org', 'FWD-$1-$ms', 'A request was forwarded to you.', 'REQUEST_FORWARDED_CUSTOMER',
               'PENDING', 0, utc_timestamp(6), utc_timestamp(6), 0, 0)"
}
# p50 and p99 (ms) of the forwards' queue-to-SMTP latency of a tag, from the sink log
forward_latency() { # tag -> "p50 p99 count"
  awk -F'\t' -v tag="FWD-$1-" 'index($3, tag) == 1 { split($3, a, "-"); print $1 - a[3] }' "$RUN_DIR/sink.log" | sort -n |
    awk '{ v[NR] = $1 } END { if (NR == 0) { print "- - 0"; exit }
           p50 = v[int((NR - 1) * 0.5) + 1]; p99 = v[int((NR - 1) * 0.99) + 1]; print p50, p99, NR }'
}
cleanup_all() { [ "${KEEP:-0}" = 1 ] && return 0; portal_stop; sink_stop; db_stop; }
