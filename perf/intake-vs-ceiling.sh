#!/usr/bin/env bash
# The portal's POST /api/v1/requests against the ceiling of its own stack (../shared/bench/ceiling), in ONE run,
# alternating, on the same MariaDB, with the same load tool (../shared/bench/load.sh, wrk).
#
# usage: perf/intake-vs-ceiling.sh [LEG_DURATION]        (default 20s per leg; legs: ceiling/portal at 4 and 16)
# env:   BENCH_DIR (default ../shared/bench), BENCH_DB_PORT (3417), BENCH_DB_DIR (/tmp/bench-db-perf),
#        CEILING_PORT (9280), PORTAL_PORT (9380), PERF_SCRATCH (/tmp/perf-intake), ROUNDS (1: C4 P4 C16 P16 per
#        round), PROFILE=1 (JFR recording of the portal during the measured legs: $PERF_SCRATCH/portal.jfr),
#        KEEP=1 (leave MariaDB, ceiling and portal running), BUILD=1 (rebuild the portal's war first),
#        WARM (warm-up per side at 16 connections, default 30s), REUSE_DB=1 (keep the database of an earlier
#        run; by default each run starts on an empty one, as the load's e-mail addresses repeat from run to run
#        and the duplicate check would find more earlier rows each time), FLOOR=1 (set by perf/stack-floor.sh:
#        the portal's legs post to /api/v1/floor, which only that script's scratch copy of the portal has).
# Loopback only. Needs wrk, mariadb-server (apt-get install -y wrk mariadb-server), bc, curl.
# Prints one line per concurrency and a last summary line:
#   intake-vs-ceiling c4: throughput=…% p99=…x lost=… | c16: … | cold_start_s=… rss_mb=… load=…
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="${BENCH_DIR:-$ROOT/../shared/bench}"
BENCH="$(cd "$BENCH" && pwd)"
export BENCH_DB_PORT="${BENCH_DB_PORT:-3417}" BENCH_DB_DIR="${BENCH_DB_DIR:-/tmp/bench-db-perf}"
CEILING_PORT="${CEILING_PORT:-9280}"; PORTAL_PORT="${PORTAL_PORT:-9380}"
S="${PERF_SCRATCH:-/tmp/perf-intake}"; DUR="${1:-20s}"; ROUNDS="${ROUNDS:-1}"
export LOAD_SCRATCH="$S/load"
mkdir -p "$S" "$LOAD_SCRATCH/results"
log() { echo "[intake-vs-ceiling] $*" >&2; }
q() { mariadb -ubench -pbench -h127.0.0.1 -P"$BENCH_DB_PORT" -N -B "$1" -e "$2"; }

stop() {  # stop what this script started (by the process group it recorded), never by name
  local f=$1
  if [[ -f "$f" ]]; then kill -- -"$(cat "$f")" 2>/dev/null || true; rm -f "$f"; fi
}
cleanup() {
  [[ "${KEEP:-0}" == 1 ]] && return
  stop "$S/ceiling.pid"; stop "$S/portal.pid"
  BENCH_DB_DIR="$BENCH_DB_DIR" "$BENCH/ceiling/db.sh" stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

wait_for() {  # url seconds -> prints seconds waited
  local url=$1 max=$2 t0; t0=$(date +%s.%N)
  for _ in $(seq 1 $((max * 4))); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" == 200 ]] && { echo "scale=1; ($(date +%s.%N) - $t0)/1" | bc; return 0; }
    sleep 0.25
  done
  return 1
}

wait_deployed() {  # url seconds: until the application answers there (the staff list: 401 without a token),
  # not Payara's 404 before the application is deployed
  for _ in $(seq 1 $(($2 * 4))); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" == 401 ]] && return 0
    sleep 0.25
  done
  return 1
}

# 1. MariaDB (a Debian mariadbd of its own, databases bench and portal), empty unless REUSE_DB=1
if [[ "${REUSE_DB:-0}" != 1 ]]; then
  "$BENCH/ceiling/db.sh" stop >/dev/null 2>&1 || true
  rm -rf "$BENCH_DB_DIR"
fi
"$BENCH/ceiling/db.sh" start >&2

# 2. the ceiling, built in the scratch folder (the shared bench folder stays untouched)
if [[ ! -f "$S/ceiling/target/limit.war" ]]; then
  rm -rf "$S/ceiling"; cp -r "$BENCH/ceiling" "$S/ceiling"
  (cd "$S/ceiling" && mvn -q -B package -DskipTests >&2)
fi
stop "$S/ceiling.pid"
rm -rf "$S/ceiling-root"
setsid java -Xmx512m -Ddb.url="jdbc:mariadb://127.0.0.1:$BENCH_DB_PORT/bench" -jar "$S/ceiling/target/payara-micro.jar" \
  --deploy "$S/ceiling/target/limit.war" --contextroot limit --port "$CEILING_PORT" --nocluster \
  --rootdir "$S/ceiling-root" > "$S/ceiling.log" 2>&1 &
echo $! > "$S/ceiling.pid"
wait_for "http://127.0.0.1:$CEILING_PORT/limit/api/requests/count" 180 >/dev/null || { tail -20 "$S/ceiling.log" >&2; exit 1; }
log "ceiling ready on $CEILING_PORT"

# 3. the portal: the built war on the same MariaDB, throttles raised for the run, no SMTP (mail stays queued)
WAR="$ROOT/target/dsr-portal.war"
if [[ "${BUILD:-0}" == 1 || ! -f "$WAR" || ! -f "$ROOT/target/payara-micro.jar" ]]; then
  (cd "$ROOT" && mvn -o -q package -DskipTests -Dspotless.check.skip=true >&2)
fi
# run copies, so that a build in the work tree meanwhile does not change what runs
cp "$WAR" "$S/dsr-portal.war"; cp "$ROOT/target/payara-micro.jar" "$S/payara-micro.jar"
stop "$S/portal.pid"
# a fresh root folder: in a reused one Payara Micro deploys the last run's copy at boot, then undeploys it for
# --deploy, and the first calls in between fail
rm -rf "$S/portal-root"
t0=$(date +%s.%N)
MALLOC_ARENA_MAX=2 setsid java $(grep -v '^#' "$ROOT/config/payara/jvm.options") ${PROFILE:+-XX:FlightRecorderOptions:stackdepth=256} \
  -Ddb.url="jdbc:mariadb://127.0.0.1:$BENCH_DB_PORT/portal" -Ddb.user=bench -Ddb.password=bench \
  -Dintake.throttle.per-address-per-hour=1000000000 -Dintake.throttle.per-email-per-day=1000000000 \
  -Dportal.base-url="http://127.0.0.1:$PORTAL_PORT" -Dattachments.dir="$S/attachments" \
  -Dhazelcast.socket.bind.any=false \
  -jar "$S/payara-micro.jar" --deploy "$S/dsr-portal.war" --contextroot / --port "$PORTAL_PORT" --nocluster \
  --prebootcommandfile "$ROOT/config/payara/pre-boot-commands.asadmin" --rootdir "$S/portal-root" \
  > "$S/portal.log" 2>&1 &
PORTAL_PID=$!; echo $PORTAL_PID > "$S/portal.pid"
# ready: the readiness check UP (database reachable and migrated) and the application answering (Payara's
# /health and / answer before the application is deployed)
wait_for "http://127.0.0.1:$PORTAL_PORT/health/ready" 240 >/dev/null || { tail -30 "$S/portal.log" >&2; exit 1; }
wait_deployed "http://127.0.0.1:$PORTAL_PORT/api/v1/requests" 240 || { tail -30 "$S/portal.log" >&2; exit 1; }
COLD=$(echo "scale=1; ($(date +%s.%N) - $t0)/1" | bc)
log "portal ready on $PORTAL_PORT after ${COLD}s (process start to /health/ready 200)"

# 4. the loads: same tool, same body shape (the portal needs its own fields), lost-check on both
CEIL_URL="http://127.0.0.1:$CEILING_PORT/limit/api/requests"
PORT_URL="http://127.0.0.1:$PORTAL_PORT/api/v1/requests"
PORTAL_BODY='{"name":"Load {{SEQ}}","email":"load{{SEQ}}@example.org","organisation":"Acme","right":"ERASURE","description":"x {{RUN}}","language":"nl"}'
PORTAL_ID='"reference":"(DSR%-%d+%-%d+)"'
if [[ "${FLOOR:-0}" == 1 ]]; then  # perf/stack-floor.sh: the ceiling's work behind the portal's stack
  PORT_URL="http://127.0.0.1:$PORTAL_PORT/api/v1/floor"; PORTAL_ID='"reference":"FLO%-(%d+)"'
  q portal "CREATE TABLE IF NOT EXISTS floor_request (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(255),
    email VARCHAR(255), description VARCHAR(4000), received_at DATETIME(6)) ENGINE=InnoDB"
  q portal "CREATE TABLE IF NOT EXISTS floor_outbox (id BIGINT AUTO_INCREMENT PRIMARY KEY, request_id BIGINT,
    recipient VARCHAR(255)) ENGINE=InnoDB"
  cat > "$S/portal-count.sh" <<EOF
#!/usr/bin/env bash
q() { printf '%s\\n' "\$1" | mariadb -ubench -pbench -h127.0.0.1 -P$BENCH_DB_PORT -N -B portal; }
case "\$1" in
  count) q "select count(*) from floor_request";;
  verify) ids=\$(grep -E '^[0-9]+\$' "\$ACKED_IDS_FILE" | paste -sd, -)
          [ -z "\$ids" ] && echo 0 || q "select count(*) from floor_request where id in (\$ids)";;
esac
EOF
else
cat > "$S/portal-count.sh" <<EOF
#!/usr/bin/env bash
q() { printf '%s\\n' "\$1" | mariadb -ubench -pbench -h127.0.0.1 -P$BENCH_DB_PORT -N -B portal; }  # stdin: the acknowledged ids outgrow an argument
case "\$1" in
  count) q "select count(*) from request";;
  verify) ids=\$(grep -E '^DSR-[0-9]+-[0-9]+\$' "\$ACKED_IDS_FILE" | sed "s/.*/'&'/" | paste -sd, -)
          [ -z "\$ids" ] && echo 0 || q "select count(*) from request where reference in (\$ids)";;
esac
EOF
fi
chmod +x "$S/portal-count.sh"

ceiling() {  # concurrency duration label
  "$BENCH/load.sh" -b '{"name":"Load {{SEQ}}","email":"load{{SEQ}}@example.org","description":"x {{RUN}}"}' \
    -i '"reference":"LIM%-(%d+)"' -V "$BENCH/ceiling/count.sh verify" -C "$BENCH/ceiling/count.sh count" \
    -P "$(cat "$S/ceiling.pid")" -l "$3" -T 10s "$CEIL_URL" "$1" "$2" | tail -1
}
portal() {
  "$BENCH/load.sh" -b "$PORTAL_BODY" -i "$PORTAL_ID" \
    -V "$S/portal-count.sh verify" -C "$S/portal-count.sh count" \
    -P "$PORTAL_PID" -l "$3" -T 10s "$PORT_URL" "$1" "$2" | tail -1
}
f() { sed -n "s|.* $1=\([^ ]*\).*|\1|p" <<<" $2"; }

# the portal is a large application: its JIT compiler keeps working for a while after the first requests
WARM="${WARM:-30s}"
log "warming up both ($WARM each at 16 connections, then 5 s at 4)"
ceiling 16 "$WARM" warm-ceiling >/dev/null; portal 16 "$WARM" warm-portal >/dev/null
ceiling 4 5s warm-ceiling >/dev/null; portal 4 5s warm-portal >/dev/null
[[ "${PROFILE:-0}" == 1 ]] && jcmd "$PORTAL_PID" JFR.start name=perf settings=profile >/dev/null

declare -A CT CP PT PP LOST
for r in $(seq 1 "$ROUNDS"); do
  for c in 4 16; do
    lc=$(ceiling "$c" "$DUR" "ceiling-c$c-r$r"); echo "$lc"
    lp=$(portal "$c" "$DUR" "portal-c$c-r$r"); echo "$lp"
    CT[$c]="${CT[$c]:-} $(f 'tickets/s' "$lc")"; CP[$c]="${CP[$c]:-} $(f p99_ms "$lc")"
    PT[$c]="${PT[$c]:-} $(f 'tickets/s' "$lp")"; PP[$c]="${PP[$c]:-} $(f p99_ms "$lp")"
    LOST[$c]=$(( ${LOST[$c]:-0} + $(f lost "$lc") + $(f lost "$lp") ))
  done
done

sum() { local t=0; for x in $1; do t=$(echo "$t + $x" | bc); done; echo "$t"; }
RSS=$(awk '/VmRSS/{printf "%d", $2/1024}' "/proc/$PORTAL_PID/status")
LINE="intake-vs-ceiling"
for c in 4 16; do
  tr=$(echo "scale=1; 100 * $(sum "${PT[$c]}") / $(sum "${CT[$c]}")" | bc)
  pr=$(echo "scale=2; $(sum "${PP[$c]}") / $(sum "${CP[$c]}")" | bc)
  LINE+=" c$c: throughput=${tr}% ($(sum "${PT[$c]}")/$(sum "${CT[$c]}") req/s) p99=${pr}x lost=${LOST[$c]} |"
done
LINE+=" cold_start_s=$COLD rss_mb=$RSS load=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' ,) legs=$DUR rounds=$ROUNDS"
echo "$LINE"
if [[ "${PROFILE:-0}" == 1 ]]; then
  jcmd "$PORTAL_PID" JFR.dump name=perf filename="$S/portal.jfr" >/dev/null && log "profile: $S/portal.jfr"
fi
