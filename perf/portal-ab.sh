#!/usr/bin/env bash
# Two builds of the portal side by side on ONE MariaDB, alternating load legs on POST /api/v1/requests: for a
# change whose gain is smaller than the noise between two runs of perf/intake-vs-ceiling.sh on a shared machine.
# Each leg prints throughput, p99 and the CPU per acknowledged submission of that portal and of MariaDB.
#
# usage: perf/portal-ab.sh WAR_A WAR_B [ROUNDS] [CONNECTIONS] [LEG_DURATION]     (defaults 3, 16, 15s)
# env:   A_ENV / B_ENV  settings for one side, e.g. A_ENV=INTAKE_GROUP_COMMIT_MAX_TRANSACTIONS=4 (one NAME=VALUE)
#        A_DB_OPTIONS / B_DB_OPTIONS  appended to that side's JDBC URL, e.g. B_DB_OPTIONS='?useServerPrepStmts=false'
#        BENCH_DIR (../shared/bench), BENCH_DB_PORT (3417), BENCH_DB_DIR (/tmp/bench-db-perf), KEEP=1
# Loopback only; needs wrk, mariadb-server, bc, curl (as perf/intake-vs-ceiling.sh). Ports 9381 (A), 9382 (B).
# Prints: portal-ab A c16: tps=… p99_ms=… portal_cpu_ms=… mariadb_cpu_ms=…   (one line per leg)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$(cd "${BENCH_DIR:-$ROOT/../shared/bench}" && pwd)"
export BENCH_DB_PORT="${BENCH_DB_PORT:-3417}" BENCH_DB_DIR="${BENCH_DB_DIR:-/tmp/bench-db-perf}"
A_WAR=$(realpath "$1"); B_WAR=$(realpath "$2"); ROUNDS="${3:-3}"; CONC="${4:-16}"; DUR="${5:-15s}"
S=/tmp/perf-ab; mkdir -p "$S"; export LOAD_SCRATCH="$S/load"; mkdir -p "$LOAD_SCRATCH/results"
[[ -f "$ROOT/target/payara-micro.jar" ]] || (cd "$ROOT" && mvn -o -q package -DskipTests -Dspotless.check.skip=true >&2)

stop() {
  if [[ -f "$S/$1.pid" ]]; then kill -- -"$(cat "$S/$1.pid")" 2>/dev/null || true; rm -f "$S/$1.pid"; fi
}
cleanup() {
  [[ "${KEEP:-0}" == 1 ]] && return
  stop A; stop B; "$BENCH/ceiling/db.sh" stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

start() {  # side war port env db-url-options
  stop "$1"; rm -rf "$S/$1-root"; cp "$2" "$S/$1.war"
  # shellcheck disable=SC2046
  env ${4:-AB_SIDE=$1} MALLOC_ARENA_MAX=2 setsid java $(grep -v '^#' "$ROOT/config/payara/jvm.options") \
    -Ddb.url="jdbc:mariadb://127.0.0.1:$BENCH_DB_PORT/portal${5:-}" -Ddb.user=bench -Ddb.password=bench \
    -Dintake.throttle.per-address-per-hour=1000000000 -Dintake.throttle.per-email-per-day=1000000000 \
    -Dportal.base-url="http://127.0.0.1:$3" -Dattachments.dir="$S/$1-attachments" -Dhazelcast.socket.bind.any=false \
    -jar "$ROOT/target/payara-micro.jar" --deploy "$S/$1.war" --contextroot / --port "$3" --nocluster \
    --prebootcommandfile "$ROOT/config/payara/pre-boot-commands.asadmin" --rootdir "$S/$1-root" \
    > "$S/$1.log" 2>&1 &
  echo $! > "$S/$1.pid"
}
deployed() {  # port: the staff list answers 401 without a token once the application is deployed
  for _ in $(seq 1 480); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/api/v1/requests")" == 401 ]] && return 0
    sleep 0.5
  done
  echo "portal on $1 did not start: $S/*.log" >&2; exit 1
}

"$BENCH/ceiling/db.sh" start >&2
# one after the other: the second would migrate the same database at the same time
start A "$A_WAR" 9381 "${A_ENV:-}" "${A_DB_OPTIONS:-}"; deployed 9381
start B "$B_WAR" 9382 "${B_ENV:-}" "${B_DB_OPTIONS:-}"; deployed 9382

cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }  # user + system, in clock ticks (1/100 s)
leg() {  # side port connections duration
  local jpid mpid j0 m0 out n
  jpid=$(pgrep -f -- "--rootdir $S/$1-root" | head -1); mpid=$(pgrep -x mariadbd | head -1)
  j0=$(cpu "$jpid"); m0=$(cpu "$mpid")
  out=$("$BENCH/load.sh" -l "ab-$1" -i '"reference":"(DSR%-%d+%-%d+)"' \
    -b '{"name":"Load {{SEQ}}","email":"load{{SEQ}}@example.org","organisation":"Acme","right":"ERASURE","description":"x {{RUN}}","language":"nl"}' \
    "http://127.0.0.1:$2/api/v1/requests" "$3" "$4" 2>/dev/null | tail -1)
  n=$(sed -n 's/.* acked=\([0-9]*\).*/\1/p' <<<"$out")
  echo "portal-ab $1 c$3: tps=$(sed -n 's/^tickets\/s=\([0-9.]*\).*/\1/p' <<<"$out")" \
    "p99_ms=$(sed -n 's/.* p99_ms=\([0-9.]*\).*/\1/p' <<<"$out")" \
    "portal_cpu_ms=$(echo "scale=2; ($(cpu "$jpid") - $j0) * 10 / $n" | bc)" \
    "mariadb_cpu_ms=$(echo "scale=2; ($(cpu "$mpid") - $m0) * 10 / $n" | bc)"
}
echo "[portal-ab] warming up (60 s each at 16 connections)" >&2
leg A 9381 16 60s >/dev/null; leg B 9382 16 60s >/dev/null
for _ in $(seq 1 "$ROUNDS"); do
  leg A 9381 "$CONC" "$DUR"; leg B 9382 "$CONC" "$DUR"
done
